import { describe, expect, it } from 'vitest';
import { loadNtrex, paragraph } from '../../bench/corpus';
import { literaryPair } from '../../bench/realtext';
import { align } from '../../src/core/align';

// Sentence-level text whose translation joins runs of up to eight sentences into one (see
// bench/realtext.ts for how it is built from NTREX's human translation).
describe('literary translation: one long sentence for several', () => {
  it('finds beads as large as 1-4 to 1-8 and keeps the rest', () => {
    const pair = literaryPair(loadNtrex().slice(60, 75), 'ar', 42, 250);
    const beads = align({ lang: 'en', paragraphs: pair.a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: pair.b.map((t, i) => paragraph(i, t, 'ar')) }, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const found = new Set(beads.map(key));
    const big = pair.links.filter((l) => l.a.length >= 4);
    expect(big.length).toBeGreaterThan(3);
    expect(big.filter((l) => found.has(key(l))).length / big.length).toBeGreaterThan(0.5);
    expect(pair.links.filter((l) => found.has(key(l))).length / pair.links.length).toBeGreaterThan(0.75);
  });
});
