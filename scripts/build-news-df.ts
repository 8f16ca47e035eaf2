/**
 * Builds src/core/align/news-df.json: in how many documents of real English news each word
 * occurs, so the comparable mode can tell a word every report uses ("also", "said",
 * "government") from one that carries a fact ("annual", "embassy"). Learned from all English
 * documents of NTREX-128 (`corpora/ntrex/`, CC BY-SA 4.0; the table carries that notice in
 * news-df.LICENSE.md); words seen in one document only are left out (they count as rare).
 * Figures get the same count ("20", "13", "100"): a small figure is in many news reports
 * ("20 years", "100 people"), "2,500" in few. Years are left out: how often a report writes
 * one depends on when it was written, not on the year being a fact.
 * `npx tsx scripts/build-news-df.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex } from '../bench/corpus';
import { extractWords, forEachNumber } from '../src/core/align/extract';

const ROOT = join(import.meta.dirname, '..');
const docs = loadNtrex();
const df = new Map<string, number>();
const numberDf = new Map<string, number>();
const YEAR = /^(1[89]|20)\d\d$/;
for (const d of docs) {
  const seen = new Set<string>();
  const figures = new Set<string>();
  for (const line of d.en) {
    for (const w of extractWords(line)) seen.add(w.toLowerCase());
    forEachNumber(line, (key) => {
      if (!YEAR.test(key)) figures.add(key);
    });
  }
  for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  for (const n of figures) numberDf.set(n, (numberDf.get(n) ?? 0) + 1);
}
const table = (m: Map<string, number>) => Object.fromEntries([...m.entries()].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
const words = table(df);
const numbers = table(numberDf);
writeFileSync(join(ROOT, 'src/core/align/news-df.json'), JSON.stringify({ documents: docs.length, df: words, numbers }) + '\n');
console.log(`${Object.keys(words).length} words and ${Object.keys(numbers).length} figures from ${docs.length} documents`);
