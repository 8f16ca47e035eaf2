import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import jsonld from 'jsonld';
import type { Annotation } from '../../src/core/model';
import { describe as describeSpan } from '../../src/core/anchor/anchor';
import { placeAnnotations, type PlaceDoc } from '../../src/core/anchor/place';
import { exportWebAnnotations, readWebAnnotations, toWebAnnotation, type ParagraphText } from '../../src/core/formats/webanno';

/* A small story: an emoji before a Persian name, an Arabic and an English paragraph. */
const FA = ['🎉 زلمی خلیلزاد گفت که مذاکرات ادامه دارد.', 'او در دوحه با نمایندگان طالبان دیدار کرد 👋🏽 و زلمی بازگشت.'];
const EN = ['Zalmay Khalilzad said the talks would go on.', 'He met Taliban envoys in Doha.'];
const DOCS: PlaceDoc[] = [
  { id: 'd-fa', storyId: 's', paragraphs: FA },
  { id: 'd-en', storyId: 's', paragraphs: EN },
];
const textOf: ParagraphText = (docId, p) => DOCS.find((d) => d.id === docId)?.paragraphs[p];

function annotation(id: string, docId: string, paragraph: number, word: string, body: Partial<Annotation['body']> = {}, nth = 0): Annotation {
  const text = textOf(docId, paragraph)!;
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
  return {
    id,
    storyId: 's',
    docId,
    paragraph,
    selectors: describeSpan(text, start, start + word.length),
    body: { note: '', category: 'garbled-name', status: 'open', ...body },
    createdAt: Date.UTC(2026, 0, 2, 3, 4, 5, 678),
    updatedAt: Date.UTC(2026, 0, 3, 3, 4, 5, 678),
    rev: 2,
  };
}

const ROWS: Annotation[] = [
  annotation('n1', 'd-fa', 0, 'زلمی', { note: 'نام درست است؟ «زلمی» یا «زلمای»', suggestion: 'زلمای', color: 'amber' }),
  annotation('n2', 'd-fa', 1, 'زلمی', { note: '', category: 'good-example', status: 'resolved' }),
  annotation('n3', 'd-en', 0, 'Zalmay', { note: 'Spelled as in the source', category: 'question' }),
];
const exported = () => exportWebAnnotations('s', ROWS, textOf, 'قصة 🎉');

/* ------------------------------------------------------- W3C MUST schemas */

const W3C = join(import.meta.dirname, '..', 'fixtures', 'w3c-annotation-tests');
const json = (p: string) => JSON.parse(readFileSync(join(W3C, p), 'utf8')) as Record<string, unknown>;

const compiled = new Map<string, ReturnType<typeof compileMusts>>();
const mustValidators = (testFile: string) => compiled.get(testFile) ?? compiled.set(testFile, compileMusts(testFile)).get(testFile)!;

function compileMusts(testFile: string) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const f of ['annotations', 'bodyTarget', 'choiceSet', 'collections', 'id', 'otherProperties', 'specificResource']) {
    ajv.addSchema(json(`definitions/${f}.json`));
  }
  const list = json(testFile).assertions as string[];
  return list.map((path) => {
    const schema = json(path);
    return { path, expected: schema.expectedResult === 'valid', validate: ajv.compile(schema) };
  });
}

describe('W3C Web Annotation export', () => {
  it('passes every MUST assertion of the W3C test suite, for each annotation and the collection', () => {
    const c = exported();
    const annotationMusts = mustValidators('annotations/annotationMusts.test');
    expect(annotationMusts.length).toBeGreaterThan(40);
    // Each item stands alone as an annotation, so it carries the context the suite expects.
    for (const item of c.first.items) {
      for (const m of annotationMusts) {
        expect(m.validate({ '@context': c['@context'], ...item }), `${m.path}: ${JSON.stringify(m.validate.errors)}`).toBe(m.expected);
      }
    }
    for (const m of mustValidators('collections/collectionMusts.test')) {
      expect(m.validate(c), `${m.path}: ${JSON.stringify(m.validate.errors)}`).toBe(m.expected);
    }
  });

  it('a schema of the suite does fail an annotation that breaks its MUST (the check can fail)', () => {
    const item = { '@context': exported()['@context'], ...exported().first.items[0]!, bodyValue: 'and a body too' };
    const notBoth = mustValidators('annotations/annotationMusts.test').find((m) => m.path.includes('notBodyBodyValue'))!;
    expect(notBoth.validate(item)).toBe(!notBoth.expected);
  });

  it('counts TextPositionSelector in code points: after an emoji another reader resolves "زلمی" exactly', () => {
    const w = toWebAnnotation(ROWS[0]!, textOf);
    const position = w.target.selector[1]!;
    expect(ROWS[0]!.selectors[1].start).toBe(3); // UTF-16: the emoji is two units
    expect(position).toEqual({ type: 'TextPositionSelector', start: 2, end: 6 });
    expect(Array.from(FA[0]!).slice(position.start, position.end).join('')).toBe('زلمی');
    // After a skin-toned emoji (two code points, four UTF-16 units) in the second paragraph:
    const second = toWebAnnotation(ROWS[1]!, textOf).target.selector[1]!;
    expect(Array.from(FA[1]!).slice(second.start, second.end).join('')).toBe('زلمی');
  });

  it('gives note and suggestion bodies their language and direction', () => {
    const [fa, , en] = exported().first.items;
    expect(fa!.body.find((b) => b.purpose === 'commenting')).toMatchObject({ language: 'fa', textDirection: 'rtl', format: 'text/plain' });
    expect(fa!.body.find((b) => b.purpose === 'editing')).toMatchObject({ value: 'زلمای', textDirection: 'rtl' });
    expect(en!.body.find((b) => b.purpose === 'commenting')).toMatchObject({ language: 'en', textDirection: 'ltr' });
  });

  it('gives an orphan its quote but no position (the quote is not where it was)', () => {
    const w = toWebAnnotation({ ...ROWS[2]!, orphan: true }, textOf);
    expect(w.target.selector).toHaveLength(1);
    expect(w['urn:tarjuman:orphan']).toBe(true);
  });

  it('expands with a JSON-LD processor and the local anno.jsonld context, without the network', async () => {
    const context = JSON.parse(readFileSync(join(W3C, 'anno.jsonld'), 'utf8'));
    const asked: string[] = [];
    const documentLoader = async (url: string) => {
      asked.push(url);
      if (url !== 'http://www.w3.org/ns/anno.jsonld') throw new Error(`no network: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: context };
    };
    const expanded = (await jsonld.expand(exported() as never, { documentLoader: documentLoader as never })) as Array<Record<string, unknown>>;
    expect(asked).toEqual(['http://www.w3.org/ns/anno.jsonld']);
    const text = JSON.stringify(expanded);
    const OA = 'http://www.w3.org/ns/oa#';
    const annotations = JSON.stringify(expanded[0]).match(new RegExp(`"@type":\\["${OA}Annotation"\\]`, 'g')) ?? [];
    expect(annotations).toHaveLength(3);
    expect(text).toContain(`${OA}hasSelector`);
    expect(text).toContain(`"${OA}start":[{"@type":"http://www.w3.org/2001/XMLSchema#nonNegativeInteger","@value":2}]`);
    expect(text).toContain(`${OA}rtlDirection`);
    expect(text).toContain('"urn:tarjuman:status"'); // extensions are absolute IRIs: kept
    expect(text).toContain('زلمای');
  });
});

/* ----------------------------------------------------------------- import */

const NOW = Date.UTC(2026, 5, 1);

describe('reading W3C annotations', () => {
  it('round-trips the app’s export: same spans, bodies, times and revisions', () => {
    const parsed = readWebAnnotations(JSON.stringify(exported()), NOW);
    expect(parsed.refused).toEqual([]);
    const { placed, refused } = placeAnnotations(parsed.items, DOCS);
    expect(refused).toEqual([]);
    expect(placed.map((p) => p.how)).toEqual(['position', 'position', 'position']);
    expect(placed.map((p) => p.annotation)).toEqual(ROWS.map(({ rev: _rev, ...a }) => a));
  });

  it('reads Hypothesis-shaped and other tools’ annotations: target arrays, untyped bodies, bodyValue, any IRI', () => {
    const file = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://hypothes.is/a/AbC123',
          type: 'Annotation',
          created: '2026-01-01T00:00:00Z',
          body: [{ value: 'Check this name', purpose: 'commenting' }, { type: 'TextualBody', purpose: 'tagging', value: 'names' }],
          target: [
            {
              source: 'https://example.org/news/1',
              selector: [
                { type: 'RangeSelector', startContainer: '/div[1]/p[1]', startOffset: 0, endContainer: '/div[1]/p[1]', endOffset: 6 },
                { type: 'TextPositionSelector', start: 0, end: 6 },
                { type: 'TextQuoteSelector', exact: 'Zalmay', prefix: '', suffix: ' Khalilzad said' },
              ],
            },
          ],
        },
        { id: 'urn:uuid:1', type: 'Annotation', bodyValue: 'A quote only', target: { source: 'https://example.org/news/1', selector: { type: 'TextQuoteSelector', exact: 'Doha' } } },
        { id: 'urn:uuid:2', type: 'Annotation', body: 'https://example.org/image.png', target: { source: 'x:y', selector: { type: 'TextQuoteSelector', exact: 'Doha' } } },
        { id: 'urn:uuid:3', type: 'Annotation', bodyValue: 'whole page', target: 'https://example.org/news/1' },
        { id: 'urn:uuid:4', type: 'Annotation', bodyValue: 'x', body: { value: 'y' }, target: { source: 'x:y', selector: { type: 'TextQuoteSelector', exact: 'Doha' } } },
        { id: 'urn:uuid:5', type: 'Annotation', bodyValue: 'not anywhere', target: { source: 'https://example.org/news/1', selector: { type: 'TextQuoteSelector', exact: 'Kandahar airport' } } },
      ],
    };
    const parsed = readWebAnnotations(file, NOW);
    expect(parsed.refused.map((r) => [r.index, r.code])).toEqual([
      [2, 'not-text'],
      [3, 'no-quote'],
      [4, 'invalid'],
    ]);
    expect(parsed.items[0]!.body).toEqual({ note: 'Check this name\n\n#names', category: 'question', status: 'open' });
    expect(parsed.items[1]!.body.note).toBe('A quote only');
    expect(parsed.items[1]!.createdAt).toBe(NOW); // no date in the file: the import's

    const { placed, refused } = placeAnnotations(parsed.items, DOCS);
    expect(refused).toEqual([]);
    const where = placed.map((p) => [p.annotation.id, p.annotation.docId, p.annotation.paragraph, p.annotation.selectors[0].exact, p.how]);
    expect(where).toEqual([
      ['https://hypothes.is/a/AbC123', 'd-en', 0, 'Zalmay', 'quote'],
      ['urn:uuid:1', 'd-en', 1, 'Doha', 'quote'],
      ['urn:uuid:5', 'd-en', 0, 'Kandahar airport', 'orphan'],
    ]);
    // Exported again, a foreign id stays the IRI it was.
    expect(toWebAnnotation(placed[0]!.annotation, textOf).id).toBe('https://hypothes.is/a/AbC123');
  });

  it("reads Hypothesis's own API rows: the note in text, tags, updated and uri kept, nothing dropped", () => {
    // The shape of GET /api/search (rows), as Hypothesis's export tools save it.
    const file = {
      total: 1,
      rows: [
        {
          id: 'Xy9_kQ',
          created: '2026-03-01T10:00:00.000000+00:00',
          updated: '2026-03-02T11:30:00.000000+00:00',
          user: 'acct:reviewer@hypothes.is',
          uri: 'https://example.org/news/1',
          text: 'Spelled **Zalmay** in the source; check the others.',
          tags: ['names', 'mistranslation'],
          group: '__world__',
          target: [{ source: 'https://example.org/news/1', selector: [{ type: 'TextQuoteSelector', exact: 'Zalmay', prefix: '', suffix: ' Khalilzad' }] }],
          document: { title: ['News'] },
        },
        { id: 'Zz1', created: '2026-03-01T10:00:00Z', uri: 'https://example.org/news/1', text: 'No source in the target, only the row uri', tags: [], target: [{ selector: [{ type: 'TextQuoteSelector', exact: 'Doha' }] }] },
      ],
    };
    const parsed = readWebAnnotations(file, NOW);
    expect(parsed.refused).toEqual([]);
    expect(parsed.items[0]!.body).toMatchObject({ note: 'Spelled **Zalmay** in the source; check the others.\n\n#names', category: 'mistranslation' });
    expect(parsed.items[0]!.updatedAt).toBe(Date.parse('2026-03-02T11:30:00Z'));
    expect(parsed.items[1]!.target.source).toBe('https://example.org/news/1');
    const { placed } = placeAnnotations(parsed.items, DOCS);
    expect(placed.map((p) => [p.annotation.docId, p.annotation.selectors[0].exact, p.annotation.body.note])).toEqual([
      ['d-en', 'Zalmay', 'Spelled **Zalmay** in the source; check the others.\n\n#names'],
      ['d-en', 'Doha', 'No source in the target, only the row uri'],
    ]);
  });

  it('reads a Choice of bodies (its first text) and an HTML body as the text a person reads, never as markup', () => {
    const target = { source: 'https://example.org/news/1', selector: { type: 'TextQuoteSelector', exact: 'Doha' } };
    const parsed = readWebAnnotations(
      {
        type: 'AnnotationPage',
        items: [
          { id: 'urn:c:1', type: 'Annotation', target, body: { type: 'Choice', items: [{ type: 'TextualBody', value: 'The capital of Qatar', language: 'en' }, { type: 'TextualBody', value: 'عاصمة قطر', language: 'ar' }] } },
          { id: 'urn:c:2', type: 'Annotation', target, body: { type: 'TextualBody', format: 'text/html', value: '<p>Envoys met in <b>Doha</b> &amp; Kabul.</p><p onclick="alert(1)">Second&#160;point<script>alert(2)</script></p>' } },
        ],
      },
      NOW,
    );
    expect(parsed.refused).toEqual([]);
    expect(parsed.items.map((a) => a.body.note)).toEqual(['The capital of Qatar', 'Envoys met in Doha & Kabul.\nSecond\u00a0point']);
  });

  it('finds a quote that refines another selector, and a source written as a resource', () => {
    const refined = (exact: string) => ({ type: 'FragmentSelector', value: 'section-2', refinedBy: { type: 'TextQuoteSelector', exact } });
    const parsed = readWebAnnotations(
      {
        type: 'AnnotationPage',
        items: [
          { id: 'urn:r:1', type: 'Annotation', bodyValue: 'refined', target: { source: { id: 'https://example.org/news/1', type: 'Text' }, selector: refined('Doha') } },
          // A chain that refers to itself ends; with no quote in reach it is refused, not hung.
          { id: 'urn:r:2', type: 'Annotation', bodyValue: 'loop', target: { source: 'x:y', selector: (() => { const s: Record<string, unknown> = { type: 'FragmentSelector', value: 'a' }; s.refinedBy = s; return s; })() } },
        ],
      },
      NOW,
    );
    expect(parsed.refused.map((r) => [r.index, r.code])).toEqual([[1, 'no-quote']]);
    expect(parsed.items[0]!.target.source).toBe('https://example.org/news/1');
    const { placed } = placeAnnotations(parsed.items, DOCS);
    expect(placed.map((p) => [p.annotation.docId, p.annotation.paragraph, p.annotation.selectors[0].exact, p.how])).toEqual([['d-en', 1, 'Doha', 'quote']]);
  });

  it('anchors onto the document the user chose, whatever the source says', () => {
    const parsed = readWebAnnotations({ type: 'Annotation', id: 'urn:x:1', bodyValue: 'n', target: { source: 'https://example.org/elsewhere', selector: { type: 'TextQuoteSelector', exact: 'زلمی', suffix: ' بازگشت' } } }, NOW);
    const { placed } = placeAnnotations(parsed.items, DOCS, { docId: 'd-fa' });
    expect(placed[0]!.annotation).toMatchObject({ docId: 'd-fa', paragraph: 1 });
    expect(FA[1]!.slice(placed[0]!.annotation.selectors[1].start, placed[0]!.annotation.selectors[1].end)).toBe('زلمی');
  });

  it('refuses, with the reason, what no document of the story holds', () => {
    const parsed = readWebAnnotations({ type: 'Annotation', id: 'urn:x:2', bodyValue: 'n', target: { source: 'https://example.org/other', selector: { type: 'TextQuoteSelector', exact: 'Kabul airport' } } }, NOW);
    const { placed, refused } = placeAnnotations(parsed.items, DOCS);
    expect(placed).toEqual([]);
    expect(refused).toEqual([expect.objectContaining({ index: 0, id: 'urn:x:2', code: 'no-document' })]);
  });

  it('sets dates from the future back to the import’s clock', () => {
    const item = { ...exported().first.items[0]!, modified: '9999-12-31T00:00:00Z' };
    const [a] = readWebAnnotations(item, NOW).items;
    expect(a!.updatedAt).toBe(NOW);
    expect(a!.clamped).toBe(true);
  });

  it('turns out-of-range selectors into orphans or finds the quote, never "anchored where it said"', () => {
    const base = exported().first.items[2]!;
    const items = [
      { ...base, id: 'urn:t:far', target: { source: 'urn:tarjuman:doc:d-en#p99999', selector: [base.target.selector[0], { type: 'TextPositionSelector', start: 0, end: 1e9 }] } },
      { ...base, id: 'urn:t:huge', target: { source: 'urn:tarjuman:doc:d-en#p1000000000000000000000', selector: [base.target.selector[0]] } },
      { ...base, id: 'urn:t:unrelated', target: { source: 'urn:tarjuman:doc:d-en#p0', selector: [{ type: 'TextQuoteSelector', exact: 'nothing like this' }, { type: 'TextPositionSelector', start: 0, end: 1e9 }] } },
    ];
    const parsed = readWebAnnotations(items, NOW);
    expect(parsed.refused).toEqual([]);
    const { placed } = placeAnnotations(parsed.items, DOCS);
    expect(placed.map((p) => [p.how, p.annotation.paragraph])).toEqual([
      ['quote', 0],
      ['quote', 0],
      ['orphan', 0],
    ]);
    expect(placed[2]!.annotation.orphan).toBe(true);
    expect(placed.every((p) => Number.isSafeInteger(p.annotation.selectors[1].end))).toBe(true);
  });

  it('refuses files that are not annotations with a clear message, and HTML pages as such', () => {
    expect(() => readWebAnnotations('<!doctype html><html><script>alert(1)</script>')).toThrow(/HTML or XML page/);
    expect(() => readWebAnnotations('{"@context": ')).toThrow(expect.objectContaining({ code: 'invalid-format' }));
    expect(() => readWebAnnotations(42)).toThrow(expect.objectContaining({ code: 'invalid-format' }));
  });

  it('refuses an item appearing twice, keeping the first', () => {
    const c = exported();
    const parsed = readWebAnnotations([...c.first.items, c.first.items[0]], NOW);
    expect(parsed.items).toHaveLength(3);
    expect(parsed.refused).toEqual([expect.objectContaining({ index: 3, code: 'duplicate' })]);
  });
});
