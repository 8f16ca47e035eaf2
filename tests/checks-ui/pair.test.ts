import { describe, expect, it } from 'vitest';
import type { Bead, Document, Flag } from '../../src/core/model';
import { categoryFor, checkPair, openCounts } from '../../src/ui/checks/pair';
import { beadsFrom, swapBead } from '../../src/core/checks';

function doc(id: string, lang: string, relation?: Document['relation']): Document {
  return {
    id,
    storyId: 's',
    title: id,
    lang,
    dir: lang === 'en' ? 'ltr' : 'rtl',
    source: { type: 'paste' },
    paragraphs: [],
    createdAt: 1,
    updatedAt: 1,
    ...(relation ? { relation } : {}),
  };
}

const ar = doc('ar', 'ar');
const en = doc('en', 'en', { kind: 'machine-translation-of', docId: 'ar' });
const fa = doc('fa', 'fa', { kind: 'related', docId: 'ar' });
const gone = { ...doc('old', 'en'), deletedAt: 5 };
const beads: Bead[] = [
  { a: [0], b: [0, 1], score: 1, confidence: 0.9, status: 'auto', sentences: [[[0], [0, 1]]] },
  { a: [1], b: [], score: 0, confidence: 0.4, status: 'edited' },
];

describe('checkPair', () => {
  it('puts the translation first whatever the column order', () => {
    const p = checkPair([ar, en, fa], [ar, en, fa, gone])!;
    expect([p.a.id, p.b.id]).toEqual(['en', 'ar']);
    // The third column is not part of the pair: it is one of the others, deleted ones left out.
    expect(p.others.map((d) => d.id)).toEqual(['fa']);
  });

  it('keeps the column order when column 1 is the translation or neither says', () => {
    const p = checkPair([en, ar], [ar, en])!;
    expect([p.a.id, p.b.id]).toEqual(['en', 'ar']);
    const q = checkPair([fa, ar], [ar, fa])!;
    expect([q.a.id, q.b.id]).toEqual(['fa', 'ar']);
  });

  it('needs two columns', () => {
    expect(checkPair([ar], [ar])).toBeNull();
  });
});

describe('beadsFrom', () => {
  it('turns an alignment stored the other way round so the translation comes first', () => {
    // The reader stored it as its columns were, Arabic first; the checks want English first.
    expect(beadsFrom('en', { docIds: ['ar', 'en'], beads })).toEqual([
      { a: [0, 1], b: [0], score: 1, confidence: 0.9, status: 'auto', sentences: [[[0, 1], [0]]] },
      { a: [], b: [1], score: 0, confidence: 0.4, status: 'edited' },
    ]);
    expect(beadsFrom('ar', { docIds: ['ar', 'en'], beads })).toEqual(beads);
  });

  it('swapping a bead twice gives it back', () => {
    for (const b of beads) expect(swapBead(swapBead(b))).toEqual(b);
  });
});

const flag = (check: Flag['check'], side: 'a' | 'b', kind: string): Flag => ({
  id: `${check}:${side}:${kind}`,
  check,
  docId: side,
  paragraphs: { a: [], b: [] },
  span: { side, paragraph: 0, start: 0, end: 1 },
  evidence: '',
  data: { kind },
});

describe('categoryFor', () => {
  it.each([
    ['name-variants', 'a', 'spelling-group', 'garbled-name'],
    ['name-variants', 'b', 'spelling-group', 'garbled-name'],
    ['name-mismatch', 'a', 'source-differs', 'garbled-name'],
    ['omission', 'b', 'no-counterpart', 'omission'],
    ['omission', 'b', 'length-ratio', 'omission'],
    ['omission', 'a', 'no-counterpart', 'addition'],
    ['number-mismatch', 'a', 'number-differs', 'mistranslation'],
    ['word-mismatch', 'a', 'near-miss-word', 'mistranslation'],
    ['untranslated', 'a', 'foreign-run', 'mistranslation'],
    ['untranslated', 'b', 'boilerplate', 'question'],
  ] as const)('%s on side %s (%s) → %s', (check, side, kind, category) => {
    expect(categoryFor(flag(check, side, kind))).toBe(category);
  });
});

describe('openCounts', () => {
  it("takes decided flags off their check's count and the total, never below zero", () => {
    const decided = new Map([
      ['f1', 'omission'],
      ['f2', 'omission'],
      ['f3', 'name-mismatch'],
    ] as const);
    const counts = openCounts({ omission: 5, 'name-mismatch': 0, untranslated: 2 }, decided);
    expect(counts).toEqual({ 'name-variants': 0, 'name-mismatch': 0, 'number-mismatch': 0, omission: 3, untranslated: 2, 'word-mismatch': 0, all: 5 });
  });
});
