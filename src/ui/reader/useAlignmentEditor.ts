import { createEffect, createSignal, untrack, type Accessor } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Alignment, Bead, Document } from '../../core/model';
import {
  apply,
  canRedo,
  canUndo,
  historyOf,
  historyToJSON,
  redo,
  sameBead,
  undo,
  type EditHistory,
  type EditOp,
} from '../../core/edit';
import { alignmentsRepo } from '../../db/alignments';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { alignInWorker } from '../lib/alignClient';

const sameBeads = (x: readonly Bead[], y: readonly Bead[]) => x.length === y.length && x.every((b, i) => sameBead(b, y[i]!));

/**
 * Hand edits of a two-document alignment with undo and redo. Every edit is written to
 * IndexedDB at once, with its history, so a closed tab or a reload loses nothing and undo
 * still works afterwards. A change made elsewhere (another tab) replaces the local history.
 */
export function useAlignmentEditor(alignment: Accessor<Alignment | undefined>, docs: Accessor<Document[] | undefined>) {
  const { db } = useRepos();
  const repo = alignmentsRepo(db);
  const [history, setHistory] = createSignal<EditHistory>();
  const [message, setMessage] = createSignal('');
  const [realigning, setRealigning] = createSignal(false);

  createEffect(() => {
    const al = alignment();
    if (!al) return setHistory(undefined);
    // Not copied: the live query hands over freshly unpacked rows, and edits never change a
    // bead in place (core/edit builds new lists), so sharing them is safe. Copying 50,000
    // beads (unwrap walks them, structuredClone clones them) was 600 ms of the page's time.
    const beads = al.beads;
    // Only a change of the stored rows re-runs this; our own edit reaches here once saved.
    const h = untrack(history);
    if (h && sameBeads(h.beads, beads)) return;
    setHistory(historyOf(beads, al.history === undefined ? undefined : structuredClone(unwrap(al.history))));
  });

  /** The last hand edit's save: a re-alignment, which reads the stored rows, waits for it. */
  let saving: Promise<unknown> = Promise.resolve();
  const commit = async (next: EditHistory) => {
    const al = alignment();
    if (!al) return;
    setHistory(next);
    setMessage('');
    saving = repo.saveEdit(al.id, [...next.beads], historyToJSON(next));
    await saving;
  };
  const run = (change: (h: EditHistory) => EditHistory) => {
    const h = history();
    if (!h) return;
    try {
      void commit(change(h)).catch((e) => setMessage(errorMessage(e)));
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  return {
    beads: () => history()?.beads ?? [],
    message,
    realigning,
    canUndo: () => !!history() && canUndo(history()!),
    canRedo: () => !!history() && canRedo(history()!),
    edit: (op: EditOp) => run((h) => apply(h, op)),
    undo: () => run(undo),
    redo: () => run(redo),
    /**
     * Re-runs the aligner around confirmed and edited rows, as one undoable step. The worker
     * re-aligns the stored rows (every edit is saved at once) and stores the result with its
     * history step; the effect above takes both from the live query.
     */
    async realign() {
      const al = alignment();
      const [a, b] = docs() ?? [];
      if (!al || !history() || !a || !b) return;
      setRealigning(true);
      try {
        await saving.catch(() => {}); // a failed save was reported by the edit itself
        await alignInWorker(db, a, b, () => {}, { alignmentId: al.id }).promise;
        setMessage('');
      } catch (e) {
        setMessage(errorMessage(e));
      } finally {
        setRealigning(false);
      }
    },
  };
}

export type AlignmentEditor = ReturnType<typeof useAlignmentEditor>;
