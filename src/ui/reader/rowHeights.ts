import type { Row } from './rows';

/**
 * How tall a row will be before it is drawn, from its text lengths. A virtual list places the
 * rows it has not drawn yet by these guesses: a guess far from the truth makes the scrollbar
 * lie about a book's length, makes a jump land beside its row, and makes every frame of a
 * fast scroll build rows that the measured ones then push off the screen.
 */
export interface ColumnMetrics {
  /** Width a line of text may take, in px. */
  linePx: number;
  /** Height of one line, in px. */
  lineHeightPx: number;
  /** Average advance of one character of this column's text, in px. */
  charPx: number;
  /** What a paragraph adds around its lines (padding, margins), in px. */
  paragraphPx: number;
}

export interface HeightModel {
  columns: ColumnMetrics[];
  /** What a row adds around its tallest cell (padding, border), in px. */
  rowPx: number;
}

/** Characters a line holds; words do not break, so a line holds a little less than its width. */
function charsPerLine(column: ColumnMetrics): number {
  return Math.max(1, Math.floor((column.linePx / column.charPx) * WRAP_FILL));
}

/** Lines of a paragraph of `chars` characters (an empty one still takes a line). */
export function linesOf(chars: number, column: ColumnMetrics, perLine = charsPerLine(column)): number {
  return chars <= 0 ? 1 : Math.ceil(chars / perLine);
}

/** Share of a line that wrapped text fills on average (the rest is left by words that did not fit). */
const WRAP_FILL = 0.93;

/**
 * Estimated height of every row: its tallest cell, a cell being its paragraphs' lines plus
 * their padding. `lengths[c][p]` is the length of paragraph p of column c.
 */
export function estimateRowHeights(rows: readonly Row[], lengths: readonly ArrayLike<number>[], model: HeightModel): Float64Array {
  const out = new Float64Array(rows.length);
  const perLine = model.columns.map(charsPerLine);
  for (let i = 0; i < rows.length; i++) {
    const cells = rows[i]!.cells;
    let tallest = 0;
    for (let c = 0; c < model.columns.length; c++) {
      const column = model.columns[c]!;
      let h = 0;
      for (const p of cells[c] ?? []) h += linesOf(lengths[c]?.[p] ?? 0, column, perLine[c]) * column.lineHeightPx + column.paragraphPx;
      if (h > tallest) tallest = h;
    }
    out[i] = Math.round(tallest + model.rowPx);
  }
  return out;
}
