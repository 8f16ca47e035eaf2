import { Generations, memoPerWord } from '../text/memo';
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

/** NEAR as pairs of char codes (x * 65536 + y), so the inner loop neither builds nor hashes strings. */
const NEAR_CODES: ReadonlySet<number> = new Set([...NEAR].map((p) => p.charCodeAt(0) * 65536 + p.charCodeAt(1)));
const H = 'H'.charCodeAt(0);

function subCost(x: number, y: number): number {
  if (x === y) return 0;
  return NEAR_CODES.has(x * 65536 + y) ? 0.5 : 1;
}

function indelCost(x: number): number {
  return x === H ? 0.5 : 1; // h is silent or unwritten as often as not
}

/** Rows reused across calls: skeletons are short, and this runs for every name–word pair of a book. */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

export function weightedDistance(a: string, b: string): number {
  return weightedDistanceWithin(a, b, Infinity);
}

/**
 * weightedDistance when it is at most `cap`, else Infinity, found sooner: no edit costs less
 * than half, so lengths far apart never come within it, and once every cell of a row is past
 * it the rest of the table can only grow. With no cap it is weightedDistance itself.
 */
function weightedDistanceWithin(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) * 0.5 > cap) return Infinity;
  if (b.length + 1 > rowA.length) {
    rowA = new Float64Array(2 * (b.length + 1));
    rowB = new Float64Array(2 * (b.length + 1));
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= b.length; j++) prev[j] = prev[j - 1]! + indelCost(b.charCodeAt(j - 1));
  for (let i = 1; i <= a.length; i++) {
    const ai = a.charCodeAt(i - 1);
    const del = indelCost(ai);
    let low = (cur[0] = prev[0]! + del);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const v = (cur[j] = Math.min(prev[j - 1]! + subCost(ai, bj), prev[j]! + del, cur[j - 1]! + indelCost(bj)));
      if (v < low) low = v;
    }
    if (low > cap) return Infinity;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]! <= cap ? prev[b.length]! : Infinity;
}

/**
 * Edits a pair of skeletons may differ by and still write one name: half an edit for short
 * ones (two or three consonants have no room for a real change), one edit from four on.
 */
export function tolerance(a: string, b: string): number {
  return Math.max(a.length, b.length) >= 4 ? MAX_TOLERANCE : 0.5;
}

const MAX_TOLERANCE = 1;

/**
 * The most letters of a name's skeleton that a close skeleton may lack: no edit costs less than
 * half, so within MAX_TOLERANCE at most this many of the name's letters are not matched by the
 * same letter, and a letter the other skeleton does not hold is never matched.
 */
const MAX_MISSING = Math.floor(MAX_TOLERANCE / 0.5);

/**
 * The letters of skeletons as bits (a letter's code mod 32; two letters sharing a bit only
 * make mayBeClose say yes more often).
 */
export function skeletonMask(skeletons: readonly string[]): number {
  let mask = 0;
  for (const s of skeletons) for (let i = 0; i < s.length; i++) mask |= 1 << (s.charCodeAt(i) & 31);
  return mask;
}

/**
 * Whether any of the skeletons behind `mask` (skeletonMask) may be close to the skeleton
 * behind `nameMask`: false when the name has more letters than MAX_MISSING that none of them
 * holds, so no match is worked out or looked up for them.
 */
export function mayBeClose(nameMask: number, mask: number): boolean {
  let missing = nameMask & ~mask;
  let n = 0;
  while (missing !== 0) {
    missing &= missing - 1;
    if (++n > MAX_MISSING) return false;
  }
  return true;
}

/** The letters each skeleton letter is NEAR to. */
const NEAR_PARTNERS: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const p of NEAR) out.set(p[0]!, [...(out.get(p[0]!) ?? []), p[1]!]);
  return out;
})();

/**
 * Every skeleton within half an edit of `s` by weightedDistance, `s` first: no edit costs
 * less than half, so these are `s` itself, one NEAR swap, or one h added or dropped. A pool
 * indexed by exact skeleton then finds a word's near names by lookup alone.
 */
export const halfEditSkeletons: (s: string) => readonly string[] = memoPerWord((s) => {
  const out = new Set<string>([s]);
  for (let i = 0; i < s.length; i++) {
    for (const p of NEAR_PARTNERS.get(s[i]!) ?? []) out.add(s.slice(0, i) + p + s.slice(i + 1));
    if (s[i] === 'H') out.add(s.slice(0, i) + s.slice(i + 1));
  }
  for (let i = 0; i <= s.length; i++) out.add(s.slice(0, i) + 'H' + s.slice(i));
  return Object.freeze([...out]);
});

export function skeletonsClose(a: string, b: string): boolean {
  if (!a || !b) return false;
  return weightedDistance(a, b) <= tolerance(a, b);
}

/** Skeletons an Arabic-script word (or run of words) may write a name with, clitics removed. */
const skeletonMemo = new Generations<string, string[]>(50_000);

export function arabicSkeletons(words: string[]): string[] {
  // A lone word is its own key: joining builds a new string, hashed again, on every call.
  const key = words.length === 1 ? words[0]! : words.join(' ');
  let hit = skeletonMemo.get(key);
  if (!hit) {
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
  return editDistance(latinKey(latin), readingOf(arabic));
}

/** The reading of Arabic word(s) without doubled letters, remembered per text. */
const readingOf = memoPerWord((arabic: string) => readingKey(arabic).replace(/(.)\1+/g, '$1'));

/** Normalised letter distance between two Latin spellings. */
export function latinDistance(x: string, y: string): number {
  return keyDistance(latinKey(x), latinKey(y));
}

/** latinDistance of two spellings' latinKeys. */
function keyDistance(a: string, b: string): number {
  return editDistance(a, b) / Math.max(1, a.length, b.length);
}

export interface CrossMatch {
  /** Best weighted skeleton distance over the Arabic forms. */
  distance: number;
  exact: boolean;
  close: boolean;
}

/** Arabic word(s) with what matching asks of them, worked out once for many names. */
export interface PreparedWords {
  words: string[];
  text: string;
  skeletons: string[];
  /** Shortest and longest skeleton, for ruling names out by length alone. */
  minLength: number;
  maxLength: number;
}

export function prepareWords(words: string[]): PreparedWords {
  const skeletons = arabicSkeletons(words);
  let minLength = Infinity;
  let maxLength = -Infinity;
  for (const s of skeletons) {
    minLength = Math.min(minLength, s.length);
    maxLength = Math.max(maxLength, s.length);
  }
  return { words, text: words.length === 1 ? words[0]! : words.join(' '), skeletons, minLength, maxLength };
}

/** How well a Latin name matches Arabic word(s). */
export function crossMatch(latin: string, arabicWords: string[]): CrossMatch {
  return crossMatchSkeleton(nameSkeleton(latin), arabicSkeletons(arabicWords));
}

function crossMatchSkeleton(ls: string, skeletons: string[]): CrossMatch {
  let best = Infinity;
  let close = false;
  for (const s of skeletons) {
    const d = weightedDistance(ls, s);
    best = Math.min(best, d);
    if (ls && d <= tolerance(ls, s)) close = true;
  }
  return { distance: best, exact: best === 0 && ls.length > 0, close };
}

/**
 * Whether no skeleton of the words can be close to the Latin skeleton: every edit that
 * changes the length costs at least half, and close allows one edit, so lengths more than
 * two apart never are.
 */
export function surelyNotClose(latin: string, p: PreparedWords): boolean {
  const n = nameSkeleton(latin).length;
  return n === 0 || n + 2 < p.minLength || n - 2 > p.maxLength;
}

/**
 * A match strong enough to anchor a name: a skeleton of three consonants or more within
 * tolerance, or a shorter one that matches exactly and whose letters read alike ("Joe" جو).
 * Short skeletons alone are not enough: "Faye" (F) would match every في ("in").
 */
export function isAnchor(latin: string, arabicWords: string[]): boolean {
  return anchorMatch(latin, prepareWords(arabicWords)) !== null;
}

/**
 * The name's match with prepared words when they anchor it (isAnchor), else null: one
 * skeleton comparison for both questions. `ls` is the name's skeleton, when the caller has it.
 */
export function anchorMatch(latin: string, p: PreparedWords, ls = nameSkeleton(latin)): CrossMatch | null {
  if (!ls) return null;
  // Only a close skeleton anchors, and none is close past the largest tolerance: distances
  // beyond it are not worked out (the closest is then within it, so it is exact).
  let best = Infinity;
  let close = false;
  for (const s of p.skeletons) {
    const d = weightedDistanceWithin(ls, s, MAX_TOLERANCE);
    if (d < best) best = d;
    if (d <= tolerance(ls, s)) close = true;
  }
  if (!close) return null;
  const m: CrossMatch = { distance: best, exact: best === 0, close };
  if (ls.length >= 3) return m;
  if (!m.exact) return null;
  const key = latinKey(latin);
  return readingDistance(latin, p.text) <= Math.max(1, Math.floor(key.length * 0.4)) ? m : null;
}

/** The fewest letters (latinKey) a spelling needs to be a variant of another. */
export const MIN_LETTERS = 4;

/** The most letter edits two variants may differ by, as a share of the longer key. */
export const LETTER_DISTANCE = 0.4;

/** Two Latin spellings that may be one name: skeletons close, letters close, not an inflection. */
export function latinVariants(x: string, y: string): boolean {
  return latinVariantsKeyed(x, latinKey(x), nameSkeleton(x), y, latinKey(y), nameSkeleton(y));
}

/** latinVariants for spellings whose latinKey and nameSkeleton are already known (a and sx for x, b and sy for y). */
export function latinVariantsKeyed(x: string, a: string, sx: string, y: string, b: string, sy: string): boolean {
  if (a === b) return false;
  // Cheap necessary conditions first (asked for every pair an index brings together): the
  // letter distance is at least the difference in length, and skeletons more than two
  // consonants apart are never close.
  if (!lengthsMayVary(a.length, b.length, sx.length, sy.length)) return false;
  // "US-Afghanistan" contains Afghanistan; it is a compound, not another spelling. A spelling
  // without a hyphen is its own only part, and the keys differ.
  const parts = (t: string) => t.split(/[-‐]/).map(latinKey);
  if (/[-‐]/.test(x) || /[-‐]/.test(y)) if (parts(x).includes(b) || parts(y).includes(a)) return false;
  // "America"/"American", "Afghan"/"Afghans": a derived word, not another spelling; a name
  // cut short by another ending ("Arizon", "Londo") is a slip.
  if (derived(a, b) || derived(b, a)) return false;
  if (!skeletonsClose(sx, sy)) return false;
  return keyDistance(a, b) <= LETTER_DISTANCE;
}

/**
 * latinVariants' first tests, on lengths alone (letters by latinKey, consonants by
 * nameSkeleton): false rules the pair out, so a list can be sifted by numbers it keeps.
 */
export function lengthsMayVary(letters: number, otherLetters: number, consonants: number, otherConsonants: number): boolean {
  if (letters < MIN_LETTERS || otherLetters < MIN_LETTERS) return false;
  if (Math.abs(letters - otherLetters) / Math.max(1, letters, otherLetters) > LETTER_DISTANCE) return false;
  return Math.abs(consonants - otherConsonants) <= 2;
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
  const b = readingOf(arabic);
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
