import type { Bead } from '../../core/model';

export type DotTone = 'low' | 'edited' | 'confirmed' | 'auto';

export interface Dot {
  /** Centre in the plot's 0..size square. */
  x: number;
  y: number;
  tone: DotTone;
  /** The row a click opens: the first row of the cell with the dot's tone. */
  row: number;
  /** How many linked rows the dot stands for. */
  rows: number;
}

/** What a reviewer must not miss shows over what is merely there. */
const PRIORITY: Record<DotTone, number> = { low: 3, edited: 2, confirmed: 1, auto: 0 };

export function toneOf(b: Bead, lowBelow: number): DotTone {
  if (b.status === 'confirmed') return 'confirmed';
  if (b.status === 'edited') return 'edited';
  return b.confidence < lowBelow ? 'low' : 'auto';
}

/**
 * The dots of the overview plot. A plot a few hundred pixels wide cannot show 50,000 rows
 * apart, and 50,000 SVG elements freeze the page for seconds when the alignment arrives, so
 * rows are pooled in a grid of `cells` × `cells`: one dot per occupied cell, in the tone
 * that matters most among its rows. An article has fewer rows than cells per side and keeps
 * one dot per row.
 */
export function overviewDots(beads: readonly Bead[], lenA: number, lenB: number, lowBelow: number, size = 100, cells = 150): Dot[] {
  const sx = size / Math.max(1, lenA);
  const sy = size / Math.max(1, lenB);
  const byCell = new Map<number, Dot>();
  const out: Dot[] = [];
  beads.forEach((b, row) => {
    if (!b.a.length || !b.b.length) return;
    const x = (b.a[0]! + b.a.length / 2) * sx;
    const y = (b.b[0]! + b.b.length / 2) * sy;
    const tone = toneOf(b, lowBelow);
    const key = Math.min(cells - 1, Math.floor((x / size) * cells)) * cells + Math.min(cells - 1, Math.floor((y / size) * cells));
    const dot = byCell.get(key);
    if (!dot) {
      const fresh = { x, y, tone, row, rows: 1 };
      byCell.set(key, fresh);
      out.push(fresh);
      return;
    }
    dot.rows++;
    if (PRIORITY[tone] > PRIORITY[dot.tone]) Object.assign(dot, { x, y, tone, row });
  });
  return out;
}
