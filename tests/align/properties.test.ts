import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPair, loadNtrex, measure, pool, rng, seedGold } from '../../bench/corpus';
import { align } from '../../src/core/align';
import { canonical, editB, type Edit } from './perturb';

/**
 * Property tests on real text: edit one side of a gold-aligned pair (delete, merge,
 * duplicate, insert paragraphs) and check that the aligner recovers the construction.
 * Tolerance: an aligner is allowed an occasional wrong bead, so each case must reach
 * F1 ≥ 0.85, and over all cases F1 ≥ 0.93.
 */

const gold = seedGold();
const ntrex = loadNtrex();
/** Arabic paragraphs from unrelated NTREX articles, for insertions. */
const foreignAr = ntrex.slice(90, 110).map((d) => d.ar.slice(0, 3).join(' '));

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'merge' as const, 'duplicate' as const), at: fc.nat(200) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(200), text: fc.constantFrom(...foreignAr) }),
);

describe('aligner recovers edits of seed 003 (Arabic side)', () => {
  const results: number[] = [];
  it('per case F1 ≥ 0.85', () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 4 }), (edits) => {
        const edited = editB(gold, edits, 'ar');
        const beads = align({ lang: 'en', paragraphs: edited.a }, { lang: 'ar', paragraphs: edited.b }, { sentences: false });
        const f1 = measure(canonical(beads, edited.copies), edited).f1;
        results.push(f1);
        expect(f1).toBeGreaterThanOrEqual(0.85);
      }),
      { numRuns: 25, seed: 20250403 },
    );
    const mean = results.reduce((s, x) => s + x, 0) / results.length;
    expect(mean).toBeGreaterThanOrEqual(0.93);
  });

  it('recovers a merge as a 2-1 bead and a deletion as an unlinked paragraph', () => {
    const edited = editB(gold, [{ op: 'merge', at: 10 }, { op: 'delete', at: 40 }], 'ar');
    const merged = edited.links.find((l) => l.a.length === 2)!;
    const beads = align({ lang: 'en', paragraphs: edited.a }, { lang: 'ar', paragraphs: edited.b }, { sentences: false });
    expect(beads.some((b) => b.a.join() === merged.a.join() && b.b.join() === merged.b.join())).toBe(true);
    const orphan = edited.a.map((p) => p.index).find((i) => !edited.links.some((l) => l.a.includes(i)))!;
    expect(beads.find((b) => b.a.includes(orphan))!.b).toEqual([]);
  });
});

describe('aligner recovers regrouped NTREX articles', () => {
  it('over seeded random regroupings of en–ar and en–fa', () => {
    const results: Parameters<typeof pool>[0] = [];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ntrex.length - 1 }), fc.constantFrom('ar' as const, 'fa' as const), fc.nat(10_000), (k, lang, seed) => {
        const doc = ntrex[k]!;
        const foreign = ntrex[(k + 61) % ntrex.length]![lang];
        const rates = { drop: 0.08, insert: 0.08, merge: 0.12, split: 0.1 };
        const gold = buildPair(doc.en, doc[lang], ['en', lang], rng(seed), rates, foreign);
        const beads = align({ lang: 'en', paragraphs: gold.a }, { lang, paragraphs: gold.b }, { sentences: false });
        const quality = measure(beads, gold);
        results.push({ quality, gold, beads });
        // Articles of a dozen paragraphs give the lexicon little to learn from, and one early
        // insertion can shift a few beads (a known weakness); no article may fall apart.
        if (gold.links.length >= 12) expect(quality.f1).toBeGreaterThanOrEqual(0.6);
      }),
      { numRuns: 40, seed: 7 },
    );
    expect(pool(results).f1).toBeGreaterThanOrEqual(0.9);
  });
});
