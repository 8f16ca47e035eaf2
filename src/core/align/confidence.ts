import { singleBeadCost, WindowCoster } from './coster';
import { fullBand, NoPathError, searchBand, type PathBead } from './dp';
import type { UnitTable } from './score';

/**
 * Confidence of each bead of a best path, from its margin: re-align a small window (the
 * bead and its two neighbours) with that exact bead forbidden; the extra cost of the best
 * alternative is how much the evidence preferred the bead. A bead with a close rival (a
 * 1-1 that could as well be a 2-1) gets a small margin.
 */

/** End cell of path bead k. */
function endOf(path: PathBead[], k: number, n: number, m: number): [number, number] {
  const next = path[k + 1];
  return next ? [next.i, next.j] : [n, m];
}

/** Costs of each bead of the path, in the path's order. */
export function beadCosts(t: UnitTable, path: PathBead[]): Float64Array {
  return Float64Array.from(path, (b) => singleBeadCost(t, b.i, b.j, b.shape));
}

/** Margin (nats, ≥ 0; Infinity when nothing else is possible) of every bead of the path, against paths of the first `shapes` shapes. */
export function beadMargins(t: UnitTable, path: PathBead[], costs: Float64Array, signal?: { aborted: boolean }, shapes?: number): Float64Array {
  const n = t.len[0].length;
  const m = t.len[1].length;
  const window = new WindowCoster(t, 0, 0, 0, 0);
  // One hooks object for every window (thousands of small searches): `allow` reads the
  // window's forbidden bead from these variables.
  let forbidShape = -1;
  let forbidI = 0;
  let forbidJ = 0;
  // The forbidden bead is the one with the same shape ending where this bead ends and
  // starting where it starts: any other route through the window is an alternative.
  const allow = (i: number, j: number, s: number): boolean => !(s === forbidShape && i === forbidI && j === forbidJ);
  const hooks = { allow, totalOnly: true, ...(signal ? { signal } : {}), ...(shapes ? { shapes } : {}) };
  return Float64Array.from(path, (bead, k) => {
    const first = path[Math.max(0, k - 1)]!;
    const [ei, ej] = endOf(path, Math.min(path.length - 1, k + 1), n, m);
    const wn = ei - first.i;
    const wm = ej - first.j;
    const [bi, bj] = endOf(path, k, n, m);
    forbidShape = bead.shape;
    forbidI = bi - first.i;
    forbidJ = bj - first.j;
    let chosen = 0;
    for (let x = Math.max(0, k - 1); x < Math.min(path.length, k + 2); x++) chosen += costs[x]!;
    const coster = window.reset(t, first.i, first.j, wn, wm);
    try {
      const alt = searchBand(wn, wm, fullBand(wn, wm), coster, hooks);
      return Math.max(0, alt.total - chosen);
    } catch (e) {
      if (e instanceof NoPathError) return Infinity;
      throw e;
    }
  });
}
