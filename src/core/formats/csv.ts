import type { Annotation, ParagraphIndex } from '../model';
import { CoreError } from '../model';
import { checkBody, checkParagraphIndex, checkSelectors } from '../anchor/annotation';
import type { KnownDocs } from './webanno';

/**
 * RFC 4180 CSV and TSV (one dialect: the same quoting with a tab between fields), and
 * annotations as CSV rows for spreadsheets. Text is kept byte for byte: no trimming, RTL
 * marks, ZWNJ and emoji pass through; quoting makes separators, quotes and line breaks inside
 * a field safe. Excel, LibreOffice, Python's csv module and papaparse all read this quoting
 * back exactly; backslash escapes ("linear TSV") are not used because none of them undo them.
 */

export interface CsvWriteOptions {
  /** Start with U+FEFF so spreadsheet programs read the file as UTF-8 (Arabic stays legible). */
  bom?: boolean;
  /**
   * Prefix an apostrophe to cells a spreadsheet would run as a formula (default true). Pasted
   * articles are untrusted: a paragraph "=HYPERLINK(…)" must open as text, not as a link that
   * sends data away (OWASP "CSV injection"). readCsv removes the prefix again.
   */
  guardFormulas?: boolean;
}

export interface CsvReadOptions {
  /** Undo writeCsv's formula guard (default true), so exported text comes back unchanged. */
  unguardFormulas?: boolean;
}

export interface CsvRecord {
  /** 1-based line of the file where the record starts, for error messages. */
  line: number;
  fields: string[];
}

const BOM = '\ufeff';
const NEEDS_QUOTES = { ',': /[",\r\n]/, '\t': /["\t\r\n]/ } as const;

export type Delimiter = keyof typeof NEEDS_QUOTES;

/** RFC 4180: a field with the delimiter, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string, delimiter: Delimiter = ','): string {
  return NEEDS_QUOTES[delimiter].test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** TSV in the same dialect: a field with a tab, quote or line break is quoted. */
export const tsvField = (value: string): string => csvField(value, '\t');

/** Characters that start a formula in Excel, LibreOffice or Google Sheets. */
const FORMULA = /^'*[=+\-@\t\r]/;
/** The guarded form: one added apostrophe before any run of apostrophes and a formula start. */
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * A cell that would start a formula gets a leading apostrophe. Cells that already start with
 * apostrophes before a formula character get one more, so unguardFormula is an exact inverse
 * (a text that really begins "'=" survives the round trip).
 */
export function guardFormula(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

/** Records joined with CRLF, as RFC 4180 says; the file ends with a line break. */
function writeDelimited(rows: readonly (readonly string[])[], delimiter: Delimiter, options: CsvWriteOptions): string {
  const guard = options.guardFormulas ?? true;
  const body = rows.map((r) => r.map((v) => csvField(guard ? guardFormula(v) : v, delimiter)).join(delimiter) + '\r\n').join('');
  return (options.bom ? BOM : '') + body;
}

export function writeCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  return writeDelimited(rows, ',', options);
}

/** The same as writeCsv with a tab between fields (the app's and the CLI's TSV). */
export function writeTsv(rows: readonly (readonly string[])[], options: CsvWriteOptions = {}): string {
  return writeDelimited(rows, '\t', options);
}

function malformed(line: number, what: string): CoreError {
  const message = `Line ${line}: ${what}`;
  return new CoreError('invalid-format', message, { line, detail: message });
}

/** The records of a CSV text; throws a CoreError naming the line of a malformed quote. */
export function readCsv(input: string, options: CsvReadOptions = {}): CsvRecord[] {
  const records = readRecords(input);
  if (options.unguardFormulas ?? true) for (const r of records) r.fields = r.fields.map(unguardFormula);
  return records;
}

/**
 * A small state machine over the text. Accepts CRLF, LF or CR between records; a final line
 * break and blank lines add no records.
 */
function readRecords(input: string): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let touched = false; // the record has a character, comma or quote: not a blank line
  let line = 1;
  let recordLine = 1;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (field !== '') throw malformed(line, 'a quote inside an unquoted field');
      const quoted = readQuoted(text, i, line);
      field = quoted.value;
      line = quoted.line;
      i = quoted.next;
      touched = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      touched = true;
      i++;
    } else if (ch === '\r' || ch === '\n') {
      if (touched) records.push({ line: recordLine, fields: [...fields, field] });
      fields = [];
      field = '';
      touched = false;
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      recordLine = ++line;
    } else {
      field += ch;
      touched = true;
      i++;
    }
  }
  if (touched) records.push({ line: recordLine, fields: [...fields, field] });
  return records;
}

/** A quoted field starting at `at` (the opening quote): its value, where it ends, the line. */
function readQuoted(text: string, at: number, startLine: number): { value: string; next: number; line: number } {
  let value = '';
  let line = startLine;
  let i = at + 1;
  for (;;) {
    if (i >= text.length) throw malformed(startLine, 'a quoted field is never closed');
    const c = text[i]!;
    if (c === '"' && text[i + 1] === '"') {
      value += '"';
      i += 2;
      continue;
    }
    if (c === '"') break;
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
    value += c;
    i++;
  }
  const next = text[i + 1];
  if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
    throw malformed(line, 'text after a closing quote (a quote inside a field must be doubled)');
  }
  return { value, next: i + 1, line };
}

/* ------------------------------------------------------------- annotations */

export const ANNOTATION_CSV_COLUMNS = [
  'id',
  'document',
  /** Counted from 1, as the reader shows paragraphs. */
  'paragraph_number',
  'start',
  'end',
  'exact',
  'prefix',
  'suffix',
  'category',
  'status',
  'note',
  'suggestion',
  'color',
  'created',
  'modified',
] as const;

/**
 * One row per live annotation. Times are ISO 8601 with milliseconds. The revision counter and
 * orphan flag are bookkeeping of one database and are not exported: an imported row starts
 * at revision 1 and is re-anchored when its document is opened.
 */
export function annotationsToCsv(annotations: readonly Annotation[], options: CsvWriteOptions = {}): string {
  const rows = annotations
    .filter((a) => a.deletedAt === undefined)
    .map((a) => {
      const [q, p] = a.selectors;
      return [
        a.id,
        a.docId,
        String(a.paragraph + 1),
        String(p.start),
        String(p.end),
        q.exact,
        q.prefix,
        q.suffix,
        a.body.category,
        a.body.status,
        a.body.note,
        a.body.suggestion ?? '',
        a.body.color ?? '',
        new Date(a.createdAt).toISOString(),
        new Date(a.updatedAt).toISOString(),
      ];
    });
  return writeCsv([[...ANNOTATION_CSV_COLUMNS], ...rows], options);
}

/**
 * Files written before paragraph numbers counted from 1 have a column "paragraph" counted
 * from 0; the renamed column tells the two apart, so an older file is not read one paragraph off.
 * Returns the number the file's first paragraph has.
 */
function checkHeader(record: CsvRecord | undefined): 0 | 1 {
  const found = record?.fields.map((f) => f.trim().toLowerCase()) ?? [];
  const base = found[2] === 'paragraph' ? 0 : 1;
  const expected = ANNOTATION_CSV_COLUMNS.map((c, i) => (i === 2 && base === 0 ? 'paragraph' : c));
  const ok = found.length === expected.length && expected.every((c, i) => found[i] === c);
  if (!ok) {
    throw malformed(record?.line ?? 1, `expected the columns ${ANNOTATION_CSV_COLUMNS.join(', ')}; found ${found.join(', ') || 'nothing'}`);
  }
  return base;
}

function wholeNumber(value: string, line: number, column: string): number {
  if (!/^\d+$/.test(value)) throw malformed(line, `${column} must be a whole number, not "${value}"`);
  return Number(value);
}

function time(value: string, line: number, column: string): number {
  const t = Date.parse(value);
  if (!/^\d{4}-\d\d-\d\dT/.test(value) || !Number.isFinite(t)) throw malformed(line, `${column} must be an ISO 8601 time, not "${value}"`);
  return t;
}

/** Core checks report "annotation: …"; here the reader needs the line instead. */
function atLine<T>(line: number, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CoreError && e.code === 'invalid-format') throw malformed(line, e.message);
    throw e;
  }
}

function paragraphNumber(value: string, line: number, base: 0 | 1): number {
  const n = wholeNumber(value, line, 'paragraph_number');
  if (n < base) throw malformed(line, `paragraph_number counts from 1, not "${value}"`);
  return n - base;
}

function rowToAnnotation(record: CsvRecord, knownDocIds: KnownDocs, base: 0 | 1): Annotation {
  const { line, fields } = record;
  if (fields.length !== ANNOTATION_CSV_COLUMNS.length) {
    throw malformed(line, `expected ${ANNOTATION_CSV_COLUMNS.length} fields, found ${fields.length}`);
  }
  const [id, docId, paragraph, start, end, exact, prefix, suffix, category, status, note, suggestion, color, created, modified] =
    fields as [string, string, string, string, string, string, string, string, string, string, string, string, string, string, string];
  if (id === '') throw malformed(line, 'the id is empty');
  const storyId = knownDocIds.get(docId);
  if (storyId === undefined) {
    throw new CoreError('unknown-document', `Line ${line}: document ${docId} is not in this library.`, { line, name: docId });
  }
  const where = 'annotation';
  return atLine(line, () => ({
    id,
    storyId,
    docId,
    paragraph: checkParagraphIndex(paragraphNumber(paragraph, line, base), where) as ParagraphIndex,
    selectors: checkSelectors({ exact, prefix, suffix }, { start: wholeNumber(start, line, 'start'), end: wholeNumber(end, line, 'end') }, where),
    body: checkBody({ note, category, status, suggestion, color }, where),
    createdAt: time(created, line, 'created'),
    updatedAt: time(modified, line, 'modified'),
  }));
}

/**
 * Annotations from CSV written by annotationsToCsv (or a spreadsheet that kept its columns).
 * All or nothing: a bad header, malformed quoting, a bad value or an unknown document throws
 * a CoreError whose message and detail carry the line number.
 */
export function annotationsFromCsv(text: string, knownDocIds: KnownDocs): Annotation[] {
  const records = readCsv(text);
  const base = checkHeader(records[0]);
  const out = records.slice(1).map((r) => rowToAnnotation(r, knownDocIds, base));
  const seen = new Map<string, number>();
  out.forEach((a, i) => {
    const line = records[i + 1]!.line;
    if (seen.has(a.id)) throw malformed(line, `annotation ${a.id} already appeared on line ${seen.get(a.id)}`);
    seen.set(a.id, line);
  });
  return out;
}
