import { describe, expect, it } from 'vitest';
import {
  applyOp,
  canApply,
  checkInvariant,
  confirmRow,
  linkWithNext,
  mergeWithNext,
  moveParagraph,
  sideLengths,
  splitIntoSingletons,
  splitRow,
  unconfirmRow,
  unlinkParagraph,
  type EditOp,
} from '../../src/core/edit';
import { CoreError, type Bead } from '../../src/core/model';
import { rows, show, statuses } from './helpers';

function valid(beads: readonly Bead[], lenA: number, lenB: number): void {
  expect(checkInvariant(beads, lenA, lenB)).toEqual({ ok: true });
}

describe('checkInvariant', () => {
  it.each([
    ['skipped paragraph', [{ a: [0], b: [0] }, { a: [2], b: [1] }], 3, 2, 1, 'side A has paragraph 2 where paragraph 1 was expected'],
    ['repeated paragraph', [{ a: [0], b: [0] }, { a: [0], b: [1] }], 1, 2, 1, 'side A has paragraph 0 where paragraph 1 was expected'],
    ['out of order', [{ a: [0], b: [1] }, { a: [1], b: [0] }], 2, 2, 0, 'side B has paragraph 1 where paragraph 0 was expected'],
    ['empty row', [{ a: [0], b: [0] }, { a: [], b: [] }], 1, 1, 1, 'the row has no paragraph on either side'],
    ['missing at the end', [{ a: [0], b: [0] }], 2, 1, 1, "the rows hold 1 of side A's 2 paragraphs"],
  ])('finds a %s', (_name, sides, lenA, lenB, row, reason) => {
    const beads = sides.map((s) => ({ ...s, score: 0, confidence: 0, status: 'auto' as const }));
    expect(checkInvariant(beads, lenA, lenB)).toEqual({ ok: false, row, reason });
  });

  it('accepts an empty alignment of empty documents and counts sides', () => {
    expect(checkInvariant([], 0, 0)).toEqual({ ok: true });
    expect(sideLengths(rows('2-1 0-1 1-0'))).toEqual({ a: 3, b: 2 });
  });
});

describe('edit operations, table-driven', () => {
  // start shapes, operation, expected rows ('a…|b…'), expected statuses (a/c/e)
  const cases: Array<[string, string, EditOp, string, string]> = [
    ['merge 1-1 with 1-1', '1-1 1-1 1-1', { kind: 'merge', row: 0 }, '0,1|0,1 2|2', 'ea'],
    ['merge 1-0 with 0-1', '1-0 0-1', { kind: 'merge', row: 0 }, '0|0', 'e'],
    ['link 1-0 with 0-1', '1-1 1-0 0-1', { kind: 'link', row: 1 }, '0|0 1|1', 'ae'],
    ['link 0-2 with 1-0', '0-2 1-0', { kind: 'link', row: 0 }, '0|0,1', 'e'],
    ['split 2-2 in the middle', '2-2', { kind: 'split', row: 0, at: { a: 1, b: 1 } }, '0|0 1|1', 'ee'],
    ['split 2-1 keeping B above', '1-1 2-1', { kind: 'split', row: 1, at: { a: 1, b: 1 } }, '0|0 1|1 2|', 'aee'],
    ['split 2-2 into 0-1 and 2-1', '2-2', { kind: 'split', row: 0, at: { a: 0, b: 1 } }, '|0 0,1|1', 'ee'],
    ['split into singletons', '2-2 1-1', { kind: 'split-singletons', row: 0 }, '0| 1| |0 |1 2|2', 'eeeea'],
    ['move A down', '2-1 1-1', { kind: 'move', row: 0, side: 'a', direction: 'down' }, '0|0 1,2|1', 'ee'],
    ['move B up', '1-1 1-2', { kind: 'move', row: 1, side: 'b', direction: 'up' }, '0|0,1 1|2', 'ee'],
    ['move the only paragraph down removes the row', '0-1 1-1', { kind: 'move', row: 0, side: 'b', direction: 'down' }, '0|0,1', 'e'],
    ['move the only paragraph up removes the row', '1-1 1-0 1-1', { kind: 'move', row: 1, side: 'a', direction: 'up' }, '0,1|0 2|1', 'ea'],
    ['move into an unlinked row links it', '2-1 0-1', { kind: 'move', row: 0, side: 'a', direction: 'down' }, '0|0 1|1', 'ee'],
    ['unlink A of a 1-1', '1-1 1-1', { kind: 'unlink', row: 0, side: 'a', paragraph: 0 }, '0| |0 1|1', 'eea'],
    ['unlink B of a 1-1', '1-1', { kind: 'unlink', row: 0, side: 'b', paragraph: 0 }, '|0 0|', 'ee'],
    ['unlink the first of 3-1', '3-1', { kind: 'unlink', row: 0, side: 'a', paragraph: 0 }, '0| 1,2|0', 'ee'],
    ['unlink the middle of 3-1', '3-1', { kind: 'unlink', row: 0, side: 'a', paragraph: 1 }, '0|0 1| 2|', 'eee'],
    ['unlink the last of 3-1', '1-0 3-1', { kind: 'unlink', row: 1, side: 'a', paragraph: 3 }, '0| 1,2|0 3|', 'aee'],
    ['unlink A of a 1-2', '1-2', { kind: 'unlink', row: 0, side: 'a', paragraph: 0 }, '0| |0,1', 'ee'],
    ['confirm', '1-1 1-1', { kind: 'confirm', row: 1 }, '0|0 1|1', 'ac'],
  ];

  it.each(cases)('%s', (_name, start, op, expected, status) => {
    const before = rows(start);
    const copy = structuredClone(before);
    const after = applyOp(before, op);
    expect(show(after)).toBe(expected);
    expect(statuses(after)).toBe(status);
    const { a, b } = { a: before.reduce((n, r) => n + r.a.length, 0), b: before.reduce((n, r) => n + r.b.length, 0) };
    valid(after, a, b);
    expect(before).toEqual(copy); // pure: the input is untouched
  });

  it('passes untouched rows through as the same objects', () => {
    const before = rows('1-1 1-1 1-1 1-1');
    const after = mergeWithNext(before, 1);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[3]);
  });

  it('gives edited rows the figures of a hand-made row and keeps a confirmed row intact', () => {
    const merged = mergeWithNext(rows('1-1 1-1'), 0)[0]!;
    expect(merged).toMatchObject({ status: 'edited', score: 1, confidence: 1 });
    const confirmed = confirmRow(rows('1-1'), 0)[0]!;
    expect(confirmed).toMatchObject({ status: 'confirmed', score: 0.5, confidence: 0.7 });
    expect(unconfirmRow([confirmed], 0)[0]!.status).toBe('auto');
    expect(unconfirmRow([confirmed], 0, 'edited')[0]!.status).toBe('edited');
  });

  it('joins sentence links when merging two linked rows, and drops them when splitting', () => {
    const [x, y] = rows('1-1 1-1') as [Bead, Bead];
    x.sentences = [[[0], [0]], [[1, 2], [1]]];
    y.sentences = [[[0], [0, 1]]];
    const merged = mergeWithNext([x, y], 0)[0]!;
    expect(merged.sentences).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2, 3]]]);
    expect(splitRow([merged], 0, { a: 1, b: 1 }).every((r) => r.sentences === undefined)).toBe(true);
    const z = { ...rows('1-0')[0]!, a: [2] } as Bead;
    expect(mergeWithNext([y, z], 0)[0]!.sentences).toBeUndefined();
  });
});

describe('invalid operations throw invalid-operation and change nothing', () => {
  const base = rows('1-1 2-0 0-1 1-1', 'confirmed');
  const cases: Array<[string, EditOp]> = [
    ['merge the last row', { kind: 'merge', row: 3 }],
    ['merge a row that does not exist', { kind: 'merge', row: 7 }],
    ['merge a negative row', { kind: 'merge', row: -1 }],
    ['merge a fractional row', { kind: 'merge', row: 0.5 }],
    ['link two linked rows', { kind: 'link', row: 0 }],
    ['link rows of the same side', { kind: 'link', row: 2 }],
    ['link the last row', { kind: 'link', row: 3 }],
    ['split a 1-0 row', { kind: 'split', row: 2, at: { a: 0, b: 0 } }],
    ['split leaving the upper row empty', { kind: 'split', row: 1, at: { a: 0, b: 0 } }],
    ['split leaving the lower row empty', { kind: 'split', row: 1, at: { a: 2, b: 0 } }],
    ['split beyond the side', { kind: 'split', row: 1, at: { a: 3, b: 0 } }],
    ['split into singletons a 1-0 row', { kind: 'split-singletons', row: 2 }],
    ['move down from the last row', { kind: 'move', row: 3, side: 'a', direction: 'down' }],
    ['move up from the first row', { kind: 'move', row: 0, side: 'b', direction: 'up' }],
    ['move from an empty side', { kind: 'move', row: 1, side: 'b', direction: 'down' }],
    ['unlink a paragraph not in the row', { kind: 'unlink', row: 0, side: 'a', paragraph: 1 }],
    ['unlink an unlinked paragraph', { kind: 'unlink', row: 2, side: 'b', paragraph: 1 }],
    ['confirm a confirmed row', { kind: 'confirm', row: 0 }],
  ];
  it.each(cases)('%s', (_name, op) => {
    const copy = structuredClone(base);
    let err: unknown;
    try {
      applyOp(base, op);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('invalid-operation');
    expect((err as CoreError).message).toMatch(/\S/);
    expect(base).toEqual(copy);
    expect(canApply(base, op)).toBe(false);
  });

  it('refuses to unconfirm a row that is not confirmed', () => {
    expect(() => unconfirmRow(rows('1-1'), 0)).toThrow(CoreError);
  });

  it('names the functions the UI calls directly', () => {
    const b = rows('1-0 0-1 2-2');
    expect(show(linkWithNext(b, 0))).toBe('0|0 1,2|1,2');
    expect(show(splitRow(b, 2, { a: 1, b: 1 }))).toBe('0| |0 1|1 2|2');
    expect(show(splitIntoSingletons(b, 2))).toBe('0| |0 1| 2| |1 |2');
    expect(show(moveParagraph(b, 2, 'b', 'up'))).toBe('0| |0,1 1,2|2');
    expect(show(unlinkParagraph(b, 2, 'b', 2))).toBe('0| |0 1,2|1 |2');
  });
});
