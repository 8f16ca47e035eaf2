import { describe, expect, it } from 'vitest';
import { estimateRowHeights, linesOf, type HeightModel } from '../../src/ui/reader/rowHeights';
import type { Row } from '../../src/ui/reader/rows';

// English at 8 px a character on 400 px lines of 25 px; Arabic at 9 px on the same width, 40 px lines.
const model: HeightModel = {
  columns: [
    { linePx: 400, lineHeightPx: 25, charPx: 8, paragraphPx: 10 },
    { linePx: 400, lineHeightPx: 40, charPx: 9, paragraphPx: 10 },
  ],
  rowPx: 12,
};
const row = (a: number[], b: number[]): Row => ({ cells: [a, b] });

describe('row heights before rows are drawn', () => {
  it('wraps a paragraph into the lines its characters fill', () => {
    expect(linesOf(10, model.columns[0]!)).toBe(1);
    expect(linesOf(46, model.columns[0]!)).toBe(1);
    expect(linesOf(47, model.columns[0]!)).toBe(2);
    expect(linesOf(0, model.columns[0]!)).toBe(1); // an empty paragraph still takes a line
  });

  it('makes a row as tall as its tallest cell', () => {
    const lengths = [[460], [100]]; // 10 English lines beside 3 Arabic ones
    const [h] = estimateRowHeights([row([0], [0])], lengths, model);
    expect(h).toBe(10 * 25 + 10 + 12);
    const [arabicTaller] = estimateRowHeights([row([0], [0])], [[40], [400]], model);
    expect(arabicTaller).toBe(10 * 40 + 10 + 12);
  });

  it('stacks the paragraphs of a merged row, and an empty side adds nothing', () => {
    const lengths = [[40, 40, 40], [30]];
    const [merged, alone] = estimateRowHeights([row([0, 1], [0]), row([2], [])], lengths, model);
    expect(merged).toBe(2 * (25 + 10) + 12);
    expect(alone).toBe(25 + 10 + 12);
  });
});
