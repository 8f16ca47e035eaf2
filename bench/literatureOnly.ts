import { writeFileSync } from 'node:fs';
import { align } from '../src/core/align';
import { segment } from '../src/core/text/segment';
import { literatureSet, sentenceLevel } from './literature';

/**
 * The literature texts of `npm run bench real` alone, aligned in this process (no CLI start-up,
 * same segmentation and beads): a quick loop while working on the literary path.
 * `npx tsx bench/literatureOnly.ts` (dev), SPLIT=held-out or SPLIT=all; DUMP=dir writes each
 * text's beads and gold as JSON there.
 */

const split = process.env.SPLIT ?? 'dev';
const key = (b: { a: number[]; b: number[] }): string => `${b.a.join(',')}|${b.b.join(',')}`;
const figs: number[] = [];
const sentenceFigs: number[] = [];
for (const t of literatureSet().filter((x) => split === 'all' || x.split === split)) {
  const doc = (lines: string[], lang: string) => ({ lang, paragraphs: segment(lines.join('\n') + '\n', { lang }) });
  const a = doc(t.a, 'en');
  const b = doc(t.b, t.name.includes('en–fa') ? 'fa' : 'ar');
  const c0 = process.cpuUsage();
  const beads = align(a, b, { sentences: false });
  const cpu = process.cpuUsage(c0);
  const gold = new Set(t.links.map(key));
  const linked = beads.filter((x) => x.a.length && x.b.length);
  const hits = linked.filter((x) => gold.has(key(x))).length;
  const p = linked.length ? hits / linked.length : 1;
  const r = hits / t.links.length;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  figs.push(f);
  const s = sentenceLevel(beads, t.links);
  sentenceFigs.push(s.f1);
  console.log(`${t.split} ${t.name} ${a.paragraphs.length}×${b.paragraphs.length}: strict F1 ${f.toFixed(3)}; where sentence-level ${s.f1.toFixed(3)}, n-m passages kept whole ${s.keptWhole}/${s.coarse}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  if (process.env.DUMP) writeFileSync(`${process.env.DUMP}/${t.name.replace(/\W+/g, '_')}.json`, JSON.stringify({ beads: beads.map((x) => [x.a, x.b]), gold: t.links.map((x) => [x.a, x.b]), a: t.a, b: t.b }));
}
const mean = (xs: number[]): string => (xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)).toFixed(3);
console.log(`mean ${mean(figs)}; where sentence-level ${mean(sentenceFigs)}`);
