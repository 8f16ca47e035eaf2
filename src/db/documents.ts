import type { Dir, Document, DocumentInfo, DocumentSource, Lang, Paragraph, ParagraphKind } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import { importPlainText } from '../core/formats/plaintext';
import { dirOf } from '../core/text/detect';
import { segment } from '../core/text/segment';
import type { TarjumanDB } from './schema';
import { annotationsRepo } from './annotations';
import { CHUNK, chunkOf, readParagraphs, writeParagraphs } from './paragraphs';

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

/**
 * Names of the performance measures (User Timing) each store and load leaves, with the
 * number of paragraphs as detail: the browser bench reads them, DevTools shows them.
 */
export const STORE_MEASURE = 'tarjuman:store-document';
export const LOAD_MEASURE = 'tarjuman:load-documents';

function measure(name: string, start: number, paragraphs: number): void {
  if (performance.getEntriesByName(name).length >= 100) performance.clearMeasures(name); // no unbounded growth
  performance.measure(name, { start, detail: { paragraphs } });
}

/** Documents repository: import, read, change language or paragraph kinds, soft delete. */
export function documentsRepo(db: TarjumanDB) {
  const liveStory = async (storyId: string) => {
    const story = await db.stories.get(storyId);
    if (!story || story.deletedAt !== undefined) {
      throw new CoreError('unknown-document', `No story with id ${storyId}.`);
    }
  };
  const store = async (doc: Document) => {
    const start = performance.now();
    await db.transaction('rw', db.documents, db.paragraphs, db.stories, async () => {
      await db.documents.add(infoOf(doc));
      await writeParagraphs(db.paragraphs, doc.id, doc.paragraphs);
      await db.stories.update(doc.storyId, { updatedAt: doc.updatedAt });
    });
    measure(STORE_MEASURE, start, doc.paragraphs.length);
  };
  /** Live documents with their paragraphs, in the order of `ids`; one read transaction. */
  const load = async (ids: readonly string[]): Promise<Document[]> => {
    const start = performance.now();
    const docs = await db.transaction('r', db.documents, db.paragraphs, async () => {
      const rows = await db.documents.bulkGet([...ids]);
      const live = rows.filter((d): d is DocumentInfo => d !== undefined && d.deletedAt === undefined);
      return Promise.all(live.map(async (d) => withParagraphs(d, await readParagraphs(db, d.id))));
    });
    measure(LOAD_MEASURE, start, docs.reduce((n, d) => n + d.paragraphs.length, 0));
    return docs;
  };

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

    /** The story's live documents without their text, oldest first: what lists show. */
    async listByStory(storyId: string): Promise<DocumentInfo[]> {
      const docs = await db.documents.where('storyId').equals(storyId).sortBy('createdAt');
      return docs.filter((d) => d.deletedAt === undefined);
    },

    /** One live document with its paragraphs. */
    async get(id: string): Promise<Document | undefined> {
      return (await load([id]))[0];
    },

    /** Live documents with their paragraphs, in the order asked; missing or deleted ones left out. */
    load,

    async rename(id: string, title: string): Promise<void> {
      const clean = title.trim();
      if (!clean) throw new CoreError('empty-input', 'A document needs a title.');
      await db.documents.update(id, { title: clean, updatedAt: Date.now() });
    },

    /** A user's choice of language wins over detection; sentences are re-split for it. */
    async setLanguage(id: string, lang: Lang): Promise<void> {
      const paragraphs = await db.transaction('rw', db.documents, db.paragraphs, async () => {
        const d = await db.documents.get(id);
        if (!d) throw new CoreError('unknown-document', `No document with id ${id}.`);
        const old = await readParagraphs(db, id);
        const text = old.map((p) => p.text).join('\n');
        const paragraphs = segment(text, { lang, kindOverrides: userKinds(old) });
        const now = Date.now();
        await writeParagraphs(db.paragraphs, id, paragraphs);
        await db.documents.update(id, { lang, dir: dirOf(lang), langByUser: true, paragraphCount: paragraphs.length, updatedAt: now, textUpdatedAt: now });
        return paragraphs;
      });
      // Re-segmenting can shift paragraph boundaries; annotations follow their quotes.
      await annotationsRepo(db).reanchorAll(id, paragraphs.map((p) => p.text));
    },

    /** Overrides the boilerplate rules for one paragraph; rewrites only the row holding it. */
    async setParagraphKind(id: string, index: number, kind: ParagraphKind): Promise<void> {
      await db.transaction('rw', db.documents, db.paragraphs, async () => {
        const d = await db.documents.get(id);
        const row = d && Number.isInteger(index) && index >= 0 ? await db.paragraphs.get([id, chunkOf(index)]) : undefined;
        const p = row?.paragraphs[index - chunkOf(index) * CHUNK];
        if (!d || !row || !p) throw new CoreError('unknown-document', `No paragraph ${index} in document ${id}.`);
        p.kind = kind;
        p.kindByUser = true;
        const now = Date.now();
        await db.paragraphs.put(row);
        await db.documents.update(id, { updatedAt: now, textUpdatedAt: now });
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

function userKinds(paragraphs: readonly Paragraph[]): Record<number, ParagraphKind> {
  const out: Record<number, ParagraphKind> = {};
  for (const p of paragraphs) if (p.kindByUser) out[p.index] = p.kind;
  return out;
}

/** The row a document is stored as: everything but its paragraphs, and how many there are. */
export function infoOf(doc: Document): DocumentInfo {
  const { paragraphs, ...rest } = doc;
  return { ...rest, paragraphCount: paragraphs.length };
}

function withParagraphs(info: DocumentInfo, paragraphs: Paragraph[]): Document {
  const { paragraphCount: _count, ...rest } = info;
  return { ...rest, paragraphs };
}

/** The same guess as importPlainText's: the first title paragraph, else the first body one. */
function titleOf(paragraphs: Paragraph[]): string {
  const first = paragraphs.find((p) => p.kind === 'title') ?? paragraphs.find((p) => p.kind === 'body') ?? paragraphs[0];
  const t = first?.text ?? '';
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}
