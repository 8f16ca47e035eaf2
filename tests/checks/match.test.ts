import { describe, expect, it } from 'vitest';
import { halfEditSkeletons, weightedDistance } from '../../src/core/checks/match';

describe('skeletons within half an edit', () => {
  it('are exactly those weightedDistance puts within half an edit', () => {
    // Every skeleton of up to four letters over letters with and without NEAR partners.
    const letters = ['S', 'Z', 'T', 'D', 'B', 'F', 'W', 'K', 'H', 'L', 'M'];
    const all: string[] = [''];
    for (let n = 1; n <= 4; n++) for (const s of all.filter((x) => x.length === n - 1)) for (const c of letters) all.push(s + c);
    for (const s of ['KBL', 'SHF', 'HTZ', 'ML', 'DWFH']) {
      const brute = all.filter((t) => weightedDistance(s, t) <= 0.5).sort();
      expect([...halfEditSkeletons(s)].filter((t) => t.length <= 4).sort(), s).toEqual(brute);
      expect(halfEditSkeletons(s)[0]).toBe(s);
    }
  });
});
