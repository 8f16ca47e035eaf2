import type { Band, BeadCoster } from './dp';
import { GainRow, linkLengthCost, linkPrior, pairEvidence, pairShared, UnionScratch, unionEvidence, unionEvidenceBound, unlinkCost, type UnitTable } from './score';
import { MAX_SIDE, SHAPES, SHAPES_TO_EIGHT, sideReach } from './shapes';

/**
 * Glue between scoring and search: prices beads from a UnitTable, computing the shared
 * gain of each (A unit, B unit) pair once. Scoring rules live in score.ts; this file only
 * decides what to cache.
 */

const DA = Int8Array.from(SHAPES, (s) => s.da);
const DB = Int8Array.from(SHAPES, (s) => s.db);
/** One scratch for all costers: JavaScript is single-threaded and costs never nest. */
const SCRATCH = new UnionScratch();
const ROW = new GainRow();

/**
 * Slack (nats) on pruning: the bound and the evidence add the same terms in other orders,
 * so a candidate is dropped only when it loses by more than rounding could explain.
 */
const PRUNE_SLACK = 1e-7;
/** Slack for 1-1 beads, whose bound leaves out a length cost that may be −3e-8 (rounding). */
const PAIR_SLACK = 1e-6;

/**
 * Cost of the bead of shape s ending at (i, j), or any value ≥ budget when it cannot cost
 * less than budget. 1-1 beads read the cached pair gain. A multi-unit bead's evidence has
 * an upper bound from its pair gains (unionEvidenceBound), so prior + length − that bound
 * bounds its cost from below and most candidates are dropped before their (costlier) item
 * unions are taken.
 */
function beadCost(t: UnitTable, i: number, j: number, s: number, shared: (p: number, q: number) => number, budget: number): number {
  const da = DA[s]!;
  const db = DB[s]!;
  if (da === 0) return unlinkCost(t, 1, j - 1);
  if (db === 0) return unlinkCost(t, 0, i - 1);
  const i0 = i - da;
  const j0 = j - db;
  if (da === 1 && db === 1) {
    const prior = linkPrior(t, s, i0, 1, j0, 1);
    // With words counted once, `shared` bounds the pair's evidence: most pairs are dropped on it.
    const most = shared(i0, j0);
    if (t.once && prior - pairEvidence(t, i0, j0, most) - PAIR_SLACK >= budget) return Infinity;
    const evidence = pairEvidence(t, i0, j0, t.once && most > 0 ? pairShared(t, t.items[0][i0]!, t.items[1][j0]!, SCRATCH.match) : most);
    // A length cost is ≥ 0 (to within 1e-7 of erfc's approximation), so this bounds the cost.
    if (prior - evidence - PAIR_SLACK >= budget) return Infinity;
    return prior + linkLengthCost(t, i0, 1, j0, 1) - evidence;
  }
  let bound = 0;
  for (let p = i0; p < i; p++) for (let q = j0; q < j; q++) bound += shared(p, q);
  const most = unionEvidenceBound(t, i0, da, j0, db, bound) + PRUNE_SLACK;
  const prior = linkPrior(t, s, i0, da, j0, db);
  if (prior - most >= budget) return Infinity;
  const base = prior + linkLengthCost(t, i0, da, j0, db);
  if (base - most >= budget) return Infinity;
  return base - unionEvidence(t, i0, da, j0, db, SCRATCH);
}

/**
 * Loads unit `a` of A into ROW: for a table whose words count once, for bounds of its
 * shared evidence (true); otherwise for its summed pair gains (false).
 */
function loadRow(t: UnitTable, a: Int32Array): boolean {
  if (!t.once) {
    ROW.load(a, t.weights.pairGain);
    return false;
  }
  ROW.loadOnce(a, t.weights.pairGain, t.weights.pairMiss, t.once[0]);
  return true;
}

/**
 * For the banded search: keeps the pair gains of the last MAX_SIDE rows of A, each over
 * the columns the next rows of the band can reach with the search's shapes (a search of
 * small beads reads fewer columns than one of 1-8 beads). Memory O(band width).
 */
export class BandCoster implements BeadCoster {
  private readonly rows: Float64Array[] = [];
  private readonly rowLo = new Int32Array(MAX_SIDE);
  private readonly shared = (p: number, q: number): number => this.rows[p % MAX_SIDE]![q - this.rowLo[p % MAX_SIDE]!]!;

  /** Most units one side of a bead takes among the first `shapes` shapes. */
  private readonly reach: number;

  constructor(
    private readonly t: UnitTable,
    private readonly band: Band,
    shapes = SHAPES_TO_EIGHT,
  ) {
    this.reach = sideReach(shapes);
  }

  prepareRow(i: number): void {
    if (i === 0) return;
    const n = this.band.lo.length - 1;
    const m = this.t.len[1].length;
    const p = i - 1;
    const qLo = Math.max(0, this.band.lo[i]! - this.reach);
    const qHi = Math.min(m, this.band.hi[Math.min(n, i + this.reach - 1)]!);
    const slot = p % MAX_SIDE;
    let row = this.rows[slot];
    if (!row || row.length < qHi - qLo) row = this.rows[slot] = new Float64Array(Math.max(16, 2 * (qHi - qLo)));
    this.rowLo[slot] = qLo;
    const b = this.t.items[1];
    if (loadRow(this.t, this.t.items[0][p]!)) for (let q = qLo; q < qHi; q++) row[q - qLo] = ROW.onceBound(b[q]!);
    else for (let q = qLo; q < qHi; q++) row[q - qLo] = ROW.with(b[q]!);
  }

  cost(i: number, j: number, s: number, budget = Infinity): number {
    return beadCost(this.t, i, j, s, this.shared, budget);
  }
}

/**
 * For small tables (a window around one bead, the sentences of one bead): every pair gain
 * of A[i0, i0+n) × B[j0, j0+m) in one matrix; coordinates are relative to (i0, j0).
 * `reset` points it at another window, reusing its buffer: margins price thousands of
 * windows, one at a time.
 */
export class WindowCoster implements BeadCoster {
  private pairs = new Float64Array(64);
  private t: UnitTable;
  private i0 = 0;
  private j0 = 0;
  private m = 0;
  private readonly shared = (p: number, q: number): number => this.pairs[(p - this.i0) * this.m + (q - this.j0)]!;

  constructor(t: UnitTable, i0: number, j0: number, n: number, m: number) {
    this.t = t;
    this.reset(t, i0, j0, n, m);
  }

  reset(t: UnitTable, i0: number, j0: number, n: number, m: number): this {
    this.t = t;
    this.i0 = i0;
    this.j0 = j0;
    this.m = m;
    if (this.pairs.length < n * m) this.pairs = new Float64Array(2 * n * m);
    for (let p = 0; p < n; p++) {
      const a = t.items[0][i0 + p]!;
      const row = p * m;
      if (a.length === 0) {
        this.pairs.fill(0, row, row + m);
        continue;
      }
      if (loadRow(t, a)) for (let q = 0; q < m; q++) this.pairs[row + q] = ROW.onceBound(t.items[1][j0 + q]!);
      else for (let q = 0; q < m; q++) this.pairs[row + q] = ROW.with(t.items[1][j0 + q]!);
    }
    return this;
  }

  cost(i: number, j: number, s: number, budget = Infinity): number {
    return beadCost(this.t, this.i0 + i, this.j0 + j, s, this.shared, budget);
  }
}

/** Cost of one bead of shape s starting at (i0, j0), with nothing cached. */
export function singleBeadCost(t: UnitTable, i0: number, j0: number, s: number): number {
  const { da, db } = SHAPES[s]!;
  if (da === 0) return unlinkCost(t, 1, j0);
  if (db === 0) return unlinkCost(t, 0, i0);
  if (da === 1 && db === 1) {
    const evidence = pairEvidence(t, i0, j0, pairShared(t, t.items[0][i0]!, t.items[1][j0]!, SCRATCH.match));
    return linkPrior(t, s, i0, 1, j0, 1) + linkLengthCost(t, i0, 1, j0, 1) - evidence;
  }
  return linkPrior(t, s, i0, da, j0, db) + linkLengthCost(t, i0, da, j0, db) - unionEvidence(t, i0, da, j0, db, SCRATCH);
}
