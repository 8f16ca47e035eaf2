/**
 * Builds src/core/checks/known-names.json: the Latin spellings of the TRAIN splits of
 * corpora/translit (Wikidata names, CC0; Google's Wikipedia-mined romanisations, Apache 2.0;
 * notices in translit-table.LICENSE.md), kept as sorted 24-bit hashes (base64) so the list
 * stays small; about 0.3% of other words collide with one. A spelling real people bear is
 * not judged a slip just because another spelling reads the Arabic closer ("Howard" هوارد).
 * `npx tsx scripts/build-known-names.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latinLetters } from '../src/core/checks/translitModel';
import { nameHash, packHashes } from '../src/core/checks/knownNames';
import { trainingPairs } from './build-translit';

/**
 * The other splits' spellings: the Wikidata lists are split by spelling, so the train split
 * alone lacks a third of the spellings real people bear (Mohammed, Shakir, Hashim, Hafez, Taha
 * are in the dev or test split, Muhammad and Shaker in train). Only the transliteration table
 * is measured on the test splits (npm run bench translit), and it is still learnt from train
 * alone; this list only says which spellings exist.
 */
function otherSplitNames(): string[] {
  const dir = join(import.meta.dirname, '..', 'corpora/translit');
  const out: string[] = [];
  for (const f of ['wd_arabic_16.tsv', 'wd_arabic_20.tsv']) for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) out.push(line.split('\t')[0] ?? '');
  for (const f of ['google-ar2en-eval.txt', 'google-ar2en-test.txt']) for (const line of readFileSync(join(dir, f), 'utf8').split('\n')) out.push(line.split('\t')[1] ?? '');
  return out.map(latinLetters);
}

const names = new Set(trainingPairs().map(([l]) => l).filter((l) => l.length >= 3));
const hashes = new Set([...names].map((n) => nameHash(latinLetters(n))));
writeFileSync(join(import.meta.dirname, '..', 'src/core/checks/known-names.json'), JSON.stringify({ hashes: packHashes(hashes) }) + '\n');
console.log(`${names.size} names, ${hashes.size} hashes`);
// The other splits' spellings, kept apart: they clear a spelling (a real name is no slip) but
// are not offered as suggestions, nor make a source word read as a name (knownNames.ts).
const others = new Set(otherSplitNames().filter((l) => l.length >= 3 && !names.has(l)));
const otherHashes = new Set([...others].map((n) => nameHash(n)));
writeFileSync(join(import.meta.dirname, '..', 'src/core/checks/borne-names.json'), JSON.stringify({ hashes: packHashes(otherHashes) }) + '\n');
console.log(`${others.size} other spellings, ${otherHashes.size} hashes`);
