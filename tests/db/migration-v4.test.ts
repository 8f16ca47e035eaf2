import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { alignmentsRepo } from '../../src/db/alignments';
import { declareV3 } from './oldSchemas';
import { annotationsRepo } from '../../src/db/annotations';
import { documentsRepo } from '../../src/db/documents';
import { storiesRepo } from '../../src/db/stories';
import { CHUNK } from '../../src/db/paragraphs';
import type { Alignment, Annotation, Document, Paragraph, Story } from '../../src/core/model';

const NAME = 'migration-v3-to-v4';

/** The database as a browser that last ran schema v3 left it: paragraphs inside document rows. */
const openV3 = () => declareV3(new Dexie(NAME));

const para = (index: number, text: string, extra: Partial<Paragraph> = {}): Paragraph => ({
  index,
  text,
  sentences: [{ start: 0, end: text.length }],
  kind: 'body',
  ...extra,
});

const story: Story = { id: 's1', title: 'کتاب قدیمی', createdAt: 1, updatedAt: 2 };
/** A book longer than two stored chunks, with Persian ZWNJ, Arabic diacritics and mixed digits. */
const book: Document = {
  id: 'd1',
  storyId: 's1',
  title: 'کتاب',
  lang: 'fa',
  dir: 'rtl',
  langByUser: true,
  source: { type: 'file', name: 'book.txt' },
  paragraphs: Array.from({ length: 2 * CHUNK + 7 }, (_, i) =>
    i === 0
      ? para(0, 'فصل ۱', { kind: 'title' })
      : i === CHUNK + 1
        ? para(i, 'Loading...', { kind: 'body', kindByUser: true, kindReason: 'user' })
        : para(i, `وزیر خارجه\u200cی ایران در سال ۱۴۰۲ گفت (${i}) — قالَ المُتَحَدِّث ٢٠٢٣.`),
  ),
  relation: { kind: 'translation-of', docId: 'd2' },
  createdAt: 3,
  updatedAt: 4,
  textUpdatedAt: 4,
};
const source: Document = {
  id: 'd2',
  storyId: 's1',
  title: 'Book',
  lang: 'en',
  dir: 'ltr',
  source: { type: 'paste' },
  paragraphs: [para(0, 'Chapter 1', { kind: 'title' }), para(1, 'The foreign minister of Iran said in 2023.')],
  createdAt: 2,
  updatedAt: 2,
};
/** Deleted documents move too, so undo brings them back with their text. */
const deleted: Document = { ...source, id: 'd3', title: 'Deleted', deletedAt: 5, paragraphs: [para(0, 'حُذِفَ هذا النص.')] };
const alignment: Alignment = {
  id: 'a1',
  storyId: 's1',
  docIds: ['d1', 'd2'],
  beads: [{ a: [0], b: [0], score: 1, confidence: 0.9, status: 'confirmed' }],
  method: 'parallel',
  createdAt: 5,
  editedAt: 6,
};
const far = book.paragraphs[CHUNK + 3]!.text;
const annotation: Annotation = {
  id: 'n1',
  storyId: 's1',
  docId: 'd1',
  paragraph: CHUNK + 3,
  selectors: [
    { type: 'TextQuoteSelector', exact: 'ایران', prefix: 'وزیر خارجه\u200cی ', suffix: ' در سال' },
    { type: 'TextPositionSelector', start: far.indexOf('ایران'), end: far.indexOf('ایران') + 5 },
  ],
  body: { note: 'نام', category: 'terminology', status: 'open' },
  createdAt: 7,
  updatedAt: 8,
  rev: 1,
};

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v3 → v4', () => {
  it('moves inline paragraphs to their own table: documents open with their text, annotations and alignments', async () => {
    const v3 = openV3();
    await v3.open();
    await v3.table('stories').add(story);
    await v3.table('documents').bulkAdd([book, source, deleted]);
    await v3.table('alignments').add(alignment);
    await v3.table('annotations').add(annotation);
    v3.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBe(7);
    const docs = documentsRepo(db);
    // Every document, the deleted one included, reads back exactly as v3 stored it.
    expect(await docs.load(['d1', 'd2'])).toEqual([book, source]);
    await storiesRepo(db).remove('s1');
    await storiesRepo(db).restore('s1');
    await docs.restore('d3');
    expect(await docs.get('d3')).toEqual({ ...deleted, deletedAt: undefined, updatedAt: expect.any(Number) });
    // Document rows no longer carry text, only how much there is.
    const rows = await db.documents.orderBy('id').toArray();
    expect(rows.map((r) => [r.id, r.paragraphCount, 'paragraphs' in r])).toEqual([
      ['d1', 2 * CHUNK + 7, false],
      ['d2', 2, false],
      ['d3', 1, false],
    ]);
    expect((await docs.listByStory('s1')).map((d) => d.id)).toEqual(['d2', 'd3', 'd1']); // by createdAt
    expect(await db.paragraphs.where('docId').equals('d1').count()).toBe(3);
    expect(await alignmentsRepo(db).get(alignment.id)).toEqual(alignment); // packed since v5
    expect(await annotationsRepo(db).listByDoc('d1')).toEqual([annotation]);

    // Writes work on the moved rows: an annotation in the last chunk, a kind override.
    const last = book.paragraphs[2 * CHUNK + 5]!.text;
    const a = await annotationsRepo(db).create({ docId: 'd1', paragraph: 2 * CHUNK + 5, start: last.indexOf('۱۴۰۲'), end: last.indexOf('۱۴۰۲') + 4, category: 'question' });
    expect(a.selectors[0].exact).toBe('۱۴۰۲');
    await docs.setParagraphKind('d1', CHUNK + 1, 'boilerplate');
    db.close();

    // The upgraded database opens again without another upgrade, with the changes kept.
    const again = openDb(NAME);
    await again.open();
    const reread = (await documentsRepo(again).get('d1'))!;
    expect(reread.paragraphs[CHUNK + 1]).toMatchObject({ kind: 'boilerplate', kindByUser: true });
    expect(reread.paragraphs.map((p) => p.text)).toEqual(book.paragraphs.map((p) => p.text));
    expect(await annotationsRepo(again).listByDoc('d1')).toEqual([annotation, a]);
    again.close();
  });
});
