import { createEffect, createSignal, untrack, type Accessor } from 'solid-js';
import { CoreError, type Alignment, type Bead, type Document } from '../../core/model';
import {
  apply,
  canRedo,
  canUndo,
  conflictRegion,
  createHistory,
  dropRedo,
  dropUndo,
  rebaseHistory,
  redo,
  undo,
  type EditConflict,
  type EditHistory,
  type EditOp,
  type Patch,
} from '../../core/edit';
import { alignmentsRepo } from '../../db/alignments';
import { useRepos } from '../lib/db';
import { errorMessage, isQuotaError } from '../lib/errors';
import { alignInWorker } from '../lib/alignClient';
import { tabId } from '../lib/tabId';
import { t } from '../../i18n';

type Kind = 'edit' | 'undo' | 'redo';

/** A commit of this tab that another tab's edit of the same rows stopped: both versions. */
export interface AlignmentConflict extends EditConflict {
  /** The history as it was before the stopped edit, to which "keep mine" adds its step. */
  readonly history: EditHistory;
}

/** Thrown inside the commit chain for edits queued behind one that failed: they are dropped. */
const SKIPPED = Symbol('skipped');

/** The patch a history change made, as it applies to the rows it was made on. */
function patchOf(kind: Kind, next: EditHistory): Patch {
  if (kind === 'undo') {
    const s = next.future[next.future.length - 1]!;
    return { at: s.at, before: s.after, after: s.before };
  }
  return next.past[next.past.length - 1]!;
}

/**
 * Hand edits of a two-document alignment with undo and redo. Every edit is shown at once and
 * written to IndexedDB at once, as a patch over the revision this tab last saw, with this
 * tab's history (db/alignments.ts commitEdit): a closed tab or a reload loses nothing, and
 * undo afterwards still takes back this tab's edits, never another tab's.
 *
 * Another tab's edit arrives through the live query and keeps this tab's history. An edit
 * over rows another tab changed meanwhile is merged when the rows differ; otherwise the screen
 * goes back to what is stored and `conflict` holds both versions until the user picks one. A
 * write that fails (full storage) is taken back on screen too, and `message` says so: the
 * screen never shows rows that are not stored.
 */
export function useAlignmentEditor(alignment: Accessor<Alignment | undefined>, docs: Accessor<Document[] | undefined>) {
  const { db } = useRepos();
  const repo = alignmentsRepo(db);
  const tab = tabId();
  const [history, setHistory] = createSignal<EditHistory>();
  const [message, setMessage] = createSignal('');
  const [realigning, setRealigning] = createSignal(false);
  const [conflict, setConflict] = createSignal<AlignmentConflict | null>(null);

  /** The alignment this tab edits, its last stored revision and rows as this tab knows them. */
  let loadedId: string | undefined;
  let rev = 0;
  let stored: readonly Bead[] = [];
  /** Commits not answered yet: the live query's rows wait for them (they bring newer rows). */
  let pending = 0;
  /** Bumped when a commit fails, so that edits queued behind it are dropped, not stored. */
  let generation = 0;
  let chain: Promise<unknown> = Promise.resolve();

  const showStored = (al: { rev?: number; beads: readonly Bead[] }) => {
    if ((al.rev ?? 0) < rev) return;
    rev = al.rev ?? 0;
    stored = al.beads;
    const h = untrack(history);
    setHistory(h ? rebaseHistory(h, stored) : createHistory(stored));
  };

  let latest: Alignment | undefined;
  createEffect(() => {
    const al = alignment();
    latest = al;
    if (!al) {
      loadedId = undefined;
      return setHistory(undefined);
    }
    if (al.id !== loadedId) {
      loadedId = al.id;
      rev = al.rev ?? 0;
      stored = al.beads;
      setHistory(createHistory(al.beads));
      repo.tabHistory(al.id, tab, al.beads).then(
        (h) => loadedId === al.id && setHistory((now) => (now ? { ...h, beads: now.beads } : h)),
        (e) => setMessage(errorMessage(e)),
      );
      return;
    }
    // Not copied: the live query hands over freshly unpacked rows, and edits never change a
    // bead in place (core/edit builds new lists), so sharing them is safe.
    if (pending || (al.rev ?? 0) === rev) return;
    showStored(al);
  });

  const fail = (kind: Kind, before: EditHistory, next: EditHistory, step: Patch, e: unknown) => {
    generation++;
    if (e instanceof CoreError && e.code === 'conflict') {
      const theirs = e.detail?.stored as Alignment | null | undefined;
      if (theirs) {
        rev = theirs.rev ?? 0;
        stored = theirs.beads;
      }
      const region = theirs && kind === 'edit' ? conflictRegion(theirs.beads, next.beads, step) : undefined;
      if (region) {
        setHistory({ ...before, beads: stored });
        setConflict({ ...region, history: before });
        setMessage(t('edit.conflict'));
      } else {
        // An undo or redo whose rows another tab changed: that step can no longer be taken.
        const dropped = kind === 'undo' ? dropUndo(before) : kind === 'redo' ? dropRedo(before) : before;
        setHistory({ ...dropped, beads: stored });
        setMessage(t(theirs ? 'edit.changedElsewhere' : 'edit.replacedElsewhere'));
        if (loadedId) void repo.saveTabHistory(loadedId, tab, dropped).catch(() => {});
      }
      return;
    }
    // Nothing was stored (the transaction rolled back): the screen goes back to the stored rows.
    setHistory({ ...before, beads: stored });
    setMessage(isQuotaError(e) ? t('edit.storageFull') : errorMessage(e));
  };

  /** Shows `next` at once and stores its step, after any commit still running. */
  const commit = (kind: Kind, before: EditHistory, next: EditHistory) => {
    const al = alignment();
    if (!al) return Promise.resolve();
    const step = patchOf(kind, next);
    const gen = generation;
    setHistory(next);
    setMessage('');
    setConflict(null);
    pending++;
    chain = chain
      .then(() => {
        if (gen !== generation) throw SKIPPED;
        return repo.commitEdit(al.id, { rev, step, tabId: tab, history: next });
      })
      .then(
        (r) => {
          const merged = r.rev !== rev + 1;
          rev = r.rev;
          stored = r.beads;
          if (--pending === 0) {
            if (latest && latest.id === al.id && (latest.rev ?? 0) > rev) showStored(latest);
            else if (merged) setHistory((h) => h && rebaseHistory(h, stored));
          }
        },
        (e) => {
          pending--;
          if (e !== SKIPPED) fail(kind, before, next, step, e);
        },
      );
    return chain;
  };

  const run = (kind: Kind, change: (h: EditHistory) => EditHistory) => {
    const h = history();
    if (!h) return;
    let next: EditHistory;
    try {
      next = change(h);
    } catch (e) {
      if (e instanceof CoreError && e.code === 'conflict' && kind !== 'edit') {
        const dropped = kind === 'undo' ? dropUndo(h) : dropRedo(h);
        setHistory(dropped);
        setMessage(t('edit.changedElsewhere'));
        if (loadedId) void repo.saveTabHistory(loadedId, tab, dropped).catch(() => {});
      } else setMessage(errorMessage(e));
      return;
    }
    void commit(kind, h, next);
  };

  return {
    beads: () => history()?.beads ?? [],
    message,
    realigning,
    canUndo: () => !!history() && canUndo(history()!),
    canRedo: () => !!history() && canRedo(history()!),
    edit: (op: EditOp) => run('edit', (h) => apply(h, op)),
    undo: () => run('undo', undo),
    redo: () => run('redo', redo),
    /** Both versions of rows this tab and another changed at once, until the user chooses. */
    conflict,
    /** Stores this tab's version of the conflicting rows over the other tab's, as an undoable step. */
    keepMine() {
      const c = conflict();
      const h = history();
      if (!c || !h) return;
      const step = { op: { kind: 'replace' as const, label: 'keep-mine' }, at: c.at, before: c.theirs, after: c.mine };
      const past = [...c.history.past, step];
      const next: EditHistory = {
        ...c.history,
        beads: [...h.beads.slice(0, c.at), ...c.mine, ...h.beads.slice(c.at + c.theirs.length)],
        past: past.slice(Math.max(0, past.length - c.history.limit)),
        future: [],
      };
      void commit('edit', { ...c.history, beads: h.beads }, next);
    },
    /** Keeps the other tab's rows (already shown) and forgets this tab's edit. */
    keepTheirs() {
      setConflict(null);
      setMessage('');
    },
    /**
     * Re-runs the aligner around confirmed and edited rows, as one undoable step of this tab.
     * The worker re-aligns the stored rows (every edit is saved at once) and stores the result
     * with the step; the effect above takes the rows from the live query.
     */
    async realign() {
      const al = alignment();
      const [a, b] = docs() ?? [];
      if (!al || !history() || !a || !b) return;
      setRealigning(true);
      try {
        await chain.catch(() => {}); // a failed save was reported by the edit itself
        await alignInWorker(db, a, b, () => {}, { alignmentId: al.id, tabId: tab }).promise;
        const h = await repo.tabHistory(al.id, tab, stored);
        setHistory((now) => (now ? { ...h, beads: now.beads } : h));
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
