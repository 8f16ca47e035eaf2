import { describe, expect, it } from 'vitest';
import { exportWebAnnotations, parseWebAnnotations, toWebAnnotation } from '../../src/core/formats/webanno';
import { ANNOTATIONS, DOCS, STORY } from './fixtures';

const exported = () => exportWebAnnotations(STORY, ANNOTATIONS, 'قصة');

describe('W3C Web Annotation export', () => {
  it('is an AnnotationCollection with one embedded page in the anno.jsonld context', () => {
    const c = exported();
    expect(c['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(c.type).toBe('AnnotationCollection');
    expect(c.total).toBe(4);
    expect(c.first.type).toBe('AnnotationPage');
    expect(c.first.items).toHaveLength(4);
  });

  it('maps an annotation to ids, times, motivation, bodies and a paragraph target', () => {
    const w = toWebAnnotation(ANNOTATIONS[0]!);
    expect(w).toMatchObject({
      id: 'urn:tarjuman:annotation:n-1',
      type: 'Annotation',
      created: '2025-03-01T10:00:00.123Z',
      modified: '2025-03-02T11:30:00.456Z',
      motivation: 'editing',
      target: { source: 'urn:tarjuman:doc:d-ar#p18', selector: ANNOTATIONS[0]!.selectors },
      'urn:tarjuman:status': 'open',
      'urn:tarjuman:color': '#ffcc00',
    });
    expect(w.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: ANNOTATIONS[0]!.body.note, format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 'garbled-name' },
      { type: 'TextualBody', purpose: 'editing', value: 'جليسون', format: 'text/plain' },
    ]);
  });

  it.each([
    [1, 'questioning'],
    [2, 'highlighting'],
    [3, 'editing'],
  ])('annotation %i has motivation %s', (i, motivation) => {
    expect(toWebAnnotation(ANNOTATIONS[i]!).motivation).toBe(motivation);
  });

  it('leaves deleted annotations out', () => {
    const c = exportWebAnnotations(STORY, [...ANNOTATIONS, { ...ANNOTATIONS[0]!, id: 'gone', deletedAt: 5 }]);
    expect(c.first.items.map((i) => i.id)).not.toContain('urn:tarjuman:annotation:gone');
  });
});

describe('W3C Web Annotation import', () => {
  it('round-trips exactly through JSON text (Arabic harakat/tatweel, ZWNJ, & < > ", emoji)', () => {
    const text = JSON.stringify(exported(), null, 2);
    expect(parseWebAnnotations(text, DOCS)).toEqual(ANNOTATIONS);
  });

  it('accepts a page, a single annotation or an array as well as a collection', () => {
    const c = exported();
    expect(parseWebAnnotations(c.first, DOCS)).toEqual(ANNOTATIONS);
    expect(parseWebAnnotations(c.first.items[1], DOCS)).toEqual([ANNOTATIONS[1]]);
    expect(parseWebAnnotations(c.first.items, DOCS)).toEqual(ANNOTATIONS);
  });

  it('takes the story from this library, not from the file', () => {
    const here = new Map([...DOCS].map(([d]) => [d, 'other-story']));
    expect(parseWebAnnotations(exported(), here).every((a) => a.storyId === 'other-story')).toBe(true);
  });

  const broken: Array<[string, (c: ReturnType<typeof exported>) => unknown, string]> = [
    ['not JSON', () => '{"@context": ', 'invalid-format'],
    ['a number', () => 42, 'invalid-format'],
    ['no items', (c) => ({ ...c, first: { type: 'AnnotationPage' } }), 'invalid-format'],
    ['a linked page only', (c) => ({ ...c, first: 'urn:x:page2' }), 'invalid-format'],
    ['an item without target', (c) => withItem(c, 1, { target: undefined }), 'invalid-format'],
    ['a foreign id scheme', (c) => withItem(c, 2, { id: 'https://hypothes.is/a/1' }), 'invalid-format'],
    ['an unknown category', (c) => withItem(c, 0, { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'spam' }] }), 'invalid-format'],
    ['a bad status', (c) => withItem(c, 0, { 'urn:tarjuman:status': 'done' }), 'invalid-format'],
    ['a bad time', (c) => withItem(c, 3, { created: 'yesterday' }), 'invalid-format'],
    ['an empty quote', (c) => withSelector(c, 0, { exact: '' }), 'invalid-format'],
    ['end before start', (c) => withPosition(c, 0, { start: 9, end: 2 }), 'invalid-format'],
    ['a duplicate id', (c) => ({ ...c, first: { ...c.first, items: [...c.first.items, c.first.items[0]] } }), 'invalid-format'],
    ['an unknown document', (c) => withItem(c, 3, { target: { ...c.first.items[3]!.target, source: 'urn:tarjuman:doc:nope#p1' } }), 'unknown-document'],
  ];

  it.each(broken)('rejects %s with a coded error and no partial result', (_name, make, code) => {
    const input = make(exported());
    let result: unknown;
    const run = () => {
      result = parseWebAnnotations(input, DOCS);
    };
    expect(run).toThrow(expect.objectContaining({ code }));
    expect(result).toBeUndefined();
  });

  it('says what is wrong and where', () => {
    expect(() => parseWebAnnotations(withItem(exported(), 1, { 'urn:tarjuman:status': 'done' }), DOCS)).toThrow(
      /annotation 2: unknown status "done"/,
    );
  });
});

type Collection = ReturnType<typeof exported>;

function withItem(c: Collection, i: number, change: Record<string, unknown>): unknown {
  const items = c.first.items.map((it, j) => (j === i ? { ...it, ...change } : it));
  return { ...c, first: { ...c.first, items } };
}

function withSelector(c: Collection, i: number, change: Record<string, unknown>): unknown {
  const it = c.first.items[i]!;
  const [q, p] = it.target.selector;
  return withItem(c, i, { target: { ...it.target, selector: [{ ...q, ...change }, p] } });
}

function withPosition(c: Collection, i: number, change: Record<string, unknown>): unknown {
  const it = c.first.items[i]!;
  const [q, p] = it.target.selector;
  return withItem(c, i, { target: { ...it.target, selector: [q, { ...p, ...change }] } });
}
