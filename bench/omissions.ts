import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { alignParallel } from '../src/core/align';
import type { CheckDoc } from '../src/core/checks';
import { checkOmissions } from '../src/core/checks/omission';
import type { Bead, Flag } from '../src/core/model';
import { checksCorpus, scoreDeletions, type BenchPair } from './checksCorpus';
import { paragraph, ROOT } from './corpus';

/**
 * The omission check alone, on two kinds of real translation: NTREX news with an English
 * sentence deleted here and there (how many deletions it finds, and its flags on the clean
 * pairs), and verse-style text (corpora/quran: one verse per paragraph, a long Arabic verse
 * often written as several English sentences, nothing left out), where every flag is a false
 * alarm. Even documents (NTREX documents, surahs) are the development half, odd ones held out.
 */

export interface VersePair {
  id: string;
  heldOut: boolean;
  en: CheckDoc;
  ar: CheckDoc;
  beads: Bead[];
}

let verseCache: VersePair[] | undefined;

/** One pair per surah, one verse per paragraph on both sides, aligned as a user would. */
export function versePairs(): VersePair[] {
  if (verseCache) return verseCache;
  const read = (f: string) => readFileSync(join(ROOT, 'corpora/quran', f), 'utf8').split('\n').slice(0, -1);
  const ids = read('ids.tsv').map((l) => l.split('\t')[0]!);
  const [en, ar] = [read('en.txt'), read('ar.txt')];
  const surahs = [...new Set(ids)];
  verseCache = surahs.map((s) => {
    const lines = ids.flatMap((x, k) => (x === s ? [k] : []));
    const a: CheckDoc = { id: `q${s}-en`, lang: 'en', paragraphs: lines.map((k, i) => paragraph(i, en[k]!, 'en')) };
    const b: CheckDoc = { id: `q${s}-ar`, lang: 'ar', paragraphs: lines.map((k, i) => paragraph(i, ar[k]!, 'ar')) };
    return { id: s, heldOut: Number(s) % 2 === 1, en: a, ar: b, beads: alignParallel(a, b) };
  });
  return verseCache;
}

const per100 = (n: number, of: number) => ((100 * n) / Math.max(1, of)).toFixed(2);

export function runOmissionsBench(log: (line: string) => void = console.log): void {
  const corpus = checksCorpus();
  const verses = versePairs();
  const run = (p: BenchPair) => checkOmissions({ a: p.en, b: p.other, beads: p.beads });
  const deletions = corpus.deletions.map((pair) => ({ pair, flags: run(pair) }));
  const clean = corpus.clean.map((pair) => ({ pair, flags: run(pair) }));
  const verse = verses.map((pair) => ({ pair, flags: checkOmissions({ a: pair.en, b: pair.ar, beads: pair.beads }) }));
  log('omissions: NTREX with English sentences deleted; clean NTREX; verse-style Qur\'an surahs 2–9 (Arabic ↔ English, clean)');
  for (const [label, held] of [['dev', false], ['held-out', true]] as const) {
    const d = scoreDeletions(deletions.filter((x) => x.pair.heldOut === held));
    const c = clean.filter((x) => x.pair.heldOut === held);
    const cParas = c.reduce((n, x) => n + x.pair.en.paragraphs.length, 0);
    const cFlags = c.reduce((n, x) => n + x.flags.length, 0);
    const v = verse.filter((x) => x.pair.heldOut === held);
    const vUnits = v.reduce((n, x) => n + x.pair.ar.paragraphs.length, 0);
    const vFlags = v.reduce((n, x) => n + x.flags.length, 0);
    log(`  ${label}: deleted sentences found ${d.found}/${d.deleted} (${((100 * d.found) / Math.max(1, d.deleted)).toFixed(0)}%), other flags on those pairs ${per100(d.falseAlarms, d.paragraphs)} per 100 paragraphs`);
    log(`    false alarms: clean NTREX ${per100(cFlags, cParas)} per 100 paragraphs (${cFlags}/${cParas}); verses ${per100(vFlags, vUnits)} per 100 verses (${vFlags}/${vUnits}; ${kinds(v.flatMap((x) => x.flags))})`);
  }
}

function kinds(flags: Flag[]): string {
  const n = new Map<string, number>();
  for (const f of flags) n.set(String(f.data?.kind), (n.get(String(f.data?.kind)) ?? 0) + 1);
  return [...n].map(([k, c]) => `${k} ${c}`).join(', ') || 'none';
}

if (process.argv[1] && /omissions\.ts$/.test(process.argv[1])) runOmissionsBench();
