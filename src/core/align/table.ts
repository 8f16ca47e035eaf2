import type { Paragraph } from '../model';
import { ClueReader, lowerOfSplit, splitWords, type NameKeying, type RawClues } from './extract';
import { countScripts } from '../text/detect';
import { buildItemSpace, itemsOf, type ItemSpace, type LexiconLink, type PairVocabulary } from './items';
import { DEFAULT_VARIANCE, itemWeights, kindCode, unitMiss, type ItemWeights, type LengthModel, type UnitTable } from './score';

/**
 * Turns documents (or the sentences of one bead) into the numeric tables that scoring
 * reads: lengths, kinds, item ids per unit.
 */

/** One side's units with the clues read from each. */
export interface SideUnits {
  len: Float64Array;
  kind: Uint8Array;
  clues: RawClues[];
  /** The reader of the document, to read more of its text (sentences) the same way. */
  reader: ClueReader;
}

/** Length a unit counts for: characters, without spaces and Arabic short-vowel marks. */
export function unitLength(text: string): number {
  return text.replace(/[\s\u064b-\u065f\u0670\u0640\u200c]/g, '').length;
}

/** Clues of every paragraph; the lower-case vocabulary is the whole document's. */
export function prepareSide(paragraphs: Paragraph[], keying: NameKeying = 'skeleton'): SideUnits {
  const texts = paragraphs.map((p) => p.text);
  const split = texts.map(splitWords);
  const reader = new ClueReader(lowerOfSplit(split), keying);
  return {
    len: Float64Array.from(texts, unitLength),
    kind: Uint8Array.from(paragraphs, (p) => kindCode(p.kind)),
    clues: texts.map((t, k) => reader.readWords(t, split[k]!)),
    reader,
  };
}

/** Units as plain texts of one kind (sentences), read by their document's reader. */
export function prepareTexts(texts: string[], reader: ClueReader, kind: number): SideUnits {
  return {
    len: Float64Array.from(texts, unitLength),
    kind: new Uint8Array(texts.length).fill(kind),
    clues: texts.map((t) => reader.read(t)),
    reader,
  };
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

/** Both sides prepared, names keyed by spelling when both are in one script, else by skeleton. */
export function prepareSides(a: Paragraph[], b: Paragraph[]): [SideUnits, SideUnits] {
  const keying: NameKeying = scriptOf(a) === scriptOf(b) ? 'spelling' : 'skeleton';
  return [prepareSide(a, keying), prepareSide(b, keying)];
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
}

/** Item space, weights and unit table of a document pair under a given lexicon. */
export function buildTables(a: SideUnits, b: SideUnits, vocab: PairVocabulary, links: LexiconLink[], length: LengthModel): PairTables {
  const space = buildItemSpace(vocab, links);
  const items: [Int32Array[], Int32Array[]] = [a.clues.map((c) => itemsOf(c, 0, space)), b.clues.map((c) => itemsOf(c, 1, space))];
  const weights = itemWeights(space, items);
  const table: UnitTable = {
    len: [a.len, b.len],
    kind: [a.kind, b.kind],
    items,
    weights,
    r0: [unitMiss(items[0], weights.miss[0][0]!), unitMiss(items[1], weights.miss[1][0]!)],
    length,
  };
  return { vocab, space, weights, table };
}

/** A table for other units (sentences) that reuses a document pair's items and weights. */
export function tableFor(pair: PairTables, a: SideUnits, b: SideUnits): UnitTable {
  const items: [Int32Array[], Int32Array[]] = [a.clues.map((c) => itemsOf(c, 0, pair.space)), b.clues.map((c) => itemsOf(c, 1, pair.space))];
  return {
    len: [a.len, b.len],
    kind: [a.kind, b.kind],
    items,
    weights: pair.weights,
    r0: [unitMiss(items[0], pair.weights.miss[0][0]!), unitMiss(items[1], pair.weights.miss[1][0]!)],
    length: pair.table.length,
  };
}
