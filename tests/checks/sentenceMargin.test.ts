import { describe, expect, it } from 'vitest';
import { skipMargins } from '../../src/core/checks/sentenceMargin';

/** Links priced by how far the two sides' lengths differ, a merge 3 more; a skip costs 4. */
const byLength = (a: number[], b: number[]) => ({
  link: (i0: number, da: number, j0: number, db: number) => {
    const [la, lb] = [a.slice(i0, i0 + da).reduce((x, y) => x + y, 0), b.slice(j0, j0 + db).reduce((x, y) => x + y, 0)];
    return 20 * Math.abs(Math.log(la / lb)) + (da + db > 2 ? 3 : 0);
  },
  skip: () => 4,
});

describe('skipMargins: how much better a bead aligns without a sentence', () => {
  it('favours leaving out the one sentence whose partner is missing, and only that one', () => {
    const [a, b] = [[50, 80, 30], [50, 40, 80, 30]];
    const [ma, mb] = skipMargins(3, 4, byLength(a, b));
    expect(mb[1]).toBeGreaterThan(0);
    for (const k of [0, 2, 3]) expect(mb[k]).toBeLessThan(0);
    for (const m of ma) expect(m).toBeLessThan(0);
  });

  it('keeps a sentence the translation splits in two: the pair links as one', () => {
    const [a, b] = [[50, 80], [50, 40, 40]];
    const [, mb] = skipMargins(2, 3, byLength(a, b));
    expect(mb[1]).toBeLessThan(0);
    expect(mb[2]).toBeLessThan(0);
  });
});
