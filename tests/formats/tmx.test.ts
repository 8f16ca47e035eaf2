import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { align } from '../../src/core/align';
import { pairAlignment, type AlignmentData, type ExportDoc } from '../../src/core/formats/alignment-export';
import { XMLParser } from 'fast-xml-parser';
import { alignmentToTmx, tmxToAlignment, xmlAttr, xmlText } from '../../src/core/formats/tmx';
import { CoreError, type Bead, type BeadStatus, type ParagraphIndex, type ParagraphKind } from '../../src/core/model';
import { segment } from '../../src/core/text/segment';
import { splitSentences } from '../../src/core/text/sentences';
import { seed } from '../seeds';

const ROOT = join(import.meta.dirname, '..', '..');
const DTD = join(ROOT, 'src', 'core', 'formats', 'tmx14b.dtd');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'tmx');
const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find(existsSync);

function doc(lang: string, texts: string[], kinds: Record<number, ParagraphKind> = {}): ExportDoc {
  return {
    lang,
    paragraphs: texts.map((text, index) => ({ index: index as ParagraphIndex, text, sentences: splitSentences(text, lang), kind: kinds[index] ?? ('body' as const) })),
  };
}

/** Everything a whole-alignment export keeps (the translation-memory defaults leave some out). */
const ALL = { linkedOnly: false, furniture: true } as const;

/** A TMX as an independent, generic XML parser reads it: each unit's [language, text] pairs. */
function readUnits(tmx: string): { srclang: string; units: Array<Array<[string, string]>> } {
  const parser = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false, isArray: (n) => ['tu', 'tuv', 'prop', 'note'].includes(n) });
  const root = parser.parse(tmx).tmx;
  const tus: Array<{ tuv: Array<{ '@_xml:lang': string; seg: string | { '#text': string } }> }> = root.body?.tu ?? [];
  const text = (seg: string | { '#text': string }) => (typeof seg === 'string' ? seg : seg['#text']);
  return { srclang: root.header['@_srclang'], units: tus.map((tu) => tu.tuv.map((v) => [v['@_xml:lang'], text(v.seg)])) };
}

/** Beads over the given shapes, with statuses, figures and (for linked rows) sentence links. */
function beadsFor(a: ExportDoc, b: ExportDoc, shapes: Array<[number, number, BeadStatus]>): Bead[] {
  let i = 0;
  let j = 0;
  return shapes.map(([da, db, status], k) => {
    const ia = Array.from({ length: da }, () => i++ as ParagraphIndex);
    const ib = Array.from({ length: db }, () => j++ as ParagraphIndex);
    const count = (d: ExportDoc, ix: number[]) => ix.reduce((n, p) => n + Math.max(1, d.paragraphs[p]!.sentences.length), 0);
    const bead: Bead = { a: ia, b: ib, score: 0.125 * k, confidence: 1 / (k + 3), status };
    if (da && db) bead.sentences = [[range(count(a, ia)), range(count(b, ib))]];
    return bead;
  });
}

const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);

// Text a TMX must carry intact: markup characters, direction marks and embeddings,
// emoji (with a skin tone and a ZWJ family), Arabic with diacritics, Persian with ZWNJ.
const EN = [
  'Fish & chips <b>cost</b> "5" dollars, isn\'t it? a ]]> b -- c',
  'He said \u200Fمرحبا\u200F and left. Then he came back.',
  'Thumbs up 👍🏽 and a family 👨‍👩‍👧 at 10:30.',
  'An omitted paragraph with a tab\there.',
];
const AR = [
  'السَّمَكُ وَالبَطاطا تُكَلِّفُ ٥ دولارات.',
  '\u202Bقال مرحبا\u202C ثم غادر.',
  'إعجاب 👍🏽 وعائلة 👨‍👩‍👧 في الساعة ١٠:٣٠.',
  'فقرة مضافة.',
];
const FA = ['می‌خواهم ماهی و سیب‌زمینی بخرم.', 'او گفت سلام و رفت.', 'پسندیدن 👍🏽 و خانواده.', 'بند افزوده‌شده.'];

function specialPair(): { data: AlignmentData; beads: Bead[] } {
  const a = doc('en', EN);
  const b = doc('ar', AR.map((t) => t.normalize('NFC')));
  const beads = beadsFor(a, b, [
    [1, 1, 'confirmed'],
    [2, 2, 'edited'],
    [1, 0, 'auto'],
    [0, 1, 'auto'],
  ]);
  return { data: pairAlignment(a, b, beads), beads };
}

const DATE = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));

describe('TMX export', () => {
  it('writes the 1.4b header and one <tu> per row with a <tuv> per non-empty side', () => {
    const tmx = alignmentToTmx(specialPair().data, { date: DATE, toolVersion: '9.9', ...ALL });
    expect(tmx).toContain('<!DOCTYPE tmx SYSTEM "tmx14b.dtd">');
    expect(tmx).toContain(
      '<header creationtool="Tarjuman" creationtoolversion="9.9" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="en" o-tmf="Tarjuman" creationdate="20250102T030405Z">',
    );
    expect(tmx.match(/<tu /g)).toHaveLength(4);
    expect(tmx.match(/<tuv /g)).toHaveLength(6);
    expect(tmx).toContain('<prop type="x-confidence">0.3333333333333333</prop>');
    expect(tmx).toContain('<prop type="x-status">confirmed</prop>');
  });

  it('escapes markup and writes direction controls as references; the rest is literal', () => {
    const tmx = alignmentToTmx(specialPair().data, { date: DATE, ...ALL });
    expect(tmx).toContain('Fish &amp; chips &lt;b&gt;cost&lt;/b&gt; "5" dollars, isn\'t it? a ]]&gt; b -- c');
    expect(tmx).toContain('He said &#x200F;مرحبا&#x200F; and left.');
    expect(tmx).toContain('&#x202B;قال مرحبا&#x202C;');
    expect(tmx).toContain('👨‍👩‍👧');
    expect(xmlAttr('a"b\tc\nd<')).toBe('a&quot;b&#x9;c&#xA;d&lt;');
    expect(xmlText('bad\u0001char \uD800 ok')).toBe('bad\uFFFDchar \uFFFD ok');
  });

  it('joins the paragraphs of a side with a line break, and writes a line break inside one as a space', () => {
    const a = doc('en', ['One.', 'Two\nlines.']);
    const b = doc('fa', ['یک و دو.']);
    const tmx = alignmentToTmx(pairAlignment(a, b, [{ a: [0, 1], b: [0], score: 0, confidence: 1, status: 'auto' }]), { date: DATE, metadata: false });
    expect(tmx).toContain('<seg>One.\nTwo lines.</seg>');
    expect(tmx).not.toContain('<prop');
    expect(tmx).toContain('o-tmf="Tarjuman" creationdate="20250102T030405Z"/>');
  });

  it('writes one <tu> per sentence link at sentence level, and whole rows where links are missing', () => {
    const a = doc('en', ['First one. Second one.', 'Alone.']);
    const b = doc('ar', ['الأولى. الثانية.', 'وحدها.']);
    const beads: Bead[] = [
      { a: [0], b: [0], score: 0.5, confidence: 0.9, status: 'auto', sentences: [[[0], [0]], [[1], [1]]] },
      { a: [1], b: [1], score: 0.5, confidence: 0.9, status: 'edited' },
    ];
    const tmx = alignmentToTmx(pairAlignment(a, b, beads), { level: 'sentence', date: DATE, ...ALL });
    expect(tmx).toContain('segtype="sentence"');
    expect(tmx.match(/tuid="[^"]+"/g)).toEqual(['tuid="1.1"', 'tuid="1.2"', 'tuid="2"']);
    expect(tmx).toContain('<seg>Second one.</seg>');
  });

  it('refuses two documents of one language (TMX tells variants apart by language)', () => {
    const a = doc('en', ['One.']);
    expect(() => alignmentToTmx(pairAlignment(a, doc('EN', ['Uno.']), [{ a: [0], b: [0], score: 0, confidence: 1, status: 'auto' }]))).toThrow(
      /one document per language/,
    );
  });
});

describe('TMX export for a translation memory', () => {
  // The demo's kind of page: share bars and placeholders on one side only, around linked text.
  const en = doc('en', ['Loading...', 'The envoy met the Taliban.', 'FacebookTwitterLinkedInEmail', 'He left on Monday.', 'An unmatched sentence.'], { 0: 'boilerplate', 2: 'boilerplate' });
  const ar = doc('ar', ['التقى المبعوث بطالبان.', 'غادر يوم الاثنين.', 'شارك']);
  const beads: Bead[] = [
    { a: [0], b: [], score: 0, confidence: 1, status: 'auto' },
    { a: [1], b: [0], score: 0, confidence: 1, status: 'confirmed' },
    { a: [2, 3], b: [1], score: 0, confidence: 1, status: 'auto' },
    { a: [4], b: [], score: 0, confidence: 1, status: 'auto' },
    { a: [], b: [2], score: 0, confidence: 1, status: 'auto' },
  ];
  const data = pairAlignment(en, ar, beads);

  it('by default keeps linked pairs only and leaves site furniture out', () => {
    const { units } = readUnits(alignmentToTmx(data, { date: DATE }));
    expect(units).toEqual([
      [
        ['en', 'The envoy met the Taliban.'],
        ['ar', 'التقى المبعوث بطالبان.'],
      ],
      [
        ['en', 'He left on Monday.'],
        ['ar', 'غادر يوم الاثنين.'],
      ],
    ]);
  });

  it('keeps everything when asked', () => {
    const { units } = readUnits(alignmentToTmx(data, { date: DATE, ...ALL }));
    expect(units.map((u) => u.map(([l]) => l))).toEqual([['en'], ['en', 'ar'], ['en', 'ar'], ['en'], ['ar']]);
    expect(units[2]![0]![1]).toBe('FacebookTwitterLinkedInEmail\nHe left on Monday.');
  });

  it('writes the locale tags and the source language the user chose, the source first in each unit', () => {
    const tmx = alignmentToTmx(data, { date: DATE, tags: ['en-us', 'ar_SA'], source: 1 });
    const { srclang, units } = readUnits(tmx);
    expect(srclang).toBe('ar-SA');
    expect(units.map((u) => u.map(([l]) => l))).toEqual([
      ['ar-SA', 'en-US'],
      ['ar-SA', 'en-US'],
    ]);
    // Read back, the documents keep the reader's order and the chosen tags.
    const back = tmxToAlignment(tmx);
    expect(back.docs.map((d) => d.lang)).toEqual(['en-US', 'ar-SA']);
    expect(back.srclang).toBe('ar-SA');
  });

  it('refuses a tag that is not BCP 47, and two documents given one tag', () => {
    expect(() => alignmentToTmx(data, { tags: ['en US', 'ar'] })).toThrow(/"en US" is not a language tag/);
    expect(() => alignmentToTmx(data, { tags: ['fa-IR', 'fa-ir'] })).toThrow(/one document per language/);
  });
});

describe.skipIf(!XMLLINT)('TMX validates against the TMX 1.4b DTD (xmllint)', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tarjuman-tmx-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** xmllint's exit status and messages; the DOCTYPE's own file is not there, which it only warns about. */
  function xmllint(tmx: string, name: string): { ok: boolean; output: string } {
    const file = join(dir, name);
    writeFileSync(file, tmx);
    try {
      execFileSync(XMLLINT!, ['--noout', '--nonet', '--dtdvalid', DTD, file], { stdio: 'pipe' });
      return { ok: true, output: '' };
    } catch (e) {
      return { ok: false, output: String((e as { stderr?: Buffer }).stderr ?? e) };
    }
  }

  const three = (): AlignmentData => {
    const data = specialPair().data;
    const fa = doc('fa', FA);
    return { docs: [...data.docs, fa], rows: data.rows.map((r, k) => ({ ...r, sides: [...r.sides, [k]], ...(k === 0 ? { note: 'checked by <editor> & co' } : {}) })) };
  };

  it.each([
    ['paragraph level', () => alignmentToTmx(specialPair().data, { date: DATE })],
    ['sentence level', () => alignmentToTmx(specialPair().data, { date: DATE, level: 'sentence' })],
    ['without metadata', () => alignmentToTmx(specialPair().data, { date: DATE, metadata: false })],
    ['three documents with a note', () => alignmentToTmx(three(), { date: DATE })],
    ['an empty alignment', () => alignmentToTmx({ docs: [doc('en', []), doc('ar', [])], rows: [] }, { date: DATE })],
  ])('%s', (name, make) => {
    const result = xmllint(make(), `${name.replace(/\W+/g, '-')}.tmx`);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });

  it('the DOCTYPE names the DTD the project ships: xmllint finds it there and validates by it', () => {
    copyFileSync(DTD, join(dir, 'tmx14b.dtd'));
    const file = join(dir, 'by-doctype.tmx');
    writeFileSync(file, alignmentToTmx(specialPair().data, { date: DATE, tags: ['en-US', 'ar-SA'] }));
    // --valid loads the DTD the DOCTYPE names (beside the file); --nonet forbids any other.
    expect(() => execFileSync(XMLLINT!, ['--noout', '--nonet', '--valid', file], { stdio: 'pipe' })).not.toThrow();
    writeFileSync(file, readFileSync(file, 'utf8').replace('tmx14b.dtd', 'tmx14.dtd'));
    expect(() => execFileSync(XMLLINT!, ['--noout', '--nonet', '--valid', file], { stdio: 'pipe' })).toThrow();
  });

  it('and the DTD does reject a broken file (the check is real)', () => {
    const broken = alignmentToTmx(specialPair().data, { date: DATE }).replace(/<tuv xml:lang="ar">/, '<tuv>');
    const result = xmllint(broken, 'broken.tmx');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/xml:lang/);
  });
});

if (!XMLLINT) {
  it.skip('TMX DTD validation: xmllint is missing; install it with `apt-get install -y libxml2-utils`', () => {});
}

describe('TMX round trip', () => {
  it('gives back the same texts and beads, special characters included', () => {
    const { data, beads } = specialPair();
    const back = tmxToAlignment(alignmentToTmx(data, { date: DATE, ...ALL }));
    expect(back.docs.map((d) => d.lang)).toEqual(['en', 'ar']);
    expect(back.docs.map((d) => d.dir)).toEqual(['ltr', 'rtl']);
    expect(back.docs.map((d) => d.paragraphs.map((p) => p.text))).toEqual([EN, AR.map((t) => t.normalize('NFC'))]);
    expect(back.beads).toEqual(beads);
    expect(back.docs[0]!.paragraphs[1]!.sentences).toHaveLength(2);
  });

  it('keeps three documents, their order, notes and rows', () => {
    const data = specialPair().data;
    const fa = doc('fa', FA);
    // Persian is last in the header but first seen in no unit before Arabic: the header order wins.
    const rows = data.rows.map((r, k) => ({ ...r, sides: [r.sides[0]!, k === 0 ? [] : r.sides[1]!, [k]], ...(k === 1 ? { note: 'a <note> & more' } : {}) }));
    delete rows[0]!.sentences;
    const three: AlignmentData = { docs: [data.docs[0]!, data.docs[1]!, fa], rows };
    const back = tmxToAlignment(alignmentToTmx(three, { date: DATE, ...ALL }));
    expect(back.docs.map((d) => d.lang)).toEqual(['en', 'ar', 'fa']);
    expect(back.docs[2]!.paragraphs.map((p) => p.text)).toEqual(FA);
    expect(back.docs[1]!.paragraphs).toHaveLength(AR.length - 1);
    expect(back.rows.map((r) => r.sides)).toEqual(rows.map((r, k) => (k === 0 ? [r.sides[0], [], r.sides[2]] : [r.sides[0], r.sides[1]!.map((i) => i - 1), r.sides[2]])));
    expect(back.rows[1]!.note).toBe('a <note> & more');
  });

  it('round-trips a real alignment of two seeds', () => {
    const a = { lang: 'en', paragraphs: segment(seed('000'), { lang: 'en' }) };
    const b = { lang: 'ar', paragraphs: segment(seed('003'), { lang: 'ar' }) };
    let beads: Bead[];
    try {
      beads = align(a, b);
    } catch (e) {
      console.warn(`real align did not run: ${(e as Error).message}`);
      return;
    }
    const back = tmxToAlignment(alignmentToTmx(pairAlignment(a, b, beads), ALL));
    expect(back.docs[0]!.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    expect(back.docs[1]!.paragraphs.map((p) => p.text)).toEqual(b.paragraphs.map((p) => p.text));
    expect(back.beads).toEqual(beads);
  });
});

describe('TMX import of another tool\'s file', () => {
  const back = tmxToAlignment(readFileSync(join(FIXTURES, 'foreign.tmx'), 'utf8'));

  it('reads languages case-insensitively, source first, and leaves inline codes\' markup out', () => {
    expect(back.srclang).toBe('en-US');
    expect(back.segtype).toBe('sentence');
    expect(back.creationtool).toBe('OtherTool');
    expect(back.docs.map((d) => d.lang)).toEqual(['en-US', 'ar']);
    expect(back.docs[0]!.paragraphs.map((p) => p.text)).toEqual(['The Taliban met envoys.', 'Fish & chips <not a tag> 👍', 'A new paragraph']);
    expect(back.docs[1]!.paragraphs.map((p) => p.text)).toEqual(['التقى طالبان بالمبعوثين.', 'فقرة\u200F جديدة']);
  });

  it('gives a missing language an empty side, skips empty units and defaults the figures', () => {
    expect(back.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
    expect(back.beads[0]).toMatchObject({ status: 'auto', confidence: 1, score: 0 });
    expect(back.rows[0]!.note).toBe('first unit');
  });
});

describe('malformed TMX is refused with the line of the fault', () => {
  const wrap = (body: string) =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tmx version="1.4">',
      '<header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>',
      '<body>',
      body,
      '</body>',
      '</tmx>',
    ].join('\n');
  const tu = (en: string, ar = '<tuv xml:lang="ar"><seg>نص</seg></tuv>') => `<tu>\n<tuv xml:lang="en"><seg>${en}</seg></tuv>\n${ar}\n</tu>`;

  const cases: Array<[string, string, number, RegExp]> = [
    ['an unclosed tag', wrap('<tu>\n<tuv xml:lang="en"><seg>x</seg></tuv>\n').replace('</body>\n</tmx>', ''), 5, /<tu> is never closed/],
    ['a mismatched end tag', wrap(tu('x</tuv>')), 6, /a closing tag that does not close/],
    ['an unknown entity', wrap(tu('caf&eacute;')), 6, /an entity TMX does not know/],
    ['a bare ampersand', wrap(tu('Fish & chips')), 6, /bare "&"/],
    ['a reference to a forbidden character', wrap(tu('x&#0;')), 6, /malformed character entity/],
    ['a control character', wrap(tu('x\u0001')), 6, /disallowed character/],
    ['a missing <body>', '<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="block" o-tmf="t" adminlang="en" srclang="en" datatype="x"/>\n</tmx>', 3, /missing <body>/],
    ['a missing <header>', '<tmx>\n<body/>\n</tmx>', 2, /missing <header>/],
    ['a root that is not <tmx>', '<?xml version="1.0"?>\n<xliff/>', 2, /root element is <xliff>/],
    ['a <seg> directly in <tu>', wrap('<tu>\n<seg>x</seg>\n</tu>'), 6, /<seg> is not allowed in <tu>/],
    ['text directly in <tu>', wrap('<tu>\nstray words\n<tuv xml:lang="en"><seg>x</seg></tuv></tu>'), 6, /text directly inside <tu>/],
    ['a <tu> without <tuv>', wrap('<tu>\n<prop type="x">y</prop>\n</tu>'), 5, /<tu> without any <tuv>/],
    ['a <tuv> without a language', wrap('<tu>\n<tuv><seg>x</seg></tuv>\n</tu>'), 6, /<tuv> without xml:lang/],
    ['a <tuv> with two <seg>s', wrap('<tu>\n<tuv xml:lang="en"><seg>x</seg>\n<seg>y</seg></tuv>\n</tu>'), 7, /exactly one <seg>/],
    ['an unknown element in <seg>', wrap(tu('a <b>bold</b> word')), 6, /<b> is not allowed in <seg>/],
    ['a bad confidence', wrap('<tu>\n<prop type="x-confidence">high</prop>\n<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu>'), 6, /x-confidence must be a number from 0 to 1/],
    ['a bad status', wrap('<tu>\n<prop type="x-status">maybe</prop>\n<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu>'), 6, /x-status must be/],
    ['an unquoted attribute', wrap('<tu tuid=1>\n</tu>'), 5, /unquoted attribute value/],
    ['a repeated attribute', wrap('<tu tuid="1" tuid="2">\n</tu>'), 5, /duplicate attribute: tuid/],
    ['content after the root', wrap(tu('x')) + '\n<tmx/>', 11, /only one root/],
    ['one language only', wrap('<tu>\n<tuv xml:lang="en"><seg>x</seg></tuv>\n</tu>'), 4, /one language \(en\); an alignment needs two/],
    ['an unclosed comment', wrap('<!-- never ends'), 5, /comment is never closed/],
    ['an empty file', '', 1, /file is empty/],
  ];

  it('a second variant of one language (an alternative translation) becomes the row\'s note, not an error and not a row', () => {
    const r = tmxToAlignment(wrap(tu('x', '<tuv xml:lang="ar"><seg>نص</seg></tuv>\n<tuv xml:lang="AR"><seg>نص آخر</seg></tuv>')));
    expect(r.docs.map((d) => d.paragraphs.map((p) => p.text))).toEqual([['x'], ['نص']]);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]!.note).toContain('ar (alternative): نص آخر');
  });

  it.each(cases)('%s', (_name, text, line, message) => {
    let err: unknown;
    let result: unknown;
    try {
      result = tmxToAlignment(text);
    } catch (e) {
      err = e;
    }
    expect(result).toBeUndefined(); // nothing partial
    expect(err).toBeInstanceOf(CoreError);
    const e = err as CoreError;
    expect(e.code).toBe('invalid-format');
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(`Line ${line}: `)).toBe(true);
    expect(e.detail).toMatchObject({ line });
  });

  it('counts lines the XML way: CRLF and a lone CR are one line break each', () => {
    const text = '<tmx>\r\n<header/>\r<body>\r\n<tu>&bogus;</tu></body></tmx>';
    expect(() => tmxToAlignment(text)).toThrow(/^Line 4: an entity TMX does not know/);
  });

  it('reads attributes with either quote, references and CDATA', () => {
    const tmx = "<?xml version='1.0'?><!-- c --><tmx version='1.4'><header srclang='en'/><body><tu><tuv xml:lang='en'><seg>x &amp; &#x41;&#66;<![CDATA[<&>]]>&lt;</seg></tuv><tuv xml:lang=\"ar\"><seg>ب</seg></tuv></tu></body></tmx>";
    expect(tmxToAlignment(tmx).docs[0]!.paragraphs[0]!.text).toBe('x & AB<&><');
  });
});

describe('TMX files as other tools write them import with nothing lost', () => {
  const read = (name: string) => tmxToAlignment(new Uint8Array(readFileSync(join(FIXTURES, name))));
  const texts = (r: ReturnType<typeof read>) => r.docs.map((d) => [d.lang, d.paragraphs.map((p) => p.text)]);
  const pairs = (r: ReturnType<typeof read>) => r.rows.map((row) => row.sides.map((ix, d) => ix.map((i) => r.docs[d]!.paragraphs[i]!.text).join('\n')));

  it('translate-toolkit: notes after the <tuv>s, single-quoted declaration', () => {
    const r = read('translate-toolkit.tmx');
    expect(r.docs.map((d) => d.lang)).toEqual(['en', 'ar']);
    expect(pairs(r)).toEqual([
      ['The Taliban want talks with Washington.', 'طالبان تسعى إلى محادثات مع واشنطن.'],
      ['Zalmay Khalilzad met them in Doha.', 'التقى بهم زلماي خليل زاد في الدوحة.'],
      ['Fish & chips cost 5 dollars.', 'السمك والبطاطا بخمسة دولارات.'],
    ]);
    expect(r.rows.map((row) => row.note)).toEqual(['headline', 'check the spelling of the name\nsecond reviewer: fine', undefined]);
  });

  it('memoQ/Trados-like: inline codes leave their markup out and keep the text, lower-case locale tags become one document each', () => {
    const r = read('memoq-inline.tmx');
    expect(r.srclang).toBe('en-US');
    expect(r.docs.map((d) => [d.lang, d.dir])).toEqual([
      ['en-US', 'ltr'],
      ['fa-IR', 'rtl'],
    ]);
    expect(pairs(r)).toEqual([
      ['Price: 5 dollars.', 'قیمت: ۵ دلار.'],
      ['The envoy arrived on Monday.', 'فرستاده روز دوشنبه رسید.'],
      ['See Kabul at night and Herat.', 'ببینید کابل در شب و هرات را.'],
      ['Version 2.0', 'نسخهٔ ۲٫۰'],
      ['Line one', 'سطر یک'],
    ]);
  });

  it('a header srclang="en" with units in en-US makes no extra document, and en-US is the source', () => {
    const r = read('srclang-base.tmx');
    expect(r.docs.map((d) => d.lang)).toEqual(['en-US', 'ar-SA']);
    expect(r.srclang).toBe('en-US');
    expect(r.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(pairs(r)[0]).toEqual(['The envoy arrived on Monday.', 'وصل المبعوث يوم الاثنين.']);
  });

  it('a *all* header: languages in order of first use, a missing one an empty side', () => {
    const r = read('all-header.tmx');
    expect(r.srclang).toBe('');
    expect(texts(r)).toEqual([
      ['fa', ['می‌خواهم ماهی بخرم.', 'کابل سرد است.']],
      ['en', ['I want to buy fish.', 'Kabul is cold.']],
      ['ar', ['أريد أن أشتري سمكاً.']],
    ]);
    expect(r.rows.map((row) => row.sides)).toEqual([
      [[0], [0], [0]],
      [[1], [1], []],
    ]);
  });

  it('en_US and fa_IR are read as en-US and fa-IR', () => {
    const r = read('en_US.tmx');
    expect(texts(r)).toEqual([
      ['en-US', ['Open the file', 'Save']],
      ['fa-IR', ['پرونده را باز کن', 'ذخیره']],
    ]);
  });

  it('ISO-8859-1, as the declaration says (Arabic as character references)', () => {
    const r = read('latin1.tmx');
    expect(texts(r)).toEqual([
      ['es-ES', ['Señor Ñúñez llegó a Kabul el miércoles.', '¿Qué dijo? «Nada», respondió.']],
      ['ar', ['وصل السيد نونيز إلى كابل.', 'ماذا قال؟']],
    ]);
  });

  it.each(['utf16le-bom.tmx', 'utf16le-nobom.tmx', 'utf16be-nobom.tmx'])('UTF-16 with or without a byte order mark: %s', (name) => {
    const r = read(name);
    expect(r.srclang).toBe('ar');
    expect(texts(r)).toEqual([
      ['ar', ['قال زلماي خليل زاد إن المحادثات مفيدة.', 'می‌خواهم — لا، أريد.']],
      ['en', ['Zalmay Khalilzad said the talks were useful 👍.', 'Señor Ñúñez & “quotes”.']],
    ]);
  });

  it('a file that is not what its declaration says is refused, not read as mojibake', () => {
    const latin = readFileSync(join(FIXTURES, 'latin1.tmx'));
    const lying = Buffer.from(latin.toString('latin1').replace('ISO-8859-1', 'UTF-8'), 'latin1');
    expect(() => tmxToAlignment(new Uint8Array(lying))).toThrow(/not valid UTF-8 \(as its XML declaration says\)/);
    expect(() => tmxToAlignment(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toThrow(/not text .*not a TMX file/);
  });
});

describe('entity attacks are refused at once, with a clear message', () => {
  it.each(['xxe.tmx', 'billion-laughs.tmx'])('%s', (name) => {
    let err: unknown;
    try {
      tmxToAlignment(new Uint8Array(readFileSync(join(FIXTURES, name))));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('invalid-format');
    // Refused at the DOCTYPE (before line 5 or 14), so no entity was ever looked at.
    expect((err as CoreError).message).toMatch(/^Line \d+: the DOCTYPE declares entities .*never expands entities or loads DTDs/);
    expect((err as CoreError).message).not.toMatch(/root:|passwd|lol{3}/);
  });

  it('an undeclared entity is refused by name, never looked up', () => {
    const tmx = readFileSync(join(FIXTURES, 'xxe.tmx'), 'utf8').replace(/<!DOCTYPE[\s\S]*?\]>/, '');
    expect(() => tmxToAlignment(tmx)).toThrow(/an entity TMX does not know/);
  });

  it('a 10,000-deep nesting of <hi> is read without exhausting the stack', () => {
    const deep = `${'<hi>'.repeat(10_000)}deep${'</hi>'.repeat(10_000)}`;
    const tmx = `<tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>${deep}</seg></tuv><tuv xml:lang="ar"><seg>عميق</seg></tuv></tu></body></tmx>`;
    expect(tmxToAlignment(tmx).docs[0]!.paragraphs[0]!.text).toBe('deep');
  });
});

describe('a big TMX reports its progress', () => {
  it('in steps that only go up and end at 1, and keeps every unit', () => {
    const units = 3000;
    const tu = (k: number) => `<tu><tuv xml:lang="en"><seg>Unit ${k}: the envoy met the Taliban in Doha again.</seg></tuv><tuv xml:lang="ar"><seg>الوحدة ${k}: التقى المبعوث بطالبان في الدوحة مرة أخرى.</seg></tuv></tu>\n`;
    const body = Array.from({ length: units }, (_, k) => tu(k)).join('').repeat(1);
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body>\n${body}</body></tmx>\n`;
    const seen: number[] = [];
    const r = tmxToAlignment(new TextEncoder().encode(tmx), { onProgress: (f) => seen.push(f) });
    expect(r.rows).toHaveLength(units);
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.every((f, k) => k === 0 || f >= seen[k - 1]!)).toBe(true);
    expect(seen.at(-1)).toBe(1);
  });
});
