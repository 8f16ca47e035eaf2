import common from './common-words.json';
import './translitTable';
import { Generations, memoPerWord } from '../text/memo';
import { foldForMatch } from '../text/normalize';
import { arabicForms } from './tokens';
import { nameLogProb } from './nameLetters';
import { PairMemo } from './pairMemo';
import { latinLetters, MATCH_GAP, modelVersion, romanise, SpellingSet, surelyApart, translitScore } from './translitModel';

/**
 * The learned transliteration model put to the checks' questions: is an Arabic-script word a
 * common word (never a name's counterpart), does a Latin name write an Arabic-script word, and
 * is there a spelling one slip away from the Latin name that writes it much better ("Khaman"
 * for هامان, where "Haman" is the model's own reading).
 */

const ARABIC_COMMON = new Set((common as { arabic: string[] }).arabic);
const ENGLISH_COMMON = new Set((common as { english: string[] }).english);

/**
 * Replaces the common-word lists (benches: a list learnt without the documents judged). Call
 * before any check runs: answers are remembered per word.
 */
export function useCommonWords(lists: { arabic: string[]; english: string[] }): void {
  ARABIC_COMMON.clear();
  for (const w of lists.arabic) ARABIC_COMMON.add(w);
  ENGLISH_COMMON.clear();
  for (const w of lists.english) ENGLISH_COMMON.add(w);
}

/**
 * A common Arabic or Persian word of news text (with or without clitics and the article).
 * Remembered per word: every name of every bead asks it of the bead's words.
 */
export const isCommonArabic: (word: string) => boolean = memoPerWord((word) => {
  const f = foldForMatch(word).replace(/\u200c/g, '');
  if (ARABIC_COMMON.has(f)) return true;
  return arabicForms(word).some((x) => ARABIC_COMMON.has(x) || ARABIC_COMMON.has(x.replace(/^\u0627\u0644/, '')));
});

/** A common English word written with a capital ("North", "Street", "Father"). */
export function isCommonEnglish(word: string): boolean {
  return ENGLISH_COMMON.has(word.toLowerCase());
}

/** Forms of an Arabic-script word a name may hide under: clitics off, article off. */
export const nameForms: (word: string) => readonly string[] = memoPerWord((word) => Object.freeze(formsOfName(word)));

/** Fathatan on or before a final alef (either order is written). */
const TANWEEN_ALEF = /(?:\u064b\u0627|\u0627\u064b)$/;

function formsOfName(word: string): string[] {
  const out = new Set<string>();
  // "داعش-خراسان", "سان‌پائولو": each part of a hyphenated or joined word may be the name.
  const split = wordParts(word);
  const parts = split.length > 1 ? [word, ...split] : [word];
  for (const f of parts.flatMap((p) => arabicForms(p))) {
    out.add(f);
    if (f.startsWith('\u0627\u0644') && f.length > 4) out.add(f.slice(2));
  }
  // An accusative written with its tanween (هُودًا, لُوطًا): the alef carries the case ending,
  // not a letter of the name. Only where the mark is written: without it, a final alef may be
  // the name's own (رضا).
  if (TANWEEN_ALEF.test(word)) for (const f of [...out]) if (f.endsWith('\u0627') && f.length > 2) out.add(f.slice(0, -1));
  return [...out];
}

/**
 * The parts of an Arabic-script word written with a hyphen or joined by a zero-width
 * non-joiner (Persian writes a compound name as one word: "سان‌پائولو" for San Paolo).
 */
export function wordParts(word: string): string[] {
  return /[-\u200c]/.test(word) ? word.split(/[-\u200c]+/).filter(Boolean) : [word];
}

/**
 * The smallest gap between a Latin spelling and any form of Arabic-script word(s). Remembered
 * per spelling and words (PairMemo: let go past its limit and when another table is installed):
 * name mismatch asks it of a name and its counterpart at every mention, and a book's names
 * meet the same source words bead after bead. The answer is shared: callers only read it.
 */
export function bestGap(latin: string, words: readonly string[]): { readonly gap: number; readonly form: string } {
  return bestGaps.get(latin, words.length === 1 ? words[0]! : words.join('\u241f'));
}

const bestGaps = new PairMemo<{ readonly gap: number; readonly form: string }>((latin, key) => computeBestGap(latin, key.split('\u241f')));

function computeBestGap(latin: string, words: readonly string[]): { gap: number; form: string } {
  let best = { gap: Infinity, form: '' };
  const tail = words.slice(1).join('');
  for (const f of nameForms(words[0]!)) {
    const form = f + tail;
    const g = translitScore(latin, form).gap;
    if (g < best.gap) best = { gap: g, form };
  }
  return best;
}

/**
 * bestGap when it is at most `limit`, else Infinity: forms the model's bound rules out are
 * not scored (most words of a bead are far from any given name). Remembered per (latin,
 * words): a book's names meet the same source words bead after bead, under one limit or another.
 */
export function gapWithin(latin: string, words: string | readonly string[], limit: number): number {
  return gapWithinIn(gapsFor(latin), latin, words, limit);
}

/**
 * gapWithin with the spelling's remembered gaps (gapsFor) already at hand, for asking it of
 * many words; a lone word may be given as itself.
 */
export function gapWithinIn(gaps: Map<string, number>, latin: string, words: string | readonly string[], limit: number): number {
  const key = typeof words === 'string' ? words : words.length === 1 ? words[0]! : words.join('\u241f');
  const known = gaps.get(key);
  if (known !== undefined) {
    // A gap found is the smallest of all forms, so it answers every limit; "beyond L" answers limits up to L.
    if (known >= 0) return known <= limit ? known : Infinity;
    if (limit <= -known) return Infinity;
  }
  const g = computeGapWithin(latin, words, limit);
  if (gapCount >= GAP_LIMIT) {
    gapMemo = new Map();
    gapCount = 0;
  }
  gapCount++;
  gaps.set(key, Number.isFinite(g) ? g : -limit);
  return g;
}

/**
 * Per Latin spelling, per source word(s): the smallest gap when one was found, else minus the
 * largest limit it is known to lie beyond. Gaps are never negative and limits are positive.
 */
let gapMemo = new Map<string, Map<string, number>>();
let gapTable = modelVersion();
let gapCount = 0;
const GAP_LIMIT = 500_000;

export function gapsFor(latin: string): Map<string, number> {
  if (gapTable !== modelVersion()) {
    gapMemo = new Map();
    gapTable = modelVersion();
    gapCount = 0;
  }
  // A rule asks one spelling of every word of a bead in a row: the last one's gaps are at hand.
  if (latin === lastLatin && lastMemo === gapMemo) return lastGaps!;
  let m = gapMemo.get(latin);
  if (!m) gapMemo.set(latin, (m = new Map()));
  lastLatin = latin;
  lastMemo = gapMemo;
  lastGaps = m;
  return m;
}
let lastLatin: string | null = null;
let lastMemo: Map<string, Map<string, number>> | null = null;
let lastGaps: Map<string, number> | null = null;

function computeGapWithin(latin: string, words: string | readonly string[], limit: number): number {
  let best = Infinity;
  const [first, tail] = typeof words === 'string' ? [words, ''] : [words[0]!, words.slice(1).join('')];
  for (const f of nameForms(first)) {
    const form = f + tail;
    if (surelyApart(latin, form, limit)) continue;
    best = Math.min(best, translitScore(latin, form).gap);
  }
  return best <= limit ? best : Infinity;
}

/** Whether a Latin spelling writes the Arabic-script word(s), by the model's measure. */
export function writes(latin: string, words: string[]): boolean {
  return gapWithin(latin, words, MATCH_GAP) <= MATCH_GAP;
}

const VOWELS = 'aeiouy';
/**
 * Letters machine translation confuses with each other (the slips `neighbours` undoes). A g or
 * q written for a hard c is undone as a k is ("Jagquemus" for Jacquemus, "Siligon" for Silicon).
 */
const SWAPS: Array<[string, string[]]> = [
  ['th', ['s', 'z', 'dh', 't']],
  ['dh', ['z', 'th', 'd']],
  ['kh', ['h', 'k']],
  ['gh', ['g', 'h']],
  ['sh', ['s']],
  ['ch', ['sh', 'k']],
  ['z', ['s', 'th', 'dh']],
  ['s', ['z', 'th', 'sh']],
  ['h', ['kh']],
  ['q', ['k', 'g', 'c']],
  ['k', ['q', 'g', 'c']],
  ['g', ['k', 'q', 'j', 'c']],
  ['c', ['k', 'q', 's']],
];

/**
 * Spellings one slip from a Latin name: a vowel changed or added, a consonant dropped,
 * one of the confusable consonants swapped, or a letter of the source's reading added.
 */
export function neighbours(name: string, extraLetters: string): string[] {
  const w = latinLetters(name);
  const out = new Set<string>();
  const letters = [...new Set(VOWELS + extraLetters)];
  for (let i = 0; i < w.length; i++) {
    // Dropping a vowel always reads closer to a script that does not write short vowels, and
    // so does dropping one of a double letter: no evidence of a slip. Nor is a first letter
    // dropped (the source word may carry a clitic that looks like it: كليمو is ك + ليمو) or
    // a plural s.
    // A d or t beside a t or d ("Marquardt" مارکوارت) is one sound to the other script.
    const double = w[i] === w[i - 1] || w[i] === w[i + 1];
    const plural = i === w.length - 1 && w[i] === 's';
    const dental = /[dt]/.test(w[i]!) && /[dt]/.test((w[i - 1] ?? '') + (w[i + 1] ?? ''));
    // The h of a digraph ("Eilidh", "Ruaridh") is spelling, often silent, often one letter there.
    // So is a final h after a vowel ("Medinah").
    const digraph = w[i] === 'h' && (/[cdgkpst]/.test(w[i - 1] ?? '') || (i === w.length - 1 && VOWELS.includes(w[i - 1] ?? '')));
    if (i > 0 && !VOWELS.includes(w[i]!) && !double && !plural && !dental && !digraph) out.add(w.slice(0, i) + w.slice(i + 1));
    // A double vowel ("ee", "oo") is a long vowel that the other script writes as one letter.
    if (VOWELS.includes(w[i]!) && !double) for (const v of VOWELS) out.add(w.slice(0, i) + v + w.slice(i + 1));
    for (const [from, tos] of SWAPS)
      if (w.startsWith(from, i))
        for (const to of tos) {
          // Nor is the h of a digraph dropped by a swap, wherever it stands ("Ruaridh" is not a
          // slip of "Ruarid", nor "Kanther" of "Kanter" for كانتر).
          if (digraphH(from, to)) continue;
          out.add(w.slice(0, i) + to + w.slice(i + from.length));
        }
  }
  // Nor is a letter put in beside the same letter: a double is written once there ("Gutmann" is no slip of "Guttmann").
  for (let i = 1; i <= w.length; i++) for (const c of letters) if (c !== w[i - 1] && c !== w[i]) out.add(w.slice(0, i) + c + w.slice(i));
  out.delete(w);
  return [...out].filter((x) => x.length >= 2);
}

/** A swap that only drops the h of a digraph ("dh" → "d"). */
function digraphH(from: string, to: string): boolean {
  return from === `${to}h`;
}

/**
 * Spellings with one vowel dropped ("Treump" → "trump"). Any dropped vowel reads closer to a
 * script that does not write short vowels, so these are believed only when the letters also
 * look clearly more like a name (VOWEL_DROP_LOOKS), or when the drop leaves the source's own
 * reading (readsSource).
 */
function vowelDrops(name: string): string[] {
  const w = latinLetters(name);
  const out: string[] = [];
  for (let i = 1; i < w.length; i++) if (VOWELS.includes(w[i]!) && w[i] !== w[i - 1] && w[i] !== w[i + 1]) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Nats; set on the NTREX development half, kept because the held-out half gained too. */
export const VOWEL_DROP_LOOKS = 6;

export interface BetterSpelling {
  /** The spelling one slip away that writes the source best (lower case letters). */
  text: string;
  gap: number;
  /** The name's own gap. */
  own: number;
}

/**
 * When a spelling one slip away is believed over the name as written (a noisy channel: the
 * source and the look of the letters both speak). The spelling must write the source at
 * least BETTER_BY nats better, look no less like a name (nameLetters.ts) unless it is all
 * but the source's own reading (readsSource), and either read
 * the source as a usual spelling does (within NEAR_GAP), or, reading it less well (within
 * FAR_GAP), look clearly more like a name (LOOKS_BETTER_BY) with strong odds in all
 * (SLIP_ODDS): "Welthh" for ويلز, where even "Welsh" is not the model's own reading.
 * Chosen on the translit DEV split (wd_arabic_16: real names the lists do not know, against
 * the same names slipped) and on the NTREX development half.
 */
export const BETTER_BY = 6;
export const NEAR_GAP = 5;
export const FAR_GAP = 12;
export const LOOKS_BETTER_BY = 2;
export const SLIP_ODDS = 14;

/**
 * A spelling all but the model's own reading of the source (within SURE_GAP), the name as
 * written SURE_BY or more from it: the source alone says what was meant.
 */
export const SURE_GAP = 1.5;
export const SURE_BY = 10;
/**
 * A spelling a little farther from the model's reading (within CLOSE_GAP) says as much when the
 * name as written is much farther still (CLOSE_BY): "Worrall" for ورال, where "Woarrall" is
 * written. The two pairs trade a closer reading against a wider margin, on the translit dev
 * pairs (slip-pairs) and the NTREX dev half.
 */
export const CLOSE_GAP = 4;
export const CLOSE_BY = 15;
export function readsSource(gap: number, own: number): boolean {
  return (gap <= SURE_GAP && own - gap >= SURE_BY) || (gap <= CLOSE_GAP && own - gap >= CLOSE_BY);
}

function believed(gap: number, own: number, looks: number): boolean {
  if (own - gap < BETTER_BY) return false;
  // The look of the letters is the prior, and the source's own reading, far from the name as
  // written, outweighs it: "Guardiola" for جوارديولا looks less like a name than "Guardola"
  // (the letter model rates "rdio" low), yet it is what the source says.
  if (readsSource(gap, own)) return true;
  if (looks < 0) return false;
  return gap <= NEAR_GAP || (gap <= FAR_GAP && looks >= LOOKS_BETTER_BY && own - gap + looks >= SLIP_ODDS);
}

const betterCache = new Generations<string, BetterSpelling | null>(50_000);
/** The table betterCache's answers were read from: another table (a bench's) starts it again. */
let betterTable = modelVersion();

/**
 * The spelling one slip from `latin` with the best odds of being what was meant, when they
 * are believed (see `believed`): the evidence that the name is garbled.
 */
export function betterSpelling(latin: string, form: string): BetterSpelling | null {
  if (betterTable !== modelVersion()) {
    betterCache.clear();
    betterTable = modelVersion();
  }
  const key = `${latinLetters(latin)}|${form}`;
  const hit = betterCache.get(key);
  if (hit !== undefined) return hit;
  const own = translitScore(latin, form).gap;
  let best: BetterSpelling | null = null;
  if (own >= BETTER_BY) {
    const extra = latinLetters(romanise(form).text);
    const looks = nameLogProb(latinLetters(latin));
    let bestOdds = -Infinity;
    const drops = new Set(vowelDrops(latin));
    const candidates = [...neighbours(latin, extra), ...drops];
    // Only a spelling within FAR_GAP, and BETTER_BY better than the name, can be believed:
    // the model's bound rules most of them out in one walk of their shared prefixes.
    const limit = Math.min(FAR_GAP, own - BETTER_BY) + 1e-6;
    for (const k of new SpellingSet(candidates).within(form, limit)) {
      const c = candidates[k]!;
      const gap = translitScore(c, form).gap;
      if (own - gap < BETTER_BY) continue;
      const better = nameLogProb(c) - looks;
      const odds = own - gap + better;
      // A dropped vowel that leaves the source's own reading is believed on the source alone, as
      // `believed` takes any such slip ("Maunchester" for منچستر): the look prior is for the rest.
      if (odds > bestOdds && believed(gap, own, better) && (!drops.has(c) || better >= VOWEL_DROP_LOOKS || readsSource(gap, own))) {
        best = { text: c, gap, own };
        bestOdds = odds;
      }
    }
  }
  betterCache.set(key, best);
  return best;
}

/** "khorasan" written as the name was: capitalised like it. */
export function likeName(letters: string, name: string): string {
  return /^\p{Lu}/u.test(name) ? letters.charAt(0).toUpperCase() + letters.slice(1) : letters;
}
