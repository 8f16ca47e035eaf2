import { foldDigits, foldForWords } from '../text/normalize';
import { isArabicScript, skeletonOf } from '../text/names';

/**
 * Raw, language-independent clues read from one piece of text (a paragraph or a sentence):
 * the numbers it writes, the names it may contain (as consonant skeletons) and its words
 * (as lexicon keys). Strings only; items.ts turns them into ids shared by both documents.
 */
export interface RawClues {
  numbers: string[];
  names: string[];
  /** Skeletons of two adjacent words written as one ("خليل زاد" for "Khalilzad"). */
  pairs: string[];
  words: string[];
}

/** Words in the document written in lower case: a capitalised one of them is not a name. */
export type LowerVocabulary = ReadonlySet<string>;

const NUMBER = /\d+(?:[.,]\d+)*/g;

/**
 * Numbers as comparison keys: every digit system folded to ASCII, thousands separators
 * removed ("2,500" and "٢٬٥٠٠" both give "2500"). Single digits are left out: translators
 * spell them ("two weeks") as often as they write them, so they are noise, not anchors.
 */
export function extractNumbers(text: string): string[] {
  const out: string[] = [];
  forEachNumber(text, (n) => out.push(n));
  return out;
}

/**
 * extractNumbers with where each number was written: `at(key, start, end)` gets UTF-16
 * offsets into `text` (foldDigits keeps offsets: it swaps one character for one).
 */
export function forEachNumber(text: string, at: (key: string, start: number, end: number) => void): void {
  for (const m of foldDigits(text).matchAll(NUMBER)) {
    let n = m[0];
    if (/^\d{1,3}(,\d{3})+$/.test(n)) n = n.replace(/,/g, '');
    else n = n.replace(/,/g, '.');
    n = n.replace(/[.]$/, '');
    if (n.length >= 2) at(n, m.index, m.index + m[0].length);
  }
}

const WORD = /[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*/gu;

/** Splits NFC text into words made of letters (with inner apostrophes and hyphens kept). */
export function splitWords(text: string): string[] {
  return text.replace(/\u200c/g, ' ').match(WORD) ?? [];
}

/**
 * The words of splitWords as UTF-16 spans [start, end) of `text`, found without making
 * strings (the regular expression costs more than everything else done per word). Same
 * words: letters and marks, joined by one inner apostrophe or hyphen; ZWNJ is no letter.
 */
export function forEachWordSpan(text: string, at: (start: number, end: number) => unknown): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let w = letterWidth(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < n && (w = letterWidth(text, i)) > 0) i += w;
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && letterWidth(text, i + 1) > 0) i++;
      else break;
    }
    // A caller that needs only the first words returns false to stop.
    if (at(start, i) === false) return;
  }
}

function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2010 || c === 0x2d; // ' ’ ‐ -
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/** Per UTF-16 unit: 1 letter or mark, 0 not, −1 not tested yet (each is tested once). */
const BMP_LETTER = new Int8Array(0x10000).fill(-1);
const ASTRAL_LETTER = new Map<number, boolean>();

/** Code units taken by the letter or mark at text[i] (1, or 2 for a surrogate pair), or 0. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    if (c > 0xdbff || !(d >= 0xdc00 && d <= 0xdfff)) return 0; // a lone surrogate
    const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
    let yes = ASTRAL_LETTER.get(cp);
    if (yes === undefined) ASTRAL_LETTER.set(cp, (yes = LETTER_OR_MARK.test(String.fromCodePoint(cp))));
    return yes ? 2 : 0;
  }
  let v = BMP_LETTER[c]!;
  if (v === -1) v = BMP_LETTER[c] = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 0;
  return v;
}

/** Lower-case Latin words of a document, so sentence-initial "The" is not taken for a name. */
export function lowerVocabulary(texts: readonly string[]): Set<string> {
  // Word by word, keeping only the lower-case ones: a book's words are not all held at once.
  const out = new Set<string>();
  for (const text of texts) {
    forEachWordSpan(text, (start, end) => {
      const c = text.charCodeAt(start);
      // ASCII: a lower-case letter is one, anything else is not (no string made to test it).
      // The Arabic block has no case: its words are never lower case.
      const lower = c < 0x80 ? c >= 0x61 && c <= 0x7a : c >= 0x0600 && c <= 0x06ff ? false : isLowerCase(text[start]!);
      if (lower) out.add(text.slice(start, end).toLowerCase());
    });
  }
  return out;
}

/** A letter that changes when upper-cased and not when lower-cased. */
function isLowerCase(first: string): boolean {
  return first !== first.toUpperCase() && first === first.toLowerCase();
}

/** lowerVocabulary for texts already split by splitWords. */
export function lowerOfSplit(split: string[][]): Set<string> {
  const out = new Set<string>();
  for (const words of split) {
    for (const w of words) {
      if (isLowerCase(w[0]!)) out.add(w.toLowerCase());
    }
  }
  return out;
}

const PROCLITIC_CONJ = /^[\u0648\u0641]/; // و ف
const PROCLITIC_PREP = /^[\u0628\u0644\u0643]/; // ب ل ك

/**
 * Spellings an Arabic-script word may hide a name under: as written, without a leading
 * "and"/"so" (و ف), without a preposition (ب ل ك) and without "لل" (li + al). Wrong
 * strippings cost nothing: a variant only counts when the other document has the name.
 */
export function arabicVariants(word: string): string[] {
  // A handful of spellings at most: a list searched before each push keeps them distinct.
  const out = [word];
  for (let k = 0, n = out.length; k < n; k++) if (PROCLITIC_CONJ.test(out[k]!) && out[k]!.length > 3) pushNew(out, out[k]!.slice(1));
  for (let k = 0, n = out.length; k < n; k++) if (PROCLITIC_PREP.test(out[k]!) && out[k]!.length > 3) pushNew(out, out[k]!.slice(1));
  for (let k = 0, n = out.length; k < n; k++) if (out[k]!.startsWith('\u0644\u0644') && out[k]!.length > 4) pushNew(out, out[k]!.slice(2));
  return out;
}

function pushNew(list: string[], s: string): void {
  if (!list.includes(s)) list.push(s);
}

/** "Trump's" and "Trump’s" are Trump. */
function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

/**
 * Name skeletons a text may contain. Latin: capitalised words that the document never
 * writes in lower case, plus each pair of adjacent ones ("Camp David"). Arabic script has
 * no capitals, so every word (and its clitic-stripped variants) is a candidate, plus each
 * adjacent pair ("خليل زاد" for "Khalilzad"); items.ts keeps only those matching a name of
 * the other document. Skeletons shorter than three classes are too common to be evidence.
 */
export function extractNames(text: string, lower: LowerVocabulary): string[] {
  const clues = new ClueReader(lower).read(text);
  return [...new Set([...clues.names, ...clues.pairs])];
}

/**
 * English words that start sentences: capitalised there, a short document may never write
 * them in lower case, and they are no names. (English is the one Latin-script language the
 * app knows; for others, the lower-case test alone applies.)
 */
const SENTENCE_STARTERS = new Set(
  ('a an the this that these those it its he she they we i you his her their our my your there here what why how who whom where which when while if as also ' +
    'however although though but and or so yet still even only now then meanwhile therefore thus since during after before according with without for from by to ' +
    'of in on at into over under about against between through among until unless because once despite some many most much more one two three four five ' +
    'first second last next other another both each every no not such all any few several new old former several last earlier later today yesterday').split(' '),
);

/** How names are keyed: by consonant skeleton across scripts, by spelling within one. */
export type NameKeying = 'skeleton' | 'spelling';

/** A spelling key: folded, lower case, accents stripped ("Glizmann" and "Galzmann" differ). */
function spellingKey(word: string): string {
  return foldForWords(word).normalize('NFD').replace(/\p{M}/gu, '').replace(/['’‐-]/g, '');
}

/** `folded` is foldForWords(word), when the caller has it already. */
function candidatesOf(word: string, lower: LowerVocabulary, keying: NameKeying, folded?: string): string[] {
  const key = keying === 'skeleton' ? skeletonOf : spellingKey;
  if (isArabicScript(word)) {
    // The word as written comes first: it is the one a following word pairs with.
    const keys: string[] = [];
    for (const v of arabicVariants(folded ?? foldForWords(word))) {
      const s = key(v);
      if (s.length >= 2) pushNew(keys, s);
    }
    return keys;
  }
  if (!/^\p{Lu}/u.test(word) || lower.has(word.toLowerCase()) || SENTENCE_STARTERS.has(word.toLowerCase())) return [];
  // All-capital short words are acronyms (US, CIA, ISIS): their skeleton is no spelling,
  // but within one language their spelling is a fine anchor.
  if (keying === 'skeleton' && word.length <= 5 && word === word.toUpperCase()) return [];
  const s = key(word);
  return s.length >= 2 ? [s] : [];
}

const LATIN_STOP = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'an', 'is', 'was', 'for', 'on', 'that', 'with', 'by', 'as', 'at', 'it', 'be', 'are', 'from', 'this', 'which', 'or', 'has', 'had', 'have', 'were', 'not', 'but', 'its', 'he', 'his', 'they', 'their']);

/**
 * Lexicon keys: folded words, Arabic article and conjunction stripped (والحكومة, الحكومة and
 * حكومة are one key), English possessive dropped. Very common English function words are
 * dropped only to save time; everything else is weighed by how rare it is.
 */
export function extractWords(text: string): string[] {
  return new ClueReader(new Set()).read(text).words;
}

/** Lexicon key of one word as split by splitWords (folded by foldForWords), or null for a word not worth a key. */
function wordKey(folded: string): string | null {
  const w = isArabicScript(folded) ? arabicStem(folded) : stripPossessive(folded);
  return w.length < 2 || LATIN_STOP.has(w) ? null : w;
}

/** Strips و/ف then the article forms ال, بال, كال, لل, keeping at least two letters. */
export function arabicStem(word: string): string {
  let w = word;
  if (PROCLITIC_CONJ.test(w) && w.length > 3) w = w.slice(1);
  const article = /^(\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0644\u0644)/.exec(w);
  if (article && w.length - article[0].length >= 2) w = w.slice(article[0].length);
  return w;
}

/** What one distinct word gives: its lexicon key and the name skeletons it may hide. */
export interface WordClues {
  key: string | null;
  names: string[];
}

/**
 * Reads the clues of the texts of one document. Words repeat across a document, and
 * folding and skeletons are the costly part, so each distinct word is read once.
 */
export class ClueReader {
  private readonly cache = new Map<string, WordClues>();

  constructor(
    private readonly lower: LowerVocabulary,
    private readonly keying: NameKeying = 'skeleton',
  ) {}

  /** Clues of one word as split by splitWords (cached: the reader sees each word once). */
  word(raw: string): WordClues {
    let c = this.cache.get(raw);
    if (!c) this.cache.set(raw, (c = this.wordOnce(raw)));
    return c;
  }

  /** word() without the cache, for a caller that keeps its own table of distinct words. */
  wordOnce(raw: string): WordClues {
    // Folding is the costly step: the names reuse the key's unless a possessive was cut.
    const folded = foldForWords(raw);
    const word = stripPossessive(raw);
    return { key: wordKey(folded), names: candidatesOf(word, this.lower, this.keying, word === raw ? folded : undefined) };
  }

  read(text: string): RawClues {
    return this.readWords(text, splitWords(text));
  }

  /** Same as read, for a text already split by splitWords. */
  readWords(text: string, split: string[]): RawClues {
    const words: string[] = [];
    const names = new Set<string>();
    const pairs = new Set<string>();
    let prev: string[] = [];
    for (const raw of split) {
      const c = this.word(raw);
      if (c.key !== null) words.push(c.key);
      for (const s of c.names) if (s.length >= 3) names.add(s);
      // The second word of a pair keeps its spelling (clitics attach to the first only).
      const second = c.names[0];
      if (second !== undefined) for (const p of prev) if (p.length + second.length >= 3) pairs.add(p + second);
      prev = c.names;
    }
    return { numbers: extractNumbers(text), names: [...names], pairs: [...pairs], words };
  }
}
