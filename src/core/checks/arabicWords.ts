import words from './arabic-words.json';
import { memoPerWord } from '../text/memo';
import { foldForMatch } from '../text/normalize';
import { nameHash, sortedHas as has } from './knownNames';

/**
 * Arabic and Persian dictionary words (hunspell-ar, Lilak; built by
 * scripts/build-arabic-words.ts, notices in arabic-words.LICENSE.md), less the words the
 * name lists or the transliteration model read as names. A bead word found here is weak
 * evidence of a common word: learnt from text outside the benchmark, unlike the NTREX list.
 */

/** Sorted numbers as base-128 varints of their differences, in base64. */
export function packDeltas(sorted: number[]): string {
  const bytes: number[] = [];
  let prev = 0;
  for (const n of sorted) {
    let d = n - prev;
    prev = n;
    while (d >= 128) {
      bytes.push((d & 127) | 128);
      d >>>= 7;
    }
    bytes.push(d);
  }
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** The inverse of packDeltas. */
export function unpackDeltas(base64: string): Uint32Array {
  const bin = atob(base64);
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < bin.length; ) {
    let d = 0;
    let shift = 0;
    let b: number;
    do {
      b = bin.charCodeAt(i++);
      d |= (b & 127) << shift;
      shift += 7;
    } while (b & 128);
    prev += d;
    out.push(prev);
  }
  return Uint32Array.from(out);
}

let table: Uint32Array | null = null;

/**
 * Whether an Arabic-script word (with or without the article) is an Arabic or Persian
 * dictionary word. Remembered per word: every bead asks it of its words.
 */
export const isDictionaryArabic: (word: string) => boolean = memoPerWord(dictionaryArabic);

function dictionaryArabic(word: string): boolean {
  if (!table) {
    const w = words as { arabic: string; persian: string };
    const all = [...unpackDeltas(w.arabic), ...unpackDeltas(w.persian)].sort((x, y) => x - y);
    table = Uint32Array.from(all);
  }
  const f = foldForMatch(word).replace(/\u200c/g, '');
  return has(table, nameHash(f)) || (f.startsWith('\u0627\u0644') && f.length > 4 && has(table, nameHash(f.slice(2))));
}
