/**
 * Builds src/core/checks/name-letters.json: how often each run of up to NAME_ORDER letters
 * occurs in the Latin spellings of the TRAIN splits of corpora/translit (Wikidata names, CC0;
 * Google's Wikipedia-mined romanisations, Apache 2.0; notices in translit-table.LICENSE.md),
 * with "^" for the start and "$" for the end of a name. Runs seen once are left out of the
 * longest order to keep the table small. `npx tsx scripts/build-name-letters.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAME_ORDER, padded } from '../src/core/checks/nameLetters';
import { trainingPairs } from './build-translit';

const counts = new Map<string, number>();
for (const name of new Set(trainingPairs().map(([l]) => l))) {
  const s = padded(name);
  for (let i = NAME_ORDER - 1; i < s.length; i++)
    for (let k = 1; k <= NAME_ORDER; k++) {
      const g = s.slice(i - k + 1, i + 1);
      counts.set(g, (counts.get(g) ?? 0) + 1);
    }
}
const kept = [...counts.entries()].filter(([g, c]) => g.length < NAME_ORDER || c > 1).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
writeFileSync(
  join(import.meta.dirname, '..', 'src/core/checks/name-letters.json'),
  JSON.stringify({ order: NAME_ORDER, grams: kept.map(([g]) => g).join(' '), counts: kept.map(([, c]) => c) }) + '\n',
);
console.log(`${counts.size} letter runs, ${kept.length} kept`);
