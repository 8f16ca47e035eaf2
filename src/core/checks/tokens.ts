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

const WORD = /[\p{L}\p{M}]+(?:(?:['’‐-]|\u200c)[\p{L}\p{M}]+)*/gu;
/** Characters between two words that keep them in one phrase (a name can run across them). */
const JOINING_GAP = /^[\s\u00a0\u200c-]*$/u;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    out.push({
      text: m[0],
      start,
      end: start + m[0].length,
      index: out.length,
      arabic: isArabicScript(m[0]),
      afterBreak: out.length === 0 || !JOINING_GAP.test(gap),
    });
    prevEnd = start + m[0].length;
  }
  return out;
}

/** "Trump's" and "Trump’s" are Trump: the token shortened to the name. */
export function stripPossessive(t: Token): Token {
  const m = /['’]s$/u.exec(t.text);
  return m ? { ...t, text: t.text.slice(0, -2), end: t.end - 2 } : t;
}

/** Script a language tag is written in, for the three languages the app knows. */
export function scriptOfLang(lang: string): 'latin' | 'arabic' | 'other' {
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
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
