import { describe, expect, it } from 'vitest';
import { measure, seedGold } from '../../bench/corpus';
import { align } from '../../src/core/align';
import type { Bead } from '../../src/core/model';

/**
 * The hand-made gold of seeds 000 (English MT) and 003 (Arabic source): quality is measured
 * from the aligner's output against tests/align/gold-000-003.json, never hard-coded.
 */
const gold = seedGold();
const beads: Bead[] = align({ lang: 'en', paragraphs: gold.a }, { lang: 'ar', paragraphs: gold.b });

describe('seed 000 ↔ 003 against the gold', () => {
  it('links paragraphs with F1 ≥ 0.95 (exact bead match)', () => {
    const q = measure(beads, gold);
    expect(q.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('leaves ≥ 90% of the boilerplate and caption lines unlinked', () => {
    const q = measure(beads, gold, ['boilerplate', 'caption']);
    expect(q.unlinkedAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the three English paragraphs the Arabic writes as one in one 3-1 bead', () => {
    expect(beads.some((b) => b.a.join() === '6,7,8' && b.b.join() === '17')).toBe(true);
  });

  it('covers every paragraph of both documents exactly once, in order', () => {
    for (const side of ['a', 'b'] as const) {
      const seen = beads.flatMap((b) => b[side]);
      expect(seen).toEqual(gold[side].map((p) => p.index));
    }
  });

  it('gives every bead a score and confidence in [0, 1] and status auto', () => {
    for (const b of beads) {
      expect(b.score).toBeGreaterThanOrEqual(0);
      expect(b.score).toBeLessThanOrEqual(1);
      expect(b.confidence).toBeGreaterThanOrEqual(0);
      expect(b.confidence).toBeLessThanOrEqual(1);
      expect(b.status).toBe('auto');
    }
  });

  it('links sentences inside linked beads, each sentence once', () => {
    for (const b of beads.filter((x) => x.a.length && x.b.length)) {
      const count = (side: 'a' | 'b') => b[side].reduce((s, i) => s + Math.max(1, gold[side][i]!.sentences.length), 0);
      const pairs = b.sentences!;
      expect(pairs.flatMap((p) => p[0])).toEqual([...Array(count('a')).keys()]);
      expect(pairs.flatMap((p) => p[1])).toEqual([...Array(count('b')).keys()]);
    }
    const three = beads.find((b) => b.a.join() === '6,7,8')!;
    expect(three.sentences).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });

  it('gives the same beads whichever document is A', () => {
    const swapped = align({ lang: 'ar', paragraphs: gold.b }, { lang: 'en', paragraphs: gold.a });
    const back = swapped.map((b) => ({ a: b.b, b: b.a }));
    expect(measure(back, gold).f1).toBeGreaterThanOrEqual(0.95);
  });
});
