import type { Bead } from '../model';

/**
 * The rule every bead list obeys, whoever made it (aligner, editor, importer): reading the
 * rows in order, side A's paragraph indices are 0, 1, … lenA − 1, none skipped or repeated,
 * and likewise side B's; no row is empty on both sides. Reading order is document order, so
 * the reader can show both texts whole, row by row.
 */

export type InvariantResult = { ok: true } | { ok: false; row: number; reason: string };

const OK: InvariantResult = { ok: true };

/** First index of `side` not yet seen after checking `bead`, or a reason it breaks the rule. */
function walkSide(indices: readonly number[], next: number, side: 'A' | 'B'): number | string {
  for (const i of indices) {
    if (i !== next) return `side ${side} has paragraph ${i} where paragraph ${next} was expected`;
    next++;
  }
  return next;
}

/**
 * Checks `beads` against documents of `lenA` and `lenB` paragraphs. Returns the first broken
 * row (beads.length when paragraphs are missing at the end) with a readable reason.
 */
export function checkInvariant(beads: readonly Bead[], lenA: number, lenB: number): InvariantResult {
  let nextA = 0;
  let nextB = 0;
  for (let row = 0; row < beads.length; row++) {
    const bead = beads[row]!;
    if (bead.a.length === 0 && bead.b.length === 0) return { ok: false, row, reason: 'the row has no paragraph on either side' };
    const a = walkSide(bead.a, nextA, 'A');
    if (typeof a === 'string') return { ok: false, row, reason: a };
    const b = walkSide(bead.b, nextB, 'B');
    if (typeof b === 'string') return { ok: false, row, reason: b };
    nextA = a;
    nextB = b;
  }
  if (nextA !== lenA) return { ok: false, row: beads.length, reason: `the rows hold ${nextA} of side A's ${lenA} paragraphs` };
  if (nextB !== lenB) return { ok: false, row: beads.length, reason: `the rows hold ${nextB} of side B's ${lenB} paragraphs` };
  return OK;
}

/** How many paragraphs each side of a valid bead list covers (the documents' lengths). */
export function sideLengths(beads: readonly Bead[]): { a: number; b: number } {
  let a = 0;
  let b = 0;
  for (const bead of beads) {
    a += bead.a.length;
    b += bead.b.length;
  }
  return { a, b };
}
