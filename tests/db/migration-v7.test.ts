import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { flagRunsRepo, pairKey } from '../../src/db/flagRuns';
import { flagsRepo } from '../../src/db/flags';
import { declareV6 } from './oldSchemas';

const NAME = 'migration-v6-to-v7';
afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v6 → v7', () => {
  it('keeps every table and row, decisions about flags included, and adds working flag runs', async () => {
    const v6 = declareV6(new Dexie(NAME));
    await v6.open();
    const rows = {
      stories: [{ id: 's1', title: 'قصة', createdAt: 1, updatedAt: 2 }],
      documents: [{ id: 'ar', storyId: 's1', lang: 'ar', paragraphCount: 1, createdAt: 1, updatedAt: 1 }],
      paragraphs: [{ docId: 'ar', chunk: 0, paragraphs: [{ text: 'أفرجت طالبان عن زلماي.', kind: 'body' }] }],
      flagDismissals: [{ storyId: 's1', flagId: 'name-mismatch:abc', check: 'name-mismatch', docId: 'ar', text: 'زلماي', reason: 'dismissed', createdAt: 3 }],
      editHistories: [{ alignmentId: 'al1', tabId: 't1', history: { past: [], future: [] }, updatedAt: 4 }],
      drafts: [{ key: 'paste:s1', value: { text: 'مسودة\u200cای' }, updatedAt: 5 }],
      meta: [{ key: 'seeded', value: true }],
    };
    for (const [table, list] of Object.entries(rows)) await v6.table(table).bulkAdd(list);
    v6.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBe(7);
    for (const [table, list] of Object.entries(rows)) expect(await db.table(table).toArray(), table).toEqual(list);
    expect(await flagsRepo(db).listByStory('s1')).toHaveLength(1);
    const flag = { id: 'name-mismatch:abc', check: 'name-mismatch' as const, docId: 'ar', paragraphs: { a: [0], b: [0] }, evidence: 'زلماي' };
    await flagRunsRepo(db).store({ pair: pairKey('en', 'ar'), storyId: 's1', inputKey: 'k', flags: [flag], entities: [] });
    expect((await flagRunsRepo(db).current(pairKey('en', 'ar')))!.total).toBe(1);
    db.close();
  });
});
