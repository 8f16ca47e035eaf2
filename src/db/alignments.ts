import { CoreError, type Alignment, type AlignMethod, type Bead, type Document } from '../core/model';
import { newId } from '../core/ids';
import { historyOf, historyToJSON, record } from '../core/edit';
import { packBeads, unpackBeads, unpackRange } from '../core/formats/packedBeads';
import type { AlignmentRow, TarjumanDB } from './schema';

/** The stored form of an alignment: beads packed (see schema v5). */
export function toRow({ beads, ...rest }: Alignment): AlignmentRow {
  return { ...rest, packed: packBeads(beads) };
}

export function fromRow({ packed, ...rest }: AlignmentRow): Alignment {
  return { ...rest, beads: unpackBeads(packed) };
}

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

/**
 * Alignments repository: one current alignment per ordered pair of documents in a story.
 * An alignment older than either document's text is stale and is re-computed by the reader.
 * Rows hold the beads packed; only the one row asked for is unpacked.
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

    /** Saves a hand edit at once: closing the tab right after loses nothing. */
    async saveEdit(id: string, beads: readonly Bead[], history: unknown): Promise<void> {
      await db.alignments.update(id, { packed: packBeads(beads), history, editedAt: Date.now() });
    },

    /**
     * Replaces a stored alignment's rows with a re-alignment of them, as one undoable step of
     * its history. `readAt` is the editedAt the re-alignment started from: a hand edit saved
     * meanwhile is a conflict, not something to overwrite.
     */
    async saveRealigned(id: string, readAt: number, beads: readonly Bead[]): Promise<void> {
      await db.transaction('rw', db.alignments, async () => {
        const row = await db.alignments.get(id);
        if (!row || row.editedAt !== readAt) throw new CoreError('conflict', 'The alignment changed while it was being re-aligned.');
        const next = record(historyOf(unpackBeads(row.packed), row.history), beads, 'realign');
        await db.alignments.update(id, { packed: packBeads(next.beads), history: historyToJSON(next), editedAt: Date.now() });
      });
    },

    /** Stores a fresh alignment of a pair, replacing the pair's old one (and its edit history). */
    async save(a: Document, b: Document, beads: Bead[], method: AlignMethod): Promise<Alignment> {
      const now = Date.now();
      return db.transaction('rw', db.alignments, async () => {
        const old = await rowForPair(a.storyId, a.id, b.id);
        const al: Alignment = { id: old?.id ?? newId('al'), storyId: a.storyId, docIds: [a.id, b.id], beads, method, createdAt: now, editedAt: now };
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
