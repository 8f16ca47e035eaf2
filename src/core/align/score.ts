import type { ParagraphKind } from '../model';
import { CHANNEL_LEXICON, CHANNEL_NAME, CHANNEL_NUMBER, type ItemSpace } from './items';
import type { JointCosts } from './boundaries';
import { MAX_SIDE, SHAPES } from './shapes';

/**
 * Every cost the aligner uses, in one place. Costs are negative log-odds in nats: lower is
 * better, 0 is "no opinion". A bead's cost is
 *   shape prior + kind penalties + length cost (Gale–Church) − evidence from shared items,
 * and leaving a unit unlinked costs a flat price that depends on its kind. Search (dp.ts)
 * only adds these numbers up.
 */

// ---------------------------------------------------------------- kinds

export const KIND_BODY = 0;
export const KIND_TITLE = 1;
export const KIND_CAPTION = 2;
export const KIND_BOILERPLATE = 3;

export function kindCode(kind: ParagraphKind): number {
  if (kind === 'boilerplate') return KIND_BOILERPLATE;
  if (kind === 'caption') return KIND_CAPTION;
  return kind === 'title' ? KIND_TITLE : KIND_BODY;
}

/**
 * Price of leaving one unit unlinked (1-0 or 0-1), by kind. Body text is rarely left out
 * of a translation; site furniture almost always is; captions often are (an image the
 * other site did not use) but a faithful or machine translation keeps them.
 */
const SKIP_COST = [4.5, 3.5, 1.5, 0.2];

/** Extra price of linking a unit of this kind, so furniture links only on strong evidence. */
const LINK_PENALTY = [0, 0, 2, 4];

export function skipCost(kind: number): number {
  return SKIP_COST[kind] ?? SKIP_COST[0]!;
}

export function linkPenalty(kind: number): number {
  return LINK_PENALTY[kind] ?? 0;
}

// ---------------------------------------------------------------- shapes

/**
 * Prior price of each bead shape, indexed like SHAPES (1-1, 1-0, 0-1, 2-1, 1-2, 2-2, 3-1,
 * 1-3, then 2-3, 3-2 and 4-1 … 1-8). 1-0 and 0-1 carry no prior here: skipCost prices each
 * unit instead. Values are −ln of rough shape frequencies in news translations (1-1 ≈ 85%,
 * merges a few percent); the large beads of literary translation cost a little more each
 * size up, so lengths and shared words decide them (9-1 to 16-1 likewise, tried only by the
 * literary passes, which bring their own priors).
 */
export const SHAPE_PRIOR = [0, 0, 0, 2.3, 2.3, 4.4, 3.6, 3.6, 5, 5, 4.2, 4.2, 4.6, 4.6, 5, 5, 5.3, 5.3, 5.6, 5.6, 5.9, 5.9, 6.2, 6.2, 6.5, 6.5, 6.8, 6.8, 7.1, 7.1, 7.4, 7.4, 7.7, 7.7, 8, 8];

/**
 * Priors for a translation that restructures its sentences (a literary translator making
 * one long sentence of two to seven, or a passage of several of several): news' priors make
 * a 2-1 bead cost 2.3 nats against a free 1-1, so a path of wrong 1-1 beads and a few big
 * merges beats the translator's many small merges though its lengths fit worse. Here a
 * merge costs 1 nat plus half a nat per unit past the third, and lengths decide.
 */
export const RESTRUCTURED_PRIOR: readonly number[] = SHAPES.map((s, k) => (k === 0 || !s.da || !s.db ? 0 : 1 + 0.5 * Math.max(0, s.da + s.db - 3)));

/** Weight, in beads, of the starting priors when shape frequencies are read off a path. */
const PRIOR_PSEUDO_BEADS = 10;

/** Fewest beads of sizes two and up in one direction (n-1 or 1-n) to read a tail off. */
const TAIL_MIN_BEADS = 3;

/**
 * Shape priors re-estimated from the shapes of a path's link beads (one EM step), smoothed
 * with PRIOR_PSEUDO_BEADS beads drawn from `start`; priced relative to 1-1, never below 0.
 *
 * With `tail`, a size past the mean of the path's beads in one direction (an 11-1 where it
 * found 9-1 once and 10-1 never) is priced no dearer than a smooth tail of the sizes it
 * took: how many sentences a translator makes of one falls off smoothly, so the path's
 * longest bead is not the longest the text holds, and a size it took once or never is
 * priced by the pseudo-beads drawn from `start` as if nothing were known of the text. The
 * tail is geometric over sizes two and up, with the mean of the path's beads of those
 * sizes; sizes up to that mean, the common ones, keep their own counts.
 */
export function priorsFromShapes(shapes: number[], start: readonly number[], tail = false): number[] {
  const link = (k: number): boolean => SHAPES[k]!.da > 0 && SHAPES[k]!.db > 0;
  const counts = new Float64Array(SHAPES.length);
  let total = 0;
  for (const k of shapes) {
    if (!link(k)) continue;
    counts[k]!++;
    total++;
  }
  const base = SHAPES.map((_, k) => (link(k) ? Math.exp(-start[k]!) : 0));
  const z = base.reduce((x, y) => x + y, 0);
  const freqs = SHAPES.map((_, k) => (counts[k]! + (PRIOR_PSEUDO_BEADS * base[k]!) / z) / (total + PRIOR_PSEUDO_BEADS));
  if (tail) {
    // n-1 beads (size da) and 1-n beads (size db), each direction on its own.
    for (const side of ['da', 'db'] as const) {
      const other = side === 'da' ? 'db' : 'da';
      const family = SHAPES.map((s, k) => k).filter((k) => SHAPES[k]![other] === 1 && SHAPES[k]![side] >= 2);
      const seen = family.reduce((x, k) => x + counts[k]!, 0);
      if (seen < TAIL_MIN_BEADS) continue;
      const mean = family.reduce((x, k) => x + counts[k]! * SHAPES[k]![side], 0) / seen;
      // Geometric over 2, 3, …: mean 2 + q / (1 − q).
      const q = (mean - 2) / (mean - 1);
      for (const k of family) {
        if (SHAPES[k]![side] <= mean) continue;
        const share = (seen / (total + PRIOR_PSEUDO_BEADS)) * (1 - q) * q ** (SHAPES[k]![side] - 2);
        freqs[k] = Math.max(freqs[k]!, share);
      }
    }
  }
  const one = freqs[0]!;
  return SHAPES.map((_, k) => (k > 0 && link(k) ? Math.max(0, -Math.log(freqs[k]! / one)) : 0));
}

// ---------------------------------------------------------------- length (Gale–Church)

export interface LengthModel {
  /** Expected length of B per unit length of A. */
  ratio: number;
  /** Variance of the length difference per unit length. */
  variance: number;
  /** Spread of the length difference as a share of the bead's length, added to the variance (absent: 0). */
  spread?: number;
}

/**
 * ln erfc(z) for z ≥ 0 without underflow (Numerical Recipes' erfcc, kept in log space):
 * long paragraphs give |δ| of 30 or more, where erfc itself is 0 in doubles.
 */
export function logErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) + poly;
}

/** Share of true beads whose lengths disagree wildly (a truncated or padded translation). */
export const LENGTH_OUTLIERS = 0.02;
/** How much wider (in standard deviations) the outlier component is. */
export const OUTLIER_SPREAD = 2;
const LOG_CORE = Math.log(1 - LENGTH_OUTLIERS);
const LOG_WIDE = Math.log(LENGTH_OUTLIERS);

/**
 * Gale–Church: δ = (lb − c·la) / √(s²·(c·la + lb)/2) is standard normal for true beads; the
 * cost is −ln P(|Z| ≥ |δ|). Lengths are scaled into B's units first, so the model is the
 * same whichever document is A. A wider second component (a mixture) keeps one truncated
 * machine-translated paragraph from costing more than all the words it shares.
 */
export function lengthCost(la: number, lb: number, model: LengthModel): number {
  const sa = la * model.ratio;
  const mean = (sa + lb) / 2;
  if (mean <= 0) return 0;
  const share = (model.spread ?? 0) * mean;
  const z = Math.abs(lb - sa) / Math.sqrt(2 * model.variance * mean + share * share);
  const core = LOG_CORE + logErfc(z);
  const wide = LOG_WIDE + logErfc(z / OUTLIER_SPREAD);
  const hi = Math.max(core, wide);
  // Shifted so a perfect ratio costs 0 (−ln of the mixture at δ = 0 is 0 already).
  return -(hi + Math.log(Math.exp(core - hi) + Math.exp(wide - hi)));
}

/** Median of a list (which it sorts); NaN for an empty list. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  values.sort((x, y) => x - y);
  const mid = values.length >> 1;
  return values.length % 2 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
}

/** Lowest variance a fitted length model takes. */
export const MIN_VARIANCE = 3;

/**
 * Length model from lengths of presumed pairs (or from whole documents when there are no
 * pairs yet). The ratio is the median of pair ratios, robust to a few wrong pairs; the
 * variance comes from the median squared residual (median of χ²₁ is 0.455).
 */
export function fitLengthModel(pairs: Array<[number, number]>, fallback: LengthModel): LengthModel {
  const usable = pairs.filter(([a, b]) => a >= 20 && b >= 20);
  if (usable.length < 5) return fallback;
  const ratio = median(usable.map(([a, b]) => b / a));
  const resid = median(usable.map(([a, b]) => (b - ratio * a) ** 2 / ((ratio * a + b) / 2)));
  // Floor and ceiling keep one odd document from making lengths decisive or meaningless.
  const variance = Math.min(40, Math.max(MIN_VARIANCE, resid / 0.455));
  return { ratio, variance };
}

/** Default variance: Gale and Church measured 6.8 for careful translations; news is freer. */
export const DEFAULT_VARIANCE = 12;

// ---------------------------------------------------------------- shared items (naive Bayes)

/**
 * How much each evidence channel counts. Items of one channel are not independent (a
 * lexicon link and a name often point at the same word), so the weights shrink the
 * naive-Bayes sum; numbers are the most trustworthy anchors.
 */
export const CHANNEL_WEIGHT: Record<number, number> = {
  [CHANNEL_NUMBER]: 1,
  [CHANNEL_NAME]: 0.7,
  [CHANNEL_LEXICON]: 0.5,
};

/**
 * Misses count half: a translation paraphrases, so a word's learnt partner is often absent
 * from a true bead, and our lexicon is learnt from a few dozen beads. At full weight, true
 * pairs with poor lexicon cover were left unlinked (NTREX en–fa F1 0.87 → 0.95 at half).
 */
const MISS_WEIGHT = 0.5;

export interface ItemWeights {
  /**
   * miss[s][k − 1][x]: evidence lost when item x, seen on side s of a bead, is absent from
   * the other side's k units; gain[s][k − 1][x]: evidence won over that when it is present.
   * A larger other side finds any item more often by chance, so its hits are worth less.
   * Only k up to the tables' reach (miss[s].length) are made: a search of beads up to 3-1
   * never reads the rest, and pricing all sixteen was a tenth of making a book's tables.
   */
  miss: [Float64Array[], Float64Array[]];
  gain: [Float64Array[], Float64Array[]];
  /** gain of both directions for 1-1 beads: gain[0][0][x] + gain[1][0][x]. */
  pairGain: Float64Array;
  /** miss of both directions for 1-1 beads: miss[0][0][x] + miss[1][0][x]. */
  pairMiss: Float64Array;
}

/**
 * Naive-Bayes weights. An item on side A of a true bead shows on side B with probability
 * pAligned; in k random units of B with probability pr = 1 − (1 − df_B / n_B)^k. Finding it
 * is worth ln(pAligned/pr), missing it ln((1−pAligned)/(1−pr)). Rare items (a figure, a
 * name mentioned once) are strong anchors; items in every paragraph are worth almost nothing.
 */
export function itemWeights(space: ItemSpace, items: [Int32Array[], Int32Array[]], reach = MAX_SIDE): ItemWeights {
  // df of each item on each side, in units (paragraphs) of that side.
  const df = [new Float64Array(space.count), new Float64Array(space.count)] as const;
  for (const s of [0, 1] as const) for (const list of items[s]) for (const x of list) df[s][x]! += 1;
  const make = (): Float64Array[] => Array.from({ length: reach }, () => new Float64Array(space.count));
  const miss: [Float64Array[], Float64Array[]] = [make(), make()];
  const gain: [Float64Array[], Float64Array[]] = [make(), make()];
  // Most items share their weight, probability and count with many others (names and
  // numbers all have one probability, counts are small): each distinct triple is priced once.
  const memo = [new Map<number, Map<number, Float64Array>>(), new Map<number, Map<number, Float64Array>>()] as const;
  for (let x = 0; x < space.count; x++) {
    const w = CHANNEL_WEIGHT[space.channel[x]!] ?? 0;
    for (const s of [0, 1] as const) {
      const pa = Math.min(0.97, Math.max(0.05, space.pAligned[s][x]!));
      const d = df[1 - s]![x]!;
      // Counts are whole and channels few, so one number keys both.
      let byPa = memo[s].get(pa);
      if (!byPa) memo[s].set(pa, (byPa = new Map()));
      const key = d * 64 + space.channel[x]!;
      let row = byPa.get(key);
      if (!row) byPa.set(key, (row = weightRow(w, pa, d, Math.max(1, items[1 - s]!.length), reach)));
      for (let k = 0; k < reach; k++) {
        const g = row[k]!;
        if (Number.isNaN(g)) continue;
        gain[s][k]![x] = g;
        miss[s][k]![x] = row[reach + k]!;
      }
    }
  }
  const g0 = gain[0][0]!;
  const g1 = gain[1][0]!;
  const pairGain = new Float64Array(space.count);
  const pairMiss = new Float64Array(space.count);
  for (let x = 0; x < space.count; x++) {
    pairGain[x] = g0[x]! + g1[x]!;
    pairMiss[x] = miss[0][0]![x]! + miss[1][0]![x]!;
  }
  return { miss, gain, pairGain, pairMiss };
}

/** Gains (k = 1..reach, NaN where the item says nothing) then misses of one item. */
function weightRow(w: number, pa: number, d: number, n: number, reach: number): Float64Array {
  const row = new Float64Array(2 * reach).fill(NaN);
  const p1 = Math.max(0.5 / n, d / n);
  for (let k = 1; k <= reach; k++) {
    const pr = Math.min(0.95, 1 - (1 - p1) ** k);
    const hit = Math.log(pa / pr);
    const lost = Math.log((1 - pa) / (1 - pr));
    // An item commoner in random text than in aligned text says nothing either way.
    if (hit <= 0) continue;
    row[k - 1] = w * (hit - lost);
    row[reach + k - 1] = w * lost * MISS_WEIGHT;
  }
  return row;
}

/**
 * Evidence each unit loses if none of its items is found across a bead whose other side
 * has k units: unitMiss(items, miss[s])[k − 1][unit]. For k = 1 this is the unit's r0.
 */
export function unitMiss(items: Int32Array[], miss: Float64Array[]): Float64Array[] {
  return miss.map((m) => {
    const out = new Float64Array(items.length);
    for (let u = 0; u < items.length; u++) out[u] = sumAt(items[u]!, items[u]!.length, m);
    return out;
  });
}

function sumAt(list: Int32Array, length: number, values: Float64Array): number {
  let t = 0;
  for (let k = 0; k < length; k++) t += values[list[k]!]!;
  return t;
}

/** Evidence two units share: the summed gain of the items in both (sorted arrays). */
export function sharedGain(a: Int32Array, b: Int32Array, gain: Float64Array, na = a.length, nb = b.length, gain2?: Float64Array): number {
  let i = 0;
  let j = 0;
  let total = 0;
  while (i < na && j < nb) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      total += gain[x]! + (gain2 ? gain2[x]! : 0);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return total;
}

/**
 * sharedGain of one unit of A against many units of B: A's gains are spread over a dense
 * array once, then each B unit costs one pass over its own items, without the merge's
 * branches. Sums equal sharedGain's bit for bit (the same gains in the same item order;
 * items A lacks add exact zeros).
 */
export class GainRow {
  private dense = new Float64Array(1024);
  private loaded: Int32Array = new Int32Array(0);
  /** With `once`: each loaded item's gain over its take-back (gain + miss), and that take-back (−miss). */
  private over = new Float64Array(1024);
  private back = new Float64Array(1024);
  private word: Int32Array = new Int32Array(0);
  private best = new Float64Array(0);
  private seen = new Int32Array(0);
  private stamp = 0;
  private words: number[] = [];

  /** Makes `a` the A unit, weighed by `gain`. */
  load(a: Int32Array, gain: Float64Array): void {
    this.clear();
    if (this.dense.length < gain.length) this.dense = new Float64Array(gain.length);
    for (let k = 0; k < a.length; k++) this.dense[a[k]!] = gain[a[k]!]!;
    this.loaded = a;
  }

  /** sharedGain(loaded unit, b, gain). */
  with(b: Int32Array): number {
    if (this.loaded.length === 0) return 0;
    let total = 0;
    for (let k = 0; k < b.length; k++) total += this.dense[b[k]!]!;
    return total;
  }

  /**
   * Makes `a` the A unit of a table whose words count once (UnitTable.once), for onceBound.
   * `miss` is each item's miss on both sides of a 1-1 bead (≤ 0).
   */
  loadOnce(a: Int32Array, gain: Float64Array, miss: Float64Array, word: Int32Array): void {
    this.load(a, gain);
    if (this.over.length < this.dense.length) {
      this.over = new Float64Array(this.dense.length);
      this.back = new Float64Array(this.dense.length);
    }
    for (let k = 0; k < a.length; k++) {
      const x = a[k]!;
      this.over[x] = gain[x]! + miss[x]!;
      this.back[x] = -miss[x]!;
    }
    this.word = word;
    if (this.seen.length < word.length) {
      this.seen = new Int32Array(word.length);
      this.best = new Float64Array(word.length);
      this.stamp = 0;
    }
  }

  /**
   * An upper bound of the once-per-word evidence the loaded unit and `b` share (pairShared),
   * and of what their items add to any bead holding both: every take-back, plus for each
   * word of A the most one of its items gains over its take-back (a matching uses a word
   * once). Far tighter than the summed gains where words have many partners.
   */
  onceBound(b: Int32Array): number {
    if (this.loaded.length === 0) return 0;
    if (this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    this.words.length = 0;
    let total = 0;
    for (let k = 0; k < b.length; k++) {
      const x = b[k]!;
      if (this.dense[x] === 0) continue;
      total += this.back[x]!;
      const w = this.word[x]!;
      const d = this.over[x]!;
      if (this.seen[w] !== stamp) {
        this.seen[w] = stamp;
        this.best[w] = d;
        this.words.push(w);
      } else if (d > this.best[w]!) this.best[w] = d;
    }
    for (const w of this.words) total += this.best[w]!;
    return total;
  }

  private clear(): void {
    for (let k = 0; k < this.loaded.length; k++) this.dense[this.loaded[k]!] = 0;
  }
}

/**
 * Marks for unionEvidence: item x was seen on side A (B) of the current bead when
 * a[x] (b[x]) equals the current stamp. A new stamp clears every mark at once.
 */
export class UnionScratch {
  a = new Int32Array(0);
  b = new Int32Array(0);
  stamp = 0;
  /** The bead's shared items, when each word counts once (UnitTable.once). */
  readonly match = new WordMatch();
  /** A stamp no item carries yet, for an item space of `count` items. */
  next(count: number): number {
    if (this.a.length < count || this.stamp === 0x7fffffff) {
      this.a = new Int32Array(Math.max(count, 2 * this.a.length));
      this.b = new Int32Array(this.a.length);
      this.stamp = 0;
    }
    return ++this.stamp;
  }
}

/**
 * Evidence of a multi-unit bead, with each side taken as the union of its units' items:
 * an item repeated in two paragraphs of one side counts once, as it would in one longer
 * paragraph. (Summing pair gains would count "Trump" in every cross pair and make merged
 * beads look better than the 1-1 beads they replace.) Unions are marked, not merged: the
 * search asks for millions of them.
 */
export function unionEvidence(t: UnitTable, i0: number, da: number, j0: number, db: number, scratch: UnionScratch): number {
  const w = t.weights;
  const stamp = scratch.next(w.pairGain.length);
  const seenA = scratch.a;
  const seenB = scratch.b;
  // Side A's items are looked for among db units of B, and B's among da units of A.
  const missA = w.miss[0][db - 1]!;
  const missB = w.miss[1][da - 1]!;
  const gainA = w.gain[0][db - 1]!;
  const gainB = w.gain[1][da - 1]!;
  const once = t.once;
  let lostA = 0;
  for (let p = i0; p < i0 + da; p++) {
    const list = t.items[0][p]!;
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      if (seenA[x] === stamp) continue;
      seenA[x] = stamp;
      lostA += missA[x]!;
    }
  }
  let lostB = 0;
  let shared = 0;
  for (let q = j0; q < j0 + db; q++) {
    const list = t.items[1][q]!;
    for (let k = 0; k < list.length; k++) {
      const x = list[k]!;
      if (seenB[x] === stamp) continue;
      seenB[x] = stamp;
      lostB += missB[x]!;
      if (seenA[x] !== stamp) continue;
      if (once) scratch.match.push(x, gainA[x]! + gainB[x]!, missA[x]! + missB[x]!);
      else shared += gainA[x]! + gainB[x]!;
    }
  }
  return lostA + lostB + (once ? scratch.match.total(once) : shared);
}

/**
 * Shared items of one bead with each word of each side counted once: the items are taken
 * by gain, best first, and an item whose word on either side is taken already gains
 * nothing. A word the lexicon links to several partners (its synonyms, or words met with
 * it by chance in a few passages) otherwise adds a gain for every partner the other side
 * holds, and a cluster of such words makes a bead of common words outweigh lengths. An
 * item passed over is not missing either (both its words are there, explained by another
 * link), so the miss the bead's sides already counted for it is taken back. Greedy, not
 * the best matching. A miss is smaller than its item's gain, so this never counts more
 * than the sum it replaces, and the pair-gain bounds of the search stay bounds.
 */
export class WordMatch {
  private items = new Int32Array(64);
  private gains = new Float64Array(64);
  private misses = new Float64Array(64);
  private length = 0;
  /** Items whose words other items share: only their order matters. */
  private rest = new Int32Array(64);
  private usedA = new Int32Array(0);
  private usedB = new Int32Array(0);
  private countA = new Int32Array(0);
  private countB = new Int32Array(0);
  private stamp = 0;

  /** Item x, shared by the bead, with its gain and the misses (≤ 0) its two sides counted for it. */
  push(x: number, gain: number, miss: number): void {
    if (this.length === this.items.length) this.grow();
    const k = this.length++;
    this.items[k] = x;
    this.gains[k] = gain;
    this.misses[k] = miss;
  }

  /** Summed gain of the pushed items, each word once, and the misses of those passed over taken back; empties the list. */
  total(word: [Int32Array, Int32Array]): number {
    const n = this.length;
    this.length = 0;
    if (n < 2) return n ? this.gains[0]! : 0;
    const [wa, wb] = word;
    // Words met once among the shared items: their items are taken whatever the order.
    let stamp = this.nextStamp(word);
    for (let k = 0; k < n; k++) {
      const a = wa[this.items[k]!]!;
      const b = wb[this.items[k]!]!;
      this.countA[a] = this.usedA[a] === stamp ? this.countA[a]! + 1 : 1;
      this.countB[b] = this.usedB[b] === stamp ? this.countB[b]! + 1 : 1;
      this.usedA[a] = stamp;
      this.usedB[b] = stamp;
    }
    let total = 0;
    let r = 0;
    for (let k = 0; k < n; k++) {
      const x = this.items[k]!;
      if (this.countA[wa[x]!] === 1 && this.countB[wb[x]!] === 1) total += this.gains[k]!;
      else this.rest[r++] = k;
    }
    if (r === 0) return total;
    this.sortRest(r);
    stamp = this.nextStamp(word);
    for (let s = 0; s < r; s++) {
      const k = this.rest[s]!;
      const a = wa[this.items[k]!]!;
      const b = wb[this.items[k]!]!;
      if (this.usedA[a] === stamp || this.usedB[b] === stamp) {
        total -= this.misses[k]!;
        continue;
      }
      this.usedA[a] = stamp;
      this.usedB[b] = stamp;
      total += this.gains[k]!;
    }
    return total;
  }

  /** The first r entries of `rest` by gain, best first, ties by item id (insertion: they are few). */
  private sortRest(r: number): void {
    for (let i = 1; i < r; i++) {
      const k = this.rest[i]!;
      const gain = this.gains[k]!;
      const x = this.items[k]!;
      let s = i;
      while (s > 0) {
        const prev = this.rest[s - 1]!;
        const g = this.gains[prev]!;
        if (g > gain || (g === gain && this.items[prev]! < x)) break;
        this.rest[s] = prev;
        s--;
      }
      this.rest[s] = k;
    }
  }

  private nextStamp(word: [Int32Array, Int32Array]): number {
    if (this.usedA.length < word[0].length || this.usedB.length < word[1].length || this.stamp === 0x7fffffff) {
      this.usedA = new Int32Array(Math.max(this.usedA.length, word[0].length));
      this.usedB = new Int32Array(Math.max(this.usedB.length, word[1].length));
      this.countA = new Int32Array(this.usedA.length);
      this.countB = new Int32Array(this.usedB.length);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  private grow(): void {
    const size = 2 * this.length;
    const items = new Int32Array(size);
    const gains = new Float64Array(size);
    const misses = new Float64Array(size);
    items.set(this.items);
    gains.set(this.gains);
    misses.set(this.misses);
    this.items = items;
    this.gains = gains;
    this.misses = misses;
    this.rest = new Int32Array(size);
  }
}

/** sharedGain of two units for a 1-1 bead, each word counted once when the table says so. */
export function pairShared(t: UnitTable, a: Int32Array, b: Int32Array, match: WordMatch): number {
  if (!t.once) return sharedGain(a, b, t.weights.pairGain);
  const gain = t.weights.pairGain;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      match.push(x, gain[x]!, t.weights.pairMiss[x]!);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return match.total(t.once);
}

// ---------------------------------------------------------------- beads

/** What the cost of a bead needs to know about the units of both documents. */
export interface UnitTable {
  len: [Float64Array, Float64Array];
  kind: [Uint8Array, Uint8Array];
  items: [Int32Array[], Int32Array[]];
  weights: ItemWeights;
  /** miss[s][k − 1][unit]: see unitMiss. */
  miss: [Float64Array[], Float64Array[]];
  length: LengthModel;
  /** Prior price of each shape, indexed like SHAPES; SHAPE_PRIOR when absent. */
  prior?: readonly number[];
  /** Cost of a link bead ending at each gap of each side (boundaries.ts); none when absent. */
  boundary?: [Float64Array, Float64Array];
  /** Cost of a link bead for the opening words its two sides start with (boundaries.ts); none when absent. */
  starts?: JointCosts;
  /** Cost of a link bead for the end marks its two sides end with (boundaries.ts); none when absent. */
  ends?: JointCosts;
  /** twin[i]: the unit of B with the very same text as unit i of A (see twinLines); −1 for none. */
  twin?: Int32Array;
  /**
   * When present, the word each item stands on, per side (ItemSpace.word): a bead's shared
   * items then count each word once (WordMatch) instead of every link between its words.
   */
  once?: [Int32Array, Int32Array];
}

/**
 * Evidence (nats) that two units written the same way, each once in its document, are one
 * bead: a command or a formula left as it was. It outweighs leaving both out and the
 * kind penalties, which judge a line by its looks (a formula before the first sentence
 * looks like a page's date line).
 */
const TWIN_EVIDENCE = 6;

function isTwin(t: UnitTable, p: number, q: number): boolean {
  return t.twin !== undefined && t.twin[p] === q;
}

/**
 * Price of a merge that runs a heading or label into body text on one side. Translations
 * merge paragraphs, not a heading with the paragraph under it; without this, a label the
 * other side lacks is cheaper merged into its neighbour (a 2-1 prior) than left out (a
 * title's skip cost), and the table around it is pulled out of step.
 */
const TITLE_MERGE = 2;

/**
 * Whether units [from, from + count) of one side hold a title. Headings, labels and table
 * cells are translated one by one: two labels joined on one side ("Portrait" and
 * "Landscape" against one cell) are a label left out beside its neighbour, as much as a
 * label run into body text is.
 */
function mixesTitle(kind: Uint8Array, from: number, count: number): boolean {
  for (let p = from; p < from + count; p++) if (kind[p] === KIND_TITLE) return true;
  return false;
}

/** Shape prior plus kind penalties of linking A[i0, i0+da) with B[j0, j0+db). */
export function linkPrior(t: UnitTable, shape: number, i0: number, da: number, j0: number, db: number): number {
  let penalty = (t.prior ?? SHAPE_PRIOR)[shape]!;
  if (da !== 1 || db !== 1 || !isTwin(t, i0, j0)) {
    for (let p = i0; p < i0 + da; p++) penalty += linkPenalty(t.kind[0][p]!);
    for (let q = j0; q < j0 + db; q++) penalty += linkPenalty(t.kind[1][q]!);
  }
  if (da > 1 && mixesTitle(t.kind[0], i0, da)) penalty += TITLE_MERGE;
  if (db > 1 && mixesTitle(t.kind[1], j0, db)) penalty += TITLE_MERGE;
  if (t.boundary) penalty += t.boundary[0][i0 + da]! + t.boundary[1][j0 + db]!;
  if (t.starts) penalty += t.starts.cost[t.starts.a[i0]! * t.starts.width + t.starts.b[j0]!]!;
  if (t.ends) penalty += t.ends.cost[t.ends.a[i0 + da - 1]! * t.ends.width + t.ends.b[j0 + db - 1]!]!;
  return penalty;
}

/**
 * Most a length difference may cost a heading or label linked to a heading or label. A
 * label of one word is often rendered by a phrase ("Ceiling": "rounding up to the nearest
 * integer"), and Gale–Church, made for sentences, prices that beyond leaving both out;
 * between labels, position and shared items decide.
 */
const TITLE_LENGTH_CAP = 3;

/** Length cost of linking A[i0, i0+da) with B[j0, j0+db). */
export function linkLengthCost(t: UnitTable, i0: number, da: number, j0: number, db: number): number {
  let la = 0;
  let lb = 0;
  for (let p = i0; p < i0 + da; p++) la += t.len[0][p]!;
  for (let q = j0; q < j0 + db; q++) lb += t.len[1][q]!;
  const cost = lengthCost(la, lb, t.length);
  return da === 1 && db === 1 && t.kind[0][i0] === KIND_TITLE && t.kind[1][j0] === KIND_TITLE ? Math.min(cost, TITLE_LENGTH_CAP) : cost;
}

/**
 * Cost of linking A[i0, i0+da) with B[j0, j0+db), given the evidence the two sides share
 * (pairEvidence for 1-1, unionEvidence otherwise).
 */
export function linkCost(t: UnitTable, shape: number, i0: number, da: number, j0: number, db: number, evidence: number): number {
  return linkPrior(t, shape, i0, da, j0, db) + linkLengthCost(t, i0, da, j0, db) - evidence;
}

/** Evidence of a 1-1 bead from the pair's shared gain. */
export function pairEvidence(t: UnitTable, p: number, q: number, shared: number): number {
  return t.miss[0][0]![p]! + t.miss[1][0]![q]! + shared + (isTwin(t, p, q) ? TWIN_EVIDENCE : 0);
}

/**
 * An upper bound of unionEvidence(t, i0, da, j0, db), given `shared`, the summed pair
 * gains of all da × db unit pairs (or, when words count once, their GainRow.onceBound). Misses are ≤ 0, so the union of a side's items misses
 * at most what its least-missing unit misses alone; gains are ≥ 0 and shrink as the other
 * side grows, so the shared items gain at most the pair gains. The search uses it to drop
 * merges before taking the (costlier) unions.
 */
export function unionEvidenceBound(t: UnitTable, i0: number, da: number, j0: number, db: number, shared: number): number {
  const missA = t.miss[0][db - 1]!;
  const missB = t.miss[1][da - 1]!;
  let a = -Infinity;
  let b = -Infinity;
  for (let p = i0; p < i0 + da; p++) a = Math.max(a, missA[p]!);
  for (let q = j0; q < j0 + db; q++) b = Math.max(b, missB[q]!);
  return a + b + shared;
}

/** Cost of a 1-0 or 0-1 bead. */
export function unlinkCost(t: UnitTable, side: 0 | 1, unit: number): number {
  return skipCost(t.kind[side][unit]!);
}

/**
 * A bead's score in [0, 1]: a logistic of its cost, centred where linking two body
 * paragraphs costs as much as leaving them both out (so 0.5 means "a toss-up").
 */
export function scoreOfCost(cost: number, units: number): number {
  const neutral = SKIP_COST[KIND_BODY]! * Math.max(1, units) * 0.5;
  return 1 / (1 + Math.exp(cost - neutral));
}

/** Confidence from the margin (in nats) by which the chosen bead beat the best alternative. */
export function confidenceOfMargin(margin: number): number {
  return 1 - Math.exp(-Math.max(0, margin) / 2);
}
