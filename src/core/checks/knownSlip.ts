import { FNV_BASIS, FNV_PRIME, foldHash, isPlaceName, knownOrPlaceByHash, nameHash } from './knownNames';
import { gapsFor, gapWithinIn, nameForms } from './modelMatch';
import { latinLetters, modelVersion, SpellingSet, writtenAlike } from './translitModel';
import { Generations } from '../text/memo';

/**
 * A slip of a real name: the Latin spelling is no name the lists know, but one letter away
 * (dropped, added, changed or two swapped) there is one that they know and that writes a
 * source word of the bead far better ("Londn" for لندن, where "London" is both a real place
 * and its reading). The name lists are the prior of the noisy channel, the transliteration
 * model its evidence; neither alone is believed: a known name a letter away from an unknown
 * one is common, and an unknown name that its source writes loosely is too.
 */

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

const VOWEL = /[aeiouy]/;

/**
 * Letters the other script does not write anyway, so that a spelling without them always
 * reads closer to it and proves nothing: one of a double letter, a final e or vowel-h, a
 * vowel beside a vowel ("Kavanaugh", "Wayde", "Zinke" are real spellings of what "Kavanagh" writes too).
 */
function silent(w: string, i: number): boolean {
  const c = w[i]!;
  if (c === w[i - 1] || c === w[i + 1]) return true;
  // A plural ("Koreas"), which the source may write as the singular.
  if (c === 's' && i === w.length - 1) return true;
  if ((c === 'e' || (c === 'h' && VOWEL.test(w[i - 1] ?? ''))) && i === w.length - 1) return true;
  return VOWEL.test(c) && (VOWEL.test(w[i - 1] ?? '') || VOWEL.test(w[i + 1] ?? ''));
}

/**
 * The h of a digraph that the other script may write as its first letter alone ("th" ت,
 * "dh" د, "kh" ك, "gh" گ): spelling, so a spelling without it reads closer and proves
 * nothing ("Kanther" is no slip of "Kanter" for كانتر). modelMatch's neighbours spare it too.
 * The h of "ch", "sh" or "ph" changes the letter there (چ, ش, ف) and is a slip like any other.
 */
function digraphH(w: string, i: number): boolean {
  return w[i] === 'h' && /[tdkg]/.test(w[i - 1] ?? '');
}

/** A group swap that only drops the h of such a digraph ("th" → "t"). */
function digraphDrop(from: string, to: string): boolean {
  return from === `${to}h` && digraphH(from, 1);
}

/**
 * Letter i changed into the letter beside it: the double is written once there, so to the
 * other script the letter was left out, and a letter it does not write proves nothing
 * ("Auris" is not a slip of "Arris" for آریس).
 */
function doubles(w: string, i: number, c: string): boolean {
  return (c === w[i - 1] || c === w[i + 1]) && silent(w, i);
}

/** Spellings one edit from the letters (deletion, insertion, substitution, transposition, a confused letter group). */
export function edits(w: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= w.length; i++) {
    for (const c of ALPHABET) out.add(w.slice(0, i) + c + w.slice(i));
    if (i === w.length) break;
    if (!silent(w, i) && !digraphH(w, i)) out.add(w.slice(0, i) + w.slice(i + 1));
    // One of a double vowel is a long vowel, written as one letter there ("Chuuk" is not "Chuck").
    const long = VOWEL.test(w[i]!) && (w[i] === w[i - 1] || w[i] === w[i + 1]);
    if (!long) for (const c of ALPHABET) if (c !== w[i] && !doubles(w, i, c)) out.add(w.slice(0, i) + c + w.slice(i + 1));
    if (i + 1 < w.length && w[i] !== w[i + 1]) out.add(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  }
  // Letter groups machine translation confuses, either way round ("Mothcow" for Moscow).
  for (const [x, ys] of GROUP_SWAPS)
    for (const y of ys)
      for (const [from, to] of [[x, y], [y, x]] as const)
        if (!digraphDrop(from, to))
          for (let i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) out.add(w.slice(0, i) + to + w.slice(i + from.length));
  out.delete(w);
  return out;
}

/**
 * The spellings of `edits(w)` that are real names or places (length three or more), in the
 * order edits makes them.
 */
function knownEdits(w: string): string[] {
  return editsByHash(w, 3, knownOrPlaceByHash, isPlaceName);
}

/**
 * The spellings of `edits(w)` (w in lower-case letters a to z) at least `minLength` long that a
 * table keeps, in the order edits makes them. `kind` answers from a spelling's nameHash alone:
 * 1 kept, 0 not, 2 ask `confirm` of the string. A single-letter edit is hashed from the hash of
 * the letters before it, without building it; only the few the tables know become strings.
 */
export function editsByHash(w: string, minLength: number, kind: (h: number) => 0 | 1 | 2, confirm: (s: string) => boolean): string[] {
  const found = new Set<string>();
  const L = w.length;
  const prefix = new Int32Array(L + 1);
  prefix[0] = FNV_BASIS;
  for (let k = 0; k < L; k++) prefix[k + 1] = Math.imul(prefix[k]! ^ w.charCodeAt(k), FNV_PRIME);
  const rest = (h: number, from: number): number => {
    for (let k = from; k < L; k++) h = Math.imul(h ^ w.charCodeAt(k), FNV_PRIME);
    return foldHash(h);
  };
  // The edit at i: letter c put in (before = i, after = i) or in place of w[i] (after = i + 1), or w[i] left out (c = 0).
  const edit = (i: number, c: number, after: number): void => {
    const known = kind(rest(c ? Math.imul(prefix[i]! ^ c, FNV_PRIME) : prefix[i]!, after));
    if (!known) return;
    const s = w.slice(0, i) + (c ? String.fromCharCode(c) : '') + w.slice(after);
    if (s !== w && (known === 1 || confirm(s))) found.add(s);
  };
  const word = (s: string): void => {
    if (s.length < minLength) return;
    const known = kind(nameHash(s));
    if (known && s !== w && (known === 1 || confirm(s))) found.add(s);
  };
  for (let i = 0; i <= L; i++) {
    if (L + 1 >= minLength) for (let c = 97; c <= 122; c++) edit(i, c, i);
    if (i === L) break;
    if (!silent(w, i) && !digraphH(w, i) && L - 1 >= minLength) edit(i, 0, i + 1);
    const long = VOWEL.test(w[i]!) && (w[i] === w[i - 1] || w[i] === w[i + 1]);
    if (!long && L >= minLength) for (let c = 97; c <= 122; c++) if (c !== w.charCodeAt(i) && !doubles(w, i, String.fromCharCode(c))) edit(i, c, i + 1);
    if (i + 1 < L && w[i] !== w[i + 1]) word(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2));
  }
  for (const [x, ys] of GROUP_SWAPS)
    for (const y of ys)
      for (const [from, to] of [[x, y], [y, x]] as const)
        if (!digraphDrop(from, to))
          for (let i = w.indexOf(from); i >= 0; i = w.indexOf(from, i + 1)) word(w.slice(0, i) + to + w.slice(i + from.length));
  return [...found];
}

const GROUP_SWAPS: Array<[string, string[]]> = [
  ['th', ['s', 'z', 't', 'd']],
  ['dh', ['d', 'z']],
  ['kh', ['h', 'k']],
  ['gh', ['g']],
  ['sh', ['s', 'ch']],
  ['ch', ['k']],
  ['ph', ['f']],
];

/** Per spelling's letters: its known neighbours, and the same as a SpellingSet once a word is asked of them. */
const knownCache = new Generations<string, { near: string[]; set?: SpellingSet }>(20_000);

function neighbours(latin: string): { near: string[]; set?: SpellingSet } {
  const w = latinLetters(latin);
  let hit = knownCache.get(w);
  if (!hit) knownCache.set(w, (hit = { near: w.length < 3 ? [] : knownEdits(w) }));
  return hit;
}

/** Real names (name lists, place names) one edit from a spelling. */
export function knownNeighbours(latin: string): string[] {
  return neighbours(latin).near;
}

/** How well a known neighbour must write the source word (nats), and by how much better than the name. */
export const SLIP_GAP = 8;
export const SLIP_MARGIN = 5;

export interface KnownSlip {
  /** The known spelling (lower-case letters). */
  text: string;
  /** Index into the words given. */
  word: number;
  gap: number;
}

/**
 * The known name one edit from `latin` that writes one of `words` best, when it writes it
 * within SLIP_GAP and the name as written does not come within SLIP_MARGIN of it.
 */
export function knownSlip(latin: string, words: readonly string[]): KnownSlip | null {
  if (!knownNeighbours(latin).length) return null;
  const perWord = slipsFor(latin);
  let best: KnownSlip | null = null;
  // The first word whose best neighbour writes it closest: what a scan of every (word, neighbour) pair, word by word, keeps.
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let hit = perWord.get(w);
    if (hit === undefined) {
      hit = wordSlip(latin, w);
      perWord.set(w, hit);
      slipCount++;
    }
    if (hit && (!best || hit.gap < best.gap)) best = { text: hit.text, word: i, gap: hit.gap };
  }
  return best;
}

/**
 * The neighbour that writes one word best (the first of equals), when it writes it within
 * SLIP_GAP and the name does not come within SLIP_MARGIN of it. A pure function of the name
 * and the word, so remembered per pair: a book's names meet the same words bead after bead,
 * and a bead asks every word of each of its names.
 */
function wordSlip(latin: string, w: string): { text: string; gap: number } | null {
  const entry = neighbours(latin);
  const near = entry.near;
  // Most words are far from every neighbour: the model's bound rules them out for all the
  // neighbours at once, in one walk of their shared letters per form of the word, where asking
  // each neighbour bounds its whole table. Those left are asked as before, in the same order.
  const open = new Set<number>();
  const set = (entry.set ??= new SpellingSet(near));
  for (const f of nameForms(w)) for (const k of set.within(f, SLIP_GAP)) open.add(k);
  let best: { text: string; gap: number } | null = null;
  const letters = latinLetters(latin);
  for (let n = 0; n < near.length; n++) {
    if (!open.has(n)) continue;
    const k = near[n]!;
    if (unseenDifference(letters, k)) continue;
    const g = gapWithinIn(gapsFor(k), k, w, SLIP_GAP);
    if (!Number.isFinite(g) || (best && g >= best.gap)) continue;
    if (gapWithinIn(gapsFor(latin), latin, w, SLIP_GAP + SLIP_MARGIN) <= g + SLIP_MARGIN) continue;
    best = { text: k, gap: g };
  }
  return best;
}

/**
 * Whether a known spelling differs from the spelling as written (both latinLetters) only in what
 * the other script does not show: a letter written alike (alikeSwap) or one doubled (doubled).
 * Such a known name is no slip of the spelling, nor a name the spelling was put for.
 */
export function unseenDifference(written: string, known: string): boolean {
  return alikeSwap(written, known) || doubled(written, known);
}

/**
 * Two spellings that differ only in a vowel put for a letter the other script writes as it
 * (writtenAlike: "McDowall" and "McDouall", both مکدوال): the one reads the source as well as
 * the other would were the model's letter groups finer, so neither is a slip of the other.
 * Asked of the spelling as written only; a source's reading ("rian") may still be a known
 * name's ("Ryan") for the rules that read the source.
 */
function alikeSwap(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let at = -1;
  for (let i = 0; i < x.length; i++)
    if (x[i] !== y[i]) {
      if (at >= 0) return false;
      at = i;
    }
  return at >= 0 && writtenAlike(x[at]!, y[at]!);
}

/**
 * The second spelling is the first with one letter doubled ("Gutmann", "Guttmann"): the other
 * script writes a double once, so the doubled one reads the source no better in truth, and a
 * real name the lists lack is no slip of it. Asked of the spelling as written only: a
 * source's reading lacks the double ("botas" for Bottas) and may still be a known name's.
 */
function doubled(x: string, y: string): boolean {
  if (y.length !== x.length + 1) return false;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return (y[i] === y[i - 1] || y[i] === y[i + 1]) && x === y.slice(0, i) + y.slice(i + 1);
}

/** wordSlip's answers per name, then per word; let go past a limit, so memory stays bounded. */
let slipMemo = new Map<string, Map<string, { text: string; gap: number } | null>>();
let slipCount = 0;
let slipTable = modelVersion();
const SLIP_LIMIT = 500_000;

function slipsFor(latin: string): Map<string, { text: string; gap: number } | null> {
  if (slipCount >= SLIP_LIMIT || slipTable !== modelVersion()) {
    slipMemo = new Map();
    slipCount = 0;
    slipTable = modelVersion();
  }
  let m = slipMemo.get(latin);
  if (!m) slipMemo.set(latin, (m = new Map()));
  return m;
}
