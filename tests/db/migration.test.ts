import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { alignmentsRepo } from '../../src/db/alignments';
import { declareV1 } from './oldSchemas';
import { annotationsRepo } from '../../src/db/annotations';
import { documentsRepo } from '../../src/db/documents';
import { storiesRepo } from '../../src/db/stories';
import type { Alignment, Document, Story } from '../../src/core/model';

const NAME = 'migration-v1-to-v2';

/** The database as a browser that last ran schema v1 left it. */
const openV1 = () => declareV1(new Dexie(NAME));

const story: Story = { id: 's1', title: 'قصة قديمة', seed: true, createdAt: 1, updatedAt: 2 };
const deletedStory: Story = { id: 's2', title: 'Deleted', createdAt: 1, updatedAt: 2, deletedAt: 3 };
const doc: Document = {
  id: 'd1',
  storyId: 's1',
  title: 'طالبان',
  lang: 'ar',
  dir: 'rtl',
  source: { type: 'seed', name: '003_x.txt', site: 'khbrain.com' },
  paragraphs: [
    { index: 0, text: 'طالبان تسعى لعلاقات رسمية', sentences: [{ start: 0, end: 25 }], kind: 'title' },
    { index: 1, text: 'أفرجت طالبان عن جورج غليزمان.', sentences: [{ start: 0, end: 29 }], kind: 'body', kindByUser: true },
  ],
  createdAt: 1,
  updatedAt: 2,
};
const enDoc: Document = { ...doc, id: 'd2', lang: 'en', dir: 'ltr', title: 'Taliban', relation: { kind: 'machine-translation-of', docId: 'd1' } };
const alignment: Alignment = {
  id: 'a1',
  storyId: 's1',
  docIds: ['d1', 'd2'],
  beads: [{ a: [0], b: [0], score: 1.5, confidence: 0.9, status: 'confirmed' }],
  method: 'parallel',
  createdAt: 1,
  editedAt: 2,
};
const meta = { key: 'seed-loaded', value: { at: 1, version: 1 } };

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v1 → v2', () => {
  it('keeps every v1 row intact and adds a working annotations table', async () => {
    const v1 = openV1();
    await v1.open();
    await v1.table('stories').bulkAdd([story, deletedStory]);
    await v1.table('documents').bulkAdd([doc, enDoc]);
    await v1.table('alignments').add(alignment);
    await v1.table('meta').add(meta);
    v1.close();

    const db = openDb(NAME);
    await db.open();
    // Opening upgrades through every later version too (v3 added flagDismissals, v4 moved
    // paragraphs out of document rows, v5 packed beads: the repositories give the same rows back).
    expect(db.verno).toBe(7);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['alignments', 'annotations', 'documents', 'drafts', 'editHistories', 'flagDismissals', 'flagRuns', 'flags', 'meta', 'paragraphs', 'stories']);
    expect(await db.stories.orderBy('id').toArray()).toEqual([story, deletedStory]);
    expect(await documentsRepo(db).load(['d1', 'd2'])).toEqual([doc, enDoc]);
    expect(await alignmentsRepo(db).get(alignment.id)).toEqual(alignment); // packed since v5
    expect(await db.meta.get('seed-loaded')).toEqual(meta);
    // The v1 indexes still answer.
    expect((await db.documents.where('storyId').equals('s1').toArray()).map((d) => d.id)).toEqual(['d1', 'd2']);
    expect((await storiesRepo(db).list()).map((s) => s.id)).toEqual(['s1']);
    expect((await documentsRepo(db).get('d1'))?.paragraphs[1]?.kindByUser).toBe(true);

    const repo = annotationsRepo(db);
    const text = doc.paragraphs[1]!.text;
    const a = await repo.create({ docId: 'd1', paragraph: 1, start: text.indexOf('غليزمان'), end: text.indexOf('غليزمان') + 7, category: 'garbled-name' });
    expect(a.storyId).toBe('s1');
    expect(await repo.listByStory('s1')).toEqual([a]);
    db.close();

    // And the upgraded database opens again without another upgrade.
    const again = openDb(NAME);
    await again.open();
    expect(await annotationsRepo(again).listByDoc('d1')).toEqual([a]);
    again.close();
  });
});
