import { CoreError } from '../model';
import { isLink, MAX_SIDE, SHAPES, SHAPES_TO_EIGHT } from './shapes';

/**
 * Monotonic alignment search: dynamic programming over bead shapes inside a band.
 *
 * Cell (i, j) means "the first i units of A and the first j units of B are aligned". A bead
 * of shape (da, db) steps from (i − da, j − db) to (i, j). Only cells of the band exist:
 * row i holds columns lo[i]..hi[i]. Per cell the search keeps one byte (the shape that
 * reached it best), plus the path costs of the last MAX_SIDE + 1 rows, so memory is
 * (band cells) bytes + O(band width) numbers: a 50,000-row band 200 wide is 10 MB.
 */

/** Columns lo[i]..hi[i] (inclusive) of each row i in 0..n; both non-decreasing. */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** Prices beads for the search. prepareRow(i) is called before any cost(i, ·, ·). */
export interface BeadCoster {
  prepareRow?(i: number): void;
  /**
   * Cost of the bead of SHAPES[shape] that ends at cell (i, j). The search only needs
   * costs below `budget`: for a bead that cannot beat it, any value > budget will do
   * (a bead that costs exactly the budget may still win its tie).
   */
  cost(i: number, j: number, shape: number, budget: number): number;
}

/** A bead of the best path: shape index and the cell it starts from. */
export interface PathBead {
  i: number;
  j: number;
  shape: number;
}

export interface SearchResult {
  beads: PathBead[];
  total: number;
  /** Rows where the path runs along an edge of the band that is not a document edge. */
  edgeRows: number[];
  /** Present when hooks.resumable was set: lets a search in a changed band start late. */
  trail?: SearchTrail;
}

/** Path costs of rows row − MAX_SIDE..row − 1 (ring slots as in the search), taken before row is filled. */
interface Checkpoint {
  row: number;
  ring: Float64Array[];
}

/**
 * What a finished search keeps so that a search in a band equal to its band above some row
 * r can start at the last checkpoint at or above r: those rows see the same cells and the
 * same costs, so their path costs and back-pointers are the same.
 */
export interface SearchTrail {
  band: Band;
  back: Uint8Array;
  checkpoints: Checkpoint[];
}

export interface SearchHooks {
  /** Polled every few rows; a true `aborted` stops the search. */
  signal?: { aborted: boolean };
  /** Called with the fraction of rows done. */
  onProgress?: (fraction: number) => void;
  /** Restricts the shapes tried, e.g. to forbid one bead when measuring confidence. */
  allow?: (i: number, j: number, shape: number) => boolean;
  /** Try only the first `shapes` entries of SHAPES (a quick first pass skips big merges); SHAPES_TO_EIGHT when absent. */
  shapes?: number;
  /** Keep a SearchTrail in the result (for searches that may be redone in a wider band). */
  resumable?: boolean;
  /** Only the total is wanted (margins): no path is traced back. */
  totalOnly?: boolean;
}

/** The band holds no path from (0, 0) to (n, m) (only when `allow` forbids every route). */
export class NoPathError extends Error {
  constructor() {
    super('no path through the band');
    this.name = 'NoPathError';
  }
}

const NONE = 255;
// Shape sizes as local typed arrays: the hot loop reads them millions of times.
const DA = Int8Array.from(SHAPES, (s) => s.da);
const DB = Int8Array.from(SHAPES, (s) => s.db);
const SHAPE_COUNT = SHAPES.length;
/**
 * Order shapes are priced in: 1-0 and 0-1 first (a flat price), so that 1-1 and merge beads
 * get a budget they are often dropped against before their length cost. The result does
 * not depend on it: among equal costs the lower shape index wins.
 */
const PRICE_ORDER = Int8Array.from(
  SHAPES.map((_, s) => s).sort((x, y) => Number(isLink(SHAPES[x]!)) - Number(isLink(SHAPES[y]!))),
);
/** PRICE_ORDER without the shapes a search leaves out, for each count of shapes tried. */
const ORDER_FOR = Array.from({ length: SHAPE_COUNT + 1 }, (_, count) => PRICE_ORDER.filter((s) => s < count));
const ROWS_PER_POLL = 256;
/** Rows between checkpoints of a resumable search: a resumed search redoes fewer than this. */
const ROWS_PER_CHECKPOINT = 256;

/** Offsets of each row's first cell in the flat back-pointer array. */
function rowOffsets(band: Band, n: number): Float64Array {
  const off = new Float64Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i]! + (band.hi[i]! - band.lo[i]! + 1);
  return off;
}

function maxWidth(band: Band, n: number): number {
  let w = 1;
  for (let i = 0; i <= n; i++) w = Math.max(w, band.hi[i]! - band.lo[i]! + 1);
  return w;
}

function checkBand(band: Band, n: number, m: number): void {
  if (band.lo[0] !== 0 || band.hi[n] !== m) throw new Error('band must contain (0, 0) and (n, m)');
}

/**
 * Best path from (0, 0) to (n, m). Invariant: every bead steps at least one unit in A or B,
 * so each row depends only on itself (shape 0-1) and the MAX_SIDE rows above.
 */
export function searchBand(n: number, m: number, band: Band, coster: BeadCoster, hooks: SearchHooks = {}, previous?: SearchTrail): SearchResult {
  checkBand(band, n, m);
  const off = rowOffsets(band, n);
  const width = maxWidth(band, n);
  const [back, ring] = buffers(off[n + 1]!, width);
  const checkpoints: Checkpoint[] = [];
  const start = previous ? resume(previous, band, ring, back, off, coster) : 0;
  for (let i = start; i <= n; i++) {
    if (i % ROWS_PER_POLL === 0) poll(hooks, i, n);
    if (hooks.resumable && i % ROWS_PER_CHECKPOINT === 0) checkpoints.push({ row: i, ring: ring.map((r) => r.slice()) });
    coster.prepareRow?.(i);
    fillRow(i, band, ring, back, off[i]!, coster, hooks.allow, Math.min(SHAPE_COUNT, hooks.shapes ?? SHAPES_TO_EIGHT));
  }
  const total = ring[n % ring.length]![m - band.lo[n]!]!;
  if (!Number.isFinite(total)) throw new NoPathError();
  if (hooks.totalOnly) return { beads: [], total, edgeRows: [] };
  const beads = traceBack(n, m, band, back, off);
  const result: SearchResult = { beads, total, edgeRows: edgeRows(beads, band, m) };
  if (hooks.resumable) result.trail = { band, back, checkpoints: previous ? mergeCheckpoints(previous, start, checkpoints) : checkpoints };
  return result;
}

/** First row whose columns differ between two bands of the same table. */
function firstChangedRow(a: Band, b: Band): number {
  let i = 0;
  while (i < a.lo.length && a.lo[i] === b.lo[i] && a.hi[i] === b.hi[i]) i++;
  return i;
}

/**
 * Restores the state of `previous` before the row of its last checkpoint that the band
 * change leaves alone: back-pointers of the rows above, path costs of the MAX_SIDE rows
 * above, and the coster's rows (prepared again, as they may read the changed rows' columns).
 * Returns the row to fill next.
 */
function resume(previous: SearchTrail, band: Band, ring: Float64Array[], back: Uint8Array, off: Float64Array, coster: BeadCoster): number {
  const changed = firstChangedRow(previous.band, band);
  let cp: Checkpoint | undefined;
  for (const c of previous.checkpoints) if (c.row <= changed) cp = c;
  if (!cp || cp.row === 0) return 0;
  back.set(previous.back.subarray(0, off[cp.row]!));
  for (let i = Math.max(0, cp.row - MAX_SIDE); i < cp.row; i++) {
    const slot = i % ring.length;
    ring[slot]!.set(cp.ring[slot]!.subarray(0, band.hi[i]! - band.lo[i]! + 1));
  }
  for (let i = Math.max(0, cp.row - MAX_SIDE + 1); i < cp.row; i++) coster.prepareRow?.(i);
  return cp.row;
}

/** Checkpoints of a resumed search: the previous ones above its start, then its own. */
function mergeCheckpoints(previous: SearchTrail, start: number, own: Checkpoint[]): Checkpoint[] {
  return [...previous.checkpoints.filter((c) => c.row < start), ...own];
}

/** Buffers of small searches (margin windows, sentences), reused: thousands run per alignment. */
const SMALL_CELLS = 4096;
const SMALL_WIDTH = 64;
const SMALL_BACK = new Uint8Array(SMALL_CELLS);
const SMALL_RING = Array.from({ length: MAX_SIDE + 1 }, () => new Float64Array(SMALL_WIDTH));

/**
 * Back-pointer and path-cost buffers for a search. Reusing is safe: searches never nest,
 * and fillRow writes every cell before any later row reads it.
 */
function buffers(cells: number, width: number): [Uint8Array, Float64Array[]] {
  if (cells <= SMALL_CELLS && width <= SMALL_WIDTH) return [SMALL_BACK, SMALL_RING];
  return [new Uint8Array(cells), Array.from({ length: MAX_SIDE + 1 }, () => new Float64Array(width))];
}

function poll(hooks: SearchHooks, i: number, n: number): void {
  if (hooks.signal?.aborted) throw new CoreError('cancelled', 'alignment cancelled');
  hooks.onProgress?.(n === 0 ? 1 : i / n);
}

/** Fills the path costs of row i from rows i − MAX_SIDE..i, recording the best shapes. */
function fillRow(i: number, band: Band, ring: Float64Array[], back: Uint8Array, base: number, coster: BeadCoster, allow: SearchHooks['allow'], shapes: number): void {
  const lo = band.lo[i]!;
  const hi = band.hi[i]!;
  const row = ring[i % ring.length]!;
  const order = ORDER_FOR[shapes]!;
  const count = order.length;
  for (let j = lo; j <= hi; j++) {
    let best = i === 0 && j === 0 ? 0 : Infinity;
    let bestShape = NONE;
    for (let k = 0; k < count; k++) {
      const s = order[k]!;
      const pi = i - DA[s]!;
      const pj = j - DB[s]!;
      if (pi < 0 || pj < 0 || pj < band.lo[pi]! || pj > band.hi[pi]!) continue;
      const prev = ring[pi % ring.length]![pj - band.lo[pi]!]!;
      if (prev === Infinity || (allow && !allow(i, j, s))) continue;
      const c = prev + coster.cost(i, j, s, best - prev);
      if (c < best || (c === best && bestShape !== NONE && s < bestShape)) {
        best = c;
        bestShape = s;
      }
    }
    row[j - lo] = best;
    back[base + j - lo] = bestShape;
  }
}

function traceBack(n: number, m: number, band: Band, back: Uint8Array, off: Float64Array): PathBead[] {
  const out: PathBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const shape = back[off[i]! + j - band.lo[i]!]!;
    if (shape === NONE) throw new Error(`broken path at (${i}, ${j})`);
    const { da, db } = SHAPES[shape]!;
    i -= da;
    j -= db;
    out.push({ i, j, shape });
  }
  return out.reverse();
}

/** Rows where the path runs along an edge of the band that is not a document edge. */
export function edgeRows(beads: PathBead[], band: Band, m: number): number[] {
  return beads.filter(({ i, j }) => (j === band.lo[i]! && j > 0) || (j === band.hi[i]! && j < m)).map((b) => b.i);
}

// ---------------------------------------------------------------- bands

/** The whole table: exact, for documents small enough that n × m cells are cheap. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/**
 * A band of half-width half[i] around a centre line (centre[i] = expected column of row i),
 * made valid: inside the table, non-decreasing, each row overlapping the one above so a
 * path always exists, and containing both corners.
 */
export function bandAround(center: Float64Array, half: Float64Array, n: number, m: number): Band {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(m, Math.floor(center[i]! - half[i]!)));
    hi[i] = Math.max(0, Math.min(m, Math.ceil(center[i]! + half[i]!)));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) {
    lo[i] = Math.max(lo[i]!, lo[i - 1]!);
    hi[i] = Math.max(hi[i]!, hi[i - 1]!);
  }
  // Row i must share a column with row i − 1, or no 1-0 step could enter it.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i]!, hi[i - 1]!);
  return { lo, hi };
}

/** Number of cells in a band, for deciding whether widening is affordable. */
export function bandCells(band: Band): number {
  let t = 0;
  for (let i = 0; i < band.lo.length; i++) t += band.hi[i]! - band.lo[i]! + 1;
  return t;
}

/** Centre line through a path: for each row, the mean column the path visits there. */
export function pathCenter(beads: PathBead[], n: number, m: number): Float64Array {
  const sum = new Float64Array(n + 1);
  const count = new Float64Array(n + 1);
  const visit = (i: number, j: number): void => {
    sum[i]! += j;
    count[i]! += 1;
  };
  for (const b of beads) visit(b.i, b.j);
  visit(n, m);
  const out = new Float64Array(n + 1);
  for (let i = 0; i <= n; i++) out[i] = count[i] ? sum[i]! / count[i]! : out[i - 1] ?? 0;
  return out;
}

/**
 * Centre line from cumulative lengths: row i sits where B has covered the same share of
 * its text as A has of its own. Callers pass weighted lengths (furniture counts little).
 */
export function lengthCenter(weightA: Float64Array, weightB: Float64Array): Float64Array {
  const n = weightA.length;
  const m = weightB.length;
  const totalA = weightA.reduce((x, y) => x + y, 0) || 1;
  const totalB = weightB.reduce((x, y) => x + y, 0) || 1;
  const out = new Float64Array(n + 1);
  let cumA = 0;
  let cumB = 0;
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const target = (cumA / totalA) * totalB;
    while (j < m && cumB + weightB[j]! / 2 < target) cumB += weightB[j++]!;
    out[i] = j;
    if (i < n) cumA += weightA[i]!;
  }
  out[n] = m;
  return out;
}
