import type { Bead } from '../../core/model';

/**
 * A row of the reader: for each column, the paragraph indices it shows. Rows come from an
 * alignment's beads; until one exists, paragraphs pair in order.
 */
export interface Row {
  cells: number[][];
  confidence?: number;
}

export function rowsInOrder(lengths: number[]): Row[] {
  const n = Math.max(0, ...lengths);
  return Array.from({ length: n }, (_, i) => ({ cells: lengths.map((len) => (i < len ? [i] : [])) }));
}

export function rowsFromBeads(beads: Bead[]): Row[] {
  return beads.map((b) => ({ cells: [b.a, b.b], confidence: b.confidence }));
}

/** Which row shows a paragraph, per column, for highlighting counterparts. */
export function rowIndexByParagraph(rows: Row[], column: number): Map<number, number> {
  const map = new Map<number, number>();
  rows.forEach((r, i) => r.cells[column]?.forEach((p) => map.set(p, i)));
  return map;
}
