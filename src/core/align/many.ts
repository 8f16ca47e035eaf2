import { CoreError, type Bead, type Paragraph } from '../model';
import { alignParallel } from './parallel';
import type { AlignDoc, AlignOptions, AlignRow } from './types';

/**
 * Three (or more) versions of one text, aligned through a pivot: the first document is
 * aligned with each other one, and rows are formed from the pivot's paragraphs. The pivot
 * should be the source (or the most complete version): what two non-pivot documents share
 * but the pivot lacks can only be found in the gaps between pivot rows, where those
 * leftovers are aligned with each other directly (two non-pivot documents) so a paragraph
 * that the Arabic and the Persian both add still lands in one row.
 *
 * Rows cover every paragraph of every document once, in the pivot's order; a row's `docs[k]`
 * lists paragraph indices of document k (empty when that version has nothing there).
 */

interface PivotGroup {
  /** Pivot paragraphs of the row, consecutive. */
  pivot: number[];
  /** Per other document, the paragraphs linked to them. */
  others: number[][];
  confidence: number[];
  score: number[];
}

/**
 * Pivot paragraphs that must share a row: a bead of any pairing puts its pivot paragraphs
 * together, and overlapping beads of different pairings chain (union of intervals).
 */
function pivotGroups(n: number, pairings: Bead[][]): Int32Array {
  const groupEnd = Int32Array.from({ length: n }, (_, i) => i);
  for (const beads of pairings) for (const b of beads) if (b.a.length > 1) for (const i of b.a) groupEnd[i] = Math.max(groupEnd[i]!, b.a[b.a.length - 1]!);
  const groupOf = new Int32Array(n);
  let g = -1;
  let end = -1;
  for (let i = 0; i < n; i++) {
    if (i > end) g++;
    end = Math.max(end, groupEnd[i]!);
    groupOf[i] = g;
  }
  return groupOf;
}

function emptyGroup(pivot: number[], others: number): PivotGroup {
  return { pivot, others: Array.from({ length: others }, () => []), confidence: [], score: [] };
}

/** Rows for pivot groups, and each non-pivot paragraph left unlinked, filed by gap. */
function collect(n: number, pairings: Bead[][]): { groups: PivotGroup[]; gaps: number[][][] } {
  const groupOf = pivotGroups(n, pairings);
  const count = n ? groupOf[n - 1]! + 1 : 0;
  const groups = Array.from({ length: count }, () => emptyGroup([], pairings.length));
  for (let i = 0; i < n; i++) groups[groupOf[i]!]!.pivot.push(i);
  // gaps[g][k]: paragraphs of document k + 1 unlinked after pivot group g − 1 (g = 0: before all).
  const gaps = Array.from({ length: count + 1 }, () => pairings.map(() => [] as number[]));
  pairings.forEach((beads, k) => {
    let gap = 0;
    for (const b of beads) {
      if (b.a.length === 0) {
        gaps[gap]![k]!.push(...b.b);
        continue;
      }
      const g = groupOf[b.a[0]!]!;
      gap = g + 1;
      groups[g]!.others[k]!.push(...b.b);
      groups[g]!.confidence.push(b.confidence);
      groups[g]!.score.push(b.score);
    }
  });
  return { groups, gaps };
}

function subDoc(doc: AlignDoc, indices: number[]): AlignDoc {
  return { lang: doc.lang, paragraphs: indices.map((i, index): Paragraph => ({ ...doc.paragraphs[i]!, index })) };
}

/** Rows for one gap: leftovers of two non-pivot documents aligned together, else one row each. */
function gapRows(gap: number[][], docs: AlignDoc[], options: AlignOptions): AlignRow[] {
  const filled = gap.map((list, k) => (list.length ? k : -1)).filter((k) => k >= 0);
  const row = (k: number, ps: number[], score: number, confidence: number): AlignRow => ({
    docs: docs.map((_, d) => (d === k + 1 ? ps : [])),
    score,
    confidence,
  });
  if (filled.length === 2 && gap.length === 2) {
    const [x, y] = [gap[0]!, gap[1]!];
    let beads: Bead[];
    try {
      beads = alignParallel(subDoc(docs[1]!, x), subDoc(docs[2]!, y), { ...options, onProgress: undefined, sentences: false });
    } catch (e) {
      // Leftovers that are not translations of each other stay one row each.
      if (!(e instanceof CoreError && e.code === 'not-parallel')) throw e;
      return filled.flatMap((k) => gap[k]!.map((p) => row(k, [p], 0, 1)));
    }
    return beads.map((b) => ({ docs: [[], b.a.map((i) => x[i]!), b.b.map((j) => y[j]!)], score: b.score, confidence: b.confidence }));
  }
  return filled.flatMap((k) => gap[k]!.map((p) => row(k, [p], 0, 1)));
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 1);

/** Rows across all documents, pivoting on the first. */
export function alignMany(docs: AlignDoc[], options: AlignOptions = {}): AlignRow[] {
  if (docs.length < 2) return (docs[0]?.paragraphs ?? []).map((p) => ({ docs: [[p.index]], score: 1, confidence: 1 }));
  const pivot = docs[0]!;
  const share = 1 / (docs.length - 1);
  const pairings = docs.slice(1).map((d, k) =>
    alignParallel(pivot, d, {
      ...options,
      sentences: false,
      onProgress: options.onProgress && ((f) => options.onProgress!((k + f) * share * 0.95)),
    }),
  );
  const { groups, gaps } = collect(pivot.paragraphs.length, pairings);
  const rows: AlignRow[] = [];
  groups.forEach((g, k) => {
    rows.push(...gapRows(gaps[k]!, docs, options));
    rows.push({ docs: [g.pivot, ...g.others], score: mean(g.score), confidence: g.confidence.length ? Math.min(...g.confidence) : 1 });
  });
  rows.push(...gapRows(gaps[groups.length]!, docs, options));
  options.onProgress?.(1);
  return rows;
}
