import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { declareV2 } from './oldSchemas';
import { annotationsRepo } from '../../src/db/annotations';
import { flagsRepo } from '../../src/db/flags';
import type { Annotation, Document, Story } from '../../src/core/model';

const NAME = 'migration-v2-to-v3';

/** The database as a browser that last ran schema v2 left it. */
const openV2 = () => declareV2(new Dexie(NAME));

const story: Story = { id: 's1', title: 'خبر قدیمی', createdAt: 1, updatedAt: 2 };
const doc: Document = {
  id: 'd1',
  storyId: 's1',
  title: 'ایران',
  lang: 'fa',
  dir: 'rtl',
  source: { type: 'paste' },
  paragraphs: [{ index: 0, text: 'وزیر خارجه\u200cی ایران گفت.', sentences: [{ start: 0, end: 23 }], kind: 'body' }],
  createdAt: 1,
  updatedAt: 2,
};
const annotation: Annotation = {
  id: 'n1',
  storyId: 's1',
  docId: 'd1',
  paragraph: 0,
  selectors: [
    { type: 'TextQuoteSelector', exact: 'ایران', prefix: 'وزیر خارجه\u200cی ', suffix: ' گفت.' },
    { type: 'TextPositionSelector', start: 13, end: 18 },
  ],
  body: { note: 'نام کشور', category: 'terminology', status: 'open', suggestion: 'Iran' },
  createdAt: 3,
  updatedAt: 4,
  rev: 2,
};
const deleted: Annotation = { ...annotation, id: 'n2', deletedAt: 5, body: { ...annotation.body, status: 'resolved' } };

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v2 → v3', () => {
  it('keeps every annotation (deleted ones too) and adds a working flagDismissals table', async () => {
    const v2 = openV2();
    await v2.open();
    await v2.table('stories').add(story);
    await v2.table('documents').add(doc);
    await v2.table('annotations').bulkAdd([annotation, deleted]);
    v2.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBe(7); // and on through v4, v5, v6 and v7
    expect(db.tables.map((t) => t.name).sort()).toEqual(['alignments', 'annotations', 'documents', 'drafts', 'editHistories', 'flagDismissals', 'flagRuns', 'flags', 'meta', 'paragraphs', 'stories']);
    expect(await db.annotations.orderBy('id').toArray()).toEqual([annotation, deleted]);
    expect(await annotationsRepo(db).listByStory('s1')).toEqual([annotation]);
    expect((await db.annotations.where('docId').equals('d1').toArray()).map((a) => a.id)).toEqual(['n1', 'n2']);

    const flags = flagsRepo(db);
    await flags.dismiss('s1', { id: 'name-mismatch:1', check: 'name-mismatch', docId: 'd1', data: { kind: 'source-differs', text: 'ایران' } });
    db.close();

    const again = openDb(NAME);
    await again.open();
    expect((await flagsRepo(again).listByStory('s1')).map((r) => [r.flagId, r.text])).toEqual([['name-mismatch:1', 'ایران']]);
    expect(await annotationsRepo(again).listByDoc('d1')).toEqual([annotation]);
    again.close();
  });
});
