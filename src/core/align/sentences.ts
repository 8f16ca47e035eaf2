import type { Bead, Paragraph } from '../model';
import type { ClueReader } from './extract';
import { fullBand, searchBand } from './dp';
import { WindowCoster } from './coster';
import { KIND_BODY } from './score';
import { SHAPES } from './shapes';
import { prepareTexts, tableFor, type PairTables } from './table';

/**
 * Sentence links inside a linked bead, found by the same search and scoring as paragraphs,
 * reusing the document pair's items and weights.
 *
 * Convention: the sentences of a bead's side are numbered 0, 1, 2... through its paragraphs
 * in order (paragraph a[0]'s sentences first, then a[1]'s...). Every sentence of both sides
 * appears in exactly one pair; a pair with an empty side is a sentence left unlinked.
 */

/** Texts of the sentences of some paragraphs, in order. */
export function sentenceTexts(paragraphs: Paragraph[]): string[] {
  return paragraphs.flatMap((p) => (p.sentences.length ? p.sentences.map((s) => p.text.slice(s.start, s.end)) : [p.text]));
}

export interface SentenceContext {
  pair: PairTables;
  paragraphs: [Paragraph[], Paragraph[]];
  readers: [ClueReader, ClueReader];
}

export function alignSentences(ctx: SentenceContext, bead: Pick<Bead, 'a' | 'b'>): Array<[number[], number[]]> {
  const ta = sentenceTexts(bead.a.map((i) => ctx.paragraphs[0][i]!));
  const tb = sentenceTexts(bead.b.map((i) => ctx.paragraphs[1][i]!));
  if (ta.length === 1 && tb.length === 1) return [[[0], [0]]];
  const side = (texts: string[], s: 0 | 1) => prepareTexts(texts, ctx.readers[s], KIND_BODY);
  const table = tableFor(ctx.pair, side(ta, 0), side(tb, 1));
  const n = ta.length;
  const m = tb.length;
  const path = searchBand(n, m, fullBand(n, m), new WindowCoster(table, 0, 0, n, m)).beads;
  return path.map(({ i, j, shape }) => {
    const { da, db } = SHAPES[shape]!;
    return [range(i, da), range(j, db)];
  });
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}
