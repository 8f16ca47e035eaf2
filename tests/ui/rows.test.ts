import { describe, expect, it } from 'vitest';
import type { Bead } from '../../src/core/model';
import { rowIndexByParagraph, rowsFromPivot, rowsInOrder } from '../../src/ui/reader/rows';
import { targetOf } from '../../src/ui/reader/keys';
import { parseRowNumber } from '../../src/ui/reader/rowNumber';

const bead = (a: number[], b: number[], confidence = 1): Bead => ({ a, b, score: 0, confidence, status: 'auto' });

describe('rows of the reader', () => {
  it('pair paragraphs in order until an alignment exists', () => {
    expect(rowsInOrder([2, 3]).map((r) => r.cells)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[], [2]],
    ]);
  });

  it('join two alignments sharing their first document into three columns', () => {
    // English–Arabic: 0-0, 1-[1,2], site furniture 3 of Arabic unlinked; English–Persian: [0,1]-0, 2-1.
    const ab = [bead([0], [0]), bead([1], [1, 2]), bead([], [3]), bead([2], [4])];
    const ac = [bead([0, 1], [0], 0.4), bead([2], [1])];
    const rows = rowsFromPivot(ab, ac);
    expect(rows.map((r) => r.cells)).toEqual([
      [[0, 1], [0, 1, 2], [0]],
      [[], [3], []],
      [[2], [4], [1]],
    ]);
    expect(rows[0]!.confidence).toBe(0.4); // a row is as sure as its least sure part
    // Every paragraph of every document is in exactly one row.
    for (const col of [0, 1, 2]) {
      const seen = rows.flatMap((r) => r.cells[col]!);
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('find the row of a paragraph', () => {
    const rows = rowsFromPivot([bead([0], [0]), bead([1, 2], [1])], [bead([0, 1, 2], [0])]);
    expect(rowIndexByParagraph(rows, 1).get(1)).toBe(0);
  });
});

describe('keyboard targets', () => {
  // Row 1 has no English paragraph (Arabic site furniture).
  const rows = [
    { cells: [[0], [0]] },
    { cells: [[], [1]] },
    { cells: [[1], [2]] },
  ];
  it('down and up skip rows with nothing in the column', () => {
    expect(targetOf('ArrowDown', rows, 0, 0, false)).toEqual([2, 0]);
    expect(targetOf('ArrowUp', rows, 2, 0, false)).toEqual([0, 0]);
    expect(targetOf('ArrowDown', rows, 0, 1, false)).toEqual([1, 1]);
    expect(targetOf('ArrowDown', rows, 2, 0, false)).toBeNull();
  });
  it('sideways follows the interface direction and finds the nearest row with text', () => {
    expect(targetOf('ArrowRight', rows, 0, 0, false)).toEqual([0, 1]);
    expect(targetOf('ArrowLeft', rows, 0, 0, true)).toEqual([0, 1]);
    expect(targetOf('ArrowLeft', rows, 1, 1, false)).toEqual([0, 0]);
    expect(targetOf('ArrowLeft', rows, 0, 0, false)).toBeNull();
  });
});

describe('a row number as typed', () => {
  it('is read in Latin, Arabic-Indic and Persian digits, and nothing else', () => {
    expect(parseRowNumber('600')).toBe(600);
    expect(parseRowNumber(' ٦٠٠ ')).toBe(600);
    expect(parseRowNumber('۱۲,۳۴۵')).toBe(12_345);
    expect(parseRowNumber('12a')).toBeUndefined();
    expect(parseRowNumber('-3')).toBeUndefined();
    expect(parseRowNumber('')).toBeUndefined();
  });
});
