import { writeCsv, writeTsv } from './csv';
import type { Bead, BeadStatus, Dir, Paragraph, ParagraphIndex } from '../model';
import { CoreError } from '../model';
import { dirOf } from '../text/detect';

/**
 * An alignment as files for other tools: TSV, CSV (RFC 4180) and JSON here, TMX in tmx.ts.
 * All of them read the same "units": one per row (paragraph level) or one per sentence link
 * inside a row (sentence level), each with the texts of every document's side.
 *
 * Conventions shared by every format:
 *  - the paragraphs of one side of a unit are joined with a line break ("\n"), so a reader
 *    (and our TMX import) can split them again; a line break inside a paragraph, which the
 *    segmenter never produces, is written as a space;
 *  - at sentence level, sentences of one paragraph are joined with a space, and a row whose
 *    sentence links are missing (unlinked or edited rows) gives one unit of whole paragraphs;
 *  - text is otherwise written as it is: RTL marks, ZWNJ, diacritics and emoji pass through;
 *  - a unit may leave out site furniture (paragraphs of kind 'boilerplate') and units that
 *    do not link at least two documents (what a translation memory wants, see UnitFilter).
 */

/** What an export needs of a document; Document and the aligner's AlignDoc both fit. */
export interface ExportDoc {
  lang: string;
  dir?: Dir;
  paragraphs: readonly Paragraph[];
}

/**
 * One row of an alignment of any number of documents: `sides[d]` are paragraph indices of
 * document d. A two-document Bead is the case sides = [a, b]. `sentences`, when present,
 * links sentences inside the row, numbered through each side's paragraphs (as Bead does).
 */
export interface AlignedRow {
  sides: number[][];
  score: number;
  confidence: number;
  status: BeadStatus;
  sentences?: number[][][];
  /** A remark for the TMX <note> of the row. */
  note?: string;
}

export interface AlignmentData {
  docs: readonly ExportDoc[];
  rows: readonly AlignedRow[];
}

export type ExportLevel = 'paragraph' | 'sentence';

export function rowOfBead(bead: Bead): AlignedRow {
  return {
    sides: [[...bead.a], [...bead.b]],
    score: bead.score,
    confidence: bead.confidence,
    status: bead.status,
    ...(bead.sentences ? { sentences: bead.sentences.map(([a, b]) => [[...a], [...b]]) } : {}),
  };
}

/** The usual case: two documents and their beads. */
export function pairAlignment(a: ExportDoc, b: ExportDoc, beads: readonly Bead[]): AlignmentData {
  return { docs: [a, b], rows: beads.map(rowOfBead) };
}

/** Rows seen from documents `x` and `y` only; rows with nothing of either are left out. */
export function beadsBetween(rows: readonly AlignedRow[], x = 0, y = 1): Bead[] {
  return rows
    .filter((r) => (r.sides[x]?.length ?? 0) + (r.sides[y]?.length ?? 0) > 0)
    .map((r) => {
      const bead: Bead = {
        a: [...(r.sides[x] ?? [])] as ParagraphIndex[],
        b: [...(r.sides[y] ?? [])] as ParagraphIndex[],
        score: r.score,
        confidence: r.confidence,
        status: r.status,
      };
      // Sentence links survive only when nothing is projected away.
      if (r.sentences && r.sides.length === 2 && x === 0 && y === 1) {
        bead.sentences = r.sentences.map((l): [number[], number[]] => [[...(l[0] ?? [])], [...(l[1] ?? [])]]);
      }
      return bead;
    });
}

/* ------------------------------------------------------------------ units */

/** One side of a unit: indices (paragraphs or document-wide sentences) and the joined text. */
export interface UnitSide {
  indices: number[];
  /** The paragraphs (from 0) the side's text comes from, in order. */
  paragraphs: number[];
  text: string;
}

/** Which units and paragraphs an export keeps. */
export interface UnitFilter {
  /** Keep only units with text in at least two documents (default false). */
  linkedOnly?: boolean;
  /** Keep paragraphs marked as site furniture (default true). */
  furniture?: boolean;
}

export interface ExportUnit {
  /** Row (bead) number, from 0. */
  row: number;
  /** Sentence link inside the row, from 0, at sentence level when the row has links. */
  link?: number;
  sides: UnitSide[];
  score: number;
  confidence: number;
  status: BeadStatus;
  note?: string;
}

/** A paragraph as one line of a unit's text. */
const oneLine = (text: string): string => text.replace(/\r\n|\r|\n/g, ' ');

/** Sentences of a paragraph as texts; a paragraph without sentence spans is one sentence. */
function sentenceTexts(p: Paragraph): string[] {
  return p.sentences.length ? p.sentences.map((s) => p.text.slice(s.start, s.end)) : [p.text];
}

/** Sentences of a document in order, with their paragraph and document-wide number. */
interface SentenceRef {
  paragraph: number;
  text: string;
}

function docSentences(doc: ExportDoc): { all: SentenceRef[]; first: number[] } {
  const all: SentenceRef[] = [];
  const first: number[] = [];
  doc.paragraphs.forEach((p, k) => {
    first.push(all.length);
    for (const text of sentenceTexts(p)) all.push({ paragraph: k, text });
  });
  return { all, first };
}

/** Paragraph `i` of a document is exported (false for site furniture when it is left out). */
type Keep = (i: number) => boolean;

function paragraphSide(doc: ExportDoc, indices: readonly number[], keep: Keep): UnitSide {
  const kept = indices.filter(keep);
  return { indices: kept, paragraphs: kept, text: kept.map((i) => oneLine(paragraphAt(doc, i).text)).join('\n') };
}

function paragraphAt(doc: ExportDoc, i: number): Paragraph {
  const p = doc.paragraphs[i];
  if (!p) throw new CoreError('invalid-operation', `The alignment names paragraph ${i + 1}, but the ${doc.lang} document has ${doc.paragraphs.length}.`);
  return p;
}

/** Sentences joined: a space inside a paragraph, a line break between paragraphs. */
function sentenceSide(sentences: readonly SentenceRef[], indices: readonly number[], keep: Keep): UnitSide {
  const kept = indices.filter((s) => keep(sentences[s]!.paragraph));
  let text = '';
  const paragraphs: number[] = [];
  kept.forEach((s, k) => {
    const here = sentences[s]!;
    if (k > 0) text += here.paragraph === sentences[kept[k - 1]!]!.paragraph ? ' ' : '\n';
    if (paragraphs.at(-1) !== here.paragraph) paragraphs.push(here.paragraph);
    text += oneLine(here.text);
  });
  return { indices: kept, paragraphs, text };
}

/** Document-wide sentence numbers of a row's side, in order. */
function rowSentences(ds: { first: number[]; all: SentenceRef[] }, paragraphs: readonly number[]): number[] {
  return paragraphs.flatMap((i) => {
    const start = ds.first[i]!;
    const end = i + 1 < ds.first.length ? ds.first[i + 1]! : ds.all.length;
    return Array.from({ length: end - start }, (_, k) => start + k);
  });
}

/** Links usable only if they name every sentence of every side once, in order. */
export function linksFit(links: readonly number[][][], counts: readonly number[]): boolean {
  return counts.every((count, d) => {
    const seen = links.flatMap((l) => l[d] ?? []);
    return seen.length === count && seen.every((s, k) => s === k);
  });
}

function rowUnits(data: AlignmentData, sentences: ReturnType<typeof docSentences>[] | null, keeps: Keep[], row: AlignedRow, r: number): ExportUnit[] {
  const base = { row: r, score: row.score, confidence: row.confidence, status: row.status, ...(row.note ? { note: row.note } : {}) };
  const sides = data.docs.map((_, d) => row.sides[d] ?? []);
  if (!sentences) return [{ ...base, sides: sides.map((ix, d) => paragraphSide(data.docs[d]!, ix, keeps[d]!)) }];
  const local = sides.map((ix, d) => rowSentences(sentences[d]!, ix));
  const links = row.sentences;
  if (!links || !linksFit(links, local.map((l) => l.length))) {
    return [{ ...base, sides: local.map((ix, d) => sentenceSide(sentences[d]!.all, ix, keeps[d]!)) }];
  }
  return links.map((link, k) => ({
    ...base,
    link: k,
    sides: local.map((ix, d) => sentenceSide(sentences[d]!.all, (link[d] ?? []).map((s) => ix[s]!), keeps[d]!)),
  }));
}

const isFurniture = (doc: ExportDoc, i: number): boolean => doc.paragraphs[i]?.kind === 'boilerplate';

/** A stale alignment (naming paragraphs that no longer exist) is refused, not mis-exported. */
function checkRows(data: AlignmentData): void {
  for (const row of data.rows) {
    if (row.sides.length > data.docs.length) {
      throw new CoreError('invalid-operation', `A row has ${row.sides.length} sides for ${data.docs.length} documents.`);
    }
    row.sides.forEach((indices, d) => indices.forEach((i) => paragraphAt(data.docs[d]!, i)));
  }
}

/** The units of an alignment at the chosen level, in row order; units left with no text are dropped. */
export function exportUnits(data: AlignmentData, level: ExportLevel = 'paragraph', filter: UnitFilter = {}): ExportUnit[] {
  checkRows(data);
  const sentences = level === 'sentence' ? data.docs.map(docSentences) : null;
  const keeps: Keep[] = data.docs.map((doc) => (filter.furniture === false ? (i) => !isFurniture(doc, i) : () => true));
  const minSides = filter.linkedOnly ? 2 : 1;
  return data.rows
    .flatMap((row, r) => rowUnits(data, sentences, keeps, row, r))
    .filter((u) => u.sides.filter((s) => s.indices.length).length >= minSides);
}

/* ------------------------------------------------------------------ TSV and CSV */

export interface TableOptions extends UnitFilter {
  level?: ExportLevel;
  /** Start with U+FEFF so spreadsheet programs read the file as UTF-8 (Arabic stays legible). */
  bom?: boolean;
}

/** Column titles: the language tags, made distinct when two documents share one. */
function languageColumns(docs: readonly ExportDoc[]): string[] {
  const seen = new Map<string, number>();
  return docs.map((d) => {
    const n = (seen.get(d.lang) ?? 0) + 1;
    seen.set(d.lang, n);
    return n === 1 ? d.lang : `${d.lang} (${n})`;
  });
}

/** Confidence to three places: enough to sort by, short enough to read in a cell. */
const figure = (x: number): string => String(Math.round(x * 1000) / 1000);

/**
 * Row and sentence numbers, status, confidence, then for each document the numbers of the
 * unit's paragraphs as the reader shows them (from 1, space-separated: "4 5" stays text in a
 * spreadsheet, where "4-5" would become a date), then the texts.
 */
function table(data: AlignmentData, options: TableOptions): string[][] {
  const level = options.level ?? 'paragraph';
  const units = exportUnits(data, level, options);
  const sentenceLevel = level === 'sentence';
  const languages = languageColumns(data.docs);
  const header = ['row', ...(sentenceLevel ? ['sentence'] : []), 'status', 'confidence', ...languages.map((l) => `${l} paragraphs`), ...languages];
  const body = units.map((u) => [
    String(u.row + 1),
    ...(sentenceLevel ? [u.link === undefined ? '' : String(u.link + 1)] : []),
    u.status,
    figure(u.confidence),
    ...u.sides.map((s) => s.paragraphs.map((p) => p + 1).join(' ')),
    ...u.sides.map((s) => s.text),
  ]);
  return [header, ...body];
}

/** One record per unit, CRLF line ends (RFC 4180), the paragraphs of a cell on separate lines. */
export function alignmentToCsv(data: AlignmentData, options: TableOptions = {}): string {
  return writeCsv(table(data, options), options);
}

/** The same table as TSV, in the dialect of writeTsv (the CLI's too). */
export function alignmentToTsv(data: AlignmentData, options: TableOptions = {}): string {
  return writeTsv(table(data, options), options);
}

/* ------------------------------------------------------------------ JSON */

/**
 * The JSON export's format name and version, described by schemas/alignment-export.schema.json.
 * The version goes up whenever a reader of the previous one would misread a file.
 */
export const ALIGNMENT_JSON_FORMAT = 'tarjuman-alignment';
export const ALIGNMENT_JSON_VERSION = 1;

/** A sentence at sentence level, with the paragraph (index into `paragraphs`) it belongs to. */
export interface JsonSentence {
  paragraph: number;
  text: string;
}

export interface JsonSide {
  lang: string;
  dir: Dir;
  /** The document's paragraph texts, at both levels. */
  paragraphs: string[];
  /** At sentence level: the sentences of the whole document, in order; beads index these. */
  sentences?: JsonSentence[];
}

export interface JsonBead {
  a: number[];
  b: number[];
  score: number;
  confidence: number;
  status: BeadStatus;
  sentences?: Array<[number[], number[]]>;
}

export interface AlignmentJson {
  format: typeof ALIGNMENT_JSON_FORMAT;
  version: typeof ALIGNMENT_JSON_VERSION;
  level: ExportLevel;
  a: JsonSide;
  b: JsonSide;
  beads: JsonBead[];
}

function jsonSide(doc: ExportDoc, level: ExportLevel): JsonSide {
  const side = { lang: doc.lang, dir: doc.dir ?? dirOf(doc.lang), paragraphs: doc.paragraphs.map((p) => p.text) };
  return level === 'paragraph' ? side : { ...side, sentences: docSentences(doc).all.map((s) => ({ paragraph: s.paragraph, text: s.text })) };
}

/**
 * A two-document alignment as a JSON object. At paragraph level beads are the rows (with
 * their sentence links when known); at sentence level there is one bead per unit, whose
 * indices count the sentences of the whole document, and each sentence names its paragraph,
 * so paragraph boundaries survive.
 */
export function alignmentToJsonObject(data: AlignmentData, level: ExportLevel = 'paragraph'): AlignmentJson {
  if (data.docs.length !== 2) {
    throw new CoreError('invalid-operation', `JSON export takes two documents, not ${data.docs.length}.`);
  }
  const beads: JsonBead[] = exportUnits(data, level).map((u) => {
    const sentences = level === 'paragraph' ? data.rows[u.row]!.sentences : undefined;
    return {
      a: u.sides[0]!.indices,
      b: u.sides[1]!.indices,
      score: u.score,
      confidence: u.confidence,
      status: u.status,
      ...(sentences ? { sentences: sentences.map((l): [number[], number[]] => [l[0] ?? [], l[1] ?? []]) } : {}),
    };
  });
  return {
    format: ALIGNMENT_JSON_FORMAT,
    version: ALIGNMENT_JSON_VERSION,
    level,
    a: jsonSide(data.docs[0]!, level),
    b: jsonSide(data.docs[1]!, level),
    beads,
  };
}

export function alignmentToJson(data: AlignmentData, options: { level?: ExportLevel; indent?: number } = {}): string {
  return JSON.stringify(alignmentToJsonObject(data, options.level ?? 'paragraph'), null, options.indent ?? 2) + '\n';
}
