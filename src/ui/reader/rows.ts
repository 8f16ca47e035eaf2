import type { Bead } from '../../core/model';

/**
 * A row of the reader: for each column, the paragraph indices it shows. Rows come from an
 * alignment's beads; until one exists, paragraphs pair in order.
 */
export interface Row {
  cells: number[][];
  confidence?: number;
  status?: Bead['status'];
  /** Related-reports mode: what the linked paragraphs share (names, numbers). */
  evidence?: string[];
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

/** Most paragraphs of B shown beside one paragraph of A in related-reports mode. */
const LINKS_PER_ROW = 3;

/**
 * Related reports are not translations: every paragraph of A in its order, beside it the
 * paragraphs of B that report the same facts, best first. A paragraph of B may sit beside
 * several of A, and B's unlinked paragraphs are not forced anywhere.
 */
export function rowsFromLinks(links: readonly { a: number; b: number; score: number; evidence: string[] }[], lenA: number): Row[] {
  const byA = new Map<number, typeof links[number][]>();
  for (const l of links) byA.set(l.a, [...(byA.get(l.a) ?? []), l]);
  return Array.from({ length: lenA }, (_, i) => {
    const top = [...(byA.get(i) ?? [])].sort((x, y) => y.score - x.score).slice(0, LINKS_PER_ROW);
    return {
      cells: [[i], top.map((l) => l.b)],
      confidence: top[0]?.score ?? 1,
      evidence: [...new Set(top.flatMap((l) => l.evidence))],
    };
  });
}
