import { foldForMatch } from '../text/normalize';

/**
 * A comparison key of a text with a map back to the original: anchoring searches in the key
 * (so diacritics, tatweel, ZWNJ and letter variants do not matter) but must answer in UTF-16
 * offsets of the text the user reads.
 */
export interface FoldedText {
  /** foldForMatch applied code point by code point, runs of white space collapsed to one ' '. */
  key: string;
  /** starts[i]: original offset of the character that produced key[i]. */
  starts: Int32Array;
  /** ends[i]: original offset just after that character (exclusive). */
  ends: Int32Array;
  /** The original text, for mapping ranges back. */
  source: string;
}

const WHITE = /\s/u;
/** Harakat and other marks belong to the letter before them; so does a tatweel stretching it. */
const ATTACHED = /[\p{M}\u0640]/u;

/** foldForMatch per character, memoised: a paragraph repeats a few dozen letters many times. */
const charFolds = new Map<string, string>();
const CHAR_CACHE_LIMIT = 8192; // bounds memory on texts with many distinct characters (CJK, emoji)

function foldChar(ch: string): string {
  let folded = charFolds.get(ch);
  if (folded === undefined) {
    folded = foldForMatch(ch);
    if (charFolds.size < CHAR_CACHE_LIMIT) charFolds.set(ch, folded);
  }
  return folded;
}

/**
 * Folds per code point rather than the whole string so every key unit knows where it came
 * from. Both sides of any comparison go through this one function, so they stay comparable.
 */
export function foldWithMap(source: string): FoldedText {
  const keyParts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  let lastWasSpace = false;
  for (const ch of source) {
    const from = offset;
    offset += ch.length;
    let folded = foldChar(ch);
    if (folded.length === 0) continue; // diacritic, tatweel, ZWNJ: no letter in the key
    if (WHITE.test(folded)) {
      // Re-imports change spacing (NBSP, double spaces, line breaks) without changing words.
      if (lastWasSpace) continue;
      folded = ' ';
    }
    lastWasSpace = folded === ' ';
    keyParts.push(folded);
    // One map entry per UTF-16 unit of the key, so key offsets index the map directly.
    for (let i = 0; i < folded.length; i++) {
      starts.push(from);
      ends.push(offset);
    }
  }
  return { key: keyParts.join(''), starts: Int32Array.from(starts), ends: Int32Array.from(ends), source };
}

/** The key of a text without the offset map, for quotes and contexts. */
export function foldKey(text: string): string {
  return foldWithMap(text).key;
}

/**
 * Maps the key range [from, to) back to the original. The end takes the marks and tatweel that
 * follow the last letter (they are drawn with it), but not ZWNJ or spaces.
 */
export function toOriginalRange(folded: FoldedText, from: number, to: number): { start: number; end: number } {
  const start = folded.starts[from]!;
  let end = folded.ends[to - 1]!;
  const text = folded.source;
  while (end < text.length) {
    const cp = text.codePointAt(end)!;
    const ch = String.fromCodePoint(cp);
    if (!ATTACHED.test(ch)) break;
    end += ch.length;
  }
  return { start, end };
}

/**
 * The canonical form of a span: the original range of the key units it covers. anchor()
 * answers in this form, so describe() stores it and the two round-trip exactly. Null when the
 * span holds no key unit (only a ZWNJ, say).
 */
export function canonicalRange(folded: FoldedText, start: number, end: number): { start: number; end: number } | null {
  let from = 0;
  while (from < folded.starts.length && folded.starts[from]! < start) from++;
  let to = from;
  while (to < folded.starts.length && folded.starts[to]! < end) to++;
  return to > from ? toOriginalRange(folded, from, to) : null;
}
