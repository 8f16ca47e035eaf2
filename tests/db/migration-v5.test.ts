import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { alignmentsRepo } from '../../src/db/alignments';
import { declareV4 } from './oldSchemas';
import { apply, createHistory, historyFromJSON, historyToJSON, undo } from '../../src/core/edit';
import type { Alignment, Bead } from '../../src/core/model';

const NAME = 'migration-v4-to-v5';

/** The database as a browser that last ran schema v4 left it: beads as objects in the row. */
const openV4 = () => declareV4(new Dexie(NAME));

const base: Bead[] = [
  { a: [0], b: [0], score: 3.25, confidence: 0.91, status: 'confirmed', sentences: [[[0], [0]], [[1, 2], [1]]] },
  { a: [1, 2], b: [1], score: -0.5, confidence: 0.4, status: 'edited', sentences: [] },
  { a: [3], b: [], score: 0, confidence: 0, status: 'auto' },
  { a: [], b: [2], score: 0.1, confidence: 1 / 3, status: 'auto' },
  { a: [4], b: [3, 4], score: 1.75, confidence: 0.66, status: 'auto' },
];
/** A reviewer confirmed a row and merged two: the stored rows and the steps to undo them. */
const edited = apply(apply(createHistory(base), { kind: 'confirm', row: 4 }), { kind: 'merge', row: 2 });
const beads = [...edited.beads];
const history = historyToJSON(edited);
const withHistory: Alignment = { id: 'al1', storyId: 's1', docIds: ['fa', 'en'], beads, method: 'parallel', createdAt: 5, editedAt: 9, history };
/** An imported alignment with no rows at all, and one of another pair. */
const empty: Alignment = { id: 'al2', storyId: 's1', docIds: ['ar', 'en'], beads: [], method: 'manual', createdAt: 6, editedAt: 6 };

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema v4 → v5', () => {
  it('packs stored beads: alignments, their sentence links and their undo history read back exactly', async () => {
    const v4 = openV4();
    await v4.open();
    await v4.table('alignments').bulkAdd([withHistory, empty]);
    v4.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBe(7);
    const repo = alignmentsRepo(db);
    expect(await repo.get('al1')).toEqual(withHistory);
    expect(await repo.get('al2')).toEqual(empty);
    expect(await repo.forPair('s1', 'fa', 'en')).toEqual(withHistory);
    // The rows no longer hold bead objects, so reading one is a copy of a few arrays.
    const rows = await db.alignments.orderBy('id').toArray();
    expect(rows.map((r) => ['beads' in r, r.packed.count])).toEqual([
      [false, 4],
      [false, 0],
    ]);
    // The history still fits the rows: undoing both steps after the upgrade gives the aligner's rows.
    const restored = historyFromJSON((await repo.get('al1'))!.history, (await repo.get('al1'))!.beads);
    const undone = undo(undo(restored));
    expect(undone.beads).toEqual(base);
    db.close();

    // Since v6 the first tab to open it takes that history over and undoes through commits.
    const v6 = openDb(NAME);
    const repo6 = alignmentsRepo(v6);
    let h = await repo6.tabHistory('al1', 'tab-1', beads);
    for (let rev = 0; rev < 2; rev++) {
      const next = undo(h);
      const s = next.future[next.future.length - 1]!;
      await repo6.commitEdit('al1', { rev, step: { at: s.at, before: s.after, after: s.before }, tabId: 'tab-1', history: next });
      h = next;
    }
    v6.close();

    // The upgraded database opens again without another upgrade, with the edit kept.
    const again = openDb(NAME);
    await again.open();
    const reread = (await alignmentsRepo(again).get('al1'))!;
    expect(reread.beads).toEqual(base);
    const tabHistory = await alignmentsRepo(again).tabHistory('al1', 'tab-1', reread.beads);
    expect(tabHistory.future).toEqual(undo(undo(edited)).future);
    again.close();
  });
});
