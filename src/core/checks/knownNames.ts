import english from './english-words.json';
import borne from './borne-names.json';
import known from './known-names.json';
import placeNames from './place-names.json';
import { latinLetters } from './translitModel';

/**
 * Latin spellings that real people or places bear (the translit train splits, as 24-bit
 * hashes, scripts/build-known-names.ts; the English dictionary's capitalised words,
 * scripts/build-english-words.ts), and English common words. Used to keep the model from
 * calling a real spelling a slip: "Howard" is a name even though هوارد reads closer to "Hward".
 */

/** FNV-1a's offset basis and prime (32 bits); knownSlip hashes edits letter by letter with them. */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a, folded to 24 bits. */
export function nameHash(letters: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < letters.length; i++) h = Math.imul(h ^ letters.charCodeAt(i), FNV_PRIME);
  return foldHash(h);
}

/** A 32-bit FNV-1a state folded to the 24 bits the tables store. */
export function foldHash(h: number): number {
  return ((h >>> 24) ^ h) & 0xffffff;
}

/** The inverse of unpack: distinct 24-bit hashes, sorted, three bytes each, in base64 (for the build scripts). */
export function packHashes(hashes: Iterable<number>): string {
  const sorted = [...new Set(hashes)].sort((x, y) => x - y);
  let bin = '';
  for (const h of sorted) bin += String.fromCharCode(h >>> 16, (h >>> 8) & 255, h & 255);
  return btoa(bin);
}

/** Sorted 24-bit hashes from base64, three bytes each. */
function unpack(base64: string): Uint32Array {
  const bin = atob(base64);
  const t = new Uint32Array(bin.length / 3);
  for (let i = 0; i < t.length; i++) t[i] = (bin.charCodeAt(i * 3) << 16) | (bin.charCodeAt(i * 3 + 1) << 8) | bin.charCodeAt(i * 3 + 2);
  return t;
}

/** Whether a sorted table of hashes holds h (binary search). */
export function sortedHas(t: Uint32Array, h: number): boolean {
  let lo = 0;
  let hi = t.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid] === h) return true;
    if (t[mid]! < h) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Whether the table holds the word's letters' hash. */
function has(k: Table, word: string): boolean {
  return setOf(k).has(nameHash(latinLetters(word)));
}

/**
 * A set of 24-bit hashes: a bit filter over their leading bits (about thirty bits per hash,
 * at most a quarter megabyte, so it stays in the processor's cache) rules out nearly every
 * hash not held, and a binary search of the sorted hashes answers the rest exactly. The slip
 * rules ask these sets of every edit of a name.
 */
class HashSet24 {
  private readonly filter: Uint8Array;
  /** How far a hash is shifted to give its filter bit. */
  private readonly shift: number;
  constructor(private readonly sorted: Uint32Array) {
    let bits = 1 << 12;
    while (bits < sorted.length * 32 && bits < 1 << 21) bits *= 2;
    this.shift = 24 - Math.log2(bits);
    this.filter = new Uint8Array(bits >>> 3);
    for (let i = 0; i < sorted.length; i++) {
      const b = sorted[i]! >>> this.shift;
      this.filter[b >>> 3] |= 1 << (b & 7);
    }
  }
  has(h: number): boolean {
    const b = h >>> this.shift;
    return (this.filter[b >>> 3]! & (1 << (b & 7))) !== 0 && sortedHas(this.sorted, h);
  }
}

function sortedSet(hashes: Iterable<number>): HashSet24 {
  return new HashSet24(Uint32Array.from(new Set(hashes)).sort());
}

type Table = 'known' | 'borne' | 'common' | 'names' | 'places';
const tables: Partial<Record<Table, Uint32Array>> = {};
const HASHED: Partial<Record<Table, { hashes: string }>> = { known, borne, places: placeNames };
function table(k: Table): Uint32Array {
  return (tables[k] ??= unpack(HASHED[k]?.hashes ?? (english as Record<'common' | 'names', string>)[k as 'common' | 'names']));
}
const tableSets: Partial<Record<Table, HashSet24>> = {};
function setOf(k: Table): HashSet24 {
  return (tableSets[k] ??= new HashSet24(table(k)));
}

/**
 * Whether real people bear the spelling: the name lists, or the translit lists' other splits
 * (borne-names.json). Those clear a spelling of being a slip ("Mohammed", "Shakir", which the
 * train split lacks) but are not suggested, nor make a source word read as a name: a prior
 * that only acquits.
 */
export function isBorneName(name: string): boolean {
  return isKnownName(name) || has('borne', name);
}

/** Whether a Latin spelling is one the name lists know (the translit train names, the dictionary's names). */
export function isKnownName(name: string): boolean {
  return has('known', name) || has('names', name);
}

/** A capitalised word of the English dictionary ("Davies", "Francois", "Yunnan"). */
export function isDictionaryName(name: string): boolean {
  return has('names', name);
}

/**
 * An English dictionary word (en_US Hunspell from SCOWL, lower-case entries and plurals, and
 * SCOWL's American word list: english-words.json): capitalised, it is a title, a team or a
 * translation ("Rangers", "Lake", "West", "Depot"), whose source need not transliterate it.
 */
export function isEnglishWord(word: string): boolean {
  return latinLetters(word).length >= 3 && has('common', word);
}

/**
 * Whether the English word list holds a spelling, by its nameHash (lower-case letters a to z,
 * three or more: isEnglishWord's test without the string).
 */
export function englishWordByHash(h: number): boolean {
  return setOf('common').has(h);
}

let places: Set<string> | null = null;
/** nameHash of the letters of each name in `places`: rules most spellings out without a string. */
let placeHashes: HashSet24 | null = null;
/** The hashes of the known, dictionary-name and place tables as one set: one test instead of three. */
let nameSet: HashSet24 | null = null;

/**
 * isKnownName(s) || isPlaceName(s) for a spelling s of lower-case letters a to z, by its
 * nameHash alone where it can: 1 when it is one, 0 when it is not, 2 when its hash is a CLDR
 * name's and the string must be asked (isPlaceName). A caller trying many spellings so
 * builds few of them.
 */
export function knownOrPlaceByHash(h: number): 0 | 1 | 2 {
  nameSet ??= sortedSet([...table('known'), ...table('names'), ...table('places')]);
  if (nameSet.has(h)) return 1;
  if (!placeHashes) {
    // Asking once builds the set of CLDR names.
    isPlaceName('');
    placeHashes = sortedSet([...places!].map((w) => nameHash(latinLetters(w))));
  }
  return placeHashes.has(h) ? 2 : 0;
}

/**
 * Country and territory names as CLDR gives them in English (Intl.DisplayNames, in Node and
 * every browser), the cities that name time zones (Intl.supportedValuesOf), and the words of
 * the names of larger towns (GeoNames, hashed: place-names.json): conventional names ("Egypt"
 * for مصر, "Moscow" for موسكو) whose source is not a transliteration, and real spellings a
 * garbled place ("Crodon") can be one slip from.
 */
export function isPlaceName(name: string): boolean {
  if (has('places', name)) return true;
  if (!places) {
    places = new Set();
    try {
      const dn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
      const A = 65;
      for (let i = 0; i < 26; i++)
        for (let j = 0; j < 26; j++) {
          const n = dn.of(String.fromCharCode(A + i, A + j));
          if (n) for (const w of n.split(/[\s&(),.-]+/)) if (w.length > 2) places.add(w.toLowerCase());
        }
      for (const zone of Intl.supportedValuesOf('timeZone')) {
        const city = zone.split('/').pop()!;
        for (const w of city.split('_')) if (w.length > 2) places.add(w.toLowerCase());
      }
    } catch {
      // No CLDR data in this runtime: no conventional place names, the rest still works.
    }
  }
  return places.has(name.toLowerCase());
}
