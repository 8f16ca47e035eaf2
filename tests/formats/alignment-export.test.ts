import { describe, expect, it } from 'vitest';
import {
  alignmentToCsv,
  alignmentToJson,
  alignmentToJsonObject,
  alignmentToTsv,
  beadsBetween,
  csvField,
  exportUnits,
  pairAlignment,
  tsvField,
  type AlignmentData,
  type ExportDoc,
} from '../../src/core/formats/alignment-export';
import { CoreError, type Bead, type ParagraphIndex } from '../../src/core/model';
import { splitSentences } from '../../src/core/text/sentences';

function doc(lang: string, texts: string[]): ExportDoc {
  return {
    lang,
    paragraphs: texts.map((text, index) => ({ index: index as ParagraphIndex, text, sentences: splitSentences(text, lang), kind: 'body' as const })),
  };
}

/** RFC 4180 records, written independently of the code under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
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

describe('CSV (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks, and nothing else', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('\u202Bمرحبا\u202C می‌خواهم 👍🏽')).toBe('\u202Bمرحبا\u202C می‌خواهم 👍🏽');
  });

  it('writes one record per row with row number, status, confidence and a column per language', () => {
    const csv = alignmentToCsv(data());
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ['row', 'status', 'confidence', 'en', 'ar'],
      ['1', 'confirmed', '0.877', EN[0], AR[0]],
      ['2', 'edited', '0.5', `${EN[1]}\n${EN[2]}`, AR[1]],
      // A paragraph that starts like a formula gets an apostrophe, so a spreadsheet shows it.
      ['3', 'auto', '1', `'${EN[3]}`, ''],
      ['4', 'auto', '1', '', AR[2]],
    ]);
  });

  it('starts with a BOM only when asked', () => {
    expect(alignmentToCsv(data(), { bom: true }).startsWith('\ufeffrow,')).toBe(true);
    expect(alignmentToCsv(data()).startsWith('row,')).toBe(true);
  });
});

describe('TSV', () => {
  it('escapes tabs, line breaks and backslashes, as TSV cannot quote', () => {
    expect(tsvField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    const lines = alignmentToTsv(data()).split('\n');
    expect(lines[0]).toBe('row\tstatus\tconfidence\ten\tar');
    expect(lines[2]).toBe('2\tedited\t0.5\tLine one.\\nTab\\there, back\\\\slash.\t\u202Bمرحبا\u202C 👍🏽');
    expect(lines.every((l) => l === '' || l.split('\t').length === 5)).toBe(true);
    expect(alignmentToTsv(data(), { bom: true }).charCodeAt(0)).toBe(0xfeff);
  });

  it('names a second document of the same language apart', () => {
    const twin = pairAlignment(doc('en', ['a']), doc('en', ['b']), [{ a: [0], b: [0], score: 0, confidence: 1, status: 'auto' }]);
    expect(alignmentToTsv(twin).split('\n')[0]).toBe('row\tstatus\tconfidence\ten\ten (2)');
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
    const rows = parseCsv(alignmentToCsv(pairAlignment(a, b, beads), { level: 'sentence' }));
    expect(rows[0]).toEqual(['row', 'sentence', 'status', 'confidence', 'en', 'fa']);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['1', '1'], ['1', '2'], ['2', '']]);
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

describe('JSON (the CLI shape)', () => {
  it('holds both documents and the beads', () => {
    const withLinks = BEADS.map((b, k) => (k === 0 ? { ...b, sentences: [[[0], [0]]] as Array<[number[], number[]]> } : b));
    const json = JSON.parse(alignmentToJson(pairAlignment(doc('en', EN), doc('ar', AR), withLinks)));
    expect(json).toEqual({
      level: 'paragraph',
      a: { lang: 'en', dir: 'ltr', paragraphs: EN },
      b: { lang: 'ar', dir: 'rtl', paragraphs: AR },
      beads: withLinks.map((b) => ({ ...b, a: [...b.a], b: [...b.b] })),
    });
  });

  it('indexes sentences of the whole document at sentence level', () => {
    const a = doc('en', ['One. Two.', 'Three.']);
    const b = doc('ar', ['واحد. اثنان.', 'ثلاثة.']);
    const beads: Bead[] = [
      { a: [0], b: [0], score: 0.5, confidence: 0.9, status: 'auto', sentences: [[[0], [0]], [[1], [1]]] },
      { a: [1], b: [1], score: 0.5, confidence: 0.9, status: 'auto', sentences: [[[0], [0]]] },
    ];
    const json = alignmentToJsonObject(pairAlignment(a, b, beads), 'sentence');
    expect(json.a.sentences).toEqual(['One.', 'Two.', 'Three.']);
    expect(json.a.paragraphs).toBeUndefined();
    expect(json.beads.map((x) => [x.a, x.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
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
