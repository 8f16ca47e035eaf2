import Dexie, { type EntityTable } from 'dexie';
import type { Alignment, Annotation, Document, Story } from '../core/model';

/** Small key-value facts about this browser's database, such as whether seeds were loaded. */
export interface MetaRow {
  key: string;
  value: unknown;
}

export type TarjumanDB = Dexie & {
  stories: EntityTable<Story, 'id'>;
  documents: EntityTable<Document, 'id'>;
  alignments: EntityTable<Alignment, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  annotations: EntityTable<Annotation, 'id'>;
};

export const DB_NAME = 'tarjuman';

/**
 * Versions are appended, never edited: a browser that opened an older version upgrades
 * through each step in order. Each version says when and why it was added.
 */
export function openDb(name = DB_NAME): TarjumanDB {
  const db = new Dexie(name) as TarjumanDB;
  // v1 (foundation): stories, their documents with paragraphs inline, alignments, meta.
  db.version(1).stores({
    stories: 'id, updatedAt, deletedAt',
    documents: 'id, storyId, updatedAt, deletedAt',
    alignments: 'id, storyId, editedAt',
    meta: 'key',
  });
  // v2 (issue 4, reviewer annotations): a new table, nothing in v1 changes, so no upgrade
  // function. Rows are soft-deleted like stories; listed by story and by document.
  db.version(2).stores({
    annotations: 'id, storyId, docId, updatedAt, deletedAt',
  });
  return db;
}
