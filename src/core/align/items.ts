import { skeletonDeletions, skeletonsMatch } from '../text/names';
import type { RawClues } from './extract';
import { IntList } from './intpairs';
import type { DocText } from './tokens';

/**
 * Items are the anchors both documents can share: a number, a name (one id for all
 * skeletons that match across the two documents) or a lexicon link (a word of A and its
 * translation in B). Both sides map their clues to the same item ids, so "do these two
 * paragraphs share evidence" is an intersection of two sorted integer arrays.
 */

export const CHANNEL_NUMBER = 0;
export const CHANNEL_NAME = 1;
export const CHANNEL_LEXICON = 2;
export type Channel = typeof CHANNEL_NUMBER | typeof CHANNEL_NAME | typeof CHANNEL_LEXICON;

/** One translation pair with how often each side's word comes with the other in a link. */
export interface LexiconLink {
  a: string;
  b: string;
  /** P(b in the B side | a in the A side, the two aligned). */
  pA: number;
  /** P(a in the A side | b in the B side, the two aligned). */
  pB: number;
}

export interface ItemSpace {
  count: number;
  channel: Uint8Array;
  /** Probability that an item seen on side A (B) also shows on the other side of a bead. */
  pAligned: [Float64Array, Float64Array];
  numbers: Map<string, number>;
  names: [Map<string, number>, Map<string, number>];
  words: [Map<string, number[]>, Map<string, number[]>];
  /** Readable label of each item, for evidence strings. */
  label: string[];
  /**
   * word[s][x]: the word item x stands on in side s's text. A lexicon link's words are shared
   * by every link of that word; a number or a name is a word of its own.
   */
  word: [Int32Array, Int32Array];
}

/** Default reliability of a shared number or name in truly aligned text. */
const P_NUMBER = 0.85; // translators keep figures; MT sometimes spells or drops them
const P_NAME = 0.7; // names are kept, but our skeletons miss some spellings

class SpaceBuilder {
  channel: number[] = [];
  pA: number[] = [];
  pB: number[] = [];
  label: string[] = [];
  word: [number[], number[]] = [[], []];
  private readonly words: [Map<string, number>, Map<string, number>] = [new Map(), new Map()];
  private own = 0;
  /** An item on the words `a` and `b` (lexicon links), or on words of its own when absent. */
  add(channel: Channel, pA: number, pB: number, label: string, a?: string, b?: string): number {
    this.channel.push(channel);
    this.pA.push(pA);
    this.pB.push(pB);
    this.label.push(label);
    this.word[0].push(this.wordId(0, a));
    this.word[1].push(this.wordId(1, b));
    return this.channel.length - 1;
  }
  private wordId(side: 0 | 1, w: string | undefined): number {
    const key = w === undefined ? `\u0000${this.own++}` : w;
    let id = this.words[side].get(key);
    if (id === undefined) this.words[side].set(key, (id = this.words[side].size));
    return id;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function collect(clues: RawClues[][], pick: (c: RawClues) => string[]): [Set<string>, Set<string>] {
  const sets: [Set<string>, Set<string>] = [new Set(), new Set()];
  for (const s of [0, 1] as const) for (const c of clues[s]!) for (const x of pick(c)) sets[s].add(x);
  return sets;
}

/**
 * What two documents have in common before any lexicon: numbers both write, names of B
 * matched to names of A, and each side's words. Computed once per pair; every pass and
 * every lexicon reuses it.
 */
export interface PairVocabulary {
  numbers: string[];
  /** Skeleton of B → the skeleton of A it matches. */
  names: Map<string, string>;
  words: [Set<string>, Set<string>];
}

export function pairVocabulary(clues: [RawClues[], RawClues[]]): PairVocabulary {
  return vocabularyOf(
    collect(clues, (c) => c.numbers),
    collect(clues, (c) => c.names),
    collect(clues, (c) => c.pairs),
    collect(clues, (c) => c.words),
  );
}

/** pairVocabulary of two documents read as tokens (same sets, same order). */
export function docVocabulary(docs: [DocText, DocText]): PairVocabulary {
  const sets = (pick: (d: DocText) => Iterable<string>): [Set<string>, Set<string>] => [new Set(pick(docs[0])), new Set(pick(docs[1]))];
  const skeletons = (d: DocText, order: number[]): string[] => order.map((id) => d.skeletons.list[id]!);
  return vocabularyOf(
    sets((d) => d.numberKeys.list),
    sets((d) => skeletons(d, d.nameOrder)),
    sets((d) => skeletons(d, d.pairOrder)),
    sets((d) => d.keys.list),
  );
}

type SetPair = [Set<string>, Set<string>];

function vocabularyOf([na, nb]: SetPair, [sa, sb]: SetPair, [pa, pb]: SetPair, words: SetPair): PairVocabulary {
  return {
    numbers: [...na].filter((n) => nb.has(n)),
    names: matchSkeletons(sa, sb, pa, pb),
    words,
  };
}

function addNumbers(b: SpaceBuilder, vocab: PairVocabulary): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of vocab.numbers) out.set(n, b.add(CHANNEL_NUMBER, P_NUMBER, P_NUMBER, n));
  return out;
}

/**
 * Skeletons of B that match a skeleton of A: single words exactly or one edit apart
 * (symmetric delete); two-word skeletons of either side only exactly, against any skeleton
 * of the other (they are many, and an edit on a long pair says little).
 */
function matchSkeletons(sa: Set<string>, sb: Set<string>, pa: Set<string>, pb: Set<string>): Map<string, string> {
  const byDeletion = new Map<string, string[]>();
  for (const s of sa) {
    if (s.length < 3) continue;
    for (const d of skeletonDeletions(s)) pushTo(byDeletion, d, s);
  }
  const out = new Map<string, string>();
  for (const s of sb) {
    if (sa.has(s)) {
      out.set(s, s);
      continue;
    }
    if (s.length < 3) continue;
    // A three-class skeleton can only match a longer one (skeletonsMatch), found by its deletions.
    const near = s.length === 3 ? byDeletion.get(s) ?? [] : [...(byDeletion.get(s) ?? []), ...skeletonDeletions(s).flatMap((d) => (sa.has(d) ? [d] : byDeletion.get(d) ?? []))];
    const hit = near.find((a) => skeletonsMatch(a, s));
    if (hit !== undefined) out.set(s, hit);
  }
  for (const s of pb) if (!out.has(s) && (sa.has(s) || pa.has(s))) out.set(s, s);
  // A pair of A ("Camp David") found as one word of B.
  for (const s of pa) if (sb.has(s) && !out.has(s)) out.set(s, s);
  return out;
}

function addNames(b: SpaceBuilder, vocab: PairVocabulary): [Map<string, number>, Map<string, number>] {
  const idsA = new Map<string, number>();
  const idsB = new Map<string, number>();
  for (const [sbKey, saKey] of vocab.names) {
    let id = idsA.get(saKey);
    if (id === undefined) {
      id = b.add(CHANNEL_NAME, P_NAME, P_NAME, saKey);
      idsA.set(saKey, id);
    }
    idsB.set(sbKey, id);
  }
  return [idsA, idsB];
}

function addLinks(b: SpaceBuilder, links: LexiconLink[], vocab: PairVocabulary): [Map<string, number[]>, Map<string, number[]>] {
  const [wa, wb] = vocab.words;
  const out: [Map<string, number[]>, Map<string, number[]>] = [new Map(), new Map()];
  for (const l of links) {
    if (!wa.has(l.a) || !wb.has(l.b)) continue;
    const id = b.add(CHANNEL_LEXICON, l.pA, l.pB, `${l.a}=${l.b}`, l.a, l.b);
    pushTo(out[0], l.a, id);
    pushTo(out[1], l.b, id);
  }
  return out;
}

/**
 * The item space of a document pair: numbers and names present on both sides, and the
 * given lexicon links whose two words both occur.
 */
export function buildItemSpace(vocab: PairVocabulary, links: LexiconLink[]): ItemSpace {
  const b = new SpaceBuilder();
  const numbers = addNumbers(b, vocab);
  const names = addNames(b, vocab);
  const words = addLinks(b, links, vocab);
  return {
    count: b.channel.length,
    channel: Uint8Array.from(b.channel),
    pAligned: [Float64Array.from(b.pA), Float64Array.from(b.pB)],
    numbers,
    names,
    words,
    label: b.label,
    word: [Int32Array.from(b.word[0]), Int32Array.from(b.word[1])],
  };
}

/** Sorted, unique item ids of one text on one side (0 = A, 1 = B). */
export function itemsOf(clues: RawClues, side: 0 | 1, space: ItemSpace): Int32Array {
  const ids: number[] = [];
  for (const n of clues.numbers) {
    const id = space.numbers.get(n);
    if (id !== undefined) ids.push(id);
  }
  const names = space.names[side];
  for (const list of [clues.names, clues.pairs]) {
    for (const s of list) {
      const id = names.get(s);
      if (id !== undefined) ids.push(id);
    }
  }
  const words = space.words[side];
  for (const w of clues.words) {
    const linked = words.get(w);
    if (linked) for (const id of linked) ids.push(id);
  }
  return uniqueSorted(ids);
}

/** Sorted distinct values (a typed-array sort is numeric). */
function uniqueSorted(ids: number[]): Int32Array {
  const sorted = Int32Array.from(ids).sort();
  let k = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i]!;
  return sorted.slice(0, k);
}

/**
 * A document's ids (tokens.ts) in one item space: the item of each number and skeleton
 * (−1 for none) and the items of each token (its names and its key's lexicon links).
 */
export interface DocItems {
  doc: DocText;
  number: Int32Array;
  skeleton: Int32Array;
  tokenItems: Int32Array;
  tokenOff: Int32Array;
  /** 1 for a skeleton that is the second half of a pair with an item: only those tokens need a pair lookup. */
  pairSecond: Uint8Array;
}

export function docItems(doc: DocText, side: 0 | 1, space: ItemSpace): DocItems {
  const number = Int32Array.from(doc.numberKeys.list, (n) => space.numbers.get(n) ?? -1);
  const names = space.names[side];
  const skeleton = Int32Array.from(doc.skeletons.list, (s) => names.get(s) ?? -1);
  const links = space.words[side];
  const keyItems = doc.keys.list.map((k) => links.get(k));
  const tokens = doc.tokKey.length;
  const tokenOff = new Int32Array(tokens + 1);
  const tokenItems = new IntList();
  for (let t = 0; t < tokens; t++) {
    // As itemsOf: names of three classes or more (shorter ones are never items), then links.
    for (let x = doc.tokNameOff[t]!; x < doc.tokNameOff[t + 1]!; x++) {
      const s = doc.tokNames[x]!;
      if (doc.skeletons.list[s]!.length >= 3 && skeleton[s]! >= 0) tokenItems.push(skeleton[s]!);
    }
    const key = doc.tokKey[t]!;
    const linked = key >= 0 ? keyItems[key] : undefined;
    if (linked) for (const id of linked) tokenItems.push(id);
    tokenOff[t + 1] = tokenItems.length;
  }
  const pairSecond = new Uint8Array(doc.skeletons.list.length);
  doc.pairs.forEach((_, second, pair) => {
    if (skeleton[pair]! >= 0) pairSecond[second] = 1;
  });
  return { doc, number, skeleton, tokenItems: tokenItems.toArray(), tokenOff, pairSecond };
}

/** Scratch for unitItems: JavaScript is single-threaded and calls never nest. */
let scratch = new Int32Array(1024);

function pushScratch(length: number, id: number): number {
  if (length === scratch.length) {
    const grown = new Int32Array(2 * length);
    grown.set(scratch);
    scratch = grown;
  }
  scratch[length] = id;
  return length + 1;
}

/**
 * itemsOf for the unit made of tokens [t0, t1) and numbers [n0, n1) of a document: the same
 * sorted, unique item ids that reading the unit's text would give.
 */
export function unitItems(m: DocItems, t0: number, t1: number, n0: number, n1: number): Int32Array {
  const doc = m.doc;
  let len = 0;
  for (let x = n0; x < n1; x++) {
    const id = m.number[doc.numbers[x]!]!;
    if (id >= 0) len = pushScratch(len, id);
  }
  for (let k = t0; k < t1; k++) {
    const t = doc.tokens[k]!;
    for (let x = m.tokenOff[t]!; x < m.tokenOff[t + 1]!; x++) len = pushScratch(len, m.tokenItems[x]!);
    if (k === t0 || doc.tokNameOff[t] === doc.tokNameOff[t + 1] || !m.pairSecond[doc.tokNames[doc.tokNameOff[t]!]!]) continue;
    len = pushPairItems(m, k, len);
  }
  const sorted = scratch.subarray(0, len).sort();
  let k = 0;
  for (let i = 0; i < len; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[k++] = sorted[i]!;
  return carve(sorted, k);
}

/**
 * Short item lists are views into shared blocks: a book makes tens of thousands of them per
 * pass, and a buffer of its own for each (allocated outside V8's heap) costs more to make and
 * to collect than the list itself. Nothing writes to a unit's items once made.
 */
const BLOCK = 1 << 16;
let block = new Int32Array(BLOCK);
let blockUsed = 0;

function carve(from: Int32Array, k: number): Int32Array {
  if (k > BLOCK >> 6) return from.slice(0, k);
  if (blockUsed + k > BLOCK) {
    block = new Int32Array(BLOCK);
    blockUsed = 0;
  }
  const out = new Int32Array(block.buffer, blockUsed * 4, k);
  for (let i = 0; i < k; i++) out[i] = from[i]!;
  blockUsed += k;
  return out;
}

/** Items of the pairs ending at token position k (see DocText.forEachPair). */
function pushPairItems(m: DocItems, k: number, length: number): number {
  let len = length;
  m.doc.forEachPair(k - 1, k + 1, (a, b) => {
    const pair = m.doc.pairs.get(a, b);
    const id = pair >= 0 ? m.skeleton[pair]! : -1;
    if (id >= 0) len = pushScratch(len, id);
  });
  return len;
}

/** Identity links for words both documents write the same way (same-language pairs, Latin names in Arabic text). */
export function identityLinks(vocab: PairVocabulary, p = 0.5): LexiconLink[] {
  const [wa, wb] = vocab.words;
  const out: LexiconLink[] = [];
  for (const w of wa) if (wb.has(w)) out.push({ a: w, b: w, pA: p, pB: p });
  return out;
}
