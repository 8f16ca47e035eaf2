import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandAround, fullBand, lengthCenter, NoPathError, pathCenter, searchBand, type BeadCoster } from '../../src/core/align/dp';
import { SHAPES } from '../../src/core/align/shapes';

/** A coster from a table of 1-1 costs; other shapes pay their size plus a constant. */
function tableCoster(cost11: number[][], other = 3): BeadCoster {
  return {
    cost(i, j, s) {
      const { da, db } = SHAPES[s]!;
      if (da === 1 && db === 1) return cost11[i - 1]![j - 1]!;
      return other + da + db;
    },
  };
}

/** Checks the search invariants: beads tile both documents in order. */
function expectTiling(beads: Array<{ i: number; j: number; shape: number }>, n: number, m: number): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect([b.i, b.j]).toEqual([i, j]);
    i += SHAPES[b.shape]!.da;
    j += SHAPES[b.shape]!.db;
  }
  expect([i, j]).toEqual([n, m]);
}

describe('searchBand', () => {
  it('follows the cheap diagonal', () => {
    const n = 5;
    const costs = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? -5 : 5)));
    const res = searchBand(n, n, fullBand(n, n), tableCoster(costs));
    expect(res.beads.map((b) => b.shape)).toEqual([0, 0, 0, 0, 0]);
    expect(res.total).toBe(-25);
  });

  it('tiles both documents for any costs (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 1, max: 1000 }), (n, m, seed) => {
        const costs = Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => ((i * 31 + j * 17 + seed) % 13) - 6));
        const res = searchBand(n, m, fullBand(n, m), tableCoster(costs));
        expectTiling(res.beads, n, m);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the full-table optimum inside a wide enough band (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 1000 }), (n, seed) => {
        const costs = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? -4 : ((i * 7 + j * 13 + seed) % 5) + 1)));
        const full = searchBand(n, n, fullBand(n, n), tableCoster(costs));
        const center = Float64Array.from({ length: n + 1 }, (_, i) => i);
        const band = bandAround(center, new Float64Array(n + 1).fill(3), n, n);
        const banded = searchBand(n, n, band, tableCoster(costs));
        expect(banded.total).toBeCloseTo(full.total, 9);
        expect(banded.edgeRows).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('makes valid bands from any centre line', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 150, noNaN: true }), { minLength: 2, maxLength: 40 }), fc.integer({ min: 0, max: 60 }), (centre, m) => {
        const n = centre.length - 1;
        const band = bandAround(Float64Array.from(centre), new Float64Array(n + 1).fill(2), n, m);
        expect(band.lo[0]).toBe(0);
        expect(band.hi[n]).toBe(m);
        for (let i = 1; i <= n; i++) {
          expect(band.lo[i]!).toBeGreaterThanOrEqual(band.lo[i - 1]!);
          expect(band.hi[i]!).toBeGreaterThanOrEqual(band.hi[i - 1]!);
          expect(band.lo[i]!).toBeLessThanOrEqual(band.hi[i - 1]!);
        }
        const res = searchBand(n, m, band, tableCoster(Array.from({ length: n }, () => new Array(m).fill(0))));
        expectTiling(res.beads, n, m);
      }),
      { numRuns: 100 },
    );
  });

  it('resumes a search in a band widened below some row exactly as a fresh search (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 1000 }), (widenFrom, seed) => {
        const n = 1000;
        const m = 950;
        const coster: BeadCoster = {
          cost(i, j, s) {
            const { da, db } = SHAPES[s]!;
            if (da === 1 && db === 1) return ((i * 7919 + j * 104729 + seed) % 11) - 5;
            return 3 + da + db;
          },
        };
        const center = lengthCenter(new Float64Array(n).fill(1), new Float64Array(m).fill(1));
        const half = new Float64Array(n + 1).fill(2);
        const first = searchBand(n, m, bandAround(center, half, n, m), coster, { resumable: true });
        half.fill(6, widenFrom);
        const band = bandAround(center, half, n, m);
        const resumed = searchBand(n, m, band, coster, { resumable: true }, first.trail);
        const fresh = searchBand(n, m, band, coster);
        expect(resumed.total).toBe(fresh.total);
        expect(resumed.beads).toEqual(fresh.beads);
      }),
      { numRuns: 10 },
    );
  });

  it('breaks ties towards the lower shape index, whatever order shapes are priced in', () => {
    // 1-1 costs 4; 1-0 then 0-1 costs 2 + 2: the 1-1 (shape 0) wins the tie.
    const res = searchBand(1, 1, fullBand(1, 1), tableCoster([[4]], 1));
    expect(res.beads.map((b) => b.shape)).toEqual([0]);
    expect(res.total).toBe(4);
  });

  it('reports a forbidden-everything window as NoPathError', () => {
    expect(() => searchBand(1, 0, fullBand(1, 0), tableCoster([[]]), { allow: () => false })).toThrow(NoPathError);
  });

  it('places centre lines by cumulative length and through a path', () => {
    const c = lengthCenter(Float64Array.from([10, 10]), Float64Array.from([5, 5, 5, 5]));
    expect([...c]).toEqual([0, 2, 4]);
    expect([...pathCenter([{ i: 0, j: 0, shape: 0 }, { i: 1, j: 1, shape: 2 }, { i: 1, j: 2, shape: 0 }], 2, 3)]).toEqual([0, 1.5, 3]);
  });
});
