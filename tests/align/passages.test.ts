import { describe, expect, it } from 'vitest';
import { loadNtrex, paragraph } from '../../bench/corpus';
import { align } from '../../src/core/align';
import { gapClasses, boundaryCosts } from '../../src/core/align/boundaries';

/**
 * A user's literary text: each passage of the English is a quotation of several sentences,
 * one per line, and the translator renders it as one long Arabic sentence. The words are
 * NTREX's human translation (corpora/ntrex); the passages and joins are made here.
 */
function quotedPassages(from: number, to: number): { a: string[]; b: string[]; links: Array<{ a: number[]; b: number[] }> } {
  const sizes = [3, 2, 5, 4, 6, 2, 3, 7, 2, 4];
  const out = { a: [] as string[], b: [] as string[], links: [] as Array<{ a: number[]; b: number[] }> };
  let turn = 0;
  for (const doc of loadNtrex().slice(from, to)) {
    for (let k = 1; k + 1 < doc.en.length; ) {
      const run = Math.min(doc.en.length - k, sizes[turn++ % sizes.length]!);
      const en = doc.en.slice(k, k + run).map((s, x) => (x === 0 ? '“' : '') + s + (x === run - 1 ? '”' : ''));
      const ar = doc.ar.slice(k, k + run).map((s) => s.replace(/[.!؟?]\s*$/u, '')).join('، و') + '.';
      out.links.push({ a: en.map((_, x) => out.a.length + x), b: [out.b.length] });
      out.a.push(...en);
      out.b.push(ar);
      k += run;
    }
  }
  return out;
}

describe('literary passages: one long Arabic sentence for a quoted English passage', () => {
  it('links each passage as one bead', () => {
    const pair = quotedPassages(30, 42);
    const beads = align({ lang: 'en', paragraphs: pair.a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: pair.b.map((t, i) => paragraph(i, t, 'ar')) }, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const found = new Set(beads.map(key));
    const hit = pair.links.filter((l) => found.has(key(l))).length;
    expect(hit / pair.links.length).toBeGreaterThan(0.9);
  });
});

describe('bead ends read from punctuation', () => {
  it('prices a gap inside an open quotation above a gap after a closing quote', () => {
    const passage = ['“O friend!', 'Hear me.', 'Go now.”'];
    const lines = [...passage, ...passage, ...passage, ...passage];
    const classes = gapClasses(lines.map((t, i) => paragraph(i, t, 'en')));
    // A path that ended beads after each closing quote and nowhere else.
    const ends = Uint8Array.from({ length: lines.length + 1 }, (_, g) => (g === lines.length || /”$/.test(lines[g - 1] ?? '') ? 1 : 0));
    const cost = boundaryCosts(classes, ends);
    expect(cost[3]!).toBeLessThan(0);
    expect(cost[2]!).toBeGreaterThan(0);
    expect(cost[lines.length]).toBe(0);
  });

  it('learns that a word opening many lines opens passages', () => {
    const passage = ['Say the day has come and the night is gone from us.', 'The road is long and it is open to all of you.', 'Walk on it while the light is with you still.'];
    const lines = Array.from({ length: 6 }, () => passage).flat();
    const classes = gapClasses(lines.map((t, i) => paragraph(i, t, 'en')));
    const ends = Uint8Array.from({ length: lines.length + 1 }, (_, g) => (g % 3 === 0 ? 1 : 0));
    const cost = boundaryCosts(classes, ends);
    expect(cost[3]!).toBeLessThan(0);
    expect(cost[4]!).toBeGreaterThan(0);
  });
});
