import type { Row } from './rows';

/** Where an annotation's printed number goes: the first place it shows in reading order. */
export interface NotePlace {
  n: number;
  row: number;
  col: number;
}

/**
 * Numbers the annotations in reading order: rows top to bottom, columns in order, paragraphs
 * of a cell in order, highlights by where they start. A related paragraph beside several
 * rows is numbered where it first shows. The numbers are data, not attributes written into
 * the page afterwards: a mark drawn again (new flags, an edit) keeps its number.
 */
export function noteOrder(
  rows: readonly Row[],
  docIds: readonly string[],
  marks: ReadonlyMap<string, readonly { id: string; start: number }[]>,
): Map<string, NotePlace> {
  const out = new Map<string, NotePlace>();
  // Only the paragraphs that carry marks are looked up: a book has many rows and few notes.
  const wanted = docIds.map((id) => {
    const ps = new Set<number>();
    for (const key of marks.keys()) if (key.startsWith(`${id}:`)) ps.add(Number(key.slice(id.length + 1)));
    return ps;
  });
  if (wanted.every((ps) => ps.size === 0)) return out;
  rows.forEach((row, r) => {
    row.cells.forEach((paras, col) => {
      const docId = docIds[col];
      if (docId === undefined) return;
      for (const p of paras) {
        if (!wanted[col]!.has(p)) continue;
        const here = [...marks.get(`${docId}:${p}`)!].sort((x, y) => x.start - y.start);
        for (const m of here) if (!out.has(m.id)) out.set(m.id, { n: out.size + 1, row: r, col });
      }
    });
  });
  return out;
}
