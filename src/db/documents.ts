import type { Dir, Document, DocumentSource, Lang, Paragraph, ParagraphKind } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import { importPlainText } from '../core/formats/plaintext';
import { dirOf } from '../core/text/detect';
import { segment } from '../core/text/segment';
import type { TarjumanDB } from './schema';
import { annotationsRepo } from './annotations';

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

/**
 * A document whose text was already segmented (by the import worker, for books): stored as
 * given, with no second pass over the text on the page.
 */
export interface SegmentedDocumentInput {
  id?: string;
  storyId: string;
  /** Guessed from the paragraphs (the first title or body paragraph) when absent or blank. */
  title?: string;
  lang: Lang;
  /** Follows the language when absent. */
  dir?: Dir;
  /** True when the user chose the language instead of the detector. */
  langByUser?: boolean;
  paragraphs: Paragraph[];
  source: DocumentSource;
  relation?: Document['relation'];
}

/** Documents repository: import, read, change language or paragraph kinds, soft delete. */
export function documentsRepo(db: TarjumanDB) {
  const liveStory = async (storyId: string) => {
    const story = await db.stories.get(storyId);
    if (!story || story.deletedAt !== undefined) {
      throw new CoreError('unknown-document', `No story with id ${storyId}.`);
    }
  };
  const store = (doc: Document) =>
    db.transaction('rw', db.documents, db.stories, async () => {
      await db.documents.add(doc);
      await db.stories.update(doc.storyId, { updatedAt: doc.updatedAt });
    });

  return {
    async add(input: NewDocumentInput): Promise<Document> {
      await liveStory(input.storyId);
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
      await store(doc);
      return doc;
    },

    async addSegmented(input: SegmentedDocumentInput): Promise<Document> {
      await liveStory(input.storyId);
      if (!input.paragraphs.some((p) => p.text.trim())) throw new CoreError('empty-input', 'There is no text to import.');
      const now = Date.now();
      const doc: Document = {
        id: input.id ?? newId('d'),
        storyId: input.storyId,
        title: input.title?.trim() || titleOf(input.paragraphs),
        lang: input.lang,
        dir: input.dir ?? dirOf(input.lang),
        langByUser: input.langByUser ?? false,
        source: input.source,
        paragraphs: input.paragraphs.map((p, index) => ({ ...p, index })),
        createdAt: now,
        updatedAt: now,
        ...(input.relation ? { relation: input.relation } : {}),
      };
      await store(doc);
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
      // Re-segmenting can shift paragraph boundaries; annotations follow their quotes.
      const d = await db.documents.get(id);
      if (d) await annotationsRepo(db).reanchorAll(id, d.paragraphs.map((p) => p.text));
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

/** The same guess as importPlainText's: the first title paragraph, else the first body one. */
function titleOf(paragraphs: Paragraph[]): string {
  const first = paragraphs.find((p) => p.kind === 'title') ?? paragraphs.find((p) => p.kind === 'body') ?? paragraphs[0];
  const t = first?.text ?? '';
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}
