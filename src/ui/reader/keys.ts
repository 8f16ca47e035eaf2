import type { Row } from './rows';

/**
 * Keyboard movement between paragraphs of the reader, computed on the rows (not the DOM, which
 * holds only the rows on screen for a long text): up and down move along a column to the next
 * row that has a paragraph there; the side arrows move across columns in reading direction (in
 * a right-to-left interface the left arrow goes to the next column, which sits further left).
 */
export function targetOf(key: string, rows: readonly Row[], row: number, col: number, rtl: boolean): [number, number] | null {
  const has = (r: number, c: number) => (rows[r]?.cells[c]?.length ?? 0) > 0;
  if (key === 'ArrowDown' || key === 'j') {
    for (let r = row + 1; r < rows.length; r++) if (has(r, col)) return [r, col];
    return null;
  }
  if (key === 'ArrowUp' || key === 'k') {
    for (let r = row - 1; r >= 0; r--) if (has(r, col)) return [r, col];
    return null;
  }
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const step = (key === 'ArrowRight') !== rtl ? 1 : -1;
    const cols = rows[row]?.cells.length ?? 0;
    for (let c = col + step; c >= 0 && c < cols; c += step) {
      // The same row, else the nearest row with text there, the one above first on a tie.
      for (let d = 0; d < rows.length; d++) {
        if (has(row - d, c)) return [row - d, c];
        if (d > 0 && has(row + d, c)) return [row + d, c];
      }
    }
  }
  return null;
}
