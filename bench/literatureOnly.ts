import { writeFileSync } from 'node:fs';
import type { Bead } from '../src/core/model';
import { align } from '../src/core/align';
import { segment } from '../src/core/text/segment';
import { literatureSet, mixedDirections, passageCeiling, passageLines, sentenceLevel, translationLines, unmarkedPassages, type LiteraryText } from './literature';
import { onDevTable } from './omissionTable';
import { strictF1 } from './real';
import { novelBook, novelSet } from './realtext';

/**
 * The literature texts of `npm run bench real` alone, aligned in this process (no CLI start-up,
 * same segmentation and beads): a quick loop while working on the literary path.
 * `npx tsx bench/literatureOnly.ts` (dev), SPLIT=held-out or SPLIT=all; DUMP=dir writes each
 * text's beads and gold as JSON there.
 *
 * Each text is aligned twice: as the bench's one-sentence-per-line files (passage-level strict
 * F1, the headline, and the F1 where the gold is sentence-level), and with its paragraphs
 * kept (one passage per line, as a user's file that keeps them; the sentences linked inside
 * each bead, flattened to sentence beads and scored where the gold is sentence-level), and
 * with every other passage's English joined into one line (`mixedDirections`), with the
 * translation one line a passage (`translationLines`), and with one passage in ten opening
 * without its vocative (`unmarkedPassages`, where a text has them).
 * Beside the passage-level figure, the most it can be without reading passage marks
 * (`passageCeiling`). Then the novel-style NTREX texts (`novelSet`: joins both ways, counts close, names kept)
 * and a book-length one (`novelBook`), under the dev-half word table.
 */

const split = process.env.SPLIT ?? 'dev';
const doc = (lines: string[], lang: string) => ({ lang, paragraphs: segment(lines.join('\n') + '\n', { lang }) });
const langOf = (t: LiteraryText): string => (t.name.includes('en–fa') ? 'fa' : 'ar');
const mean = (xs: number[]): string => (xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length)).toFixed(3);

const strict = (beads: Array<{ a: number[]; b: number[] }>, t: Pick<LiteraryText, 'links'>): number => strictF1(beads, t.links);

/** Sentence beads of a paragraph alignment, sentences numbered through each side's paragraphs. */
function sentenceBeads(beads: Bead[], counts: [number[], number[]]): Array<{ a: number[]; b: number[] }> {
  const first = counts.map((c) => c.reduce((acc: number[], x) => [...acc, acc[acc.length - 1]! + x], [0]));
  const flat = (side: 0 | 1, paragraphs: number[], local: number[]): number[] => {
    const global = paragraphs.flatMap((p) => Array.from({ length: counts[side][p]! }, (_, k) => first[side]![p]! + k));
    return local.map((k) => global[k]!);
  };
  return beads.flatMap((x) => {
    if (!x.a.length || !x.b.length || !x.sentences) return [];
    return x.sentences.map(([sa, sb]) => ({ a: flat(0, x.a, sa), b: flat(1, x.b, sb) }));
  });
}

const figs: number[] = [];
const sentenceFigs: number[] = [];
const keptFigs: number[] = [];
const mixedFigs: number[] = [];
const mixedFigs3: number[] = [];
const lineFigs: number[] = [];
const unmarkedFigs: number[] = [];
for (const t of literatureSet().filter((x) => split === 'all' || x.split === split)) {
  const a = doc(t.a, 'en');
  const b = doc(t.b, langOf(t));
  const c0 = process.cpuUsage();
  const beads = align(a, b, { sentences: false });
  const cpu = process.cpuUsage(c0);
  const f = strict(beads, t);
  figs.push(f);
  const s = sentenceLevel(beads, t.links);
  sentenceFigs.push(s.f1);
  console.log(`${t.split} ${t.name} ${a.paragraphs.length}×${b.paragraphs.length}: strict F1 ${f.toFixed(3)}; where sentence-level ${s.f1.toFixed(3)}, n-m passages kept whole ${s.keptWhole}/${s.coarse}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  const ceiling = passageCeiling(t.links);
  console.log(`  without passage marks at most ${ceiling.f1.toFixed(3)}: ${ceiling.shaped} of ${t.links.length} passages have a shape one bead can take`);
  // Paragraphs kept: one passage per line.
  const lines = passageLines(t);
  const pa = doc(lines.a, 'en');
  const pb = doc(lines.b, langOf(t));
  const counts: [number[], number[]] = [pa.paragraphs.map((p) => Math.max(1, p.sentences.length)), pb.paragraphs.map((p) => Math.max(1, p.sentences.length))];
  const same = pa.paragraphs.length === t.links.length && pb.paragraphs.length === t.links.length && counts[0].reduce((x, y) => x + y, 0) === t.a.length && counts[1].reduce((x, y) => x + y, 0) === t.b.length;
  const kept = align(pa, pb, { sentences: true });
  const passages = strict(kept.map((x) => ({ a: x.a.flatMap((p) => t.links[p]?.a ?? []), b: x.b.flatMap((q) => t.links[q]?.b ?? []) })), t);
  const ks = sentenceLevel(sentenceBeads(kept, counts), t.links);
  keptFigs.push(ks.f1);
  console.log(`  paragraphs kept ${pa.paragraphs.length}×${pb.paragraphs.length}${same ? '' : ' (segmented unlike the passages: figures not comparable)'}: passage beads ${passages.toFixed(3)}; sentences where sentence-level ${ks.f1.toFixed(3)}`);
  // Joined one way and split the other (mixedDirections): line counts close, many 1-n both ways.
  // Each phase (which passages stay split) is a text of its own: the mean over them.
  for (const period of [2, 3]) {
    const strictF: number[] = [];
    const sentF: number[] = [];
    for (let phase = 0; phase < period; phase++) {
      const mixed = mixedDirections(t, period, phase);
      const mixedBeads = align(doc(mixed.a, 'en'), doc(mixed.b, langOf(t)), { sentences: false });
      strictF.push(strict(mixedBeads, mixed));
      sentF.push(sentenceLevel(mixedBeads, mixed.links).f1);
    }
    (period === 2 ? mixedFigs : mixedFigs3).push(Number(mean(sentF)));
    console.log(`  both directions, ${period === 2 ? 'every other' : 'two in three'} passage joined (mean of ${period} phases): strict F1 ${mean(strictF)} (${strictF.map((x) => x.toFixed(3)).join(' ')}); where sentence-level ${mean(sentF)} (${sentF.map((x) => x.toFixed(3)).join(' ')})`);
  }
  // The translation one line a passage: every bead n-1, some beyond 8-1.
  const joined = translationLines(t);
  const joinedBeads = align(doc(joined.a, 'en'), doc(joined.b, langOf(t)), { sentences: false });
  lineFigs.push(sentenceLevel(joinedBeads, joined.links).f1);
  console.log(`  translation one line a passage ${joined.a.length}×${joined.b.length}: strict F1 ${lineFigs[lineFigs.length - 1]!.toFixed(3)}`);
  // Some passages opening without their vocative, both sides or the original's only
  // (unmarkedPassages); a text that marks none of its passages is left as it is.
  const unmarked = unmarkedPassages(t);
  if (unmarked.a.length !== t.a.length || unmarked.b.length !== t.b.length || unmarked.b.some((x, k) => x !== t.b[k])) {
    const unmarkedBeads = align(doc(unmarked.a, 'en'), doc(unmarked.b, langOf(t)), { sentences: false });
    const u = sentenceLevel(unmarkedBeads, unmarked.links);
    unmarkedFigs.push(u.f1);
    console.log(`  some passages without their vocative ${unmarked.a.length}×${unmarked.b.length}: strict F1 ${strict(unmarkedBeads, unmarked).toFixed(3)}; where sentence-level ${u.f1.toFixed(3)}`);
  }
  if (process.env.DUMP) writeFileSync(`${process.env.DUMP}/${t.name.replace(/\W+/g, '_')}.json`, JSON.stringify({ beads: beads.map((x) => [x.a, x.b]), kept: sentenceBeads(kept, counts).map((x) => [x.a, x.b]), gold: t.links.map((x) => [x.a, x.b]), a: t.a, b: t.b }));
}
const novelFigs: number[] = [];
for (const lang of ['ar', 'fa'] as const) {
  novelSet(lang).forEach((t, k) => {
    if (split !== 'all' && t.split !== split) return;
    const beads = onDevTable(() => align(doc(t.a, 'en'), doc(t.b, lang), { sentences: false }));
    novelFigs.push(strict(beads, t));
    console.log(`${t.split} novel-style NTREX ${k} en–${lang} ${t.a.length}×${t.b.length}: strict F1 ${novelFigs[novelFigs.length - 1]!.toFixed(3)}`);
  });
}
console.log(`novel-style NTREX: mean strict F1 ${mean(novelFigs)}`);
for (const s of split === 'all' ? (['dev', 'held-out'] as const) : [split as 'dev' | 'held-out']) {
  for (const lang of ['ar', 'fa'] as const) {
    const t = novelBook(s, lang);
    const c0 = process.cpuUsage();
    const beads = onDevTable(() => align(doc(t.a, 'en'), doc(t.b, lang), { sentences: false }));
    const cpu = process.cpuUsage(c0);
    console.log(`${s} novel-style NTREX book en–${lang} ${t.a.length}×${t.b.length}: strict F1 ${strict(beads, t).toFixed(3)}; CPU ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`);
  }
}
console.log(`mean ${mean(figs)}; where sentence-level ${mean(sentenceFigs)}; paragraphs kept, where sentence-level ${mean(keptFigs)}; both directions, where sentence-level ${mean(mixedFigs)} / ${mean(mixedFigs3)}; translation one line a passage ${mean(lineFigs)}; some passages without their vocative, where sentence-level ${mean(unmarkedFigs)}`);
