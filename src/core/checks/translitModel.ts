import { Generations, memoPerWord } from '../text/memo';
import { foldForMatch } from '../text/normalize';

/**
 * A learned model of how a name crosses between Latin and Arabic script: a joint
 * source-channel model over letter-group pairs ("kh"|خ, "o"|و, "mme"|م, ""|ع), trained by EM
 * on real name pairs (scripts/build-translit.ts; the table is translit-table.json, derived
 * from Wikidata (CC0), Google's Wikipedia-mined pairs (Apache 2.0) and news name pairs of
 * NTREX-128's development half (CC BY-SA 4.0), notices beside it).
 * A name pair's probability is that of its best segmentation into such groups, each group
 * conditioned on the one before (a bigram with Witten-Bell smoothing).
 *
 * It answers two questions: how well do an English spelling and an Arabic-script spelling
 * write each other (`translitScore`), and what is the likeliest Latin spelling of an
 * Arabic-script name (`romanise`). Pure TypeScript: the table is plain data.
 */

export interface TranslitTable {
  /** Letter groups "latin|arabic"; index 0 is the start, 1 the end of a name. */
  units: string[];
  /** How often each group occurs in the aligned training pairs. */
  counts: number[];
  /** Distinct groups seen after each group (Witten-Bell's T). */
  followers: number[];
  /** Bigram counts, flattened as [previous, next, count, ...]; rare ones pruned. */
  bigrams: number[];
}

/** Longest Latin and Arabic side of a letter group (training uses the same limits). */
export const MAX_LATIN = 3;
export const MAX_ARABIC = 2;

/** Latin letters only, lower case, no accents: "Müller-Perth" → "mullerperth". */
export function latinLetters(s: string): string {
  // Most strings asked are plain ASCII (spellings built letter by letter, English names), which
  // decomposing changes nothing in: the regular expressions are for the others.
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) if (s.charCodeAt(i) > 127) ascii = false;
  if (ascii && isLatinLetters(s)) return s;
  if (ascii) return s.toLowerCase().replace(/[^a-z]/g, '');
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

/** Whether the string is its own latinLetters: lower-case a to z only. */
function isLatinLetters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Arabic-script letters only, folded (Persian ی ک as Arabic ي ك, hamza seats as their letter). */
export function arabicLetters(s: string): string {
  return foldForMatch(s).replace(/[^\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a4\u06af]/g, '');
}

interface Model {
  /** unit index by "latin|arabic" */
  index: Map<string, number>;
  latinOf: string[];
  arabicOf: string[];
  /** log P(next | prev) for seen bigrams, keyed prev * N + next */
  bi: Map<number, number>;
  /** The same bigrams in an open-addressing table: the decoder asks millions of times. */
  biTable: BigramTable;
  /** log of the back-off weight (1 - λ) per context */
  backoff: Float64Array;
  /** log P_uni(unit) */
  uni: Float64Array;
  /** λ per context, for mixing seen bigrams with the unigram */
  lambda: Float64Array;
  /** Units by their Arabic side (for decoding). */
  byArabic: Map<string, number[]>;
  /** The decoder's view of the table, by number (see Lattice). */
  lattice: Lattice;
  /** The largest back-off weight (log) of the units of each pair side (pairSide's numbers). */
  sideBackoff: Float64Array;
  /** The likeliest seen bigram into a unit after any unit of a pair side, keyed side * units + unit. */
  seenAfter: BigramTable;
  /** Units by Arabic side, then Latin side as a latinCode (for scoring a pair). */
  byPair: Map<string, Map<number, number>>;
  /** byPair by number: each Arabic side of byPair has a number, and (side, latinCode) a unit. */
  pairSide: Map<string, number>;
  pairUnit: UnitTable;
  /** bestStepInto's answers, by (what came before, pair side), NaN until asked. */
  stepMax?: Float64Array;
  /** The units of each pair side, by its number. */
  pairUnits?: number[][];
}

let model: Model | null = null;
let table: TranslitTable | null = null;
let version = 0;

/** Changes whenever another table is installed: caches kept outside this module start again. */
export function modelVersion(): number {
  return version;
}

/** Per table, each Latin letter's likeliest Arabic-script letter (writtenAlike). */
let letterWrites: { version: number; top: Map<string, string> } | null = null;

/**
 * Whether a vowel and a consonant are written with the same Arabic-script letter, by the
 * table's commonest group for each letter alone ("u" and "w" both و, "i" and "y" both ی): a
 * spelling that puts one for the other ("McDowall", "McDouall") reads the same there. Two
 * vowels are not asked (short vowels go unwritten, so their commonest letter says little),
 * nor two consonants (Arabic writes p as ب, yet "Bebsi" for Pepsi is a slip).
 */
export function writtenAlike(x: string, y: string): boolean {
  if (x === y || VOWEL_LETTERS.includes(x) === VOWEL_LETTERS.includes(y)) return false;
  if (letterWrites?.version !== version) {
    const t = table;
    if (!t) throw new Error('translit table not installed');
    const best = new Map<string, { arabic: string; count: number }>();
    t.units.forEach((u, i) => {
      const [l, a] = u.split('|') as [string, string];
      if (i < 2 || l.length !== 1 || a.length !== 1) return;
      const c = t.counts[i]!;
      if (c > (best.get(l)?.count ?? 0)) best.set(l, { arabic: a, count: c });
    });
    letterWrites = { version, top: new Map([...best].map(([l, b]) => [l, b.arabic])) };
  }
  const a = letterWrites.top.get(x);
  return a !== undefined && a === letterWrites.top.get(y);
}

const VOWEL_LETTERS = 'aeiou';

/** Per table, each Latin letter's share of its single-letter groups per Arabic-script letter (writtenEitherWay). */
let letterShares: { version: number; shares: Map<string, Map<string, number>> } | null = null;

/**
 * The least share of a Latin letter's single-letter groups an Arabic-script letter must have to
 * be one of its usual spellings: "s" is س in most names of the table and ز in some 3% (جونز,
 * ديفيز), a convention; letters seen far more rarely for it are slips or other sounds.
 */
const EITHER_WAY_SHARE = 0.02;

/**
 * Whether some letter of a Latin name is usually written with either of two Arabic-script
 * letters (EITHER_WAY_SHARE of its groups each, in the table): two spellings of the name that
 * put one for the other follow two conventions ("Lindsey" لیندسی and لیندزی), not a slip.
 */
export function writtenEitherWay(latin: string, x: string, y: string): boolean {
  if (letterShares?.version !== version) {
    const t = table;
    if (!t) throw new Error('translit table not installed');
    const counts = new Map<string, Map<string, number>>();
    t.units.forEach((u, i) => {
      const [l, a] = u.split('|') as [string, string];
      if (i < 2 || l.length !== 1 || a.length !== 1) return;
      const m = counts.get(l) ?? new Map<string, number>();
      m.set(a, (m.get(a) ?? 0) + t.counts[i]!);
      counts.set(l, m);
    });
    const shares = new Map<string, Map<string, number>>();
    for (const [l, m] of counts) {
      const total = [...m.values()].reduce((n, c) => n + c, 0);
      shares.set(l, new Map([...m].map(([a, c]) => [a, c / total])));
    }
    letterShares = { version, shares };
  }
  const [fx, fy] = [arabicLetters(x), arabicLetters(y)];
  if (fx.length !== 1 || fy.length !== 1 || fx === fy) return false;
  return [...new Set(latinLetters(latin))].some((l) => {
    const m = letterShares!.shares.get(l);
    return (m?.get(fx) ?? 0) >= EITHER_WAY_SHARE && (m?.get(fy) ?? 0) >= EITHER_WAY_SHARE;
  });
}

/** Installs the table (the checks import it once; tests may install another). */
export function useTranslitTable(t: TranslitTable): void {
  table = t;
  model = null;
  version++;
  scoreCache.clear();
  romanCache.clear();
  sidesCache.clear();
  boundCache.clear();
  floorCache.clear();
}

function load(): Model {
  if (model) return model;
  if (!table) throw new Error('translit table not installed');
  const t = table;
  const n = t.units.length;
  const index = new Map<string, number>();
  const latinOf: string[] = [];
  const arabicOf: string[] = [];
  const byArabic = new Map<string, number[]>();
  t.units.forEach((u, i) => {
    index.set(u, i);
    const [l, a] = u.split('|') as [string, string];
    latinOf.push(l);
    arabicOf.push(a);
    if (i > 1) {
      const us = byArabic.get(a);
      if (us) us.push(i);
      else byArabic.set(a, [i]);
    }
  });
  const total = t.counts.reduce((s, c, i) => s + (i === 0 ? 0 : c), 0);
  const uni = new Float64Array(n);
  // Add-half smoothing keeps every known group possible after any other.
  for (let i = 0; i < n; i++) uni[i] = Math.log((t.counts[i]! + 0.5) / (total + 0.5 * n));
  const lambda = new Float64Array(n);
  const backoff = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = t.counts[i]!;
    const f = t.followers[i]!;
    lambda[i] = c + f > 0 ? c / (c + f) : 0;
    backoff[i] = Math.log(1 - lambda[i]! + 1e-12);
  }
  const bi = new Map<number, number>();
  for (let k = 0; k < t.bigrams.length; k += 3) {
    const [p, q, c] = [t.bigrams[k]!, t.bigrams[k + 1]!, t.bigrams[k + 2]!];
    const pml = c / Math.max(1, t.counts[p]!);
    bi.set(p * n + q, Math.log(lambda[p]! * pml + (1 - lambda[p]!) * Math.exp(uni[q]!)));
  }
  const byPair = new Map<string, Map<number, number>>();
  t.units.forEach((_, i) => {
    const [l, a] = [latinOf[i]!, arabicOf[i]!];
    // Scored Latin letters are a to z only (latinLetters): a group with others never matches.
    if (!/^[a-z]*$/.test(l)) return;
    let inner = byPair.get(a);
    if (!inner) byPair.set(a, (inner = new Map()));
    inner.set(latinCode(l), i);
  });
  const pairSide = new Map<string, number>();
  const pairKeys = new Map<number, number>();
  for (const [a, inner] of byPair) {
    const side = pairSide.size;
    pairSide.set(a, side);
    for (const [code, u] of inner) pairKeys.set(side * CODES + code, u);
  }
  // Only units of byPair are ever on a scored path: the bound's view of what came before.
  const sideOfUnit = new Int32Array(n).fill(-1);
  for (const [a, inner] of byPair) for (const u of inner.values()) sideOfUnit[u] = pairSide.get(a)!;
  const sideBackoff = new Float64Array(pairSide.size).fill(-Infinity);
  for (let u = 0; u < n; u++) if (sideOfUnit[u]! >= 0) sideBackoff[sideOfUnit[u]!] = Math.max(sideBackoff[sideOfUnit[u]!]!, backoff[u]!);
  const seen = new Map<number, number>();
  for (const [k, v] of bi) {
    const side = sideOfUnit[Math.floor(k / n)]!;
    if (side < 0) continue;
    const key = side * n + (k % n);
    seen.set(key, Math.max(seen.get(key) ?? -Infinity, v));
  }
  const lattice = latticeOf(byArabic, arabicOf, bi, n, uni);
  model = { index, latinOf, arabicOf, bi, biTable: bigramTable(bi), backoff, uni, lambda, byArabic, lattice, byPair, pairSide, pairUnit: unitTable(pairKeys), sideBackoff, seenAfter: bigramTable(seen) };
  return model;
}

/** Up to three letters a to z as a number, one base-27 digit (1 to 26) per letter; '' is 0. */
function latinCode(l: string): number {
  let c = 0;
  for (let k = 0; k < l.length; k++) c = c * 27 + l.charCodeAt(k) - 96;
  return c;
}

/** How many latinCodes there are: up to three letters, each a base-27 digit. */
const CODES = 27 * 27 * 27;

/**
 * The pair table's side number of each Arabic substring of a form, at j * MAX_ARABIC + da - 1
 * (-1 when no group has it), times CODES, so that a group is found by adding its latinCode.
 * Remembered per form: a book scores the same words against many names.
 */
function sidesOf(m: Model, a: string): Int32Array {
  let s = sidesCache.get(a);
  if (!s) {
    const A = a.length;
    s = new Int32Array(A * MAX_ARABIC).fill(-1);
    for (let j = 0; j < A; j++)
      for (let da = 1; da <= MAX_ARABIC && j + da <= A; da++) {
        const side = m.pairSide.get(a.slice(j, j + da));
        if (side !== undefined) s[j * MAX_ARABIC + da - 1] = side * CODES;
      }
    sidesCache.set(a, s);
  }
  return s;
}

/**
 * Non-negative integer keys to numbers, in typed arrays (linear probing); `missing` when absent.
 * Integer values (group numbers) live in an Int32Array, log-probabilities in a Float64Array.
 */
class IntKeyTable {
  private readonly keys: Int32Array;
  private readonly values: Int32Array | Float64Array;
  private readonly mask: number;
  constructor(
    from: Map<number, number>,
    private readonly missing: number,
    Values: Int32ArrayConstructor | Float64ArrayConstructor,
  ) {
    let size = 16;
    while (size < from.size * 2) size *= 2;
    this.keys = new Int32Array(size).fill(-1);
    this.values = new Values(size);
    this.mask = size - 1;
    for (const [k, v] of from) {
      let h = Math.imul(k, 0x9e3779b1) & this.mask;
      while (this.keys[h] !== -1) h = (h + 1) & this.mask;
      this.keys[h] = k;
      this.values[h] = v;
    }
  }
  get(k: number): number {
    let h = Math.imul(k, 0x9e3779b1) & this.mask;
    for (;;) {
      const x = this.keys[h]!;
      if (x === k) return this.values[h]!;
      if (x === -1) return this.missing;
      h = (h + 1) & this.mask;
    }
  }
}
type UnitTable = IntKeyTable;
type BigramTable = IntKeyTable;
/** Integer values, -1 when absent. */
function unitTable(from: Map<number, number>): UnitTable {
  return new IntKeyTable(from, -1, Int32Array);
}
/** Numbers, NaN when absent. */
function bigramTable(from: Map<number, number>): BigramTable {
  return new IntKeyTable(from, NaN, Float64Array);
}


function logP(m: Model, prev: number, next: number, n: number): number {
  const v = m.biTable.get(prev * n + next);
  return v === v ? v : m.backoff[prev]! + m.uni[next]!;
}

const START = 0;
const END = 1;
/** State after a letter group the table lacks. */
const UNKNOWN = -1;
/** Log probability of such a group: rarer than any group kept in the table. */
const UNKNOWN_LOG = -12;

/** A cell's slots: one per letter-group shape (Latin length, Arabic length), then UNKNOWN's. */
const SHAPES = (MAX_LATIN + 1) * MAX_ARABIC;
const SLOTS = SHAPES + 1;

/**
 * Log probability of the best segmentation of a (Latin, Arabic) letter pair, or -Infinity
 * when none exists (a letter no group covers). Inputs are already reduced by latinLetters
 * and arabicLetters.
 *
 * The table is dense and typed: at a cell (i, j) the group that ends there is fixed by its
 * shape (how many Latin and Arabic letters it takes), so a cell holds at most one state per
 * shape, plus the state after an unknown group. The start state sits in slot 0 of cell
 * (0, 0), where no group can end.
 */
function jointLog(m: Model, l: string, a: string): number {
  const n = m.latinOf.length;
  const L = l.length;
  const A = a.length;
  const W = A + 1;
  const size = (L + 1) * W * SLOTS;
  if (jointScore.length < size) {
    jointScore = new Float64Array(2 * size);
    jointUnit = new Int32Array(2 * size);
  }
  const score = jointScore;
  const unit = jointUnit;
  score.fill(-Infinity, 0, size);
  score[0] = 0;
  unit[0] = START;
  // Which slots of each cell hold a state, one bit per slot: most cells hold only a few.
  const cells = (L + 1) * W;
  if (jointLive.length < cells) jointLive = new Uint16Array(2 * cells);
  const live = jointLive;
  live.fill(0, 0, cells);
  live[0] = 1;
  // The groups a (Latin, Arabic) substring pair is: the Arabic side's number plus the Latin code.
  const sides = sidesOf(m, a);
  const table = m.pairUnit;
  // Latin substrings as numbers (latinCode), so the lookups neither build nor hash strings.
  if (jointCodes.length < (L + 1) * (MAX_LATIN + 1)) jointCodes = new Int32Array(2 * (L + 1) * (MAX_LATIN + 1));
  const codes = jointCodes;
  for (let i = 0; i <= L; i++) {
    codes[i * (MAX_LATIN + 1)] = 0;
    for (let dl = 1; dl <= MAX_LATIN && i + dl <= L; dl++) codes[i * (MAX_LATIN + 1) + dl] = codes[i * (MAX_LATIN + 1) + dl - 1]! * 27 + l.charCodeAt(i + dl - 1) - 96;
  }
  for (let i = 0; i <= L; i++) {
    for (let j = 0; j <= A; j++) {
      const cell = i * W + j;
      const mask = live[cell]!;
      if (mask === 0) continue;
      const here = cell * SLOTS;
      for (let dl = 0; dl <= MAX_LATIN && i + dl <= L; dl++) {
        const latin = codes[i * (MAX_LATIN + 1) + dl]!;
        for (let da = 1; da <= MAX_ARABIC && j + da <= A; da++) {
          const side = sides[j * MAX_ARABIC + da - 1]!;
          const u = side < 0 ? -1 : table.get(side + latin);
          const target = (i + dl) * W + j + da;
          const there = target * SLOTS;
          if (u < 0) {
            // A group the training pairs never showed (pruned as rare): possible, but dear,
            // so that a name with one odd letter still scores instead of being impossible.
            if (da !== 1 || dl > 2) continue;
            for (let k = 0; k < SLOTS; k++) {
              if (!(mask & (1 << k))) continue;
              const s = score[here + k]!;
              const prev = k === SHAPES ? UNKNOWN : unit[here + k]!;
              const v = s + (prev === UNKNOWN ? 0 : m.backoff[prev]!) + UNKNOWN_LOG - dl;
              if (v > score[there + SHAPES]!) {
                score[there + SHAPES] = v;
                live[target] |= 1 << SHAPES;
              }
            }
            continue;
          }
          const to = dl * MAX_ARABIC + da - 1;
          const slot = there + to;
          for (let k = 0; k < SLOTS; k++) {
            if (!(mask & (1 << k))) continue;
            const s = score[here + k]!;
            const prev = k === SHAPES ? UNKNOWN : unit[here + k]!;
            const v = s + (prev === UNKNOWN ? m.uni[u]! : logP(m, prev, u, n));
            if (v > score[slot]!) {
              score[slot] = v;
              unit[slot] = u;
              live[target] |= 1 << to;
            }
          }
        }
      }
    }
  }
  let best = -Infinity;
  const last = (L * W + A) * SLOTS;
  for (let k = 0; k < SLOTS; k++) {
    const s = score[last + k]!;
    if (s === -Infinity) continue;
    const prev = k === SHAPES ? UNKNOWN : unit[last + k]!;
    best = Math.max(best, s + (prev === UNKNOWN ? m.uni[END]! : logP(m, prev, END, n)));
  }
  return best;
}

/** jointLog's tables, reused from call to call (it runs a hundred thousand times on a book). */
let jointScore = new Float64Array(4096);
let jointUnit = new Int32Array(4096);
let jointCodes = new Int32Array(256);
let jointLive = new Uint16Array(512);

/**
 * An upper bound of jointLog, cheap: a step's probability depends on the group before, and
 * the bound knows only that group's Arabic side (the letters it read), not its Latin one, so
 * each step adds the most its group can add after any group of that side. A cell holds one
 * number per way it was entered (BOUND_SLOTS) instead of one per previous group.
 */
function jointBound(m: Model, l: string, a: string): number {
  const L = l.length;
  const A = a.length;
  const W = A + 1;
  const size = (L + 1) * W * BOUND_SLOTS;
  if (boundRows.length < size) boundRows = new Float64Array(2 * size);
  const ub = boundRows;
  ub.fill(-Infinity, 0, size);
  ub[0] = 0;
  const sides = sidesOf(m, a);
  const table = m.pairUnit;
  for (let i = 0; i <= L; i++) {
    for (let j = 0; j <= A; j++) {
      const here = (i * W + j) * BOUND_SLOTS;
      let live = false;
      for (let k = 0; k < BOUND_SLOTS && !live; k++) live = ub[here + k]! !== -Infinity;
      if (!live) continue;
      // A group is looked up once per cell, then stepped into from each way the cell was entered.
      for (let da = 1; da <= MAX_ARABIC && j + da <= A; da++) {
        const side = sides[j * MAX_ARABIC + da - 1]!;
        let code = 0;
        for (let dl = 0; dl <= MAX_LATIN && i + dl <= L; dl++) {
          if (dl > 0) code = code * 27 + l.charCodeAt(i + dl - 1) - 96;
          const u = side < 0 ? -1 : table.get(side + code);
          if (u < 0 && (da !== 1 || dl > 2)) continue;
          const there = ((i + dl) * W + j + da) * BOUND_SLOTS;
          for (let k = 0; k < BOUND_SLOTS; k++) {
            const s = ub[here + k]!;
            if (s === -Infinity) continue;
            const before = sideBefore(sides, j, k);
            if (u < 0) {
              // The same sum, in the same order, as jointLog's step through an unknown group.
              const v = s + boundBackoff(m, k, before) + UNKNOWN_LOG - dl;
              if (v > ub[there + AFTER_UNKNOWN]!) ub[there + AFTER_UNKNOWN] = v;
              continue;
            }
            const v = s + boundStep(m, k, before, u);
            if (v > ub[there + da]!) ub[there + da] = v;
          }
        }
      }
    }
  }
  let best = -Infinity;
  const last = (L * W + A) * BOUND_SLOTS;
  for (let k = 0; k < BOUND_SLOTS; k++) {
    const s = ub[last + k]!;
    if (s !== -Infinity) best = Math.max(best, s + boundStep(m, k, sideBefore(sides, A, k), END));
  }
  return best;
}

/**
 * How the bound entered a cell: from the start (slot 0, the first cell only), after a group
 * reading one or two Arabic letters (slot 1 or 2: the letters before the cell are its side),
 * or after a group the table lacks.
 */
const BOUND_SLOTS = 4;
const AFTER_START = 0;
const AFTER_UNKNOWN = 3;

/** The pair side number of the group before Arabic position j in slot k (1 or 2), else -1. */
function sideBefore(sides: Int32Array, j: number, k: number): number {
  if (k !== 1 && k !== 2) return -1;
  const s = sides[(j - k) * MAX_ARABIC + k - 1]!;
  return s < 0 ? -1 : s / CODES;
}

/** The most jointLog's step into unit u (or END) adds after a group entered as slot k. */
function boundStep(m: Model, k: number, before: number, u: number): number {
  if (k === AFTER_UNKNOWN) return m.uni[u]!;
  if (k === AFTER_START) return logP(m, START, u, m.latinOf.length);
  // Seen after some unit of the side, or backed off from the unit that backs off most.
  const seen = m.seenAfter.get(before * m.latinOf.length + u);
  const off = m.sideBackoff[before]! + m.uni[u]!;
  return seen === seen && seen > off ? seen : off;
}

/**
 * The most boundStep adds into any unit of a pair side (pairSide's number) after a group
 * entered as slot k: what the bound of a form's unread letters takes, whatever Latin they
 * write. Worked out per (what came before, side) when first asked, for the model.
 */
function bestStepInto(m: Model, k: number, before: number, side: number): number {
  const P = m.pairSide.size;
  if (!m.stepMax) {
    m.stepMax = new Float64Array((P + 2) * P).fill(NaN);
    m.pairUnits = Array.from({ length: P }, () => [] as number[]);
    for (const [a, inner] of m.byPair) m.pairUnits[m.pairSide.get(a)!]!.push(...inner.values());
  }
  const context = k === AFTER_START ? P : k === AFTER_UNKNOWN ? P + 1 : before;
  let v = m.stepMax[context * P + side]!;
  if (v !== v) {
    v = -Infinity;
    for (const u of m.pairUnits![side]!) v = Math.max(v, boundStep(m, k, before, u));
    m.stepMax[context * P + side] = v;
  }
  return v;
}

/** The most back-off weight of the group before, for a step through an unknown group. */
function boundBackoff(m: Model, k: number, before: number): number {
  if (k === AFTER_UNKNOWN) return 0;
  if (k === AFTER_START) return m.backoff[START]!;
  return m.sideBackoff[before]!;
}

/** jointBound's table, reused from call to call. */
let boundRows = new Float64Array(1024);

/**
 * The table as the decoder walks it, all by number: each Arabic side (a letter or two) has an
 * id and its units in a list; a unit's place in its side's list is its rank; the bigrams seen
 * in training are grouped by (previous unit, Arabic side of the next), so that a state reaches
 * only the few next units it was seen before, through one lookup.
 */
interface Lattice {
  sideId: Map<string, number>;
  sideUnits: Int32Array[];
  rank: Int32Array;
  /** (previous unit * sides + side) → group number; a group's entries run to the next group's start. */
  groupOf: BigramTable;
  groupStart: Int32Array;
  nextUnit: Int32Array;
  nextLog: Float64Array;
  /** The likeliest seen bigram out of each unit (into any side), and out of each group: -Infinity when none. */
  unitMaxNext: Float64Array;
  groupMax: Float64Array;
  /** The least likely unit of each side by the unigram: a back-off step into the side adds at least its log. */
  sideMinUni: Float64Array;
}

function latticeOf(byArabic: Map<string, number[]>, arabicOf: string[], bi: Map<number, number>, n: number, uni: Float64Array): Lattice {
  const sideId = new Map<string, number>();
  const sideUnits: Int32Array[] = [];
  const rank = new Int32Array(n).fill(-1);
  for (const [a, us] of byArabic) {
    sideId.set(a, sideUnits.length);
    sideUnits.push(Int32Array.from(us));
    us.forEach((u, r) => (rank[u] = r));
  }
  const S = sideUnits.length;
  // Each unit's side once (a unit no Arabic letters reach has none), not once per bigram.
  const sideOfNext = new Int32Array(n).fill(-1);
  for (let q = 0; q < n; q++) if (rank[q]! >= 0) sideOfNext[q] = sideId.get(arabicOf[q]!) ?? -1;
  // Bigrams grouped by (previous unit, side of the next), groups in the order they first occur
  // and entries in the bigrams' order: counted first, then laid out, without a list per group.
  const groupKeys = new Map<number, number>();
  const groupOfEntry = new Int32Array(bi.size);
  const sizes: number[] = [];
  let x = 0;
  for (const k of bi.keys()) {
    const side = sideOfNext[k % n]!;
    // Bigrams into the end, or into a group no Arabic letters reach, are not decoding steps.
    if (side < 0) {
      groupOfEntry[x++] = -1;
      continue;
    }
    const key = Math.floor(k / n) * S + side;
    let at = groupKeys.get(key);
    if (at === undefined) {
      groupKeys.set(key, (at = sizes.length));
      sizes.push(0);
    }
    sizes[at]!++;
    groupOfEntry[x++] = at;
  }
  const groupStart = new Int32Array(sizes.length + 1);
  for (let at = 0; at < sizes.length; at++) groupStart[at + 1] = groupStart[at]! + sizes[at]!;
  const nextUnit = new Int32Array(bi.size);
  const nextLog = new Float64Array(bi.size);
  const filled = groupStart.slice(0, sizes.length);
  x = 0;
  for (const [k, v] of bi) {
    const at = groupOfEntry[x++]!;
    if (at < 0) continue;
    nextUnit[filled[at]!] = k % n;
    nextLog[filled[at]!++] = v;
  }
  const g = sizes.length;
  const unitMaxNext = new Float64Array(n).fill(-Infinity);
  const groupMax = new Float64Array(g).fill(-Infinity);
  for (const [key, at] of groupKeys) {
    const p = Math.floor(key / S);
    for (let x = groupStart[at]!; x < groupStart[at + 1]!; x++) {
      groupMax[at] = Math.max(groupMax[at]!, nextLog[x]!);
      unitMaxNext[p] = Math.max(unitMaxNext[p]!, nextLog[x]!);
    }
  }
  const sideMinUni = Float64Array.from(sideUnits, (us) => us.reduce((min, u) => Math.min(min, uni[u]!), Infinity));
  return { sideId, sideUnits, rank, groupOf: bigramTable(groupKeys), groupStart, nextUnit, nextLog, unitMaxNext, groupMax, sideMinUni };
}

/**
 * The likeliest Latin letters for Arabic letters, with their joint log probability: the best
 * path through the lattice of letter groups (Viterbi). A path's probability depends only on
 * its last group, so one state per (position, last group) is exact. Each step into a group
 * is either a bigram seen in training or the back-off (its weight times the unigram), and a
 * seen bigram is always likelier than its back-off; so the best back-off step into any group
 * comes from one state per position (the one with the best score plus back-off weight), and
 * only the seen bigrams need looking up per state.
 */
function decode(m: Model, a: string): { text: string; score: number } {
  const lat = m.lattice;
  const n = m.latinOf.length;
  const A = a.length;
  // The slots of position t: the groups of the letter before it, then those of the two before.
  if (decodeSide.length < (A + 2) * MAX_ARABIC) {
    decodeSide = new Int32Array(2 * (A + 2) * MAX_ARABIC);
    decodeBase = new Int32Array(2 * (A + 2) * MAX_ARABIC);
    decodeFirst = new Int32Array(2 * (A + 2));
  }
  const side = decodeSide.fill(-1, 0, (A + 1) * MAX_ARABIC);
  const base = decodeBase;
  const first = decodeFirst;
  let slots = 1;
  first[0] = 0;
  first[1] = 1;
  for (let t = 1; t <= A; t++) {
    for (let da = 1; da <= MAX_ARABIC && da <= t; da++) {
      const s = lat.sideId.get(a.slice(t - da, t));
      if (s === undefined) continue;
      side[t * MAX_ARABIC + da - 1] = s;
      base[t * MAX_ARABIC + da - 1] = slots;
      slots += lat.sideUnits[s]!.length;
    }
    first[t + 1] = slots;
  }
  if (decodeScore.length < slots) {
    decodeScore = new Float64Array(2 * slots);
    decodeUnit = new Int32Array(2 * slots);
    decodeBack = new Int32Array(2 * slots);
  }
  const score = decodeScore.fill(-Infinity, 0, slots);
  const unit = decodeUnit;
  const back = decodeBack.fill(-1, 0, slots);
  score[0] = 0;
  unit[0] = START;
  for (let t = 1; t <= A; t++) {
    for (let da = 1; da <= MAX_ARABIC && da <= t; da++) {
      const s = side[t * MAX_ARABIC + da - 1]!;
      if (s < 0) continue;
      const units = lat.sideUnits[s]!;
      const at = base[t * MAX_ARABIC + da - 1]!;
      for (let r = 0; r < units.length; r++) unit[at + r] = units[r]!;
      const j = t - da;
      // The back-off step: from the state with the best score plus back-off weight.
      let from = -1;
      let fromScore = -Infinity;
      for (let k = first[j]!; k < first[j + 1]!; k++) {
        if (score[k] === -Infinity) continue;
        const v = score[k]! + m.backoff[unit[k]!]!;
        if (v > fromScore) {
          fromScore = v;
          from = k;
        }
      }
      if (from < 0) continue;
      const fromBackoff = m.backoff[unit[from]!]!;
      for (let r = 0; r < units.length; r++) {
        score[at + r] = score[from]! + (fromBackoff + m.uni[units[r]!]!);
        back[at + r] = from;
      }
      // The seen bigrams, each likelier than the back-off it replaces. Every slot already
      // holds at least `floor` (less a margin for the order of the sums), so a state whose
      // likeliest seen bigram cannot beat it changes nothing and is not looked up.
      const floor = fromScore + lat.sideMinUni[s]! - 1e-9;
      for (let k = first[j]!; k < first[j + 1]!; k++) {
        const sk = score[k]!;
        if (sk === -Infinity || sk + lat.unitMaxNext[unit[k]!]! < floor) continue;
        const g = lat.groupOf.get(unit[k]! * lat.sideUnits.length + s);
        if (g !== g || sk + lat.groupMax[g]! < floor) continue;
        for (let e = lat.groupStart[g]!; e < lat.groupStart[g + 1]!; e++) {
          const slot = at + lat.rank[lat.nextUnit[e]!]!;
          const v = sk + lat.nextLog[e]!;
          if (v > score[slot]!) {
            score[slot] = v;
            back[slot] = k;
          }
        }
      }
    }
  }
  let best = -1;
  let bestScore = -Infinity;
  for (let k = first[A]!; k < first[A + 1]!; k++) {
    if (score[k] === -Infinity) continue;
    const v = score[k]! + logP(m, unit[k]!, END, n);
    if (v > bestScore) {
      bestScore = v;
      best = k;
    }
  }
  if (best < 0) return { text: '', score: -Infinity };
  const parts: string[] = [];
  for (let k = best; k > 0; k = back[k]!) parts.push(m.latinOf[unit[k]!]!);
  return { text: parts.reverse().join(''), score: bestScore };
}

/** decode's tables, reused from call to call (a book decodes thousands of words). */
let decodeSide = new Int32Array(64);
let decodeBase = new Int32Array(64);
let decodeFirst = new Int32Array(32);
let decodeScore = new Float64Array(1024);
let decodeUnit = new Int32Array(1024);
let decodeBack = new Int32Array(1024);

const CACHE_LIMIT = 100_000;
const latinLettersMemo = memoPerWord(latinLetters);
/**
 * latinLetters, remembered for the strings it changes. A spelling already in letters (the
 * neighbours and slips tried against a form, made letter by letter) is its own answer: a lookup
 * would cost more than the scan, and remembering each would crowd the names out of the memo.
 */
function latinLettersOf(s: string): string {
  return isLatinLetters(s) ? s : latinLettersMemo(s);
}
const arabicLettersOf = memoPerWord(arabicLetters);
const scoreCache = new Generations<string, TranslitScore>(CACHE_LIMIT);
const romanCache = new Generations<string, { text: string; score: number }>(CACHE_LIMIT);
const sidesCache = new Generations<string, Int32Array>(CACHE_LIMIT);
/** jointBound per (Latin letters, Arabic letters), for pairs not scored. */
const boundCache = new Generations<string, number>(CACHE_LIMIT);
/** readingFloor per Arabic letters, for words surelyApart has not needed to decode. */
const floorCache = new Generations<string, number>(CACHE_LIMIT);

export interface TranslitScore {
  /** Joint log probability of the pair (−Infinity when no segmentation exists). */
  joint: number;
  /** Joint log probability of the Arabic spelling with its likeliest Latin spelling. */
  best: number;
  /**
   * How much less likely this Latin spelling is than the likeliest one, in nats per Arabic
   * letter group boundary: 0 for the model's own reading, small for a usual spelling,
   * large for an unrelated word.
   */
  gap: number;
}

/** The likeliest Latin spelling of Arabic-script letters ("خراسان" → "khorasan"). */
export function romanise(arabic: string): { text: string; score: number } {
  const a = arabicLettersOf(arabic);
  let r = romanCache.get(a);
  if (!r) {
    r = a ? decode(load(), a) : { text: '', score: -Infinity };
    romanCache.set(a, r);
  }
  return r;
}

/** How well a Latin spelling and an Arabic-script spelling write each other. */
export function translitScore(latin: string, arabic: string): TranslitScore {
  const l = latinLettersOf(latin);
  const a = arabicLettersOf(arabic);
  const key = `${l}|${a}`;
  let s = scoreCache.get(key);
  if (!s) {
    const m = load();
    const joint = l && a ? jointLog(m, l, a) : -Infinity;
    const reading = romanise(a).score;
    // Letters no group of the table reads (جزء, شيء: a hamza after a consonant) have no
    // reading to measure against: no Latin spelling is known to write them. Without this the
    // smoothed joint would be its own best, and any name would "write" them with gap 0.
    const best = reading === -Infinity ? -Infinity : Math.max(reading, joint);
    s = { joint, best, gap: reading === -Infinity ? Infinity : best - joint };
    scoreCache.set(key, s);
  }
  return s;
}

/**
 * True when the gap between the spellings is surely larger than `maxGap`, found without
 * scoring the pair: its joint probability cannot reach the Arabic spelling's best reading
 * less `maxGap`. False means "score it" (translitScore), not that the gap is small.
 */
export function surelyApart(latin: string, arabic: string, maxGap: number): boolean {
  const l = latinLettersOf(latin);
  const a = arabicLettersOf(arabic);
  if (!l || !a) return false;
  const key = `${l}|${a}`;
  const known = scoreCache.get(key);
  if (known) return known.gap > maxGap;
  // A book asks about the same name and word again and again, with one limit or another.
  let bound = boundCache.get(key);
  if (bound === undefined) boundCache.set(key, (bound = jointBound(load(), l, a)));
  // A word not read yet is first read greedily: that reading is no likelier than the best one,
  // so a pair it already leaves apart the best one would too, and most words asked about a
  // name are unrelated to it; decoding is for the rest.
  if (!romanCache.get(a)) {
    let floor = floorCache.get(a);
    if (floor === undefined) floorCache.set(a, (floor = readingFloor(a)));
    if (bound + ROUNDING < floor - ROUNDING - maxGap) return true;
  }
  return bound + ROUNDING < romanise(a).score - maxGap;
}

/**
 * Covers rounding: the bound adds the same numbers as the decoder in another order, and the
 * greedy reading's sum is one of the decoder's sums added otherwise.
 */
const ROUNDING = 1e-6;

/**
 * The log probability of one reading of Arabic-script letters (arabicLetters) through decode's
 * lattice, chosen group by group: the likeliest next step per Arabic letter it reads, the same
 * steps decode takes (a seen bigram, else the back-off). A path decode weighs too, so never
 * likelier than romanise's score; -Infinity when the greedy walk meets letters no group reads.
 */
export function readingFloor(a: string): number {
  const m = load();
  const lat = m.lattice;
  const n = m.latinOf.length;
  let prev = START;
  let total = 0;
  for (let j = 0; j < a.length; ) {
    let best = -Infinity;
    let next = -1;
    let read = 0;
    for (let da = 1; da <= MAX_ARABIC && j + da <= a.length; da++) {
      const side = lat.sideId.get(a.slice(j, j + da));
      if (side === undefined) continue;
      const units = lat.sideUnits[side]!;
      for (let r = 0; r < units.length; r++) {
        const v = logP(m, prev, units[r]!, n) / da;
        if (v > best) {
          best = v;
          next = units[r]!;
          read = da;
        }
      }
    }
    if (next < 0) return -Infinity;
    total += logP(m, prev, next, n);
    prev = next;
    j += read;
  }
  return a ? total + logP(m, prev, END, n) : -Infinity;
}

/**
 * The gap (nats) below which a Latin spelling counts as a transliteration of an Arabic-script
 * one. Set from the DEV splits (wd_arabic_16, google-ar2en-eval): the gap that 95% of true
 * pairs stay under.
 */
export const MATCH_GAP = 6;

interface TrieNode {
  letter: number;
  children: TrieNode[];
  /** Spellings whose letters end here. */
  ends: number[];
}

/**
 * Latin spellings held as a trie of their letters, so that one Arabic-script form is bounded
 * against all of them in one walk: the bound's table (jointBound) for a spelling is built row
 * by row, one row per Latin letter, so spellings sharing a prefix share its rows; and a branch
 * is left as soon as no path through its rows can reach the form's best reading less the gap,
 * however the Arabic letters still unread are written.
 */
export class SpellingSet {
  private readonly root: TrieNode = { letter: 0, children: [], ends: [] };
  /** Spellings with no Latin letter: never ruled out (surelyApart does not judge them). */
  private readonly empty: number[] = [];

  constructor(spellings: readonly string[]) {
    spellings.forEach((s, k) => {
      const l = latinLettersOf(s);
      if (!l) return void this.empty.push(k);
      let node = this.root;
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i) - 96;
        let next = node.children.find((x) => x.letter === c);
        if (!next) node.children.push((next = { letter: c, children: [], ends: [] }));
        node = next;
      }
      node.ends.push(k);
    });
  }

  /**
   * The spellings (indices, ascending) that surelyApart does not rule out by its bound for
   * the Arabic-script form: every spelling left out has a gap larger than `maxGap`.
   */
  within(arabic: string, maxGap: number): number[] {
    const a = arabicLettersOf(arabic);
    const out = [...this.empty];
    if (!a) {
      this.collect(this.root, out);
      return out.sort((x, y) => x - y);
    }
    const m = load();
    const A = a.length;
    const W = A + 1;
    const need = romanise(a).score - maxGap;
    const sides = sidesOf(m, a);
    const S = BOUND_SLOTS;
    // The most the steps reading Arabic letters j.. to the end can add, entering position j
    // as slot k, whatever Latin they write.
    const rest = new Float64Array(W * S).fill(-Infinity);
    for (let k = 0; k < S; k++) {
      const before = sideBefore(sides, A, k);
      if ((k === 1 || k === 2) && before < 0) continue;
      rest[A * S + k] = boundStep(m, k, before, END);
    }
    for (let j = A - 1; j >= 0; j--) {
      for (let k = 0; k < S; k++) {
        if (k === AFTER_START && j > 0) continue;
        if ((k === 1 || k === 2) && (j < k || sideBefore(sides, j, k) < 0)) continue;
        const before = sideBefore(sides, j, k);
        let r = -Infinity;
        for (let da = 1; da <= MAX_ARABIC && j + da <= A; da++) {
          if (da === 1) r = Math.max(r, boundBackoff(m, k, before) + UNKNOWN_LOG + rest[(j + 1) * S + AFTER_UNKNOWN]!);
          const side = sides[j * MAX_ARABIC + da - 1]!;
          // The best step into the side plus what follows: adding the same number keeps the
          // order of the steps, so this is the most of each step plus it, as rounded.
          if (side >= 0) r = Math.max(r, bestStepInto(m, k, before, side / CODES) + rest[(j + da) * S + da]!);
        }
        rest[j * S + k] = r;
      }
    }
    const rows: Float64Array[] = [];
    const letters: number[] = [];
    // One row per depth, reused by every branch that reaches that depth.
    const spare: Float64Array[] = [];
    const rowAt = (depth: number): Float64Array => (spare[depth] ??= new Float64Array(W * S)).fill(-Infinity);
    // The most any path through a row's cells can still reach, per row on the path.
    const reach: number[] = [];
    // A cell no path through which can still reach the need is emptied (with a margin wider
    // than the rounding of the sums): the rows after it are filled from fewer cells, and the
    // spellings kept and branches walked are the same.
    // Which Arabic positions of each row on the path hold a live cell, a bit each (all of them
    // for a form too long for the bits): the rows after are filled from those positions only.
    const wide = A + 1 > 30;
    const masks: number[] = [];
    let liveAfter = 0;
    // `written`: the positions the row's steps wrote; only their cells can be live.
    const reachOf = (x: Float64Array, written: number): number => {
      let r = -Infinity;
      liveAfter = 0;
      for (let j = 0; j <= A; j++) {
        if (!wide && !((written >>> j) & 1)) continue;
        let live = false;
        for (let c = j * S; c < j * S + S; c++) {
          const v = x[c]! + rest[c]!;
          if (v + 2e-6 < need) x[c] = -Infinity;
          else {
            if (x[c] !== -Infinity) live = true;
            if (v > r) r = v;
          }
        }
        if (live && !wide) liveAfter |= 1 << j;
      }
      return r;
    };
    const row0 = rowAt(0);
    row0[AFTER_START] = 0;
    const written0 = this.fillRow(m, row0, rows, masks, letters, sides, A, 1, wide);
    rows.push(row0);
    reach.push(reachOf(row0, written0));
    masks.push(liveAfter);
    const end = new Float64Array(S);
    for (let k = 0; k < S; k++) end[k] = (k === 1 || k === 2) && sideBefore(sides, A, k) < 0 ? -Infinity : boundStep(m, k, sideBefore(sides, A, k), END);
    const walk = (node: TrieNode): void => {
      // When the node's row and its parent's are empty, a child's row can only be entered by a
      // group of three Latin letters from the row before them (no group writes more, and an
      // unknown one writes at most two): a child whose three letters no group of a live cell
      // there writes has an empty row, so it keeps no spelling and opens no branch. Asked per
      // child with a lookup per live cell, where filling and scanning its row cost its whole table.
      const d = letters.length;
      const onlyThree = d >= 2 && reach[d] === -Infinity && reach[d - 1] === -Infinity;
      for (const child of node.children) {
        if (onlyThree && !this.threeFrom(rows[d - 2]!, (letters[d - 2]! * 27 + letters[d - 1]!) * 27 + child.letter, sides, m.pairUnit, A, S)) continue;
        letters.push(child.letter);
        const row = rowAt(letters.length);
        const written = this.fillRow(m, row, rows, masks, letters, sides, A, 0, wide);
        rows.push(row);
        reach.push(reachOf(row, written));
        masks.push(liveAfter);
        // The same sums and margin as surelyApart, so a spelling kept here is one it keeps.
        if (child.ends.length) {
          let best = -Infinity;
          for (let k = 0; k < S; k++) if (row[A * S + k]! !== -Infinity) best = Math.max(best, row[A * S + k]! + end[k]!);
          if (!(best + 1e-6 < need)) out.push(...child.ends);
        }
        // A longer spelling passes through one of the last three rows (a group writes at most
        // three Latin letters); go on only if one of them can still reach the need.
        let open = false;
        for (let r = Math.max(0, rows.length - 3); r < rows.length && !open; r++) if (reach[r]! + 2e-6 >= need) open = true;
        if (open && child.children.length) walk(child);
        masks.pop();
        reach.pop();
        rows.pop();
        letters.pop();
      }
    };
    walk(this.root);
    return out.sort((x, y) => x - y);
  }

  private collect(node: TrieNode, out: number[]): void {
    out.push(...node.ends);
    for (const c of node.children) this.collect(c, out);
  }

  /**
   * The bound's row for the Latin letters so far (`letters`), from the rows before it: the
   * same steps and sums as jointBound, gathered at their target instead of pushed from
   * their source (a maximum does not depend on the order). Steps are taken only from the
   * positions the rows' masks hold (`live` for the row itself: where it already holds a cell);
   * a position without a live cell takes none. Returns the positions written, as bits.
   */
  private fillRow(m: Model, row: Float64Array, rows: Float64Array[], masks: number[], letters: number[], sides: Int32Array, A: number, live: number, wide: boolean): number {
    const table = m.pairUnit;
    const S = BOUND_SLOTS;
    const i = letters.length;
    let written = live;
    for (let dl = 1; dl <= MAX_LATIN && dl <= i; dl++) {
      const from = rows[i - dl]!;
      const mask = masks[i - dl]!;
      let code = 0;
      for (let k = i - dl; k < i; k++) code = code * 27 + letters[k]!;
      for (let j = 0; j < A; j++) if (wide || (mask >>> j) & 1) written |= this.stepsFrom(m, from, row, j, code, dl, sides, table, A, S);
    }
    // Steps that write no Latin letter stay in the row, left to right.
    for (let j = 0; j < A; j++) if (wide || (written >>> j) & 1) written |= this.stepsFrom(m, row, row, j, 0, 0, sides, table, A, S);
    return written;
  }

  /** Whether some live cell of `from` has a group of the table writing the three Latin letters `code`. */
  private threeFrom(from: Float64Array, code: number, sides: Int32Array, table: UnitTable, A: number, S: number): boolean {
    for (let j = 0; j < A; j++) {
      let live = false;
      for (let k = 0; k < S && !live; k++) live = from[j * S + k]! !== -Infinity;
      if (!live) continue;
      for (let da = 1; da <= MAX_ARABIC && j + da <= A; da++) {
        const side = sides[j * MAX_ARABIC + da - 1]!;
        if (side >= 0 && table.get(side + code) >= 0) return true;
      }
    }
    return false;
  }

  /** jointBound's steps from the cell at Arabic position j of `from` into `to`, writing Latin `code` (dl letters). */
  private stepsFrom(m: Model, from: Float64Array, to: Float64Array, j: number, code: number, dl: number, sides: Int32Array, table: UnitTable, A: number, S: number): number {
    let live = false;
    for (let k = 0; k < S && !live; k++) live = from[j * S + k]! !== -Infinity;
    if (!live) return 0;
    let written = 0;
    // The group is looked up once, then stepped into from each way the cell was entered.
    for (let da = 1; da <= MAX_ARABIC && j + da <= A; da++) {
      const side = sides[j * MAX_ARABIC + da - 1]!;
      const u = side < 0 ? -1 : table.get(side + code);
      if (u < 0 && (da !== 1 || dl > 2)) continue;
      for (let k = 0; k < S; k++) {
        const s = from[j * S + k]!;
        if (s === -Infinity) continue;
        const before = sideBefore(sides, j, k);
        if (u < 0) {
          const v = s + boundBackoff(m, k, before) + UNKNOWN_LOG - dl;
          if (v > to[(j + 1) * S + AFTER_UNKNOWN]!) {
            to[(j + 1) * S + AFTER_UNKNOWN] = v;
            written |= 1 << (j + 1);
          }
          continue;
        }
        const v = s + boundStep(m, k, before, u);
        if (v > to[(j + da) * S + da]!) {
          to[(j + da) * S + da] = v;
          written |= 1 << (j + da);
        }
      }
    }
    return written;
  }
}
