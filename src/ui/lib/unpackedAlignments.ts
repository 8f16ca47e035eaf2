import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Alignment } from '../../core/model';
import type { AlignmentRow } from '../../db/schema';
import { fromRowInSlices } from '../../db/alignments';
import { nextTask } from '../../core/nextTask';


/**
 * Stored alignment rows (as a live query gives them, packed) unpacked a slice per task, so a
 * book's alignment arriving never holds the page for long. `undefined` while `rows` is; until
 * newer rows are unpacked the previous ones stay, so an edit saved does not flash the rows.
 */
export function createUnpacked(rows: Accessor<readonly (AlignmentRow | null)[] | undefined>): Accessor<(Alignment | null)[] | undefined> {
  const [unpacked, setUnpacked] = createSignal<(Alignment | null)[] | undefined>(undefined);
  createEffect(
    on(rows, (rs) => {
      if (!rs) return setUnpacked(undefined);
      let stale = false;
      onCleanup(() => (stale = true));
      Promise.all(rs.map((r) => (r ? fromRowInSlices(r, nextTask) : null))).then(
        (als) => !stale && setUnpacked(als),
        (e) => console.error('unpacking an alignment failed', e), // as live.ts reports a failed query
      );
    }),
  );
  return unpacked;
}
