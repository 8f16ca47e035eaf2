import { BandCoster } from './coster';
import { bandAround, bandCells, fullBand, searchBand, type SearchHooks, type SearchResult, type SearchTrail } from './dp';
import type { UnitTable } from './score';

/**
 * Chooses the band for a search: the whole table when it is small, otherwise a band around
 * a centre line that doubles in width wherever the best path runs along its edge (the
 * path was pushed there, so the true one may lie outside), up to a cell budget. Widening
 * is local: a detour in one chapter does not make the whole band wider.
 */

/** Tables up to this many cells are searched whole: exact, and still a few milliseconds. */
const FULL_CELLS = 400_000;
/** Widening stops at this many cells (one byte each): about 200 MB would hurt a tab. */
const MAX_CELLS = 120_000_000;

export interface BandPlan {
  center: Float64Array;
  half: number;
}

/**
 * Doubles the half-width around each row where the path met the band's edge, over a
 * stretch of rows as long as the new width, so the widened region can hold the detour.
 */
function widenAround(half: Float64Array, rows: number[]): void {
  const n = half.length - 1;
  const grown = Float64Array.from(half);
  for (const r of rows) {
    const w = 2 * half[r]!;
    for (let i = Math.max(0, r - 2 * w); i <= Math.min(n, r + 2 * w); i++) grown[i] = Math.max(grown[i]!, w);
  }
  half.set(grown);
}

/**
 * `check` sees the path of the first band before any widening (a search in a band of fixed
 * width, so in linear time) and may throw to stop there: widening after a path that found
 * nothing can grow the band to its whole budget.
 */
export function searchTable(t: UnitTable, plan: BandPlan | null, hooks: SearchHooks, check?: (path: SearchResult['beads']) => void): SearchResult {
  const n = t.len[0].length;
  const m = t.len[1].length;
  if (!plan || (n + 1) * (m + 1) <= FULL_CELLS) {
    const band = fullBand(n, m);
    return searchBand(n, m, band, new BandCoster(t, band, hooks.shapes), hooks);
  }
  const half = new Float64Array(n + 1).fill(plan.half);
  // A widened band equals the last one above its first widened row: the search resumes there.
  let trail: SearchTrail | undefined;
  for (;;) {
    const band = bandAround(plan.center, half, n, m);
    const result = searchBand(n, m, band, new BandCoster(t, band, hooks.shapes), { ...hooks, resumable: true }, trail);
    if (!trail) check?.(result.beads);
    const cells = bandCells(band);
    if (result.edgeRows.length === 0 || cells * 2 > MAX_CELLS || cells >= (n + 1) * (m + 1)) {
      delete result.trail;
      return result;
    }
    trail = result.trail;
    widenAround(half, result.edgeRows);
  }
}
