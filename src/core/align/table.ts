import type { Paragraph } from '../model';
import { countScripts } from '../text/detect';
import type { ClueReader, NameKeying, RawClues } from './extract';
import { buildItemSpace, docItems, unitItems, type DocItems, type ItemSpace, type LexiconLink, type PairVocabulary } from './items';
import { DEFAULT_VARIANCE, itemWeights, KIND_BODY, kindCode, unitMiss, type ItemWeights, type LengthModel, type UnitTable } from './score';
import { MAX_SIDE } from './shapes';
import { DocText, unitLength } from './tokens';

/**
 * Turns documents (or the sentences of one bead) into the numeric tables that scoring
 * reads: lengths, kinds, item ids per unit.
 */

/** One side's paragraphs: lengths, kinds, and the document read as tokens. */
export interface SideUnits {
  len: Float64Array;
  kind: Uint8Array;
  doc: DocText;
  /** The unit of the other side with the very same text, found once on each side; −1 for none. */
  twin?: Int32Array;
}

/** Units read from their own texts (sentences whose spans are not sub-ranges of tokens). */
export interface TextUnits {
  len: Float64Array;
  clues: RawClues[];
}

/** Tokens and clues of every paragraph; the lower-case vocabulary is the whole document's. */
export function prepareSide(paragraphs: Paragraph[], keying: NameKeying = 'skeleton'): SideUnits {
  const doc = new DocText(paragraphs, keying);
  return { len: doc.len, kind: Uint8Array.from(paragraphs, (p) => kindCode(p.kind)), doc };
}

/** Units as plain texts, read by their document's reader. */
export function prepareTexts(texts: string[], reader: ClueReader): TextUnits {
  return { len: Float64Array.from(texts, (t) => unitLength(t)), clues: texts.map((t) => reader.read(t)) };
}

/** Dominant script of some paragraphs (a sample is enough). */
function scriptOf(paragraphs: Paragraph[]): 'latin' | 'arabic' {
  let latin = 0;
  let arabic = 0;
  for (const p of paragraphs.slice(0, 200)) {
    const c = countScripts(p.text);
    latin += c.latin;
    arabic += c.arabic;
  }
  return arabic > latin ? 'arabic' : 'latin';
}

/** Whether two documents are written in one script (their names are then keyed by spelling). */
export function sameScript(a: Paragraph[], b: Paragraph[]): boolean {
  return scriptOf(a) === scriptOf(b);
}

/** Both sides prepared, names keyed by spelling when both are in one script, else by skeleton. */
export function prepareSides(a: Paragraph[], b: Paragraph[]): [SideUnits, SideUnits] {
  const keying: NameKeying = sameScript(a, b) ? 'spelling' : 'skeleton';
  const sides: [SideUnits, SideUnits] = [prepareSide(a, keying), prepareSide(b, keying)];
  const [ta, tb] = twinLines(a, b);
  sides[0].twin = ta;
  sides[1].twin = tb;
  return sides;
}

/** Lines longer than this are prose, which a translation rewrites: only shorter ones are twins. */
const TWIN_MAX = 300;

/** Whitespace runs that are not already one space (replacing only these, as in segment.ts). */
const WHITE_RUN = /\s{2,}|[^\S ]/g;

function twinKey(text: string): string | undefined {
  if (text.length > TWIN_MAX || !/[\p{L}\p{N}\p{S}]/u.test(text)) return undefined;
  // Case kept: commands and names are written with it ("floor" the function, "Floor" its label).
  return text.replace(WHITE_RUN, ' ').trim();
}

/**
 * Units written the same on both sides, each once in its document: a command, a file name,
 * a formula, a value or an untranslated term in a manual's table. Where a translation
 * leaves a line as it was, that line is where the two documents meet.
 */
export function twinLines(a: Paragraph[], b: Paragraph[]): [Int32Array, Int32Array] {
  const index = (ps: Paragraph[]): Map<string, number> => {
    const at = new Map<string, number>();
    ps.forEach((p, i) => {
      const key = twinKey(p.text);
      if (key !== undefined) at.set(key, at.has(key) ? -1 : i);
    });
    return at;
  };
  const ia = index(a);
  const ib = index(b);
  const ta = new Int32Array(a.length).fill(-1);
  const tb = new Int32Array(b.length).fill(-1);
  for (const [key, i] of ia) {
    const j = ib.get(key);
    if (i < 0 || j === undefined || j < 0) continue;
    ta[i] = j;
    tb[j] = i;
  }
  return [ta, tb];
}

/** How much a unit counts when placing the band: furniture barely moves the diagonal. */
const KIND_BAND_WEIGHT = [1, 1, 0.5, 0.1];

export function bandWeights(side: SideUnits): Float64Array {
  return side.len.map((l, i) => l * (KIND_BAND_WEIGHT[side.kind[i]!] ?? 1));
}

/** First length model: ratio of the documents' weighted lengths, default variance. */
export function documentLengthModel(a: SideUnits, b: SideUnits): LengthModel {
  const sum = (x: Float64Array): number => x.reduce((s, v) => s + v, 0);
  const la = sum(bandWeights(a));
  const lb = sum(bandWeights(b));
  return { ratio: la > 0 && lb > 0 ? lb / la : 1, variance: DEFAULT_VARIANCE };
}

export interface PairTables {
  vocab: PairVocabulary;
  space: ItemSpace;
  weights: ItemWeights;
  table: UnitTable;
  /** Each document's ids in this item space, to find the items of its sentences. */
  docItems: [DocItems, DocItems];
}

/** Items of each paragraph of a side. */
function paragraphItems(m: DocItems): Int32Array[] {
  const { parTok, parNum } = m.doc;
  return Array.from({ length: parTok.length - 1 }, (_, p) => unitItems(m, parTok[p]!, parTok[p + 1]!, parNum[p]!, parNum[p + 1]!));
}

/**
 * Item space, weights and unit table of a document pair under a given lexicon, for beads
 * of up to `reach` units a side (see ItemWeights).
 */
export function buildTables(a: SideUnits, b: SideUnits, vocab: PairVocabulary, links: LexiconLink[], length: LengthModel, once = false, reach = MAX_SIDE): PairTables {
  const space = buildItemSpace(vocab, links);
  const docs: [DocItems, DocItems] = [docItems(a.doc, 0, space), docItems(b.doc, 1, space)];
  const items: [Int32Array[], Int32Array[]] = [paragraphItems(docs[0]), paragraphItems(docs[1])];
  const weights = itemWeights(space, items, reach);
  const table: UnitTable = {
    len: [a.len, b.len],
    kind: [a.kind, b.kind],
    items,
    weights,
    miss: [unitMiss(items[0], weights.miss[0]), unitMiss(items[1], weights.miss[1])],
    length,
    ...(a.twin ? { twin: a.twin } : {}),
    ...(once ? { once: space.word } : {}),
  };
  return { vocab, space, weights, table, docItems: docs };
}

/** The same tables with weights for beads of up to `reach` units a side. */
export function withReach(pair: PairTables, reach: number): PairTables {
  if (pair.weights.miss[0].length >= reach) return pair;
  return { ...pair, weights: itemWeights(pair.space, pair.table.items, reach) };
}

/** A table of body units (sentences) with the given items, reusing a document pair's weights. */
export function tableFor(pair: PairTables, len: [Float64Array, Float64Array], items: [Int32Array[], Int32Array[]]): UnitTable {
  return {
    len,
    kind: [new Uint8Array(len[0].length).fill(KIND_BODY), new Uint8Array(len[1].length).fill(KIND_BODY)],
    items,
    weights: pair.weights,
    miss: [unitMiss(items[0], pair.weights.miss[0]), unitMiss(items[1], pair.weights.miss[1])],
    length: pair.table.length,
    ...(pair.table.once ? { once: pair.table.once } : {}),
  };
}
