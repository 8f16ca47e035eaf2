import { describe, expect, it } from 'vitest';
import { byChance } from '../../src/core/align/parallel';
import type { UnitTable } from '../../src/core/align/score';

/** A table of `n` units a side where unit k of A shares item k with unit k of B when `shares(k)`. */
function table(n: number, shares: (k: number) => boolean): UnitTable {
  const a = Array.from({ length: n }, (_, k) => Int32Array.of(2 * k));
  const b = Array.from({ length: n }, (_, k) => Int32Array.of(shares(k) ? 2 * k : 2 * k + 1));
  return { items: [a, b], weights: { pairGain: new Float64Array(2 * n).fill(1) } } as unknown as UnitTable;
}

describe("pass 1's trusted pairs made by lengths alone", () => {
  const pairs = Array.from({ length: 40 }, (_, k): [number, number] => [k, k]);

  it('are chance when hardly any pair shares a name, a figure or a word written alike', () => {
    expect(byChance(table(40, (k) => k === 7), pairs)).toBe(true);
  });

  it('are not when a fair share of them do, as in news', () => {
    expect(byChance(table(40, (k) => k % 5 === 0), pairs)).toBe(false);
  });

  it('are not when there are none', () => {
    expect(byChance(table(0, () => false), [])).toBe(false);
  });
});
