import { extractWords } from './extract';
import { lexStem, wordTable } from '../text/wordTable';
import type { LexiconLink, PairVocabulary } from './items';
import { Strings } from './tokens';

/**
 * A translation lexicon bootstrapped from the pair itself (hunalign's idea): words that
 * keep turning up together in beads the first pass is sure of are probably translations.
 * Association is Dice's coefficient over those beads; each word keeps its few best partners.
 */

/** Beads used for counting; more add little and cost quadratic word pairs each. */
export const MAX_SAMPLE = 800;
/** Words per bead side taken into the count (its rarest ones). */
const MAX_WORDS = 24;
/** A pair must co-occur at least this often: once is coincidence. */
const MIN_COUNT = 2;
/** Dice below this is mostly two frequent words meeting by chance. */
const MIN_DICE = 0.3;
/**
 * With few beads to learn from (a literary translation, whose trusted beads are merges of
 * many words each), pairs met twice are mostly chance: of the word pairs a sample offers,
 * a pair is kept only when chance would give its count to fewer than this many of them
 * (Poisson, expected count from the two words' bead frequencies).
 */
const CHANCE_LINKS = 20;
/** Partners kept per word on each side. */
const TOP_K = 3;
/**
 * Partners kept per word in a translation that restructures its sentences (`restructured`):
 * its trusted beads are long passages or chance pairs, and a word's third partner is mostly
 * another word of the same beads met with it by chance. Elsewhere a third partner is often a
 * synonym or an inflection, and with two the omission check found fewer deletions and
 * flagged more clean passages.
 */
const TOP_K_RESTRUCTURED = 2;
/** Words in more than this share of sampled beads are function words; skipped for speed. */
const MAX_SHARE = 0.4;

/** Evenly spaced sample of at most `k` items, keeping order. */
export function sampleEvenly<T>(items: T[], k: number): T[] {
  if (items.length <= k) return items;
  return Array.from({ length: k }, (_, i) => items[Math.floor((i * items.length) / k)]!);
}


/** Each bead side as a list of distinct words. */
function distinctSides(sides: string[][]): string[][] {
  return sides.map((words) => [...new Set(words)]);
}

/** How many sides hold each word. */
function sideFrequency(sides: string[][]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const side of sides) for (const w of side) freq.set(w, (freq.get(w) ?? 0) + 1);
  return freq;
}

/**
 * Interns only words that can form a pair: seen in at least MIN_COUNT beads (rarer ones
 * can never reach the count) and in at most `limit` (function words).
 */
function internUseful(sides: string[][], freq: Map<string, number>, limit: number, interner: Strings): number[][] {
  return sides.map((side) => {
    const useful = side.filter((w) => {
      const f = freq.get(w)!;
      return f >= MIN_COUNT && f <= limit;
    });
    // The rarest words of a side carry its meaning; pairing all of a long paragraph's words
    // would cost quadratic time for links too common to weigh much.
    if (useful.length > MAX_WORDS) useful.sort((x, y) => freq.get(x)! - freq.get(y)!).length = MAX_WORDS;
    return useful.map((w) => interner.id(w));
  });
}

interface Candidate {
  a: number;
  b: number;
  count: number;
  dice: number;
}

/**
 * Pairs of words that meet in at least MIN_COUNT beads with Dice ≥ MIN_DICE, in order of
 * first meeting (bead, then A word, then B word: the order ties are broken in). Counted
 * per A word over the beads holding it, in a dense array over B words: no pair keys.
 */
function candidates(sa: number[][], sb: number[][], fa: number[], fb: number[]): Candidate[] {
  const postings: number[][] = fa.map(() => []);
  sa.forEach((side, k) => side.forEach((a, x) => postings[a]!.push(k * MAX_WORDS + x)));
  const count = new Int32Array(fb.length);
  const first = new Int32Array(fb.length);
  const touched: number[] = [];
  const out: Array<Candidate & { first: number }> = [];
  postings.forEach((beads, a) => {
    for (const at of beads) {
      const side = sb[Math.floor(at / MAX_WORDS)]!;
      for (let y = 0; y < side.length; y++) {
        const b = side[y]!;
        if (count[b]++ > 0) continue;
        // Sides hold at most MAX_WORDS words, so this numbers meetings in order.
        first[b] = at * MAX_WORDS + y;
        touched.push(b);
      }
    }
    for (const b of touched) {
      const dice = (2 * count[b]!) / (fa[a]! + fb[b]!);
      if (count[b]! >= MIN_COUNT && dice >= MIN_DICE) out.push({ a, b, count: count[b]!, dice, first: first[b]! });
      count[b] = 0;
    }
    touched.length = 0;
  });
  return out.sort((x, y) => x.first - y.first);
}

/** Keeps each candidate that is among the `top` best of its A word and of its B word. */
function keepBest(cands: Candidate[], wordsA: number, wordsB: number, top: number): Candidate[] {
  const byA = topPerWord(cands, wordsA, (c) => c.a, top);
  const byB = topPerWord(cands, wordsB, (c) => c.b, top);
  return cands.filter((_, k) => byA[k] && byB[k]);
}

/**
 * 1 for each candidate among the `top` of highest Dice of its word (`word` of it), earlier
 * candidates first among equals. Groups are laid out by a counting sort: no maps.
 */
function topPerWord(cands: Candidate[], words: number, word: (c: Candidate) => number, top: number): Uint8Array {
  const start = new Int32Array(words + 1);
  for (const c of cands) start[word(c) + 1]!++;
  for (let w = 0; w < words; w++) start[w + 1]! += start[w]!;
  const fill = start.slice(0, words);
  const order = new Int32Array(cands.length);
  cands.forEach((c, k) => (order[fill[word(c)]!++] = k));
  const kept = new Uint8Array(cands.length);
  for (let w = 0; w < words; w++) {
    const group = order.subarray(start[w]!, start[w + 1]!);
    if (group.length > top) group.sort((x, y) => cands[y]!.dice - cands[x]!.dice || x - y);
    for (let k = 0; k < Math.min(top, group.length); k++) kept[group[k]!] = 1;
  }
  return kept;
}

/**
 * Lexicon links from beads believed correct, given as the words of each bead's A side and
 * B side. pA = P(b on B | a on A) and pB = P(a on A | b on B), smoothed towards 0.
 */
export function learnLexicon(beadsA: string[][], beadsB: string[][], significant = false, restructured = significant): LexiconLink[] {
  const idx = sampleEvenly(
    beadsA.map((_, k) => k),
    MAX_SAMPLE,
  );
  const sidesA = distinctSides(idx.map((k) => beadsA[k]!));
  const sidesB = distinctSides(idx.map((k) => beadsB[k]!));
  const freqA = sideFrequency(sidesA);
  const freqB = sideFrequency(sidesB);
  const limit = Math.max(MIN_COUNT, MAX_SHARE * idx.length);
  const ia = new Strings();
  const ib = new Strings();
  const sa = internUseful(sidesA, freqA, limit, ia);
  const sb = internUseful(sidesB, freqB, limit, ib);
  const fa = ia.list.map((w) => freqA.get(w)!);
  const fb = ib.list.map((w) => freqB.get(w)!);
  let cands = candidates(sa, sb, fa, fb);
  if (significant) {
    let tests = 0;
    sa.forEach((side, k) => (tests += side.length * sb[k]!.length));
    const limit = Math.log(CHANCE_LINKS / Math.max(1, tests));
    cands = cands.filter((c) => logPoissonTail(c.count, (fa[c.a]! * fb[c.b]!) / idx.length) < limit);
  }
  return keepBest(cands, fa.length, fb.length, restructured ? TOP_K_RESTRUCTURED : TOP_K).map((c) => ({
    a: ia.list[c.a]!,
    b: ib.list[c.b]!,
    pA: c.count / (fa[c.a]! + 1),
    pB: c.count / (fb[c.b]! + 1),
  }));
}

/** ln P(X ≥ k) for X ~ Poisson(λ), k ≥ 1 (summed until the terms vanish). */
export function logPoissonTail(k: number, lambda: number): number {
  let term = -lambda + k * Math.log(lambda);
  for (let x = 2; x <= k; x++) term -= Math.log(x);
  let sum = 0;
  let t = 0;
  for (let x = k; x < k + 200; x++) {
    sum += Math.exp(t);
    t += Math.log(lambda / (x + 1));
    if (t < -40) break;
  }
  return term + Math.log(sum);
}

/** A user's lexicon entries as links: every word of one term with every word of the other. */
export function userLexiconLinks(entries: Array<[string, string]>): LexiconLink[] {
  const out: LexiconLink[] = [];
  for (const [ta, tb] of entries) {
    // A user-given pair is trusted more than a learnt one, but a word still has synonyms.
    for (const a of extractWords(ta)) for (const b of extractWords(tb)) out.push({ a, b, pA: 0.8, pB: 0.8 });
  }
  return out;
}

/** How often a general lexicon's pair shows across a true bead: a word has other renderings. */
const PRIOR_P = 0.2;

/**
 * Links from a general English–Arabic or English–Persian word table (the checks' one, learnt
 * from news translations) for the words both documents write: evidence that lengths and a
 * lexicon learnt from the document itself lack when a translator regroups sentences.
 */
export function priorLinks(vocab: PairVocabulary, langA: string, langB: string): LexiconLink[] {
  const swap = !langA.startsWith('en') && langB.startsWith('en');
  if (!swap && !langA.startsWith('en')) return [];
  const table = wordTable(swap ? langA : langB);
  if (!table) return [];
  const [en, other] = swap ? [vocab.words[1], vocab.words[0]] : [vocab.words[0], vocab.words[1]];
  const byStem = new Map<string, string[]>();
  for (const w of en) {
    const s = lexStem(w);
    if (table[0].has(s)) byStem.set(s, [...(byStem.get(s) ?? []), w]);
  }
  const out: LexiconLink[] = [];
  for (const w of other) {
    for (const s of table[1].get(lexStem(w)) ?? []) {
      for (const e of byStem.get(s) ?? []) out.push(swap ? { a: w, b: e, pA: PRIOR_P, pB: PRIOR_P } : { a: e, b: w, pA: PRIOR_P, pB: PRIOR_P });
    }
  }
  return out;
}
