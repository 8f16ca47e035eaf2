import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/core/model';
import { overviewDots } from '../../src/ui/reader/overviewDots';

const bead = (a: number[], b: number[], confidence = 0.9, status: Bead['status'] = 'auto'): Bead => ({ a, b, score: 0, confidence, status });

describe('overview dots', () => {
  it('shows an article one dot per linked row, opening that row', () => {
    const beads = [bead([0], [0]), bead([1], []), bead([2], [1], 0.2), bead([3], [2], 0.9, 'confirmed')];
    const dots = overviewDots(beads, 4, 3, 0.5);
    expect(dots.map((d) => [d.row, d.tone])).toEqual([
      [0, 'auto'],
      [2, 'low'],
      [3, 'confirmed'],
    ]);
    expect(dots[1]).toMatchObject({ x: 62.5, y: 50 });
  });

  it('pools a book into a bounded number of dots, and a low-confidence row is never hidden', () => {
    const n = 50_000;
    const beads = Array.from({ length: n }, (_, i) => bead([i], [i], i === 31_337 ? 0.1 : 0.9));
    const dots = overviewDots(beads, n, n, 0.5);
    expect(dots.length).toBeLessThanOrEqual(150);
    expect(dots.reduce((s, d) => s + d.rows, 0)).toBe(n);
    const low = dots.filter((d) => d.tone === 'low');
    expect(low).toHaveLength(1);
    expect(low[0]!.row).toBe(31_337);
  });
});
