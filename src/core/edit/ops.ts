import type { Bead, BeadStatus, ParagraphIndex } from '../model';
import { CoreError } from '../model';

/**
 * Hand corrections of an alignment. Each operation is a pure function (beads, args) → new
 * beads: the input is never mutated, rows it does not touch are passed through as the same
 * objects (cheap copies, cheap undo patches), and a valid list (see invariant.ts) stays
 * valid. An operation that does not apply throws CoreError('invalid-operation') and, being
 * pure, changes nothing.
 *
 * A row a person reshaped gets status 'edited', confidence 1 and score 1: the aligner's
 * figures described a row that no longer exists, and the person who made this one is sure
 * of it, so the reader should not flag it for review again. Sentence links are kept only
 * where they stay true (merging two linked rows); otherwise they are dropped, and exports
 * fall back to one unit per row.
 */

export type Side = 'a' | 'b';

/** Where to cut a row: how many paragraphs of each side stay in the upper row. */
export interface SplitPoint {
  a: number;
  b: number;
}

/** Every edit as plain data, so the history can store it and the UI can name it. */
export type EditOp =
  | { kind: 'merge'; row: number }
  | { kind: 'link'; row: number }
  | { kind: 'split'; row: number; at: SplitPoint }
  | { kind: 'split-singletons'; row: number }
  | { kind: 'move'; row: number; side: Side; direction: 'up' | 'down' }
  | { kind: 'unlink'; row: number; side: Side; paragraph: number }
  | { kind: 'confirm'; row: number }
  | { kind: 'unconfirm'; row: number; to?: 'auto' | 'edited' };

export type EditKind = EditOp['kind'];

/** Figures of a row made by hand (see above). */
export const EDITED_SCORE = 1;
export const EDITED_CONFIDENCE = 1;

function invalid(message: string, detail: Record<string, unknown> = {}): CoreError {
  return new CoreError('invalid-operation', message, { ...detail, detail: message });
}

function rowAt(beads: readonly Bead[], row: number): Bead {
  if (!Number.isInteger(row) || row < 0 || row >= beads.length) {
    throw invalid(`There is no row ${row + 1}; the alignment has ${beads.length} rows.`, { row });
  }
  return beads[row]!;
}

function edited(a: readonly number[], b: readonly number[], sentences?: Bead['sentences']): Bead {
  return {
    a: a as ParagraphIndex[],
    b: b as ParagraphIndex[],
    score: EDITED_SCORE,
    confidence: EDITED_CONFIDENCE,
    status: 'edited',
    ...(sentences ? { sentences } : {}),
  };
}

/** `beads` with `count` rows from `start` replaced by `rows`; a new array. */
function replaceRows(beads: readonly Bead[], start: number, count: number, rows: readonly Bead[]): Bead[] {
  return [...beads.slice(0, start), ...rows, ...beads.slice(start + count)];
}

/** The two sides of a row being built, before it becomes a bead. */
interface Sides {
  a: readonly number[];
  b: readonly number[];
}

const isEmpty = (bead: Sides): boolean => bead.a.length === 0 && bead.b.length === 0;

/* ------------------------------------------------------------------ merge / link */

/** Sentences on one side of a linked row: its links name each exactly once (see align). */
function sentenceCount(links: NonNullable<Bead['sentences']>, side: 0 | 1): number {
  return links.reduce((n, link) => n + link[side].length, 0);
}

/** Sentence links of two linked rows read as one: the lower row's numbers shift down. */
function mergedSentences(x: Bead, y: Bead): Bead['sentences'] {
  if (!x.sentences || !y.sentences) return undefined;
  const da = sentenceCount(x.sentences, 0);
  const db = sentenceCount(x.sentences, 1);
  const shifted = y.sentences.map(([sa, sb]): [number[], number[]] => [sa.map((s) => s + da), sb.map((s) => s + db)]);
  return [...x.sentences.map(([sa, sb]): [number[], number[]] => [[...sa], [...sb]]), ...shifted];
}

/** Row `row` and the row below it become one row. */
export function mergeWithNext(beads: readonly Bead[], row: number): Bead[] {
  const x = rowAt(beads, row);
  if (row === beads.length - 1) throw invalid('The last row has no row below it to merge with.', { row });
  const y = beads[row + 1]!;
  return replaceRows(beads, row, 2, [edited([...x.a, ...y.a], [...x.b, ...y.b], mergedSentences(x, y))]);
}

const onlyA = (bead: Bead): boolean => bead.a.length > 0 && bead.b.length === 0;
const onlyB = (bead: Bead): boolean => bead.a.length === 0 && bead.b.length > 0;

/**
 * Links an unlinked row with the unlinked row below it on the other side (a 1-0 and a 0-1
 * become a 1-1). The result is a merge; this name exists so the UI offers it only where
 * it means "these two belong together".
 */
export function linkWithNext(beads: readonly Bead[], row: number): Bead[] {
  const x = rowAt(beads, row);
  const y = beads[row + 1];
  if (!y || !((onlyA(x) && onlyB(y)) || (onlyB(x) && onlyA(y)))) {
    throw invalid('Only an unlinked row and an unlinked row of the other side just below it can be linked.', { row });
  }
  return mergeWithNext(beads, row);
}

/* ------------------------------------------------------------------ split */

function checkCut(at: number, length: number, side: Side, row: number): void {
  if (!Number.isInteger(at) || at < 0 || at > length) {
    throw invalid(`Side ${side.toUpperCase()} of row ${row + 1} has ${length} paragraphs; it cannot be cut after ${at}.`, { row });
  }
}

/** Cuts a row in two: the first `at.a` / `at.b` paragraphs stay above, the rest go below. */
export function splitRow(beads: readonly Bead[], row: number, at: SplitPoint): Bead[] {
  const bead = rowAt(beads, row);
  checkCut(at.a, bead.a.length, 'a', row);
  checkCut(at.b, bead.b.length, 'b', row);
  const upper = { a: bead.a.slice(0, at.a), b: bead.b.slice(0, at.b) };
  const lower = { a: bead.a.slice(at.a), b: bead.b.slice(at.b) };
  if (isEmpty(upper) || isEmpty(lower)) throw invalid('A split must leave a paragraph in both rows.', { row });
  return replaceRows(beads, row, 1, [edited(upper.a, upper.b), edited(lower.a, lower.b)]);
}

/** Every paragraph of the row becomes its own unlinked row: side A's first, then side B's. */
export function splitIntoSingletons(beads: readonly Bead[], row: number): Bead[] {
  const bead = rowAt(beads, row);
  if (bead.a.length + bead.b.length < 2) throw invalid('A row of one paragraph cannot be split.', { row });
  const rows = [...bead.a.map((i) => edited([i], [])), ...bead.b.map((j) => edited([], [j]))];
  return replaceRows(beads, row, 1, rows);
}

/* ------------------------------------------------------------------ move */

function withSide(bead: Sides, side: Side, indices: readonly number[]): Sides {
  return side === 'a' ? { a: indices, b: bead.b } : { a: bead.a, b: indices };
}

/**
 * 'down': the last paragraph of `side` of row `row` becomes the first of that side of the
 * next row. 'up': the first paragraph becomes the last of the previous row. A row left
 * empty disappears. Order is kept because the paragraph only crosses a row boundary.
 */
export function moveParagraph(beads: readonly Bead[], row: number, side: Side, direction: 'up' | 'down'): Bead[] {
  const bead = rowAt(beads, row);
  const own = bead[side];
  if (own.length === 0) throw invalid(`Row ${row + 1} has no paragraph on side ${side.toUpperCase()} to move.`, { row });
  const other = direction === 'down' ? row + 1 : row - 1;
  if (other < 0 || other >= beads.length) throw invalid(`Row ${row + 1} has no row ${direction === 'down' ? 'below' : 'above'} it.`, { row });
  const target = beads[other]!;
  const moved = direction === 'down' ? own[own.length - 1]! : own[0]!;
  const rest = direction === 'down' ? own.slice(0, -1) : own.slice(1);
  const source = withSide(bead, side, rest);
  const dest = withSide(target, side, direction === 'down' ? [moved, ...target[side]] : [...target[side], moved]);
  const sourceRows = isEmpty(source) ? [] : [edited(source.a, source.b)];
  const destRow = edited(dest.a, dest.b);
  return direction === 'down'
    ? replaceRows(beads, row, 2, [...sourceRows, destRow])
    : replaceRows(beads, other, 2, [destRow, ...sourceRows]);
}

/* ------------------------------------------------------------------ unlink */

/**
 * Paragraph `paragraph` (a document index) of `side` becomes a row of its own, with nothing
 * on the other side. Paragraphs of its side before it stay with the other side's paragraphs
 * in a row above; those after it form a row below (and keep the other side when nothing
 * came before). Order is kept on both sides.
 */
export function unlinkParagraph(beads: readonly Bead[], row: number, side: Side, paragraph: number): Bead[] {
  const bead = rowAt(beads, row);
  const own = bead[side];
  const pos = own.indexOf(paragraph as ParagraphIndex);
  if (pos < 0) throw invalid(`Paragraph ${paragraph + 1} is not on side ${side.toUpperCase()} of row ${row + 1}.`, { row, paragraph });
  const otherSide: Side = side === 'a' ? 'b' : 'a';
  const partner = bead[otherSide];
  const before = own.slice(0, pos);
  const after = own.slice(pos + 1);
  if (before.length === 0 && after.length === 0 && partner.length === 0) {
    throw invalid(`Paragraph ${paragraph + 1} is already unlinked.`, { row, paragraph });
  }
  // The other side stays with the paragraphs before the unlinked one, or after it if none.
  const none: Sides = { a: [], b: [] };
  const partnerRow = withSide(none, otherSide, partner);
  const keepsPartner = before.length > 0;
  const parts = [
    withSide(keepsPartner ? partnerRow : none, side, before),
    withSide(none, side, [paragraph]),
    withSide(keepsPartner ? none : partnerRow, side, after),
  ];
  const rows = parts.filter((p) => !isEmpty(p)).map((p) => edited(p.a, p.b));
  return replaceRows(beads, row, 1, rows);
}

/* ------------------------------------------------------------------ confirm */

function withStatus(beads: readonly Bead[], row: number, status: BeadStatus): Bead[] {
  const bead = rowAt(beads, row);
  return replaceRows(beads, row, 1, [{ ...bead, status }]);
}

/** A reviewer vouches for the row; re-alignment keeps it as an anchor. */
export function confirmRow(beads: readonly Bead[], row: number): Bead[] {
  if (rowAt(beads, row).status === 'confirmed') throw invalid(`Row ${row + 1} is already confirmed.`, { row });
  return withStatus(beads, row, 'confirmed');
}

/**
 * Withdraws a confirmation. The bead does not remember what it was before, so the caller
 * says (default 'auto'); undo in the history restores the exact earlier row anyway.
 */
export function unconfirmRow(beads: readonly Bead[], row: number, to: 'auto' | 'edited' = 'auto'): Bead[] {
  if (rowAt(beads, row).status !== 'confirmed') throw invalid(`Row ${row + 1} is not confirmed.`, { row });
  return withStatus(beads, row, to);
}

/* ------------------------------------------------------------------ dispatch */

/** Applies an operation given as data. */
export function applyOp(beads: readonly Bead[], op: EditOp): Bead[] {
  switch (op.kind) {
    case 'merge':
      return mergeWithNext(beads, op.row);
    case 'link':
      return linkWithNext(beads, op.row);
    case 'split':
      return splitRow(beads, op.row, op.at);
    case 'split-singletons':
      return splitIntoSingletons(beads, op.row);
    case 'move':
      return moveParagraph(beads, op.row, op.side, op.direction);
    case 'unlink':
      return unlinkParagraph(beads, op.row, op.side, op.paragraph);
    case 'confirm':
      return confirmRow(beads, op.row);
    case 'unconfirm':
      return unconfirmRow(beads, op.row, op.to);
  }
}

/** Whether `op` applies, so the UI can disable a button instead of catching an error. */
export function canApply(beads: readonly Bead[], op: EditOp): boolean {
  try {
    applyOp(beads, op);
    return true;
  } catch (e) {
    if (e instanceof CoreError && e.code === 'invalid-operation') return false;
    throw e;
  }
}
