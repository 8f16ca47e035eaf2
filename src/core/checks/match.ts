import { nameSkeleton } from '../text/names';
import { arabicForms, editDistance } from './tokens';
import { latinKey, readingKey } from './translit';

/**
 * Comparing a name across scripts. names.ts gives consonant skeletons; here they are compared
 * with a weighted edit distance, because some swaps are how transliteration works rather than
 * a different name: s/z ("News" ~ نيوز), t/d, b/f, k/h, and an h that one side does not
 * write ("Boehler" ~ بولر). Those cost half an edit.
 */

const NEAR: ReadonlySet<string> = new Set(['SZ', 'ZS', 'TD', 'DT', 'BF', 'FB', 'KH', 'HK', 'WF', 'FW']);

function subCost(x: string, y: string): number {
  if (x === y) return 0;
  return NEAR.has(x + y) ? 0.5 : 1;
}

function indelCost(x: string): number {
  return x === 'H' ? 0.5 : 1; // h is silent or unwritten as often as not
}

export function weightedDistance(a: string, b: string): number {
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev.push(prev[j - 1]! + indelCost(b[j - 1]!));
  for (let i = 1; i <= a.length; i++) {
    const cur = [prev[0]! + indelCost(a[i - 1]!)];
    for (let j = 1; j <= b.length; j++) {
      cur.push(
        Math.min(prev[j - 1]! + subCost(a[i - 1]!, b[j - 1]!), prev[j]! + indelCost(a[i - 1]!), cur[j - 1]! + indelCost(b[j - 1]!)),
      );
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Edits a pair of skeletons may differ by and still write one name: half an edit for short
 * ones (two or three consonants have no room for a real change), one edit from four on.
 */
export function tolerance(a: string, b: string): number {
  return Math.max(a.length, b.length) >= 4 ? 1 : 0.5;
}

export function skeletonsClose(a: string, b: string): boolean {
  if (!a || !b) return false;
  return weightedDistance(a, b) <= tolerance(a, b);
}

/** Skeletons an Arabic-script word (or run of words) may write a name with, clitics removed. */
const skeletonMemo = new Map<string, string[]>();
const MEMO_LIMIT = 50_000; // a long book has fewer distinct word pairs than this per run

export function arabicSkeletons(words: string[]): string[] {
  const key = words.join(' ');
  let hit = skeletonMemo.get(key);
  if (!hit) {
    if (skeletonMemo.size > MEMO_LIMIT) skeletonMemo.clear();
    hit = computeArabicSkeletons(words);
    skeletonMemo.set(key, hit);
  }
  return hit;
}

function computeArabicSkeletons(words: string[]): string[] {
  if (words.length === 0) return [];
  const [first, ...rest] = words;
  // Clitics attach to the first word only; the rest keep their spelling.
  const tail = rest.join(' ');
  const out = new Set<string>();
  for (const f of arabicForms(first!)) out.add(nameSkeleton(tail ? `${f} ${tail}` : f));
  out.delete('');
  return [...out];
}

/** Letter distance between a Latin spelling and the reading of an Arabic one, in [0, 1+]. */
export function readingDistance(latin: string, arabic: string): number {
  const l = latinKey(latin);
  const r = readingKey(arabic).replace(/(.)\1+/g, '$1');
  return editDistance(l, r);
}

/** Normalised letter distance between two Latin spellings. */
export function latinDistance(x: string, y: string): number {
  const a = latinKey(x);
  const b = latinKey(y);
  return editDistance(a, b) / Math.max(1, a.length, b.length);
}

export interface CrossMatch {
  /** Best weighted skeleton distance over the Arabic forms. */
  distance: number;
  exact: boolean;
  close: boolean;
}

/** How well a Latin name matches Arabic word(s). */
export function crossMatch(latin: string, arabicWords: string[]): CrossMatch {
  const ls = nameSkeleton(latin);
  let best = Infinity;
  let close = false;
  for (const s of arabicSkeletons(arabicWords)) {
    const d = weightedDistance(ls, s);
    best = Math.min(best, d);
    if (ls && d <= tolerance(ls, s)) close = true;
  }
  return { distance: best, exact: best === 0 && ls.length > 0, close };
}

/**
 * A match strong enough to anchor a name: a skeleton of three consonants or more within
 * tolerance, or a shorter one that matches exactly and whose letters read alike ("Joe" جو).
 * Short skeletons alone are not enough: "Faye" (F) would match every في ("in").
 */
export function isAnchor(latin: string, arabicWords: string[]): boolean {
  const m = crossMatch(latin, arabicWords);
  if (!m.close) return false;
  if (nameSkeleton(latin).length >= 3) return true;
  if (!m.exact) return false;
  const key = latinKey(latin);
  return readingDistance(latin, arabicWords.join(' ')) <= Math.max(1, Math.floor(key.length * 0.4));
}

/** Two Latin spellings that may be one name: skeletons close, letters close, not an inflection. */
export function latinVariants(x: string, y: string): boolean {
  const a = latinKey(x);
  const b = latinKey(y);
  if (a === b || a.length < 4 || b.length < 4) return false;
  // "US-Afghanistan" contains Afghanistan; it is a compound, not another spelling.
  const parts = (t: string) => t.split(/[-‐]/).map(latinKey);
  if (parts(x).includes(b) || parts(y).includes(a)) return false;
  // "America"/"American", "Afghan"/"Afghans": a derived word, not another spelling; a name
  // cut short by another ending ("Arizon", "Londo") is a slip.
  if (derived(a, b) || derived(b, a)) return false;
  if (!skeletonsClose(nameSkeleton(x), nameSkeleton(y))) return false;
  return latinDistance(x, y) <= 0.4;
}

/** Endings that make a word from a name: plurals, demonyms, adjectives. */
const DERIVING = /^(s|es|n|an|ans|ian|ians|ns|i|is|ia|ese|ish|er|ers|ite|ites|ic|ics|ism|ist|ists|istan|y|ey)$/;

/** Whether `long` is `short` with a deriving ending. */
function derived(long: string, short: string): boolean {
  return long.length > short.length && long.startsWith(short) && DERIVING.test(long.slice(short.length));
}

const VOWELS = /^[aeiouy]$/;
/** Latin letters transliterations swap freely (Arabic has no p, v or e). */
const LETTER_CLASS: Record<string, string> = { p: 'b', v: 'f', q: 'k', c: 'k', g: 'k', j: 'k', o: 'u', e: 'i', w: 'u' };

function letterClass(ch: string): string {
  return LETTER_CLASS[ch] ?? ch;
}

function letterSub(x: string, y: string): number {
  if (x === y || letterClass(x) === letterClass(y)) return 0;
  if (VOWELS.test(x) && VOWELS.test(y)) return 0.5;
  return 1;
}

function letterIndel(x: string): number {
  // Arabic script leaves short vowels unwritten and h is often silent: cheap to add or drop.
  return VOWELS.test(x) || x === 'w' || x === 'h' ? 0.5 : 1;
}

/**
 * Letter distance between a Latin spelling and the reading of Arabic word(s), weighted so
 * that what Arabic script cannot write (short vowels, p, v, e/o) costs little: "Trump" ~
 * ترامب (tramb) costs 0.5, "Biden" ~ بايدن 1.5, while بدون ("without", bdun) stays 2.
 */
export function readingCost(latin: string, arabic: string): number {
  const a = latinKey(latin);
  const b = readingKey(arabic).replace(/(.)\1+/g, '$1');
  let prev = [0];
  for (let j = 1; j <= b.length; j++) prev.push(prev[j - 1]! + letterIndel(b[j - 1]!));
  for (let i = 1; i <= a.length; i++) {
    const cur = [prev[0]! + letterIndel(a[i - 1]!)];
    for (let j = 1; j <= b.length; j++) {
      cur.push(Math.min(prev[j - 1]! + letterSub(a[i - 1]!, b[j - 1]!), prev[j]! + letterIndel(a[i - 1]!), cur[j - 1]! + letterIndel(b[j - 1]!)));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
