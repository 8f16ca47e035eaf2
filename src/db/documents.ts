import type { Document, DocumentSource, Lang, ParagraphKind } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import { importPlainText } from '../core/formats/plaintext';
import { dirOf } from '../core/text/detect';
import { segment } from '../core/text/segment';
import type { TarjumanDB } from './schema';

export interface NewDocumentInput {
  /** Fixed id for documents that must be the same in every browser (the demo story). */
  id?: string;
  storyId: string;
  text: string;
  title?: string;
  lang?: Lang;
  source: DocumentSource;
  relation?: Document['relation'];
}

/** Documents repository: import, read, change language or paragraph kinds, soft delete. */
export function documentsRepo(db: TarjumanDB) {
  return {
    async add(input: NewDocumentInput): Promise<Document> {
      const story = await db.stories.get(input.storyId);
      if (!story || story.deletedAt !== undefined) {
        throw new CoreError('unknown-document', `No story with id ${input.storyId}.`);
      }
      const imported = importPlainText(input.text, {
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.lang !== undefined ? { lang: input.lang } : {}),
      });
      const now = Date.now();
      const doc: Document = {
        id: input.id ?? newId('d'),
        storyId: input.storyId,
        title: imported.title,
        lang: imported.lang,
        dir: imported.dir,
        langByUser: imported.langByUser,
        source: input.source,
        paragraphs: imported.paragraphs,
        createdAt: now,
        updatedAt: now,
        ...(input.relation ? { relation: input.relation } : {}),
      };
      await db.transaction('rw', db.documents, db.stories, async () => {
        await db.documents.add(doc);
        await db.stories.update(input.storyId, { updatedAt: now });
      });
      return doc;
    },

    async listByStory(storyId: string): Promise<Document[]> {
      const docs = await db.documents.where('storyId').equals(storyId).sortBy('createdAt');
      return docs.filter((d) => d.deletedAt === undefined);
    },

    async get(id: string): Promise<Document | undefined> {
      const d = await db.documents.get(id);
      return d && d.deletedAt === undefined ? d : undefined;
    },

    async rename(id: string, title: string): Promise<void> {
      const clean = title.trim();
      if (!clean) throw new CoreError('empty-input', 'A document needs a title.');
      await db.documents.update(id, { title: clean, updatedAt: Date.now() });
    },

    /** A user's choice of language wins over detection; sentences are re-split for it. */
    async setLanguage(id: string, lang: Lang): Promise<void> {
      await db.transaction('rw', db.documents, async () => {
        const d = await db.documents.get(id);
        if (!d) throw new CoreError('unknown-document', `No document with id ${id}.`);
        const text = d.paragraphs.map((p) => p.text).join('\n');
        const overrides = userKinds(d);
        const paragraphs = segment(text, { lang, kindOverrides: overrides });
        const now = Date.now();
        await db.documents.update(id, { lang, dir: dirOf(lang), langByUser: true, paragraphs, updatedAt: now, textUpdatedAt: now });
      });
    },

    /** Overrides the boilerplate rules for one paragraph. */
    async setParagraphKind(id: string, index: number, kind: ParagraphKind): Promise<void> {
      await db.transaction('rw', db.documents, async () => {
        const d = await db.documents.get(id);
        const p = d?.paragraphs[index];
        if (!d || !p) throw new CoreError('unknown-document', `No paragraph ${index} in document ${id}.`);
        p.kind = kind;
        p.kindByUser = true;
        const now = Date.now();
        await db.documents.update(id, { paragraphs: d.paragraphs, updatedAt: now, textUpdatedAt: now });
      });
    },

    async remove(id: string): Promise<void> {
      await db.documents.update(id, { deletedAt: Date.now() });
    },

    async restore(id: string): Promise<void> {
      await db.documents.update(id, { deletedAt: undefined, updatedAt: Date.now() });
    },
  };
}

function userKinds(d: Document): Record<number, ParagraphKind> {
  const out: Record<number, ParagraphKind> = {};
  for (const p of d.paragraphs) if (p.kindByUser) out[p.index] = p.kind;
  return out;
}
