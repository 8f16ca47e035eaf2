/**
 * Builds the omission check's word table (bench/omissionTable.ts says how it is learnt):
 * src/core/text/word-table.json, shipped, from all NTREX-128 documents (`corpora/ntrex/`,
 * CC BY-SA 4.0: users' texts are not NTREX, so all of it teaches), and
 * bench/word-table-dev.json, from the development half only, for the benches that judge
 * NTREX's held-out half. Both carry NTREX's notice in word-table.LICENSE.md.
 * `npx tsx scripts/build-word-table.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex, ROOT } from '../bench/corpus';
import { DEV_TABLE_FILE, learnWordTable, ntrexDevDocs } from '../bench/omissionTable';

for (const [file, docs] of [
  [join(ROOT, 'src/core/text/word-table.json'), loadNtrex()],
  [DEV_TABLE_FILE, ntrexDevDocs()],
] as const) {
  const table = learnWordTable(docs);
  writeFileSync(file, JSON.stringify(table) + '\n');
  console.log(`${file}: ${table.ar.length} English–Arabic and ${table.fa.length} English–Persian pairs from ${docs.length} documents`);
}
