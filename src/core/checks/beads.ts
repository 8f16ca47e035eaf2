import type { Bead } from '../model';
import type { Token } from './tokens';
import { AFTER_BREAK, ARABIC, docTokens } from './docTokens';
import type { CheckDoc, Side } from './types';

/** Helpers for reading a bead's side as one stretch of text. */

/** A bead seen from the other side. */
export function swapBead(b: Bead): Bead {
  return { ...b, a: b.b, b: b.a, ...(b.sentences ? { sentences: b.sentences.map(([x, y]) => [y, x] as [number[], number[]]) } : {}) };
}

/**
 * An alignment's beads with document `a` first, whichever way round it is stored (the checks
 * put the translation first, the reader its first column).
 */
export function beadsFrom(a: string, alignment: { docIds: readonly [string, string]; beads: Bead[] }): Bead[] {
  return alignment.docIds[0] === a ? alignment.beads : alignment.beads.map(swapBead);
}

/** A token of a bead side, with its paragraph and its relative position in the side. */
export interface BeadToken extends Token {
  paragraph: number;
  /** Position of the token's start in the bead side, in [0, 1). */
  pos: number;
}

/** Beads with text on both sides: the only ones whose two sides can be compared. */
export function linkedBeads(beads: Bead[]): Bead[] {
  return beads.filter((b) => b.a.length > 0 && b.b.length > 0);
}

export function sideIndices(bead: Bead, side: Side): number[] {
  return side === 'a' ? bead.a : bead.b;
}

/** Total characters of some paragraphs (the relative-position denominator). */
export function sideLength(doc: CheckDoc, indices: number[]): number {
  return indices.reduce((n, i) => n + (doc.paragraphs[i]?.text.length ?? 0), 0);
}

/** Relative position of an offset inside paragraph `paragraph` of a bead side. */
export function relativePos(doc: CheckDoc, indices: number[], paragraph: number, offset: number): number {
  let before = 0;
  for (const i of indices) {
    if (i === paragraph) break;
    before += doc.paragraphs[i]?.text.length ?? 0;
  }
  return (before + offset) / Math.max(1, sideLength(doc, indices));
}

/** Tokens of a bead side; a paragraph boundary counts as punctuation between words. */
export function beadTokens(doc: CheckDoc, indices: number[]): BeadToken[] {
  const total = Math.max(1, sideLength(doc, indices));
  const out: BeadToken[] = [];
  let before = 0;
  for (const i of indices) {
    const p = doc.paragraphs[i];
    if (!p) continue;
    // Read from the document's token table, field by field: one is made for every word of every bead of a book.
    const table = docTokens(doc);
    const first = table.from[i]!;
    for (let k = first; k < table.from[i + 1]!; k++) {
      const [text, start, f] = [table.words[table.word[k]!]!, table.start[k]!, table.flags[k]!];
      out.push({ text, start, end: start + text.length, index: k - first, arabic: (f & ARABIC) !== 0, afterBreak: (f & AFTER_BREAK) !== 0 || k === first, paragraph: i, pos: (before + start) / total });
    }
    before += p.text.length;
  }
  return out;
}
