import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { parse as csvParse } from 'csv-parse/sync';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  alignmentToCsv,
  alignmentToJson,
  alignmentToJsonObject,
  alignmentToTsv,
  beadsBetween,
  exportUnits,
  pairAlignment,
  type AlignmentData,
  type ExportDoc,
} from '../../src/core/formats/alignment-export';
import { csvField, tsvField } from '../../src/core/formats/csv';
import { CoreError, type Bead, type ParagraphIndex, type ParagraphKind } from '../../src/core/model';
import { splitSentences } from '../../src/core/text/sentences';

function doc(lang: string, texts: string[], kinds: Record<number, ParagraphKind> = {}): ExportDoc {
  return {
    lang,
    paragraphs: texts.map((text, index) => ({ index: index as ParagraphIndex, text, sentences: splitSentences(text, lang), kind: kinds[index] ?? ('body' as const) })),
  };
}

/** Records as papaparse reads them (the reader most web tools use), BOM dropped. */
function papa(text: string, delimiter: ',' | '\t'): string[][] {
  const out = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { delimiter, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return out.data;
}

/** Records as Node's csv-parse reads them, strictly (no relaxed quotes). */
function csvParseRecords(text: string, delimiter: ',' | '\t'): string[][] {
  return csvParse(text, { delimiter, bom: true, relax_quotes: false, relax_column_count: false }) as string[][];
}

const PYTHON = ['/usr/bin/python3', '/usr/local/bin/python3'].find(existsSync);

/** Records as Python's csv module reads them (the excel and excel-tab dialects). */
function python(text: string, delimiter: ',' | '\t'): string[][] {
  const script = `import csv, io, json, sys
data = sys.stdin.buffer.read().decode('utf-8-sig')
print(json.dumps(list(csv.reader(io.StringIO(data, newline=''), dialect='excel' if sys.argv[1] == ',' else 'excel-tab'))))`;
  return JSON.parse(execFileSync(PYTHON!, ['-c', script, delimiter], { input: Buffer.from(text, 'utf8') }).toString('utf8'));
}

/** Every reader gives the same records; the formula guard's apostrophe is the only change. */
function readBack(text: string, delimiter: ',' | '\t'): string[][] {
  const records = papa(text, delimiter);
  expect(csvParseRecords(text, delimiter)).toEqual(records);
  if (PYTHON) expect(python(text, delimiter)).toEqual(records);
  return records;
}

const EN = ['Fish, "chips" & more', 'Line one.', 'Tab\there, back\\slash.', '=SUM(A1) stays text'];
const AR = ['السَّمَكُ، «والبطاطا»', '\u202Bمرحبا\u202C 👍🏽', 'می‌خواهم'];
const BEADS: Bead[] = [
  { a: [0], b: [0], score: 0.5, confidence: 0.87654, status: 'confirmed' },
  { a: [1, 2], b: [1], score: 0.4, confidence: 0.5, status: 'edited' },
  { a: [3], b: [], score: 0.1, confidence: 1, status: 'auto' },
  { a: [], b: [2], score: 0.1, confidence: 1, status: 'auto' },
];
const data = (): AlignmentData => pairAlignment(doc('en', EN), doc('ar', AR), BEADS);

describe.each([
  ['CSV', ',', alignmentToCsv],
  ['TSV', '\t', alignmentToTsv],
] as const)('%s (one RFC 4180 dialect), read back by papaparse, csv-parse and Python', (_name, delimiter, write) => {
  it('gives one record per row: row, status, confidence, paragraph numbers from 1, texts', () => {
    const text = write(data());
    expect(text.endsWith('\r\n')).toBe(true);
    expect(readBack(text, delimiter)).toEqual([
      ['row', 'status', 'confidence', 'en paragraphs', 'ar paragraphs', 'en', 'ar'],
      ['1', 'confirmed', '0.877', '1', '1', EN[0], AR[0]],
      ['2', 'edited', '0.5', '2 3', '2', `${EN[1]}\n${EN[2]}`, AR[1]],
      // A paragraph that starts like a formula gets an apostrophe, so a spreadsheet shows it.
      ['3', 'auto', '1', '4', '', `'${EN[3]}`, ''],
      ['4', 'auto', '1', '', '3', '', AR[2]],
    ]);
  });

  it('reads back cells that start with a quote, hold tabs, backslashes and line breaks, exactly', () => {
    const awkward = ['"Quoted" at the start', 'tab\there and \\back\\slash', 'two\r\nlines and\ra CR', '@mention', '+98 21', '\ttab first', 'x'];
    const other = ['«نقل قول»', '"', 'ی\u200cک', '-٥', '=HYPERLINK("http://x.example")', '\u202Bمرحبا\u202C', 'ok'];
    const beads: Bead[] = awkward.map((_, k) => ({ a: [k as ParagraphIndex], b: [k as ParagraphIndex], score: 0, confidence: 1, status: 'auto' }));
    // Paragraphs never hold line breaks (the segmenter splits there); the export writes them as spaces.
    const records = readBack(write(pairAlignment(doc('en', awkward), doc('fa', other), beads)), delimiter);
    expect(records).toHaveLength(1 + awkward.length);
    const guard = (t: string) => (/^[=+\-@\t\r]/.test(t) ? `'${t}` : t);
    expect(records.slice(1).map((r) => r[5])).toEqual(awkward.map((t) => guard(t.replace(/\r\n|\r|\n/g, ' '))));
    expect(records.slice(1).map((r) => r[6])).toEqual(other.map(guard));
  });

  it('starts with a BOM only when asked', () => {
    expect(write(data(), { bom: true }).startsWith('\ufeffrow')).toBe(true);
    expect(write(data()).startsWith('row')).toBe(true);
  });

  it('names a second document of the same language apart', () => {
    const twin = pairAlignment(doc('en', ['a']), doc('en', ['b']), [{ a: [0], b: [0], score: 0, confidence: 1, status: 'auto' }]);
    expect(readBack(write(twin), delimiter)[0]).toEqual(['row', 'status', 'confidence', 'en paragraphs', 'en (2) paragraphs', 'en', 'en (2)']);
  });

  it('leaves out site furniture and one-sided rows when asked', () => {
    const a = doc('en', ['Loading...', 'The envoy met the Taliban.', 'FacebookTwitterLinkedInEmail', 'He left.'], { 0: 'boilerplate', 2: 'boilerplate' });
    const b = doc('ar', ['التقى المبعوث بطالبان.', 'غادر.']);
    const beads: Bead[] = [
      { a: [0], b: [], score: 0, confidence: 1, status: 'auto' },
      { a: [1], b: [0], score: 0, confidence: 1, status: 'auto' },
      { a: [2, 3], b: [1], score: 0, confidence: 1, status: 'auto' },
    ];
    const all = readBack(write(pairAlignment(a, b, beads)), delimiter);
    expect(all).toHaveLength(4);
    const tm = readBack(write(pairAlignment(a, b, beads), { furniture: false, linkedOnly: true }), delimiter);
    expect(tm.slice(1).map((r) => r.slice(3))).toEqual([
      ['2', '1', 'The envoy met the Taliban.', 'التقى المبعوث بطالبان.'],
      ['4', '2', 'He left.', 'غادر.'],
    ]);
  });
});

describe('field quoting', () => {
  it('quotes the delimiter, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('a\tb')).toBe('a\tb');
    expect(tsvField('a\tb')).toBe('"a\tb"');
    expect(tsvField('a,b')).toBe('a,b');
    expect(tsvField('back\\slash')).toBe('back\\slash');
    expect(csvField('\u202Bمرحبا\u202C می‌خواهم 👍🏽')).toBe('\u202Bمرحبا\u202C می‌خواهم 👍🏽');
  });
});

describe('sentence level', () => {
  const a = doc('en', ['First one. Second one.', 'Alone here.']);
  const b = doc('fa', ['اولی. دومی.', 'تنها.']);
  const beads: Bead[] = [
    { a: [0], b: [0], score: 0.5, confidence: 0.9, status: 'auto', sentences: [[[0], [0]], [[1], [1]]] },
    { a: [1], b: [1], score: 0.5, confidence: 0.8, status: 'edited' },
  ];

  it('gives one unit per sentence link and a whole row where links are missing', () => {
    const units = exportUnits(pairAlignment(a, b, beads), 'sentence');
    expect(units.map((u) => [u.row, u.link, u.sides.map((s) => s.text)])).toEqual([
      [0, 0, ['First one.', 'اولی.']],
      [0, 1, ['Second one.', 'دومی.']],
      [1, undefined, ['Alone here.', 'تنها.']],
    ]);
    expect(units[2]!.sides.map((s) => s.indices)).toEqual([[2], [2]]);
    const rows = readBack(alignmentToCsv(pairAlignment(a, b, beads), { level: 'sentence' }), ',');
    expect(rows[0]).toEqual(['row', 'sentence', 'status', 'confidence', 'en paragraphs', 'fa paragraphs', 'en', 'fa']);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['1', '1'], ['1', '2'], ['2', '']]);
    // Each sentence names the paragraph (from 1) it comes from.
    expect(rows.slice(1).map((r) => r.slice(4, 6))).toEqual([['1', '1'], ['1', '1'], ['2', '2']]);
  });

  it('ignores sentence links that do not fit the row', () => {
    const stale: Bead[] = [{ ...beads[0]!, sentences: [[[0, 1, 2], [0]]] }, beads[1]!];
    expect(exportUnits(pairAlignment(a, b, stale), 'sentence')).toHaveLength(2);
  });

  it('joins sentences of different paragraphs with a line break', () => {
    const whole: Bead[] = [{ a: [0, 1], b: [0, 1], score: 0, confidence: 1, status: 'edited' }];
    expect(exportUnits(pairAlignment(a, b, whole), 'sentence')[0]!.sides[0]!.text).toBe('First one. Second one.\nAlone here.');
  });
});

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'schemas', 'alignment-export.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strictRequired: false }).compile(schema);

/** The export is valid against the schema kept in the repository (Ajv), else the errors show. */
function valid(json: unknown): unknown {
  validate(json);
  expect(validate.errors ?? []).toEqual([]);
  return json;
}

describe('JSON (versioned, with a schema in the repository)', () => {
  it('holds the format, version, both documents and the beads', () => {
    const withLinks = BEADS.map((b, k) => (k === 0 ? { ...b, sentences: [[[0], [0]]] as Array<[number[], number[]]> } : b));
    const json = valid(JSON.parse(alignmentToJson(pairAlignment(doc('en', EN), doc('ar', AR), withLinks))));
    expect(json).toEqual({
      format: 'tarjuman-alignment',
      version: 1,
      level: 'paragraph',
      a: { lang: 'en', dir: 'ltr', paragraphs: EN },
      b: { lang: 'ar', dir: 'rtl', paragraphs: AR },
      beads: withLinks.map((b) => ({ ...b, a: [...b.a], b: [...b.b] })),
    });
  });

  it("at sentence level indexes the sentences of the whole document and keeps each one's paragraph", () => {
    const a = doc('en', ['One. Two.', 'Three.']);
    const b = doc('ar', ['واحد. اثنان.', 'ثلاثة.']);
    const beads: Bead[] = [
      { a: [0], b: [0], score: 0.5, confidence: 0.9, status: 'auto', sentences: [[[0], [0]], [[1], [1]]] },
      { a: [1], b: [1], score: 0.5, confidence: 0.9, status: 'auto', sentences: [[[0], [0]]] },
    ];
    const json = valid(JSON.parse(alignmentToJson(pairAlignment(a, b, beads), { level: 'sentence' }))) as ReturnType<typeof alignmentToJsonObject>;
    expect(json.a.paragraphs).toEqual(['One. Two.', 'Three.']);
    expect(json.a.sentences).toEqual([
      { paragraph: 0, text: 'One.' },
      { paragraph: 0, text: 'Two.' },
      { paragraph: 1, text: 'Three.' },
    ]);
    expect(json.b.sentences!.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(json.beads.map((x) => [x.a, x.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('the schema does reject what a reader could misread (the check is real)', () => {
    const good = alignmentToJsonObject(data());
    for (const bad of [
      { ...good, version: 2 },
      { ...good, format: undefined },
      { ...good, beads: [{ ...good.beads[0]!, a: [-1] }] },
      { ...good, level: 'sentence' },
      { ...good, a: { ...good.a, dir: 'up' } },
    ]) {
      expect(validate(JSON.parse(JSON.stringify(bad)))).toBe(false);
    }
  });

  it('takes exactly two documents, and refuses rows naming missing paragraphs', () => {
    const d = data();
    expect(() => alignmentToJson({ docs: [...d.docs, doc('fa', [])], rows: [] })).toThrow(CoreError);
    expect(() => alignmentToCsv(pairAlignment(doc('en', ['a']), doc('ar', []), [{ a: [0], b: [3], score: 0, confidence: 1, status: 'auto' }]))).toThrow(
      /paragraph 4/,
    );
  });

  it('projects n-way rows onto two documents as beads', () => {
    const rows = [
      { sides: [[0], [], [0]], score: 0, confidence: 1, status: 'auto' as const },
      { sides: [[], [0], [1]], score: 0, confidence: 1, status: 'auto' as const },
      { sides: [[], [], [2]], score: 0, confidence: 1, status: 'auto' as const },
    ];
    expect(beadsBetween(rows, 0, 1).map((b) => [b.a, b.b])).toEqual([
      [[0], []],
      [[], [0]],
    ]);
  });
});
