import type { Paragraph } from '../model';
import { foldForMatch } from '../text/normalize';
import { isArabicScript } from '../text/names';
import { memoPerWord } from '../text/memo';

/**
 * Words with their UTF-16 offsets, which every check needs to point at text. A word is a run
 * of letters and marks with inner apostrophes, hyphens and (in Persian) ZWNJ kept, so
 * "Galzman’s", "al-Qaeda" and "خلیل‌زاد" are one word each.
 */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Index of the token in its paragraph. */
  index: number;
  arabic: boolean;
  /** Punctuation (not just spaces) separates it from the previous token. */
  afterBreak: boolean;
}

/**
 * tokenize reads a word as the pattern [\p{L}\p{M}]+(?:(?:['’‐-]|\u200c)[\p{L}\p{M}]+)* and
 * joins two words into one phrase when only [\s\u00a0\u200c-] stands between them. It scans
 * the text by hand with one table lookup per unit: every check tokenizes every paragraph,
 * and a regex match and a gap string per word would be garbage made for every word of a book.
 */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const GAP_CHAR = /^[\s\u00a0\u200c-]$/u;
/** Per UTF-16 unit: 1 a letter or mark, 0 not, −1 not tested yet. */
const WORD_UNIT = new Int8Array(0x10000).fill(-1);
/** Per UTF-16 unit: 1 it may stand between two words of one phrase, 0 not, −1 not tested yet. */
const GAP_UNIT = new Int8Array(0x10000).fill(-1);

/** Units taken by the letter or mark at `i` (2 for an astral one), 0 if there is none. */
function wordUnitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return LETTER_OR_MARK.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  let v = WORD_UNIT[c]!;
  if (v === -1) v = WORD_UNIT[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  return v;
}

/** Whether every unit of text[from, to) keeps two words in one phrase. */
function joiningGap(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    let v = GAP_UNIT[c]!;
    if (v === -1) v = GAP_UNIT[c] = GAP_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
    if (!v) return false;
  }
  return true;
}

/** Apostrophes, hyphens and ZWNJ: kept inside a word when letters stand on both sides. */
function isInnerJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2d || c === 0x200c;
}

/** Where the word whose first letter ends at `i` ends: letters and marks, and joiners between letters. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let u: number;
  for (;;) {
    while (i < n && (u = wordUnitAt(text, i))) i += u;
    if (i + 1 < n && isInnerJoiner(text.charCodeAt(i)) && (u = wordUnitAt(text, i + 1))) i += 1 + u;
    else return i;
  }
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  forEachToken(text, (start, end, index, arabic, afterBreak) => out.push({ text: text.slice(start, end), start, end, index, arabic, afterBreak }));
  return out;
}

/**
 * The tokens tokenize finds, field by field (text as its span [start, end)), without making a
 * string or a token: for a check that keeps a few of a book's tokens in arrays of its own.
 */
export function forEachToken(text: string, at: (start: number, end: number, index: number, arabic: boolean, afterBreak: boolean) => void): void {
  const n = text.length;
  let prevEnd = 0;
  let index = 0;
  let i = 0;
  while (i < n) {
    const u = wordUnitAt(text, i);
    if (!u) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i + u);
    at(start, i, index, isArabicSpan(text, start, i), index === 0 || !joiningGap(text, prevEnd, start));
    index++;
    prevEnd = i;
  }
}

/**
 * The words tokenize finds, as spans [start, end) and whether each is Arabic-script, without
 * making a string or a token: for a check that needs no more than where the words are.
 */
export function forEachWord(text: string, at: (start: number, end: number, arabic: boolean) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const u = wordUnitAt(text, i);
    if (!u) {
      i++;
      continue;
    }
    const start = i;
    i = wordEnd(text, i + u);
    at(start, i, isArabicSpan(text, start, i));
  }
}

/** isArabicScript of text[start, end), read in place. */
function isArabicSpan(text: string, start: number, end: number): boolean {
  let arabic = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false; // any A–Z, a–z
    if (c >= 0x0600 && c <= 0x06ff) arabic = true;
  }
  return arabic;
}

/** "Trump's" and "Trump’s" are Trump: the token shortened to the name. */
export function stripPossessive(t: Token): Token {
  // By code unit rather than a pattern: asked twice of every word of a Latin-script book.
  const w = t.text;
  const n = w.length;
  const possessive = n >= 2 && w.charCodeAt(n - 1) === 0x73 && (w.charCodeAt(n - 2) === 0x27 || w.charCodeAt(n - 2) === 0x2019);
  return possessive ? { ...t, text: w.slice(0, -2), end: t.end - 2 } : t;
}

/** Script a language tag is written in, for the three languages the app knows. */
export function scriptOfLang(lang: string): 'latin' | 'arabic' | 'other' {
  // Asked for every paragraph of a book, of a handful of tags.
  let s = SCRIPT_OF.get(lang);
  if (!s) SCRIPT_OF.set(lang, (s = scriptOf(lang)));
  return s;
}
const SCRIPT_OF = new Map<string, 'latin' | 'arabic' | 'other'>();

function scriptOf(lang: string): 'latin' | 'arabic' | 'other' {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  if (['ar', 'fa', 'ur', 'ps', 'ckb'].includes(base)) return 'arabic';
  if (['en', 'fr', 'de', 'es', 'it', 'nl', 'pt', 'tr'].includes(base)) return 'latin';
  return 'other';
}

/** The language's English name, for evidence strings ("Arabic has زلماي (Zalmay)"). */
export function langName(lang: string): string {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return { en: 'English', ar: 'Arabic', fa: 'Persian' }[base] ?? lang;
}

/** Paragraphs a check reads: site furniture is the segmenter's business, not a finding. */
export function isArticle(p: Paragraph): boolean {
  return p.kind !== 'boilerplate';
}

const CONJ = /^[\u0648\u0641]/; // و ف
const PREP = /^[\u0628\u0644\u0643]/; // ب ل ك

/**
 * Forms an Arabic-script word may hide a name under: as written, without "and"/"so" (و ف),
 * without a preposition (ب ل ك) and without "لل". Folded (letters, digits, ZWNJ removed).
 * The longest (as written) comes first.
 */
export const arabicForms: (word: string) => readonly string[] = memoPerWord((word) => Object.freeze(formsOf(word)));

function formsOf(word: string): string[] {
  const out = new Set<string>([foldForMatch(word)]);
  for (const w of [...out]) if (CONJ.test(w) && w.length > 3) out.add(w.slice(1));
  for (const w of [...out]) if (PREP.test(w) && w.length > 3) out.add(w.slice(1));
  for (const w of [...out]) if (w.startsWith('\u0644\u0644') && w.length > 4) out.add(w.slice(2));
  return [...out];
}

/** Levenshtein distance over UTF-16 units; words are short, so the plain algorithm is fine. */
export function editDistance(a: string, b: string): number {
  // Two rows kept between calls: the variant searches ask for one distance per pair their index meets.
  if (rowA.length <= b.length) [rowA, rowB] = [new Int32Array(2 * b.length + 1), new Int32Array(2 * b.length + 1)];
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      const del = prev[j]! + 1;
      const ins = cur[j - 1]! + 1;
      cur[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
