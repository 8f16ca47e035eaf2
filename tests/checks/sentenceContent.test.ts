import { describe, expect, it } from 'vitest';
import { BeadContent, letters, sentencePieces } from '../../src/core/checks/sentenceContent';
import { seedPair } from './helpers';

describe('letters, the unit of every length ratio', () => {
  it('counts letters and digits of every script as the text with all else removed would', () => {
    const slow = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').length;
    for (const t of ['Hello, world 123!', 'می‌گوید که «MW»', 'قال ترامب ٢٠١٨ 𝐀𝐁 x', '', '\ud800 lone', 'é composed e\u0301']) expect(letters(t)).toBe(slow(t));
  });
});

describe('BeadContent.runLinks, the sentence search’s pricing', () => {
  it('gives every run of sentences what judging the runs’ merged facts both ways gives (it counts them another way, for speed)', () => {
    const { a, b, beads } = seedPair();
    const content = new BeadContent({ a, b, beads });
    let compared = 0;
    let nonZero = 0;
    for (const bead of beads) {
      const [pa, pb] = [sentencePieces(a, bead.a), sentencePieces(b, bead.b)];
      if (pa.length < 2 || pb.length < 2) continue;
      const links = content.runLinks(pa, pb);
      for (let i0 = 0; i0 < pa.length; i0++)
        for (let da = 1; da <= 3 && i0 + da <= pa.length; da++)
          for (let j0 = 0; j0 < pb.length; j0++)
            for (let db = 1; db <= 3 && j0 + db <= pb.length; db++) {
              const [fa, fb] = [content.facts('a', pa.slice(i0, i0 + da)), content.facts('b', pb.slice(j0, j0 + db))];
              const slow = (content.judge('a', fa, fb)?.llr ?? 0) + (content.judge('b', fb, fa)?.llr ?? 0);
              const fast = links(i0, da, j0, db);
              expect(fast).toBeCloseTo(slow, 9);
              compared++;
              if (Math.abs(slow) > 1e-6) nonZero++;
            }
    }
    // The seed pair has beads of several sentences a side, and most runs share or miss facts.
    expect(compared).toBeGreaterThan(50);
    expect(nonZero).toBeGreaterThan(compared / 2);
  });
});
