import type { Bead, BeadStatus, ParagraphIndex } from '../../src/core/model';

/** Beads from shapes like '1-1 2-1 0-1', numbered contiguously on both sides. */
export function rows(shapes: string, status: BeadStatus = 'auto'): Bead[] {
  let a = 0;
  let b = 0;
  return shapes
    .trim()
    .split(/\s+/)
    .map((shape, k) => {
      const [da, db] = shape.split('-').map(Number) as [number, number];
      const bead: Bead = {
        a: Array.from({ length: da }, () => a++ as ParagraphIndex),
        b: Array.from({ length: db }, () => b++ as ParagraphIndex),
        score: 0.5 + k / 100,
        confidence: 0.7,
        status,
      };
      return bead;
    });
}

/** Rows as 'a0,a1|b0' strings, so expectations read like the reader's rows. */
export function show(beads: readonly Bead[]): string {
  return beads.map((r) => `${r.a.join(',')}|${r.b.join(',')}`).join(' ');
}

export function statuses(beads: readonly Bead[]): string {
  return beads.map((r) => r.status[0]).join('');
}
