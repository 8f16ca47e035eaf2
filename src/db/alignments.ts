import { CoreError, type Alignment, type AlignMethod, type Bead, type Document } from '../core/model';
import { newId } from '../core/ids';
import { createHistory, diffRows, historyOf, historyOfTab, historyToJSON, rebase, type EditHistory, type HistoryJson, type Patch } from '../core/edit';
import { packBeads, unpackBeads, unpackRange } from '../core/formats/packedBeads';
import type { AlignmentRow, TarjumanDB } from './schema';

/** The stored form of an alignment: beads packed (see schema v5). */
export function toRow({ beads, ...rest }: Alignment): AlignmentRow {
  return { ...rest, packed: packBeads(beads) };
}

export function fromRow({ packed, ...rest }: AlignmentRow): Alignment {
  return { ...rest, beads: unpackBeads(packed) };
}

function fromRowWith({ packed: _, ...rest }: AlignmentRow, beads: Bead[]): Alignment {
  return { ...rest, beads };
}

/** Strictly later than the last edit, even when two tabs write within one millisecond. */
const nextEditTime = (previous: number) => Math.max(Date.now(), previous + 1);

/** Beads per slice of fromRowInSlices: some 10 ms of unpacking each. */
const SLICE = 5000;

/**
 * fromRow a slice of beads at a time, awaiting `pause` between slices, so that a page can let
 * its event loop run: unpacking a book's 50,000 beads at once is a task of 150 ms or more.
 */
export async function fromRowInSlices({ packed, ...rest }: AlignmentRow, pause: () => Promise<void>): Promise<Alignment> {
  const beads: Bead[] = [];
  for (let from = 0; from < packed.count; from += SLICE) {
    if (from > 0) await pause();
    for (const b of unpackRange(packed, from, from + SLICE)) beads.push(b);
  }
  return { ...rest, beads };
}

/** A hand edit to store: the patch, the revision the tab saw, and the tab's history after it. */
export interface EditCommit {
  rev: number;
  step: Patch;
  tabId: string;
  history: EditHistory;
}

/** Days a closed tab's undo history is kept (a tab reopened within them still has it). */
const HISTORY_DAYS = 30;

/**
 * Alignments repository: one current alignment per ordered pair of documents in a story.
 * An alignment older than either document's text is stale and is re-computed by the reader.
 * Rows hold the beads packed; only the one row asked for is unpacked.
 *
 * Every write names the revision (`rev`) it was based on and runs in one transaction with the
 * read that checks it. An edit over an older revision is merged when the rows it changed are
 * stored unchanged (another tab edited other rows, core/edit/rebase.ts); otherwise it throws
 * CoreError('conflict') with `detail.stored`, the stored alignment, for the tab to show both
 * versions. Undo histories are per tab (editHistories), written in the same transaction as
 * the rows they describe.
 */
export function alignmentsRepo(db: TarjumanDB) {
  const rowForPair = async (storyId: string, a: string, b: string) => {
    const all = await db.alignments.where('storyId').equals(storyId).toArray();
    return all.filter((al) => al.docIds[0] === a && al.docIds[1] === b).sort((x, y) => y.editedAt - x.editedAt)[0];
  };
  const currentRow = async (a: Document, b: Document) => {
    const row = await rowForPair(a.storyId, a.id, b.id);
    if (!row) return undefined;
    const textChanged = Math.max(a.textUpdatedAt ?? a.createdAt, b.textUpdatedAt ?? b.createdAt) > row.createdAt;
    return textChanged ? undefined : row;
  };
  return {
    async forPair(storyId: string, a: string, b: string): Promise<Alignment | undefined> {
      const row = await rowForPair(storyId, a, b);
      return row && fromRow(row);
    },

    async get(id: string): Promise<Alignment | undefined> {
      const row = await db.alignments.get(id);
      return row && fromRow(row);
    },

    /** The stored alignment if it is still valid for both documents' current text. */
    async current(a: Document, b: Document): Promise<Alignment | undefined> {
      const row = await currentRow(a, b);
      return row && fromRow(row);
    },

    /** What `current` gives, still packed (see fromRowInSlices). */
    currentRow,

    /** Which alignment `current` would give and when it was last edited, without its beads. */
    async currentVersion(a: Document, b: Document): Promise<{ id: string; editedAt: number } | undefined> {
      const row = await currentRow(a, b);
      return row && { id: row.id, editedAt: row.editedAt };
    },

    /**
     * Stores a hand edit (or an undo, a redo) at once, so closing the tab right after loses
     * nothing: the rows, one more revision and the tab's history, in one transaction. Gives
     * the stored rows, which hold other tabs' edits too when they were merged in.
     */
    async commitEdit(id: string, commit: EditCommit): Promise<{ rev: number; beads: Bead[] }> {
      return db.transaction('rw', db.alignments, db.editHistories, async () => {
        const row = await db.alignments.get(id);
        if (!row) throw new CoreError('conflict', `Alignment ${id} no longer exists.`, { stored: null });
        const stored = unpackBeads(row.packed);
        const merged = rebase(stored, commit.step);
        if (!merged) {
          throw new CoreError('conflict', `The rows of alignment ${id} were changed elsewhere (revision ${row.rev ?? 0}, you had ${commit.rev}).`, {
            stored: { ...fromRowWith(row, stored) },
          });
        }
        const rev = (row.rev ?? 0) + 1;
        await db.alignments.update(id, { packed: packBeads(merged.beads), rev, editedAt: nextEditTime(row.editedAt) });
        await db.editHistories.put({ alignmentId: id, tabId: commit.tabId, history: historyToJSON(commit.history), updatedAt: Date.now() });
        return { rev, beads: merged.beads };
      });
    },

    /**
     * This tab's undo history of an alignment over `beads`. A tab that has none takes over the
     * history versions before v6 kept in the row (once: it is removed from the row), so an
     * update keeps the undo of the tab that was open. Old tabs' histories are pruned.
     */
    async tabHistory(id: string, tabId: string, beads: readonly Bead[]): Promise<EditHistory> {
      return db.transaction('rw', db.alignments, db.editHistories, async () => {
        await db.editHistories.where('updatedAt').below(Date.now() - HISTORY_DAYS * 86_400_000).delete();
        const mine = await db.editHistories.get([id, tabId]);
        if (mine) return historyOfTab(beads, mine.history);
        const row = await db.alignments.get(id);
        if (row?.history === undefined) return createHistory(beads);
        const adopted = historyOf(beads, row.history);
        await db.alignments.update(id, { history: undefined });
        await db.editHistories.put({ alignmentId: id, tabId, history: historyToJSON(adopted), updatedAt: Date.now() });
        return adopted;
      });
    },

    /** Stores a tab's history alone (after an undo step was dropped as impossible). */
    async saveTabHistory(id: string, tabId: string, history: EditHistory): Promise<void> {
      await db.editHistories.put({ alignmentId: id, tabId, history: historyToJSON(history), updatedAt: Date.now() });
    },

    /**
     * Replaces a stored alignment's rows with a re-alignment of them, as one undoable step of
     * the asking tab's history. `readRev` is the revision the re-alignment started from: a
     * hand edit saved meanwhile is a conflict, not something to overwrite.
     */
    async saveRealigned(id: string, readRev: number, beads: readonly Bead[], tabId?: string): Promise<void> {
      await db.transaction('rw', db.alignments, db.editHistories, async () => {
        const row = await db.alignments.get(id);
        if (!row || (row.rev ?? 0) !== readRev) throw new CoreError('conflict', 'The alignment changed while it was being re-aligned.');
        const stored = unpackBeads(row.packed);
        const patch = diffRows(stored, beads);
        if (!patch.before.length && !patch.after.length) return;
        await db.alignments.update(id, { packed: packBeads(beads), rev: readRev + 1, editedAt: nextEditTime(row.editedAt) });
        if (!tabId) return;
        const saved = await db.editHistories.get([id, tabId]);
        const h: HistoryJson = saved?.history ?? historyToJSON(createHistory([]));
        const past = [...h.past, { op: { kind: 'replace' as const, label: 'realign' }, ...patch }];
        const history: HistoryJson = { ...h, past: past.slice(Math.max(0, past.length - h.limit)), future: [] };
        await db.editHistories.put({ alignmentId: id, tabId, history, updatedAt: Date.now() });
      });
    },

    /** Stores a fresh alignment of a pair, replacing the pair's old one (and its edit history). */
    async save(a: Document, b: Document, beads: Bead[], method: AlignMethod): Promise<Alignment> {
      const now = Date.now();
      return db.transaction('rw', db.alignments, async () => {
        const old = await rowForPair(a.storyId, a.id, b.id);
        // The same id, a later revision: a tab still editing the old rows gets a conflict.
        const al: Alignment = { id: old?.id ?? newId('al'), storyId: a.storyId, docIds: [a.id, b.id], beads, method, createdAt: now, editedAt: now, rev: (old?.rev ?? 0) + 1 };
        await db.alignments.put(toRow(al));
        return al;
      });
    },

    /** Adds an alignment as it is (an import's), inside the caller's transaction if any. */
    async add(al: Alignment): Promise<void> {
      await db.alignments.add(toRow(al));
    },
  };
}
