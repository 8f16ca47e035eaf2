import type { Bead, Paragraph } from '../model';
import { fullBand, searchBand } from './dp';
import { WindowCoster } from './coster';
import { itemsOf, unitItems, type DocItems } from './items';
import { SHAPES } from './shapes';
import { prepareTexts, tableFor, type PairTables } from './table';
import type { DocText } from './tokens';

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
  /** Shape priors of the sentence search; SHAPE_PRIOR when absent. */
  prior?: readonly number[];
  paragraphs: [Paragraph[], Paragraph[]];
  docs: [DocText, DocText];
}

/** Lengths and items of the sentences of one bead side. */
interface SideSentences {
  len: Float64Array;
  items: Int32Array[];
}

/** From the document's tokens (its sentences are token ranges), or null when some paragraph is not regular. */
function fromTokens(m: DocItems, paragraphs: number[]): SideSentences | null {
  const doc = m.doc;
  if (paragraphs.some((p) => !doc.regular[p])) return null;
  const len: number[] = [];
  const items: Int32Array[] = [];
  for (const p of paragraphs) {
    for (let s = doc.parSent[p]!; s < doc.parSent[p + 1]!; s++) {
      len.push(doc.sentLen[s]!);
      items.push(unitItems(m, doc.sentTok0[s]!, doc.sentTok1[s]!, doc.sentNum0[s]!, doc.sentNum1[s]!));
    }
  }
  return { len: Float64Array.from(len), items };
}

/** By reading the sentence texts (spans that cut through a word or a number). */
function fromTexts(ctx: SentenceContext, side: 0 | 1, paragraphs: number[]): SideSentences {
  const texts = sentenceTexts(paragraphs.map((i) => ctx.paragraphs[side][i]!));
  const units = prepareTexts(texts, ctx.docs[side].reader);
  return { len: units.len, items: units.clues.map((c) => itemsOf(c, side, ctx.pair.space)) };
}

/** Number of sentences of a paragraph as sentenceTexts counts them. */
function sentenceCount(p: Paragraph): number {
  return Math.max(1, p.sentences.length);
}

export function alignSentences(ctx: SentenceContext, bead: Pick<Bead, 'a' | 'b'>): Array<[number[], number[]]> {
  const n = bead.a.reduce((t, i) => t + sentenceCount(ctx.paragraphs[0][i]!), 0);
  const m = bead.b.reduce((t, j) => t + sentenceCount(ctx.paragraphs[1][j]!), 0);
  if (n === 1 && m === 1) return [[[0], [0]]];
  const side = (s: 0 | 1, units: number[]): SideSentences => fromTokens(ctx.pair.docItems[s], units) ?? fromTexts(ctx, s, units);
  const [sa, sb] = [side(0, bead.a), side(1, bead.b)];
  const table = { ...tableFor(ctx.pair, [sa.len, sb.len], [sa.items, sb.items]), ...(ctx.prior ? { prior: ctx.prior } : {}) };
  const path = searchBand(n, m, fullBand(n, m), new WindowCoster(table, 0, 0, n, m)).beads;
  return path.map(({ i, j, shape }) => {
    const { da, db } = SHAPES[shape]!;
    return [range(i, da), range(j, db)];
  });
}

function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, k) => start + k);
}
