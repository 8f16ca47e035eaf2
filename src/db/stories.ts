import type { Story } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import type { TarjumanDB } from './schema';

/**
 * Stories repository. Deletion is soft (deletedAt) so "undo" is a single write; the
 * library lists only live rows.
 */
export function storiesRepo(db: TarjumanDB) {
  return {
    async create(title: string, extra: Partial<Pick<Story, 'seed' | 'id'>> = {}): Promise<Story> {
      const clean = title.trim();
      if (!clean) throw new CoreError('empty-input', 'A story needs a title.');
      const now = Date.now();
      const story: Story = { id: newId('s'), title: clean, createdAt: now, updatedAt: now, ...extra };
      await db.stories.add(story);
      return story;
    },

    async list(): Promise<Story[]> {
      const all = await db.stories.orderBy('updatedAt').reverse().toArray();
      return all.filter((s) => s.deletedAt === undefined);
    },

    async get(id: string): Promise<Story | undefined> {
      const s = await db.stories.get(id);
      return s && s.deletedAt === undefined ? s : undefined;
    },

    async rename(id: string, title: string): Promise<void> {
      const clean = title.trim();
      if (!clean) throw new CoreError('empty-input', 'A story needs a title.');
      await db.stories.update(id, { title: clean, updatedAt: Date.now() });
    },

    /** Soft-deletes the story and its documents in one transaction. */
    async remove(id: string): Promise<void> {
      const now = Date.now();
      await db.transaction('rw', db.stories, db.documents, async () => {
        await db.stories.update(id, { deletedAt: now });
        await db.documents.where('storyId').equals(id).modify((d) => {
          if (d.deletedAt === undefined) d.deletedAt = now;
        });
      });
    },

    /** Undo of remove: brings back the story and the documents deleted with it. */
    async restore(id: string): Promise<void> {
      await db.transaction('rw', db.stories, db.documents, async () => {
        const s = await db.stories.get(id);
        if (!s || s.deletedAt === undefined) return;
        const when = s.deletedAt;
        await db.stories.update(id, { deletedAt: undefined, updatedAt: Date.now() });
        await db.documents.where('storyId').equals(id).modify((d) => {
          if (d.deletedAt === when) delete d.deletedAt;
        });
      });
    },
  };
}
