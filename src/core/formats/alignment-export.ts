import { csvField, writeCsv } from './csv';
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
 *  - text is otherwise written as it is: RTL marks, ZWNJ, diacritics and emoji pass through.
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
  text: string;
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

function paragraphSide(doc: ExportDoc, indices: readonly number[]): UnitSide {
  return { indices: [...indices], text: indices.map((i) => oneLine(paragraphAt(doc, i).text)).join('\n') };
}

function paragraphAt(doc: ExportDoc, i: number): Paragraph {
  const p = doc.paragraphs[i];
  if (!p) throw new CoreError('invalid-operation', `The alignment names paragraph ${i + 1}, but the ${doc.lang} document has ${doc.paragraphs.length}.`);
  return p;
}

/** Sentences joined: a space inside a paragraph, a line break between paragraphs. */
function sentenceSide(sentences: readonly SentenceRef[], indices: readonly number[]): UnitSide {
  let text = '';
  indices.forEach((s, k) => {
    const here = sentences[s]!;
    if (k > 0) text += here.paragraph === sentences[indices[k - 1]!]!.paragraph ? ' ' : '\n';
    text += oneLine(here.text);
  });
  return { indices: [...indices], text };
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

function rowUnits(data: AlignmentData, sentences: ReturnType<typeof docSentences>[] | null, row: AlignedRow, r: number): ExportUnit[] {
  const base = { row: r, score: row.score, confidence: row.confidence, status: row.status, ...(row.note ? { note: row.note } : {}) };
  const sides = data.docs.map((_, d) => row.sides[d] ?? []);
  if (!sentences) return [{ ...base, sides: sides.map((ix, d) => paragraphSide(data.docs[d]!, ix)) }];
  const local = sides.map((ix, d) => rowSentences(sentences[d]!, ix));
  const links = row.sentences;
  if (!links || !linksFit(links, local.map((l) => l.length))) {
    return [{ ...base, sides: local.map((ix, d) => sentenceSide(sentences[d]!.all, ix)) }];
  }
  return links.map((link, k) => ({
    ...base,
    link: k,
    sides: local.map((ix, d) => sentenceSide(sentences[d]!.all, (link[d] ?? []).map((s) => ix[s]!))),
  }));
}

/** A stale alignment (naming paragraphs that no longer exist) is refused, not mis-exported. */
function checkRows(data: AlignmentData): void {
  for (const row of data.rows) {
    if (row.sides.length > data.docs.length) {
      throw new CoreError('invalid-operation', `A row has ${row.sides.length} sides for ${data.docs.length} documents.`);
    }
    row.sides.forEach((indices, d) => indices.forEach((i) => paragraphAt(data.docs[d]!, i)));
  }
}

/** The units of an alignment at the chosen level, in row order. */
export function exportUnits(data: AlignmentData, level: ExportLevel = 'paragraph'): ExportUnit[] {
  checkRows(data);
  const sentences = level === 'sentence' ? data.docs.map(docSentences) : null;
  return data.rows.flatMap((row, r) => rowUnits(data, sentences, row, r));
}

/* ------------------------------------------------------------------ TSV and CSV */

export interface TableOptions {
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

function table(data: AlignmentData, level: ExportLevel): string[][] {
  const units = exportUnits(data, level);
  const sentenceLevel = level === 'sentence';
  const header = ['row', ...(sentenceLevel ? ['sentence'] : []), 'status', 'confidence', ...languageColumns(data.docs)];
  const body = units.map((u) => [
    String(u.row + 1),
    ...(sentenceLevel ? [u.link === undefined ? '' : String(u.link + 1)] : []),
    u.status,
    figure(u.confidence),
    ...u.sides.map((s) => s.text),
  ]);
  return [header, ...body];
}

const BOM = '\ufeff';
/** One record per unit, CRLF line ends (RFC 4180), the paragraphs of a cell on separate lines. */
export function alignmentToCsv(data: AlignmentData, options: TableOptions = {}): string {
  return writeCsv(table(data, options.level ?? 'paragraph'), options);
}

export { csvField };

/**
 * TSV cannot quote, so a tab, line break or backslash inside a cell is written as \t, \n,
 * \r or \\ (the "linear TSV" convention many tools read back).
 */
export function tsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]!);
}

export function alignmentToTsv(data: AlignmentData, options: TableOptions = {}): string {
  const body = table(data, options.level ?? 'paragraph')
    .map((r) => r.map(tsvField).join('\t') + '\n')
    .join('');
  return (options.bom ? BOM : '') + body;
}

/* ------------------------------------------------------------------ JSON */

export interface JsonSide {
  lang: string;
  dir: Dir;
  /** Paragraph texts at paragraph level. */
  paragraphs?: string[];
  /** Sentence texts of the whole document at sentence level. */
  sentences?: string[];
}

export interface JsonBead {
  a: number[];
  b: number[];
  score: number;
  confidence: number;
  status: BeadStatus;
  sentences?: Array<[number[], number[]]>;
}

/** The CLI's shape. At sentence level the units are sentences and beads index them. */
export interface AlignmentJson {
  level: ExportLevel;
  a: JsonSide;
  b: JsonSide;
  beads: JsonBead[];
}

function jsonSide(doc: ExportDoc, level: ExportLevel): JsonSide {
  const side = { lang: doc.lang, dir: doc.dir ?? dirOf(doc.lang) };
  return level === 'paragraph'
    ? { ...side, paragraphs: doc.paragraphs.map((p) => p.text) }
    : { ...side, sentences: docSentences(doc).all.map((s) => s.text) };
}

/**
 * A two-document alignment as a JSON object. At paragraph level beads are the rows (with
 * their sentence links when known); at sentence level there is one bead per unit, whose
 * indices count the sentences of the whole document.
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
  return { level, a: jsonSide(data.docs[0]!, level), b: jsonSide(data.docs[1]!, level), beads };
}

export function alignmentToJson(data: AlignmentData, options: { level?: ExportLevel; indent?: number } = {}): string {
  return JSON.stringify(alignmentToJsonObject(data, options.level ?? 'paragraph'), null, options.indent ?? 2) + '\n';
}
