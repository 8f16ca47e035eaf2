import type { Bead } from '../../core/model';

/**
 * A row of the reader: for each column, the paragraph indices it shows. Rows come from an
 * alignment's beads; until one exists, paragraphs pair in order.
 */
export interface Row {
  cells: number[][];
  confidence?: number;
  status?: Bead['status'];
  /** Per column: what its related paragraphs share with the row (names, numbers). */
  evidence?: string[][];
}

export function rowsInOrder(lengths: number[]): Row[] {
  const n = Math.max(0, ...lengths);
  return Array.from({ length: n }, (_, i) => ({ cells: lengths.map((len) => (i < len ? [i] : [])) }));
}

export function rowsFromBeads(beads: Bead[]): Row[] {
  return beads.map((b) => ({ cells: [b.a, b.b], confidence: b.confidence, status: b.status }));
}

/**
 * Three columns from two alignments that share their first document (A–B and A–C): beads
 * that hold the same A paragraph share a row, and beads without A paragraphs keep their place
 * before the next A paragraph.
 */
export function rowsFromPivot(ab: Bead[], ac: Bead[]): Row[] {
  const beads = [...ab.map((b) => ({ bead: b, col: 1 })), ...ac.map((b) => ({ bead: b, col: 2 }))];
  const parent = beads.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const owner = new Map<number, number>();
  beads.forEach(({ bead }, i) => {
    for (const p of bead.a) {
      const j = owner.get(p);
      if (j === undefined) owner.set(p, i);
      else parent[find(i)] = find(j);
    }
  });
  const pos = [...positions(ab), ...positions(ac)];
  const groups = new Map<number, { pos: number; row: Row }>();
  beads.forEach(({ bead, col }, i) => {
    const root = find(i);
    const g = groups.get(root) ?? { pos: Infinity, row: { cells: [[], [], []], confidence: 1 } };
    g.pos = Math.min(g.pos, pos[i]!);
    g.row.cells[0] = union(g.row.cells[0]!, bead.a);
    g.row.cells[col] = union(g.row.cells[col]!, bead.b);
    g.row.confidence = Math.min(g.row.confidence ?? 1, bead.confidence);
    groups.set(root, g);
  });
  return [...groups.values()].sort((x, y) => x.pos - y.pos).map((g) => g.row);
}

/** Where each bead sits along document A; an A-less bead sits just before the next A paragraph. */
function positions(beads: Bead[]): number[] {
  const out = new Array<number>(beads.length);
  let next = Infinity;
  for (let i = beads.length - 1; i >= 0; i--) {
    const a = beads[i]!.a;
    if (a.length) {
      next = Math.min(...a);
      out[i] = next;
    } else out[i] = next - 0.5 + i * 1e-9; // keeps their own order among themselves
  }
  return out;
}

function union(x: number[], y: number[]): number[] {
  return [...new Set([...x, ...y])].sort((p, q) => p - q);
}

/** Which row shows each paragraph of a column, for jumping to a paragraph. */
export function rowIndexByParagraph(rows: readonly Row[], column: number): Map<number, number> {
  const map = new Map<number, number>();
  rows.forEach((r, i) => r.cells[column]?.forEach((p) => map.set(p, i)));
  return map;
}

/** Most paragraphs of a related report shown beside one row. */
const LINKS_PER_ROW = 3;

/** A link between a paragraph of the rows' first column and one of a related report. */
export interface RelatedLink {
  a: number;
  b: number;
  score: number;
  evidence: string[];
}

/**
 * The rows as the reader shows them: the translation columns' rows (`base`, one cell per
 * translation column, in column order) spread over all columns, and in each related column
 * the paragraphs of that report that share facts with the row's paragraphs of the first
 * column, best first, with what they share. A related paragraph may sit beside several rows,
 * and unlinked ones are not forced anywhere: related reports are not translations.
 * `related[c]` holds column c's links, undefined for a translation column (or while the
 * links are being found: the cell stays empty).
 */
export function withRelated(base: readonly Row[], relations: readonly ('translation' | 'related')[], related: readonly (readonly RelatedLink[] | undefined)[]): Row[] {
  if (!relations.includes('related')) return base as Row[];
  const byA = related.map((links) => {
    const map = new Map<number, RelatedLink[]>();
    for (const l of links ?? []) map.set(l.a, [...(map.get(l.a) ?? []), l]);
    return map;
  });
  return base.map((row) => {
    let t = 0;
    const cells: number[][] = [];
    const evidence: string[][] = [];
    relations.forEach((rel, c) => {
      if (rel === 'translation') {
        cells.push(row.cells[t++] ?? []);
        evidence.push([]);
        return;
      }
      const top = (row.cells[0] ?? []).flatMap((p) => byA[c]!.get(p) ?? []).sort((x, y) => y.score - x.score);
      const picked: RelatedLink[] = [];
      for (const l of top) if (picked.length < LINKS_PER_ROW && !picked.some((x) => x.b === l.b)) picked.push(l);
      cells.push(picked.map((l) => l.b));
      evidence.push([...new Set(picked.flatMap((l) => l.evidence))]);
    });
    return { ...row, cells, evidence };
  });
}

const sameCells = (x: Row, y: Row) =>
  x.cells.length === y.cells.length && x.cells.every((c, i) => c.length === y.cells[i]!.length && c.every((p, k) => p === y.cells[i]![k]));
const sameRow = (x: Row, y: Row) =>
  x.confidence === y.confidence && x.status === y.status && sameCells(x, y) && (x.evidence ?? []).join('|') === (y.evidence ?? []).join('|');

/**
 * `next` with the row objects of `prev` wherever a row did not change, so that an edit (here
 * or in another tab) redraws only the rows it changed: the others keep their elements, and
 * with them the keyboard focus and the scroll position. Edits are local, so the rows are
 * matched from both ends.
 */
export function keepIdentity(prev: readonly Row[], next: Row[]): Row[] {
  if (prev === next || !prev.length) return next;
  const out = next.slice();
  let head = 0;
  while (head < out.length && head < prev.length && sameRow(prev[head]!, out[head]!)) out[head] = prev[head]!, head++;
  for (let k = 1; k <= Math.min(out.length, prev.length) - head; k++) {
    const p = prev[prev.length - k]!;
    if (!sameRow(p, out[out.length - k]!)) break;
    out[out.length - k] = p;
  }
  return out;
}
