/**
 * Builds src/core/checks/english-words.json from the en_US Hunspell dictionary derived from
 * SCOWL (npm `dictionary-en` 4.0.0; notice in english-words.LICENSE.md): its lower-case words
 * with their plurals ("Rangers", "Lake", "West": a capitalised common
 * word is a title, a team or a translation, not a transliteration to be judged), and its
 * capitalised words ("Moscow", "Fleetwood", "Oklahoma": real spellings of names and places).
 * Kept as sorted 24-bit hashes like known-names.json (about 0.3% of other words collide).
 * The dictionary is read from a path, not a dependency: `npm install --no-save dictionary-en@4.0.0`
 * somewhere, then `npx tsx scripts/build-english-words.ts path/to/index.dic /usr/share/dict/american-english
 * path/to/dictionary-en-gb/index.dic` (the last: `npm install --no-save dictionary-en-gb@3.0.0`).
 *
 * The second file, a plain list one word a line (Debian's wamerican 2020.12.07, SCOWL's size-50
 * American list, the same SCOWL release and license), adds its lower-case words as they are:
 * the Hunspell dictionary leaves out some common words ("depot", "deport", "contour"), and a
 * capitalised one of those was judged as a name ("Depot" beside دیپات read as a slip of "Depat").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameHash, packHashes } from '../src/core/checks/knownNames';
import { latinLetters } from '../src/core/checks/translitModel';

const dic = process.argv[2] ?? join(import.meta.dirname, '..', 'node_modules/dictionary-en/index.dic');

/** The en_US affix file's plural suffixes S and Z ("rangers"); past and -ing forms are rarely capitalised names. */
function forms(word: string, flags: string): string[] {
  const out = [word];
  const consonantY = /[^aeiou]y$/.test(word);
  const stem = consonantY ? word.slice(0, -1) + 'i' : word;
  if (flags.includes('S')) out.push(consonantY ? stem + 'es' : /[sxzh]$/.test(word) ? word + 'es' : word + 's');
  if (flags.includes('Z')) out.push(word.endsWith('e') ? word + 'rs' : stem + 'ers');
  return out;
}

function packed(words: Set<string>): string {
  return packHashes([...words].map((w) => nameHash(latinLetters(w))));
}

const common = new Set<string>();
const names = new Set<string>();
for (const line of readFileSync(dic, 'utf8').split('\n').slice(1)) {
  const [word = '', flags = ''] = line.trim().split('/');
  if (!/^[A-Za-z]{3,}$/.test(word)) continue;
  if (/^[a-z]/.test(word)) for (const f of forms(word, flags)) common.add(f);
  else if (/^[A-Z][a-z]/.test(word)) for (const f of forms(word.toLowerCase(), flags.replace(/[^S]/g, ''))) names.add(f);
}
const plain = process.argv[3];
if (plain) for (const word of readFileSync(plain, 'utf8').split('\n')) if (/^[a-z]{3,}$/.test(word)) common.add(word);
// Further Hunspell dictionaries of the same SCOWL release and affix flags (en_GB: npm
// `dictionary-en-gb` 3.0.0) add their lower-case words: news in British spelling capitalises
// "Labour" and "Centre", which are words, not names to be read against the source by sound.
for (const extra of process.argv.slice(4))
  for (const line of readFileSync(extra, 'utf8').split('\n').slice(1)) {
    const [word = '', flags = ''] = line.trim().split('/');
    if (/^[a-z]{3,}$/.test(word)) for (const f of forms(word, flags)) common.add(f);
  }
const out = { common: packed(common), names: packed(names) };
writeFileSync(join(import.meta.dirname, '..', 'src/core/checks/english-words.json'), JSON.stringify(out) + '\n');
console.log(`${common.size} common word forms, ${names.size} capitalised names`);
