import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { alignmentsRepo, toRow } from '../../src/db/alignments';
import { declareV5 } from './oldSchemas';
import { apply, createHistory, historyToJSON, undo } from '../../src/core/edit';
import type { Alignment } from '../../src/core/model';
import { rows, statuses } from '../edit/helpers';

const NAME = 'migration-v5-to-v6';
afterEach(async () => {
  await Dexie.delete(NAME);
});

const base = rows('1-1 1-1 2-1 1-1 1-2');
/** A reviewer's confirms, saved with the one shared history schema v5 kept in the row. */
const edited = apply(apply(createHistory(base), { kind: 'confirm', row: 0 }), { kind: 'confirm', row: 3 });
const al: Alignment = { id: 'al1', storyId: 's1', docIds: ['ar', 'en'], beads: [...edited.beads], method: 'parallel', createdAt: 5, editedAt: 9, history: historyToJSON(edited) };

describe('schema v5 → v6', () => {
  it('keeps rows and undo: the first tab to open the alignment takes the old history over, another tab starts empty', async () => {
    const v5 = declareV5(new Dexie(NAME));
    await v5.open();
    await v5.table('alignments').add(toRow(al));
    v5.close();

    const db = openDb(NAME);
    await db.open();
    expect(db.verno).toBe(7);
    const repo = alignmentsRepo(db);
    const stored = (await repo.get('al1'))!;
    expect(stored.beads).toEqual(al.beads);
    expect(stored.rev).toBeUndefined(); // read as revision 0

    const first = await repo.tabHistory('al1', 'tab-1', stored.beads);
    expect(first.past).toHaveLength(2);
    expect((await repo.tabHistory('al1', 'tab-2', stored.beads)).past).toHaveLength(0);
    // Taken over once: reopening the first tab finds it in its own history, not in the row.
    expect((await repo.get('al1'))!.history).toBeUndefined();
    expect((await repo.tabHistory('al1', 'tab-1', stored.beads)).past).toHaveLength(2);

    // Undo in the first tab stores over revision 0.
    const next = undo(first);
    const s = next.future[0]!;
    const r = await repo.commitEdit('al1', { rev: 0, step: { at: s.at, before: s.after, after: s.before }, tabId: 'tab-1', history: next });
    expect(r.rev).toBe(1);
    expect(statuses(r.beads)).toBe('caaaa');
    db.close();
  });
});
