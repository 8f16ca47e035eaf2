/**
 * Builds src/core/align/news-df.json: in how many documents of real English news each word
 * occurs, so the comparable mode can tell a word every report uses ("also", "said",
 * "government") from one that carries a fact ("annual", "embassy"). Learned from all English
 * documents of NTREX-128 (`corpora/ntrex/`, CC BY-SA 4.0; the table carries that notice in
 * news-df.LICENSE.md); words seen in one document only are left out (they count as rare).
 * `npx tsx scripts/build-news-df.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex } from '../bench/corpus';
import { extractWords } from '../src/core/align/extract';

const ROOT = join(import.meta.dirname, '..');
const docs = loadNtrex();
const df = new Map<string, number>();
for (const d of docs) {
  const seen = new Set<string>();
  for (const line of d.en) for (const w of extractWords(line)) seen.add(w.toLowerCase());
  for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
}
const words = Object.fromEntries([...df.entries()].filter(([, n]) => n >= 2).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(join(ROOT, 'src/core/align/news-df.json'), JSON.stringify({ documents: docs.length, df: words }) + '\n');
console.log(`${Object.keys(words).length} words from ${docs.length} documents`);
