import type { AlignDoc } from '../align/types';
import type { Bead, BeadStatus, ParagraphIndex } from '../model';
import { CoreError } from '../model';
import { checkInvariant } from './invariant';

/**
 * Re-alignment that keeps what a reviewer settled. Rows whose status is kept (confirmed, by
 * default) are fixed anchors; the stretch of each document between two anchors is aligned
 * again as a small pair of documents, and the result's indices are shifted back. An anchor
 * with an empty side (a confirmed omission) still fixes where the other side's paragraphs
 * fall: before it or after it, as in the old rows.
 */

/** The aligner's parallel mode, or anything with its shape (tests pass a fake). */
export type AlignFn = (a: AlignDoc, b: AlignDoc) => Bead[];

export interface RealignOptions {
  /** Statuses that make a row an anchor. Default ['confirmed']; add 'edited' to keep edits. */
  keep?: readonly BeadStatus[];
}

interface Stretch {
  a: [number, number];
  b: [number, number];
}

/** Paragraphs from..to of a document, renumbered from 0 as the aligner expects. */
function subDoc(doc: AlignDoc, [from, to]: [number, number]): AlignDoc {
  return { lang: doc.lang, paragraphs: doc.paragraphs.slice(from, to).map((p, k) => ({ ...p, index: k as ParagraphIndex })) };
}

const range = (from: number, to: number): ParagraphIndex[] => Array.from({ length: to - from }, (_, k) => (from + k) as ParagraphIndex);

/** One side empty: nothing to choose, so each paragraph is its own row and sure of it. */
function unlinkedRows(stretch: Stretch): Bead[] {
  const rows = (indices: ParagraphIndex[], side: 'a' | 'b'): Bead[] =>
    indices.map((i) => ({ a: side === 'a' ? [i] : [], b: side === 'b' ? [i] : [], score: 0, confidence: 1, status: 'auto' as const }));
  return [...rows(range(...stretch.a), 'a'), ...rows(range(...stretch.b), 'b')];
}

function alignStretch(a: AlignDoc, b: AlignDoc, stretch: Stretch, alignFn: AlignFn): Bead[] {
  const na = stretch.a[1] - stretch.a[0];
  const nb = stretch.b[1] - stretch.b[0];
  if (na === 0 || nb === 0) return unlinkedRows(stretch);
  const local = alignFn(subDoc(a, stretch.a), subDoc(b, stretch.b));
  const check = checkInvariant(local, na, nb);
  // A broken result is a bug in the aligner, not a user's mistake: fail loudly.
  if (!check.ok) throw new Error(`The aligner broke its contract on a stretch (row ${check.row + 1}): ${check.reason}`);
  return local.map((bead) => ({
    ...bead,
    a: bead.a.map((i) => (i + stretch.a[0]) as ParagraphIndex),
    b: bead.b.map((j) => (j + stretch.b[0]) as ParagraphIndex),
  }));
}

/**
 * `beads` re-aligned between anchors. Throws CoreError('invalid-operation') when the rows do
 * not cover the documents (they changed since the alignment was made).
 */
export function realignKeeping(beads: readonly Bead[], a: AlignDoc, b: AlignDoc, alignFn: AlignFn, options: RealignOptions = {}): Bead[] {
  const check = checkInvariant(beads, a.paragraphs.length, b.paragraphs.length);
  if (!check.ok) {
    const message = `These rows do not fit the documents (${check.reason}); align them from scratch.`;
    throw new CoreError('invalid-operation', message, { detail: message, row: check.row });
  }
  const keep = new Set<BeadStatus>(options.keep ?? ['confirmed']);
  const out: Bead[] = [];
  let start = { a: 0, b: 0 }; // first paragraph after the last anchor
  let seen = { a: 0, b: 0 }; // paragraphs in rows read so far
  for (const bead of beads) {
    if (keep.has(bead.status)) {
      out.push(...alignStretch(a, b, { a: [start.a, seen.a], b: [start.b, seen.b] }, alignFn), bead);
      start = { a: seen.a + bead.a.length, b: seen.b + bead.b.length };
    }
    seen = { a: seen.a + bead.a.length, b: seen.b + bead.b.length };
  }
  out.push(...alignStretch(a, b, { a: [start.a, seen.a], b: [start.b, seen.b] }, alignFn));
  return out;
}
