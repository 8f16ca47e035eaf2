import type { DraftRow, TarjumanDB } from './schema';

/**
 * Drafts of text typed but not saved yet, one row per form (see schema v6). Keys name what a
 * draft belongs to: `paste:<storyId>` for a document being pasted into a story,
 * `note:<annotationId>` for an annotation being edited, `note:new:<docId>:<paragraph>:<start>-<end>`
 * for one being written.
 */
export function draftsRepo(db: TarjumanDB) {
  return {
    async get(key: string): Promise<DraftRow['value'] | undefined> {
      return (await db.drafts.get(key))?.value;
    },
    async put(key: string, value: DraftRow['value']): Promise<void> {
      await db.drafts.put({ key, value, updatedAt: Date.now() });
    },
    async remove(key: string): Promise<void> {
      await db.drafts.delete(key);
    },
  };
}
