import { createMemo, createSignal, type Accessor } from 'solid-js';
import type { WordLink, WordSpan } from '../../core/checks/counterparts';
import type { Document } from '../../core/model';
import type { Row } from './rows';

/** A word of the rows: the column and row it is shown in, and where it is in its paragraph. */
export interface PlacedWord extends WordSpan {
  row: number;
  col: number;
  docId: string;
}

/** What the page highlights: the word pointed at and its counterparts in the other columns. */
export interface WordCounterparts {
  word: PlacedWord;
  counterparts: PlacedWord[];
}

/**
 * Which word the reader points at (pointer, tap or keyboard) and its counterparts in the
 * row's other columns, from the links src/core/checks/counterparts.ts computes. Links are
 * computed for a row when a word of it is first pointed at, and kept while the row is.
 * The matching code (with the transliteration model's tables) loads on the first pointing,
 * so it never delays the reader's first paint.
 */
export function createWordCounterparts(rows: Accessor<Row[]>, docs: Accessor<Document[]>) {
  type Linker = typeof import('../../core/checks/counterparts');
  const [linker, setLinker] = createSignal<Linker>();
  let loading: Promise<Linker> | undefined;
  const load = () => (loading ??= import('../../core/checks/counterparts').then((m) => (setLinker(() => m), m)));
  const [at, setAt] = createSignal<{ row: number; col: number; paragraph: number; offset: number } | null>(null, {
    equals: (x, y) => x === y || (!!x && !!y && x.row === y.row && x.col === y.col && x.paragraph === y.paragraph && x.offset === y.offset),
  });
  // Rows keep their identity across redraws (rows.ts keepIdentity): a row object is a cache key.
  let cache = new WeakMap<Row, Map<string, WordLink[]>>();
  let cachedDocs: Document[] | undefined;
  const linksOf = (lib: Linker, row: Row, x: number, y: number): WordLink[] => {
    if (cachedDocs !== docs()) (cache = new WeakMap()), (cachedDocs = docs());
    const byPair = cache.get(row) ?? new Map<string, WordLink[]>();
    cache.set(row, byPair);
    const key = `${x}:${y}`;
    let links = byPair.get(key);
    if (!links) {
      const [a, b] = [docs()[x]!, docs()[y]!];
      links = lib.wordLinks({ doc: a, paragraphs: row.cells[x] ?? [] }, { doc: b, paragraphs: row.cells[y] ?? [] });
      byPair.set(key, links);
    }
    return links;
  };
  const place = (s: WordSpan, row: number, col: number): PlacedWord => ({ ...s, row, col, docId: docs()[col]!.id });

  const current = createMemo<WordCounterparts | null>(() => {
    const p = at();
    const lib = linker();
    const row = p && rows()[p.row];
    if (!p || !lib || !row || !docs()[p.col]) return null;
    let word: WordSpan | undefined;
    const counterparts: PlacedWord[] = [];
    docs().forEach((_, other) => {
      if (other === p.col || !row.cells[other]?.length) return;
      const link = lib.linkAt(linksOf(lib, row, p.col, other), 'a', p.paragraph, p.offset);
      if (!link) return;
      word ??= link.a;
      counterparts.push(place(link.b, p.row, other));
    });
    return word ? { word: place(word, p.row, p.col), counterparts } : null;
  });

  /** Moves to the next (or previous) linked word of a paragraph, after the current one. */
  const step = async (row: number, col: number, paragraph: number, dir: 1 | -1) => {
    const lib = linker() ?? (await load());
    const r = rows()[row];
    if (!r) return;
    const words = docs()
      .flatMap((_, other) => (other === col ? [] : lib.linkedWords(linksOf(lib, r, col, other), 'a')))
      .filter((w) => w.paragraph === paragraph)
      .sort((x, y) => x.start - y.start)
      .filter((w, i, all) => i === 0 || w.start !== all[i - 1]!.start);
    if (!words.length) return;
    const now = current()?.word;
    const here = now && now.row === row && now.col === col && now.paragraph === paragraph ? words.findIndex((w) => w.start === now.start) : -1;
    const next = here < 0 ? (dir === 1 ? 0 : words.length - 1) : (here + dir + words.length) % words.length;
    setAt({ row, col, paragraph, offset: words[next]!.start });
  };

  const point = (p: Parameters<typeof setAt>[0]) => {
    if (p) void load();
    setAt(p);
  };
  return { current, point, step };
}
