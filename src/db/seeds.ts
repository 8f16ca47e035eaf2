import type { Document, Lang, Story } from '../core/model';
import type { TarjumanDB } from './schema';
import { storiesRepo } from './stories';
import { documentsRepo } from './documents';

/** The shape of seeds/manifest.json. */
export interface SeedManifest {
  story: { title: string; note?: string };
  documents: Array<{
    file: string;
    key: string;
    title: string;
    lang: Lang;
    site?: string;
    relation?: { kind: NonNullable<Document['relation']>['kind']; key?: string };
  }>;
}

/** Reads a seed file's text; the browser fetches bundled files, Node tests read the disk. */
export type SeedReader = (file: string) => Promise<string>;

const SEEDED_KEY = 'seedStoryId';

/**
 * Loads the demo story on the first start only: once seeded, a user who deletes it keeps it
 * deleted until they ask for it back (restoreSeedStory).
 */
export async function ensureSeedStory(db: TarjumanDB, manifest: SeedManifest, read: SeedReader): Promise<Story | null> {
  if (await db.meta.get(SEEDED_KEY)) return null;
  // Files are read before the transaction: awaiting a fetch inside one would commit it.
  const texts = await readAll(manifest, read);
  // One transaction, the check included: two tabs starting together seed once, and a
  // failure (full storage, a closed tab) leaves no demo story with some of its documents.
  return db.transaction('rw', [db.meta, db.stories, db.documents, db.paragraphs], async () => {
    if (await db.meta.get(SEEDED_KEY)) return null;
    const story = await createSeedStory(db, manifest, texts);
    await db.meta.put({ key: SEEDED_KEY, value: story.id });
    return story;
  });
}

function readAll(manifest: SeedManifest, read: SeedReader): Promise<string[]> {
  return Promise.all(manifest.documents.map((d) => read(d.file)));
}

/** Brings the demo story back: undeletes it if it is in the bin, else loads it afresh. */
export async function restoreSeedStory(db: TarjumanDB, manifest: SeedManifest, read: SeedReader): Promise<Story> {
  const stories = storiesRepo(db);
  const row = await db.meta.get(SEEDED_KEY);
  const id = typeof row?.value === 'string' ? row.value : undefined;
  const existing = id ? await db.stories.get(id) : undefined;
  if (existing) {
    await stories.restore(existing.id);
    return (await stories.get(existing.id))!;
  }
  const texts = await readAll(manifest, read);
  return db.transaction('rw', [db.meta, db.stories, db.documents, db.paragraphs], async () => {
    const story = await createSeedStory(db, manifest, texts);
    await db.meta.put({ key: SEEDED_KEY, value: story.id });
    return story;
  });
}

/**
 * The demo story's ids are the same in every browser, so annotations exported from it in one
 * profile import into another (annotations name their documents by id).
 */
export const SEED_STORY_ID = 'seed-story';
export const seedDocId = (key: string) => `seed-${key}`;

/** Call inside a transaction over meta, stories, documents and paragraphs. */
async function createSeedStory(db: TarjumanDB, manifest: SeedManifest, texts: string[]): Promise<Story> {
  const story = await storiesRepo(db).create(manifest.story.title, { seed: true, id: SEED_STORY_ID });
  const docs = documentsRepo(db);
  const idByKey = new Map<string, string>();
  for (const [i, entry] of manifest.documents.entries()) {
    const doc = await docs.add({
      id: seedDocId(entry.key),
      storyId: story.id,
      text: texts[i]!,
      title: entry.title,
      lang: entry.lang,
      source: { type: 'seed', name: entry.file, ...(entry.site ? { site: entry.site } : {}) },
    });
    idByKey.set(entry.key, doc.id);
  }
  // Relations name other documents by key; resolve them once all ids exist.
  for (const entry of manifest.documents) {
    if (!entry.relation) continue;
    const target = entry.relation.key ? idByKey.get(entry.relation.key) : undefined;
    await db.documents.update(idByKey.get(entry.key)!, {
      relation: { kind: entry.relation.kind, ...(target ? { docId: target } : {}) },
    });
  }
  return story;
}

/** Whether a demo story is live in the library (to offer "bring back the demo"). */
export async function seedStoryIsLive(db: TarjumanDB): Promise<boolean> {
  const row = await db.meta.get(SEEDED_KEY);
  if (typeof row?.value !== 'string') return false;
  const s = await db.stories.get(row.value);
  return !!s && s.deletedAt === undefined;
}
