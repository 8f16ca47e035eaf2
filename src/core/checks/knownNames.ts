import known from './known-names.json';
import { latinLetters } from './translitModel';

/**
 * Latin spellings that real people or places bear (the translit train splits, as 24-bit
 * hashes; scripts/build-known-names.ts). Used to keep the model from calling a real spelling
 * a slip: "Howard" is a name even though هوارد reads closer to "Hward".
 */

/** FNV-1a, folded to 24 bits. */
export function nameHash(letters: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < letters.length; i++) {
    h ^= letters.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return ((h >>> 24) ^ h) & 0xffffff;
}

let table: Uint32Array | null = null;

function load(): Uint32Array {
  if (table) return table;
  const bin = atob((known as { hashes: string }).hashes);
  table = new Uint32Array(bin.length / 3);
  for (let i = 0; i < table.length; i++) table[i] = (bin.charCodeAt(i * 3) << 16) | (bin.charCodeAt(i * 3 + 1) << 8) | bin.charCodeAt(i * 3 + 2);
  return table;
}

/** Whether a Latin spelling is one the name lists know. */
export function isKnownName(name: string): boolean {
  const t = load();
  const h = nameHash(latinLetters(name));
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

let places: Set<string> | null = null;

/**
 * Country and territory names as CLDR gives them in English (Intl.DisplayNames, in Node and
 * every browser): conventional names ("Egypt" for مصر) whose source is not a transliteration.
 */
export function isPlaceName(name: string): boolean {
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
    } catch {
      // No CLDR data in this runtime: no conventional place names, the rest still works.
    }
  }
  return places.has(name.toLowerCase());
}
