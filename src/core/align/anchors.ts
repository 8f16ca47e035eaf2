import type { UnitTable } from './score';

/**
 * Anchors: items (a figure, a name, a rare shared word) found in exactly one unit of each
 * document. In a translation most of them pair a unit with its counterpart, so their
 * positions lie on one increasing line; in unrelated texts they scatter. They tell whether
 * two texts are translations at all, and where the first search's band should run.
 */

/** Items found in exactly one unit of each side, as (unit of A, unit of B), by unit of A. */
export function uniqueAnchors(t: UnitTable): Array<[number, number]> {
  const count = t.weights.pairGain.length;
  const where = [new Int32Array(count).fill(-1), new Int32Array(count).fill(-1)] as const;
  for (const s of [0, 1] as const) {
    t.items[s].forEach((list, u) => {
      for (const x of list) where[s][x] = where[s][x] === -1 ? u : -2;
    });
  }
  const out: Array<[number, number]> = [];
  for (let x = 0; x < count; x++) if (where[0][x]! >= 0 && where[1][x]! >= 0) out.push([where[0][x]!, where[1][x]!]);
  return out.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * Longest chain of pairs increasing strictly in both coordinates (patience sorting on the
 * second, with ties of the first taken in decreasing order so a chain holds one of them).
 */
export function increasingChain(pairs: Array<[number, number]>): Array<[number, number]> {
  const sorted = pairs.slice().sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tails: number[] = [];
  const prev = new Int32Array(sorted.length).fill(-1);
  sorted.forEach(([, v], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]!]![1] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tails[lo - 1]!;
    tails[lo] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) chain.push(sorted[k]!);
  return chain.reverse();
}

/** Anchors of the chain whose offset from the length diagonal agrees with their neighbours'. */
function consistent(chain: Array<[number, number]>, center: Float64Array, tolerance: number): Array<[number, number]> {
  const offset = chain.map(([i, j]) => j - center[i]!);
  return chain.filter((_, k) => {
    const near = offset.slice(Math.max(0, k - 2), k + 3).sort((x, y) => x - y);
    return Math.abs(offset[k]! - near[near.length >> 1]!) <= tolerance;
  });
}

/**
 * The length diagonal `center` (expected column of each row) bent through the anchors: its
 * offset at each anchor is the anchor's, and between anchors it moves linearly, so a
 * chapter one side lacks shifts the line where the anchors say, not spread over the book.
 * Anchors off their neighbours' line by more than `tolerance` are left out (a figure the
 * two documents share by chance).
 */
export function anchoredCenter(center: Float64Array, anchors: Array<[number, number]>, tolerance: number): Float64Array {
  const n = center.length - 1;
  const m = center[n]!;
  const points = consistent(increasingChain(anchors), center, tolerance).filter(([i]) => i > 0 && i < n);
  const knots: Array<[number, number]> = [[0, 0], ...points.map(([i, j]): [number, number] => [i, j - center[i]!]), [n, 0]];
  const out = new Float64Array(n + 1);
  for (let k = 0; k + 1 < knots.length; k++) {
    const [i0, d0] = knots[k]!;
    const [i1, d1] = knots[k + 1]!;
    for (let i = i0; i <= i1; i++) {
      const d = i1 > i0 ? d0 + ((d1 - d0) * (i - i0)) / (i1 - i0) : d1;
      out[i] = Math.min(m, Math.max(0, center[i]! + d));
    }
  }
  return out;
}
