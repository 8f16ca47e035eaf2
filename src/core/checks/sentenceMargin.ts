import { SHAPES, SHAPES_TO_EIGHT } from '../align/shapes';

/**
 * How much better a bead's sentences align with one sentence left out than with it linked:
 * a small search over the bead's sentences, forwards and backwards, so that for every
 * sentence the best path that leaves it alone and the best path that links it are both
 * known. Costs are negative log-likelihoods in nats, as the caller prices them.
 */

export interface SentenceCosts {
  /** Cost of linking sentences [i0, i0 + da) of A with [j0, j0 + db) of B. */
  link(i0: number, da: number, j0: number, db: number): number;
  /** Cost of leaving one sentence of a side without partner. */
  skip(side: 0 | 1, k: number): number;
}

/**
 * For each sentence of each side, the cost of the best path that links it minus that of the
 * best path that leaves it alone, the sentence's own skip cost not counted: above 0, the
 * rest of the bead fits better without it than any way of linking it.
 */
export function skipMargins(n: number, m: number, costs: SentenceCosts, shapes = SHAPES_TO_EIGHT): [Float64Array, Float64Array] {
  const w = m + 1;
  const bead = (i0: number, j0: number, s: number): number => {
    const { da, db } = SHAPES[s]!;
    if (!da) return costs.skip(1, j0);
    if (!db) return costs.skip(0, i0);
    return costs.link(i0, da, j0, db);
  };
  const usable = SHAPES.slice(0, shapes)
    .map((_, s) => s)
    .filter((s) => SHAPES[s]!.da <= n && SHAPES[s]!.db <= m);
  // Each bead's cost once: the two passes and the margins all read it.
  const price = new Map<number, number>();
  const cost = (i0: number, j0: number, s: number): number => {
    const key = (i0 * w + j0) * SHAPES.length + s;
    let c = price.get(key);
    if (c === undefined) price.set(key, (c = bead(i0, j0, s)));
    return c;
  };
  const fwd = bestFrom(n, m, usable, cost, 1);
  const bwd = bestFrom(n, m, usable, cost, -1);
  const linked: [Float64Array, Float64Array] = [new Float64Array(n).fill(Infinity), new Float64Array(m).fill(Infinity)];
  const alone: [Float64Array, Float64Array] = [new Float64Array(n).fill(Infinity), new Float64Array(m).fill(Infinity)];
  for (let i = 0; i <= n; i++)
    for (let j = 0; j <= m; j++) {
      const before = fwd[i * w + j]!;
      if (before === Infinity) continue;
      for (const s of usable) {
        const { da, db } = SHAPES[s]!;
        if (i + da > n || j + db > m) continue;
        const after = bwd[(i + da) * w + j + db]!;
        // A sentence's own skip is not counted: the other sentences' may be priced out entirely.
        if (!db) alone[0][i] = Math.min(alone[0][i]!, before + after);
        else if (!da) alone[1][j] = Math.min(alone[1][j]!, before + after);
        else {
          const total = before + cost(i, j, s) + after;
          for (let p = i; p < i + da; p++) linked[0][p] = Math.min(linked[0][p]!, total);
          for (let q = j; q < j + db; q++) linked[1][q] = Math.min(linked[1][q]!, total);
        }
      }
    }
  return [linked[0].map((x, k) => x - alone[0][k]!), linked[1].map((x, k) => x - alone[1][k]!)];
}

/**
 * Cost of the best path between a corner of the table and each cell: from (0, 0) forwards
 * (`dir` 1), or to (n, m) backwards (−1). A bead enters a cell from the cell `dir` × its
 * shape before it in the sweep's order, which the sweep has already finished; the bead is
 * priced where it starts in reading order either way.
 */
function bestFrom(n: number, m: number, usable: number[], cost: (i0: number, j0: number, s: number) => number, dir: 1 | -1): Float64Array {
  const w = m + 1;
  const best = new Float64Array((n + 1) * w).fill(Infinity);
  best[dir > 0 ? 0 : n * w + m] = 0;
  for (let x = 0; x <= n; x++)
    for (let y = 0; y <= m; y++) {
      const i = dir > 0 ? x : n - x;
      const j = dir > 0 ? y : m - y;
      let here = best[i * w + j]!;
      for (const s of usable) {
        const { da, db } = SHAPES[s]!;
        const pi = i - dir * da;
        const pj = j - dir * db;
        if (pi < 0 || pj < 0 || pi > n || pj > m) continue;
        const there = best[pi * w + pj]!;
        if (there === Infinity) continue;
        here = Math.min(here, there + (dir > 0 ? cost(pi, pj, s) : cost(i, j, s)));
      }
      best[i * w + j] = here;
    }
  return best;
}
