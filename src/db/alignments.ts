import type { Alignment, AlignMethod, Bead, Document } from '../core/model';
import { newId } from '../core/ids';
import type { TarjumanDB } from './schema';

/**
 * Alignments repository: one current alignment per ordered pair of documents in a story.
 * An alignment older than either document's text is stale and is re-computed by the reader.
 */
export function alignmentsRepo(db: TarjumanDB) {
  const forPair = async (storyId: string, a: string, b: string) => {
    const all = await db.alignments.where('storyId').equals(storyId).toArray();
    return all.filter((al) => al.docIds[0] === a && al.docIds[1] === b).sort((x, y) => y.editedAt - x.editedAt)[0];
  };
  return {
    forPair,

    /** The stored alignment if it is still valid for both documents' current text. */
    async current(a: Document, b: Document): Promise<Alignment | undefined> {
      const al = await forPair(a.storyId, a.id, b.id);
      if (!al) return undefined;
      const textChanged = Math.max(a.textUpdatedAt ?? a.createdAt, b.textUpdatedAt ?? b.createdAt) > al.createdAt;
      return textChanged ? undefined : al;
    },

    /** Saves a hand edit at once: closing the tab right after loses nothing. */
    async saveEdit(id: string, beads: Bead[], history: unknown): Promise<void> {
      await db.alignments.update(id, { beads, history, editedAt: Date.now() });
    },

    async save(a: Document, b: Document, beads: Bead[], method: AlignMethod): Promise<Alignment> {
      const now = Date.now();
      return db.transaction('rw', db.alignments, async () => {
        const old = await forPair(a.storyId, a.id, b.id);
        const row: Alignment = { id: old?.id ?? newId('al'), storyId: a.storyId, docIds: [a.id, b.id], beads, method, createdAt: now, editedAt: now };
        await db.alignments.put(row);
        return row;
      });
    },
  };
}
