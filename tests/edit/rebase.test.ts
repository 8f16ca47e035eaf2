import { describe, expect, it } from 'vitest';
import { apply, checkInvariant, conflictRegion, createHistory, locate, rebase, undo, rebaseHistory, type EditOp } from '../../src/core/edit';
import { CoreError, type Bead } from '../../src/core/model';
import { rows, show, statuses } from './helpers';

const base = rows('1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1 1-1');
const edited = (op: EditOp, from: readonly Bead[] = base) => apply(createHistory(from), op);

describe('merging an edit into rows another tab changed', () => {
  it.each<[string, EditOp, EditOp, string, string]>([
    ['confirms of different rows', { kind: 'confirm', row: 1 }, { kind: 'confirm', row: 6 }, '0|0 1|1 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|9', 'acaaaacaaa'],
    ['merges of different rows', { kind: 'merge', row: 2 }, { kind: 'merge', row: 6 }, '0|0 1|1 2,3|2,3 4|4 5|5 6,7|6,7 8|8 9|9', 'aaeaaeaa'],
    ['an unlink above a confirm', { kind: 'unlink', row: 1, side: 'b', paragraph: 1 }, { kind: 'confirm', row: 8 }, '0|0 |1 1| 2|2 3|3 4|4 5|5 6|6 7|7 8|8 9|9', 'aeeaaaaaaca'],
  ])('%s: both kept', (_, theirs, mine, shown, status) => {
    const stored = edited(theirs).beads;
    const step = edited(mine).past[0]!;
    const merged = rebase(stored, step)!;
    expect(show(merged.beads)).toBe(shown);
    expect(statuses(merged.beads)).toBe(status);
    expect(checkInvariant(merged.beads, 10, 10)).toEqual({ ok: true });
  });

  it('refuses when the rows it replaced changed, and gives both versions of the smallest stretch', () => {
    // They merged rows 7 and 8; I merged rows 8 and 9 of the old rows.
    const stored = edited({ kind: 'merge', row: 6 }).beads;
    const mine = edited({ kind: 'merge', row: 7 });
    expect(rebase(stored, mine.past[0]!)).toBeUndefined();
    const region = conflictRegion(stored, mine.beads, mine.past[0]!)!;
    expect(show(region.theirs)).toBe('6,7|6,7 8|8');
    expect(show(region.mine)).toBe('6|6 7,8|7,8');
    expect(region.at).toBe(6);
    const kept = [...stored.slice(0, region.at), ...region.mine, ...stored.slice(region.at + region.theirs.length)];
    expect(checkInvariant(kept, 10, 10)).toEqual({ ok: true });
  });

  it('finds rows that moved and not rows that changed', () => {
    const moved = edited({ kind: 'merge', row: 0 }).beads;
    expect(locate(moved, [base[5]!], 5)).toBe(4);
    expect(locate(moved, [base[0]!], 0)).toBe(-1);
    expect(locate(moved, [base[5]!, base[6]!], 0)).toBe(4);
  });

  it('undo finds its rows after another tab moved them, and refuses when they changed', () => {
    let h = edited({ kind: 'confirm', row: 8 });
    h = rebaseHistory(h, rebase(h.beads, edited({ kind: 'merge', row: 0 }).past[0]!)!.beads);
    const back = undo(h);
    expect(statuses(back.beads)).toBe('eaaaaaaaa');
    h = rebaseHistory(h, edited({ kind: 'merge', row: 7 }, h.beads).beads);
    expect(() => undo(h)).toThrow(CoreError);
  });
});
