import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packBeads, unpackBeads, unpackRange } from '../../src/core/formats/packedBeads';
import { CoreError, type Bead, type BeadStatus } from '../../src/core/model';

const indices = (max: number) => fc.array(fc.nat({ max: 0x7fffffff }), { maxLength: max });
const statuses: BeadStatus[] = ['auto', 'confirmed', 'edited'];

/** Any bead the app can hold: 0-1, 1-0, many-many, even empty, with or without sentence links. */
const bead: fc.Arbitrary<Bead> = fc
  .record(
    {
      a: indices(4),
      b: indices(4),
      score: fc.double({ noNaN: false }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      status: fc.constantFrom(...statuses),
      sentences: fc.array(fc.tuple(indices(3), indices(3)), { maxLength: 4 }),
    },
    { requiredKeys: ['a', 'b', 'score', 'confidence', 'status'] },
  )
  .map((b) => b as Bead);

describe('packed beads', () => {
  it('unpack(pack(beads)) gives the same beads back, field for field', () => {
    fc.assert(
      fc.property(fc.array(bead, { maxLength: 40 }), (beads) => {
        const back = unpackBeads(packBeads(beads));
        expect(back).toEqual(beads);
        // toEqual treats a missing key as undefined: a bead without links must stay without.
        expect(back.map((b) => 'sentences' in b)).toEqual(beads.map((b) => 'sentences' in b));
        // -0 and NaN scores survive as themselves (Float64Array keeps every double).
        back.forEach((b, i) => expect(Object.is(b.score, beads[i]!.score)).toBe(true));
      }),
      { numRuns: 300 },
    );
  });

  it('slices unpacked one after another give the whole list', () => {
    fc.assert(
      fc.property(fc.array(bead, { maxLength: 30 }), fc.integer({ min: 1, max: 7 }), (beads, size) => {
        const p = packBeads(beads);
        const parts: Bead[] = [];
        for (let from = 0; from < beads.length; from += size) parts.push(...unpackRange(p, from, from + size));
        expect(parts).toEqual(beads);
      }),
    );
  });

  it('keeps the cases an aligner produces next to each other', () => {
    const beads: Bead[] = [
      { a: [], b: [], score: 0, confidence: 0, status: 'auto' },
      { a: [0], b: [], score: -1.25, confidence: 0.1, status: 'auto' },
      { a: [], b: [0], score: 0.3333333333333333, confidence: 1 / 3, status: 'edited' },
      { a: [1, 2, 3], b: [1, 2], score: 12.5e-9, confidence: 0.999, status: 'confirmed', sentences: [[[0, 1], [0]], [[], [1]], [[2], []]] },
      { a: [4], b: [3], score: 2, confidence: 0.5, status: 'auto', sentences: [] },
    ];
    expect(unpackBeads(packBeads(beads))).toEqual(beads);
    expect(unpackBeads(packBeads([]))).toEqual([]);
  });

  it('refuses an index a typed array would change, instead of storing another row', () => {
    for (const bad of [1.5, -0x80000001, 2 ** 31]) {
      expect(() => packBeads([{ a: [bad], b: [0], score: 0, confidence: 0, status: 'auto' }])).toThrow(CoreError);
    }
    expect(() => packBeads([{ a: [0], b: [0], score: 0, confidence: 0, status: 'unknown' as BeadStatus }])).toThrow(CoreError);
  });
});
