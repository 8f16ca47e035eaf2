import { describe, expect, it } from 'vitest';
import { loadNtrex, paragraph } from '../../bench/corpus';
import { literaryPair, novelPair } from '../../bench/realtext';
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

// A novel translated sentence by sentence: joins both ways (1-2, 2-1, 1-3, …), so the line
// counts stay close, and names and figures stay (pass 1's few trusted pairs are not chance).
describe('literary translation: joins both ways, counts close', () => {
  it('takes the literary path and finds the 1-n and n-1 beads', () => {
    const pair = novelPair(loadNtrex().slice(0, 12), 'ar', 7, 200);
    const beads = align({ lang: 'en', paragraphs: pair.a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: pair.b.map((t, i) => paragraph(i, t, 'ar')) }, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const found = new Set(beads.map(key));
    const merged = pair.links.filter((l) => l.a.length + l.b.length > 2);
    expect(Math.max(pair.a.length, pair.b.length)).toBeLessThan(1.3 * Math.min(pair.a.length, pair.b.length));
    expect(merged.filter((l) => found.has(key(l))).length / merged.length).toBeGreaterThan(0.93);
    expect(pair.links.filter((l) => found.has(key(l))).length / pair.links.length).toBeGreaterThan(0.95);
  });
});

// There the lexicon is learnt from the text's own beads: a name item would count a name the
// lexicon links already a second time, and the skeleton matches it adds are mostly chance (a
// capitalised word against a common word one letter away), which pulls a long sentence's
// neighbour into its bead. The literary passes read no name items over such a text.
describe('literary translation: joins both ways, the lexicon holding the names', () => {
  it('finds the 1-n and n-1 beads beside long sentences', () => {
    const pair = novelPair(loadNtrex().slice(12, 24), 'ar', 3, 200);
    const beads = align({ lang: 'en', paragraphs: pair.a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: pair.b.map((t, i) => paragraph(i, t, 'ar')) }, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const found = new Set(beads.map(key));
    const merged = pair.links.filter((l) => l.a.length + l.b.length > 2);
    expect(merged.filter((l) => found.has(key(l))).length / merged.length).toBeGreaterThan(0.98);
    expect(pair.links.filter((l) => found.has(key(l))).length / pair.links.length).toBeGreaterThan(0.98);
  });
});

// The same over more than a thousand lines, where pass 1 tries 1-1 beads only: each join
// shows there as a trusted 1-1 pair beside a line left out, so trusted pairs are not few.
// Each word counts once per bead (a word of many partners no longer adds a gain for each),
// which finds more of the joins.
describe('literary translation: joins both ways over a long text', () => {
  it('takes the literary path though pass 1 trusts many pairs', () => {
    const pair = novelPair(loadNtrex(), 'ar', 11, 5000);
    const beads = align({ lang: 'en', paragraphs: pair.a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: pair.b.map((t, i) => paragraph(i, t, 'ar')) }, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const found = new Set(beads.map(key));
    const merged = pair.links.filter((l) => l.a.length + l.b.length > 2);
    expect(pair.a.length * pair.b.length).toBeGreaterThan(1_000_000);
    expect(merged.filter((l) => found.has(key(l))).length / merged.length).toBeGreaterThan(0.945);
    expect(pair.links.filter((l) => found.has(key(l))).length / pair.links.length).toBeGreaterThan(0.965);
  }, 60_000);
});
