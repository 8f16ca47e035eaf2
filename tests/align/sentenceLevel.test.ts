import { describe, expect, it } from 'vitest';
import { sentenceLevel } from '../../bench/literature';

// Passages: 0 is 2-1 (sentence-level), 1 is 2-2 (finer gold unknown), 2 is 1-1.
const links = [
  { a: [0, 1], b: [0] },
  { a: [2, 3], b: [1, 2] },
  { a: [4], b: [3] },
];

describe('literature bench: F1 where the passage gold is sentence-level', () => {
  it('leaves finer beads inside an n-m passage out, neither right nor wrong', () => {
    const s = sentenceLevel([{ a: [0, 1], b: [0] }, { a: [2], b: [1] }, { a: [3], b: [2] }, { a: [4], b: [3] }], links);
    expect(s.f1).toBe(1);
    expect(s).toMatchObject({ keptWhole: 1, coarse: 1 });
  });

  it('counts a bead across a passage edge as wrong and the n-m passage as not kept whole', () => {
    const s = sentenceLevel([{ a: [0], b: [0] }, { a: [1, 2], b: [1] }, { a: [3], b: [2] }, { a: [4], b: [3] }], links);
    // Scored: [0]-[0] (wrong), [1,2]-[1] (wrong, crosses), [4]-[3] (right); known gold: 2.
    expect(s.f1).toBeCloseTo((2 * (1 / 3) * (1 / 2)) / (1 / 3 + 1 / 2));
    expect(s.keptWhole).toBe(0);
  });
});
