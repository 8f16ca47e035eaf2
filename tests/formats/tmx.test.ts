import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { align } from '../../src/core/align';
import { pairAlignment, type AlignmentData, type ExportDoc } from '../../src/core/formats/alignment-export';
import { alignmentToTmx, parseXml, tmxToAlignment, xmlAttr, xmlText } from '../../src/core/formats/tmx';
import { CoreError, type Bead, type BeadStatus, type ParagraphIndex } from '../../src/core/model';
import { segment } from '../../src/core/text/segment';
import { splitSentences } from '../../src/core/text/sentences';
import { seed } from '../seeds';

const ROOT = join(import.meta.dirname, '..', '..');
const DTD = join(ROOT, 'src', 'core', 'formats', 'tmx14b.dtd');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'tmx');
const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find(existsSync);

function doc(lang: string, texts: string[]): ExportDoc {
  return {
    lang,
    paragraphs: texts.map((text, index) => ({ index: index as ParagraphIndex, text, sentences: splitSentences(text, lang), kind: 'body' as const })),
  };
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
    const tmx = alignmentToTmx(specialPair().data, { date: DATE, toolVersion: '9.9' });
    expect(tmx).toContain('<!DOCTYPE tmx SYSTEM "tmx14.dtd">');
    expect(tmx).toContain(
      '<header creationtool="Tarjuman" creationtoolversion="9.9" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="en" o-tmf="Tarjuman" creationdate="20250102T030405Z">',
    );
    expect(tmx.match(/<tu /g)).toHaveLength(4);
    expect(tmx.match(/<tuv /g)).toHaveLength(6);
    expect(tmx).toContain('<prop type="x-confidence">0.3333333333333333</prop>');
    expect(tmx).toContain('<prop type="x-status">confirmed</prop>');
  });

  it('escapes markup and writes direction controls as references; the rest is literal', () => {
    const tmx = alignmentToTmx(specialPair().data, { date: DATE });
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
    const tmx = alignmentToTmx(pairAlignment(a, b, beads), { level: 'sentence', date: DATE });
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
    const back = tmxToAlignment(alignmentToTmx(data, { date: DATE }));
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
    const back = tmxToAlignment(alignmentToTmx(three, { date: DATE }));
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
    const back = tmxToAlignment(alignmentToTmx(pairAlignment(a, b, beads)));
    expect(back.docs[0]!.paragraphs.map((p) => p.text)).toEqual(a.paragraphs.map((p) => p.text));
    expect(back.docs[1]!.paragraphs.map((p) => p.text)).toEqual(b.paragraphs.map((p) => p.text));
    expect(back.beads).toEqual(beads);
  });
});

describe('TMX import of another tool\'s file', () => {
  const back = tmxToAlignment(readFileSync(join(FIXTURES, 'foreign.tmx'), 'utf8'));

  it('reads languages case-insensitively, source first, and drops inline codes', () => {
    expect(back.srclang).toBe('en-US');
    expect(back.segtype).toBe('sentence');
    expect(back.creationtool).toBe('OtherTool');
    expect(back.docs.map((d) => d.lang)).toEqual(['en-US', 'AR']);
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
    ['a mismatched end tag', wrap(tu('x</tuv>')), 6, /<\/tuv> does not close <seg> \(opened on line 6\)/],
    ['an unknown entity', wrap(tu('caf&eacute;')), 6, /unknown entity &eacute;/],
    ['a bare ampersand', wrap(tu('Fish & chips')), 6, /bare "&"/],
    ['a reference to a forbidden character', wrap(tu('x&#0;')), 6, /not a character XML allows/],
    ['a control character', wrap(tu('x\u0001')), 6, /U\+0001/],
    ['a missing <body>', '<tmx version="1.4">\n<header creationtool="t" creationtoolversion="1" segtype="block" o-tmf="t" adminlang="en" srclang="en" datatype="x"/>\n</tmx>', 3, /missing <body>/],
    ['a missing <header>', '<tmx>\n<body/>\n</tmx>', 2, /missing <header>/],
    ['a root that is not <tmx>', '<?xml version="1.0"?>\n<xliff/>', 2, /root element is <xliff>/],
    ['a <seg> directly in <tu>', wrap('<tu>\n<seg>x</seg>\n</tu>'), 6, /<seg> is not allowed in <tu>/],
    ['text directly in <tu>', wrap('<tu>\nstray words\n<tuv xml:lang="en"><seg>x</seg></tuv></tu>'), 5, /text directly inside <tu>/],
    ['a <tu> without <tuv>', wrap('<tu>\n<prop type="x">y</prop>\n</tu>'), 5, /<tu> without any <tuv>/],
    ['a <prop> after a <tuv>', wrap(tu('x', '<prop type="a">b</prop>')), 7, /<prop> after <tuv>/],
    ['a <tuv> without a language', wrap('<tu>\n<tuv><seg>x</seg></tuv>\n</tu>'), 6, /<tuv> without xml:lang/],
    ['a <tuv> with two <seg>s', wrap('<tu>\n<tuv xml:lang="en"><seg>x</seg>\n<seg>y</seg></tuv>\n</tu>'), 7, /exactly one <seg>, found 2/],
    ['two variants of one language', wrap(tu('x', '<tuv xml:lang="EN"><seg>y</seg></tuv>')), 7, /second <tuv> for en/],
    ['an unknown element in <seg>', wrap(tu('a <b>bold</b> word')), 6, /<b> is not allowed in <seg>/],
    ['a bad confidence', wrap('<tu>\n<prop type="x-confidence">high</prop>\n<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu>'), 6, /x-confidence must be a number from 0 to 1/],
    ['a bad status', wrap('<tu>\n<prop type="x-status">maybe</prop>\n<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="ar"><seg>b</seg></tuv></tu>'), 6, /x-status must be/],
    ['an unquoted attribute', wrap('<tu tuid=1>\n</tu>'), 5, /must be quoted/],
    ['a repeated attribute', wrap('<tu tuid="1" tuid="2">\n</tu>'), 5, /tuid appears twice/],
    ['content after the root', wrap(tu('x')) + '\n<tmx/>', 11, /after the end of the root/],
    ['one language only', wrap('<tu>\n<tuv xml:lang="en"><seg>x</seg></tuv>\n</tu>'), 4, /one language; an alignment needs two/],
    ['an unclosed comment', wrap('<!-- never ends'), 5, /comment is never closed/],
    ['an empty file', '', 1, /file is empty/],
  ];

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
    expect(() => tmxToAlignment(text)).toThrow(/^Line 4: unknown entity &bogus;/);
  });

  it('parses the XML subset: attributes with either quote, references, CDATA', () => {
    const root = parseXml("<?xml version='1.0'?><!-- c --><r a='x &amp; &#x41;&#66;' b=\"y\tz\"><![CDATA[<&>]]>&lt;</r>");
    expect(root.attrs.get('a')).toBe('x & AB');
    expect(root.attrs.get('b')).toBe('y z');
    expect(root.children.map((c) => (c.kind === 'text' ? c.text : ''))).toEqual(['<&>', '<']);
  });
});
