import { describe, expect, it } from 'vitest';
import { anchoredCenter, increasingChain } from '../../src/core/align/anchors';

describe('anchors', () => {
  it('keeps the longest chain increasing in both documents, one anchor per unit', () => {
    const chain = increasingChain([
      [1, 1],
      [2, 9],
      [2, 2],
      [3, 3],
      [5, 1],
      [6, 6],
    ]);
    expect(chain).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [6, 6],
    ]);
  });

  it('bends the length diagonal through the anchors and ignores one far off its neighbours', () => {
    // Length diagonal j = i over 100 rows; the translation lacks A's units 40–59.
    const diagonal = Float64Array.from({ length: 101 }, (_, i) => i);
    const anchors: Array<[number, number]> = [
      [5, 5],
      [10, 10],
      [20, 20],
      [30, 30],
      [60, 40],
      [65, 95],
      [70, 50],
      [80, 60],
      [90, 70],
    ];
    const c = anchoredCenter(diagonal, anchors, 8);
    expect(c[30]).toBe(30);
    expect(c[60]).toBe(40);
    // The chance anchor (65, 95) is not followed: the line stays between its neighbours.
    expect(c[65]).toBe(45);
    expect(c[80]).toBe(60);
    expect(c[0]).toBe(0);
    expect(c[100]).toBe(100);
  });
});
