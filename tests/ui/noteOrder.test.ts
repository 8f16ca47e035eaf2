import { describe, expect, it } from 'vitest';
import { noteOrder } from '../../src/ui/reader/noteOrder';
import type { Row } from '../../src/ui/reader/rows';

const numbers = (m: Map<string, { n: number }>) => Object.fromEntries([...m].map(([id, p]) => [id, p.n]));

describe('printed note numbers', () => {
  it('follow reading order: rows, then columns, then where the highlight starts', () => {
    const rows: Row[] = [{ cells: [[0], [0]] }, { cells: [[1, 2], [1]] }];
    const marks = new Map([
      ['en:2', [{ id: 'late-en', start: 0 }]],
      ['ar:1', [{ id: 'ar-b', start: 40 }, { id: 'ar-a', start: 3 }]],
      ['en:1', [{ id: 'early-en', start: 10 }]],
      ['ar:0', [{ id: 'first', start: 5 }]],
    ]);
    expect(numbers(noteOrder(rows, ['en', 'ar'], marks))).toEqual({ first: 1, 'early-en': 2, 'late-en': 3, 'ar-a': 4, 'ar-b': 5 });
  });

  it('number a related paragraph shown beside several rows once, where it first shows', () => {
    const rows: Row[] = [{ cells: [[0], [4]] }, { cells: [[1], [4]] }];
    const order = noteOrder(rows, ['en', 'fa'], new Map([['fa:4', [{ id: 'x', start: 0 }]]]));
    expect(order.get('x')).toEqual({ n: 1, row: 0, col: 1 });
  });

  it('skip marks of documents that are not shown', () => {
    expect(noteOrder([{ cells: [[0]] }], ['en'], new Map([['fa:0', [{ id: 'x', start: 0 }]]])).size).toBe(0);
  });
});
