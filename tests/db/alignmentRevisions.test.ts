import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { alignmentsRepo } from '../../src/db/alignments';
import { apply, checkInvariant, conflictRegion, rebaseHistory, undo, type EditHistory, type EditOp } from '../../src/core/edit';
import { CoreError, type Alignment } from '../../src/core/model';
import { rows, show, statuses } from '../edit/helpers';

/**
 * Two tabs of one browser editing one stored alignment: each tab is a history and the
 * revision it last saw, committing through the repository as useAlignmentEditor does.
 */
let db: TarjumanDB;
let n = 0;
const ID = 'al1';
const ROWS = 79;

beforeEach(async () => {
  db = openDb(`revisions-${++n}`);
  const al: Alignment = { id: ID, storyId: 's', docIds: ['ar', 'en'], beads: rows('1-1 '.repeat(ROWS)), method: 'parallel', createdAt: 1, editedAt: 1 };
  await alignmentsRepo(db).add(al);
});
afterEach(async () => {
  await db.delete();
});

interface Tab {
  id: string;
  rev: number;
  h: EditHistory;
}

async function openTab(id: string): Promise<Tab> {
  const al = (await alignmentsRepo(db).get(ID))!;
  return { id, rev: al.rev ?? 0, h: await alignmentsRepo(db).tabHistory(ID, id, al.beads) };
}

/** One edit (or undo) of a tab, stored over the revision that tab saw. */
async function commit(tab: Tab, change: (h: EditHistory) => EditHistory, kind: 'edit' | 'undo' = 'edit'): Promise<void> {
  const next = change(tab.h);
  const s = kind === 'undo' ? next.future[next.future.length - 1]! : next.past[next.past.length - 1]!;
  const step = kind === 'undo' ? { at: s.at, before: s.after, after: s.before } : s;
  const r = await alignmentsRepo(db).commitEdit(ID, { rev: tab.rev, step, tabId: tab.id, history: next });
  tab.rev = r.rev;
  tab.h = rebaseHistory(next, r.beads);
}
const edit = (tab: Tab, op: EditOp) => commit(tab, (h) => apply(h, op));
const stored = async () => (await alignmentsRepo(db).get(ID))!;

describe('alignment edits from two tabs', () => {
  it('confirming row 2 in one tab and row 7 in the other at once stores both, and both tabs show both', async () => {
    const [a, b] = [await openTab('A'), await openTab('B')];
    await Promise.all([edit(a, { kind: 'confirm', row: 1 }), edit(b, { kind: 'confirm', row: 6 })]);
    const s = await stored();
    expect(s.beads[1]!.status).toBe('confirmed');
    expect(s.beads[6]!.status).toBe('confirmed');
    expect(s.rev).toBe(2);
    // The tab that wrote second got the merged rows back; the first sees them through its live query.
    const second = a.rev === 2 ? a : b;
    expect(statuses(second.h.beads)).toBe(statuses(s.beads));
  });

  it('merging rows 11 and 21 in two tabs gives 77 rows of 79, not 78', async () => {
    const [a, b] = [await openTab('A'), await openTab('B')];
    await edit(a, { kind: 'merge', row: 10 });
    await edit(b, { kind: 'merge', row: 20 });
    const s = await stored();
    expect(s.beads).toHaveLength(ROWS - 2);
    expect(checkInvariant(s.beads, ROWS, ROWS)).toEqual({ ok: true });
    expect(show(s.beads.slice(10, 11))).toBe('10,11|10,11');
    expect(show(s.beads.slice(19, 20))).toBe('20,21|20,21');
  });

  it('Undo in one tab takes back only its own edit, after a reload of that tab too', async () => {
    const [a, b] = [await openTab('A'), await openTab('B')];
    await edit(a, { kind: 'confirm', row: 1 });
    await edit(b, { kind: 'confirm', row: 6 });
    await edit(b, { kind: 'merge', row: 3 }); // the rows below it move up one
    const reloadedA = await openTab('A');
    expect(reloadedA.h.past).toHaveLength(1);
    await commit(reloadedA, undo, 'undo');
    const s = await stored();
    expect(s.beads[1]!.status).toBe('auto');
    expect(s.beads[5]!.status).toBe('confirmed'); // B's row 7, one up after B's merge
    expect(s.beads).toHaveLength(ROWS - 1);
    // B's history is B's: undoing there takes back B's merge, not A's confirm.
    await commit(b, undo, 'undo');
    expect((await stored()).beads).toHaveLength(ROWS);
  });

  it('an edit of rows the other tab changed is refused with both versions; keeping mine stores mine', async () => {
    const [a, b] = [await openTab('A'), await openTab('B')];
    await edit(a, { kind: 'confirm', row: 6 });
    const mine = apply(b.h, { kind: 'merge', row: 6 });
    const err = await edit(b, { kind: 'merge', row: 6 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('conflict');
    const theirs = (err as CoreError).detail!.stored as Alignment;
    expect(theirs.beads[6]!.status).toBe('confirmed');
    const region = conflictRegion(theirs.beads, mine.beads, mine.past[0]!)!;
    expect(show(region.theirs)).toBe('6|6 7|7');
    expect(statuses(region.theirs)).toBe('ca');
    expect(show(region.mine)).toBe('6,7|6,7');
    // Nothing of B's was stored by the refused write.
    expect((await stored()).beads).toHaveLength(ROWS);

    const r = await alignmentsRepo(db).commitEdit(ID, {
      rev: theirs.rev!,
      step: { at: region.at, before: region.theirs, after: region.mine },
      tabId: 'B',
      history: b.h,
    });
    expect(r.beads).toHaveLength(ROWS - 1);
    expect(show(r.beads.slice(6, 7))).toBe('6,7|6,7');
  });

  it('a re-alignment over a revision that moved on is a conflict, and is undoable in the asking tab', async () => {
    const a = await openTab('A');
    await edit(a, { kind: 'confirm', row: 0 });
    await expect(alignmentsRepo(db).saveRealigned(ID, 0, rows('2-2 ' + '1-1 '.repeat(ROWS - 2)), 'A')).rejects.toMatchObject({ code: 'conflict' });
    await alignmentsRepo(db).saveRealigned(ID, 1, rows('2-2 ' + '1-1 '.repeat(ROWS - 2)), 'A');
    const reopened = await openTab('A');
    expect(reopened.h.past.map((s) => s.op.kind)).toEqual(['confirm', 'replace']);
    expect((await openTab('B')).h.past).toHaveLength(0);
  });
});
