/**
 * Builds src/core/checks/known-names.json: the Latin spellings of the TRAIN splits of
 * corpora/translit (Wikidata names, CC0; Google's Wikipedia-mined romanisations, Apache 2.0;
 * notices in translit-table.LICENSE.md), kept as sorted 24-bit hashes (base64) so the list
 * stays small; about 0.3% of other words collide with one. A spelling real people bear is
 * not judged a slip just because another spelling reads the Arabic closer ("Howard" هوارد).
 * `npx tsx scripts/build-known-names.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { latinLetters } from '../src/core/checks/translitModel';
import { nameHash, packHashes } from '../src/core/checks/knownNames';
import { trainingPairs } from './build-translit';

const names = new Set(trainingPairs().map(([l]) => l).filter((l) => l.length >= 3));
const hashes = new Set([...names].map((n) => nameHash(latinLetters(n))));
writeFileSync(join(import.meta.dirname, '..', 'src/core/checks/known-names.json'), JSON.stringify({ hashes: packHashes(hashes) }) + '\n');
console.log(`${names.size} names, ${hashes.size} hashes`);
