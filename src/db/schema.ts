import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Alignment, Annotation, Bead, DocumentInfo, Flag, FlagCheck, Paragraph, Story } from '../core/model';
import { packBeads, type PackedBeads } from '../core/formats/packedBeads';
import type { HistoryJson } from '../core/edit';
import { toChunks } from './paragraphs';
import type { Entity } from '../core/checks/types';

/** Small key-value facts about this browser's database, such as whether seeds were loaded. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * What a reviewer decided about one flag of a reviewer check. Flags are recomputed by every
 * run (and since v7 stored with it, replaced by the next); their ids are deterministic (check,
 * document, place, text), so a decision keyed by story and flag id still applies to the next
 * run's flag.
 */
export interface FlagDismissal {
  storyId: string;
  flagId: string;
  check: FlagCheck;
  /** The document the flag points into, and the flagged text: enough to list it later. */
  docId?: string;
  text?: string;
  /** Where the flag points and its kind: what finds it again under another document id. */
  span?: NonNullable<Flag['span']>;
  kind?: string;
  /** 'dismissed': not a problem; 'annotated': turned into the annotation `annotationId`. */
  reason: 'dismissed' | 'annotated';
  annotationId?: string;
  createdAt: number;
}

/**
 * Consecutive paragraphs of one document (chunk c holds indices c·CHUNK to (c+1)·CHUNK − 1,
 * see paragraphs.ts), so opening a book reads a few hundred rows, not one per paragraph, and a
 * screenful reads one or two.
 */
export interface ParagraphChunk {
  docId: string;
  chunk: number;
  paragraphs: Paragraph[];
}

/**
 * An alignment as stored since v5: its beads packed into typed arrays (core/formats/packedBeads),
 * because IndexedDB copies typed arrays as blocks but a bead list object by object. The
 * repository (alignments.ts) converts; the rest of the app sees `Alignment`.
 */
export type AlignmentRow = Omit<Alignment, 'beads'> & { packed: PackedBeads };

/** One tab's undo history of one alignment (see useAlignmentEditor): Undo takes back only its own edits. */
export interface EditHistoryRow {
  alignmentId: string;
  /** Kept in the tab's sessionStorage, so the history survives a reload of that tab. */
  tabId: string;
  history: HistoryJson;
  updatedAt: number;
}

/**
 * Text typed but not saved yet (a paste waiting to be added, an annotation note), kept as it is
 * typed so that a reload, an update or a crash does not lose it. `key` says what it belongs to
 * (see db/drafts.ts).
 */
export interface DraftRow {
  key: string;
  value: Record<string, string>;
  updatedAt: number;
}

/**
 * One run of the reviewer checks on a pair, as the checks worker stored it (db/flagRuns.ts).
 * A run is 'writing' while its flags go in, batch by batch, and becomes 'complete' in the one
 * transaction that also deletes the pair's previous run: the reader only ever shows a
 * complete run, so it never sees half of one.
 */
export interface FlagRunRow {
  /** Unique per run: flag rows are keyed by it. */
  run: string;
  /** The checked pair, translation first: `${a}|${b}`. */
  pair: string;
  storyId: string;
  status: 'writing' | 'complete';
  /** What the run was computed from (texts, beads, other documents, the checks' code). */
  inputKey: string;
  total: number;
  counts: Partial<Record<FlagCheck, number>>;
  /** The story-wide name index of the run, occurrences sampled (checks/forPage.ts). */
  entities: Entity[];
  createdAt: number;
  /** Last batch written: a 'writing' run left untouched long is a closed tab's, and goes. */
  touchedAt: number;
}

/**
 * A flag of a stored run, with its place in reading order (`order`, from 0) and the paragraph
 * its span is in (`para`, absent without a span), which the indices read by.
 */
export type FlagRow = Flag & { run: string; order: number; para?: number };

export type TarjumanDB = Dexie & {
  stories: EntityTable<Story, 'id'>;
  /** Document rows hold no text since v4: paragraphs are in `paragraphs`. */
  documents: EntityTable<DocumentInfo, 'id'>;
  paragraphs: Table<ParagraphChunk, [string, number]>;
  /** Beads packed since v5: read and write them through alignmentsRepo. */
  alignments: EntityTable<AlignmentRow, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
  annotations: EntityTable<Annotation, 'id'>;
  flagDismissals: Table<FlagDismissal, [string, string]>;
  editHistories: Table<EditHistoryRow, [string, string]>;
  drafts: EntityTable<DraftRow, 'key'>;
  flagRuns: EntityTable<FlagRunRow, 'run'>;
  flags: Table<FlagRow, [string, number]>;
};

export const DB_NAME = 'tarjuman';

/**
 * Versions are appended, never edited: a browser that opened an older version upgrades
 * through each step in order. Each version says when and why it was added.
 */
export function openDb(name = DB_NAME): TarjumanDB {
  // No live-query cache: Dexie's default cache deep-clones every result it hands to a live
  // query, which for a 50,000-paragraph document is half a second of the page's time. The
  // queries simply re-read after each write, as they did before Dexie 4.
  const db = new Dexie(name, { cache: 'disabled' }) as TarjumanDB;
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
  // v3 (issue 6, reviewer checks): a new table of reviewer decisions about flags, keyed by
  // [storyId+flagId] and listed by story. Flags are recomputed, only decisions are kept.
  // Nothing in v1 or v2 changes, so no upgrade function.
  db.version(3).stores({
    flagDismissals: '[storyId+flagId], storyId',
  });
  // v4 (issue 8, books): a document row kept its whole paragraph array, so listing a story
  // read every paragraph of every document and a kind change rewrote the whole book. The
  // paragraphs move to their own table in chunks keyed [docId+chunk]; the document row keeps
  // its fields and a paragraphCount. Deleted documents move too (undo brings them back).
  // One document at a time, so a library of books never sits in memory at once.
  db.version(4)
    .stores({ paragraphs: '[docId+chunk]' })
    .upgrade(async (tx) => {
      const documents = tx.table('documents');
      const chunks = tx.table<ParagraphChunk, [string, number]>('paragraphs');
      for (const id of await documents.toCollection().primaryKeys()) {
        const { paragraphs = [], ...row } = (await documents.get(id)) as DocumentInfo & { paragraphs?: Paragraph[] };
        await chunks.bulkPut(toChunks(String(id), paragraphs));
        await documents.put({ ...row, paragraphCount: paragraphs.length });
      }
    });
  // v5 (issue 8, no long task while aligning): storing a book's alignment as 50,000 bead
  // objects cost the page half a second to write and a quarter to read back, as IndexedDB
  // cloned some 200,000 small objects each way. Rows keep every field (the edit history
  // too, which is a few beads per step) but hold the beads packed. Indices are unchanged.
  db.version(5)
    .stores({})
    .upgrade(async (tx) => {
      const alignments = tx.table('alignments');
      for (const id of await alignments.toCollection().primaryKeys()) {
        const { beads = [], ...row } = (await alignments.get(id)) as Omit<AlignmentRow, 'packed'> & { beads?: Bead[] };
        await alignments.put({ ...row, packed: packBeads(beads) });
      }
    });
  // v6 (issue 15, nothing lost with two tabs): undo histories per tab, so Undo in one tab
  // never takes back another tab's edit, and drafts of unsaved text, so a reload for a new
  // version (or a crash) keeps what was typed. Two new tables; alignments gain a `rev` counter
  // that needs no index, absent meaning 0. The old shared history stays in its row until the
  // first tab to open the alignment takes it over, so no upgrade function.
  db.version(6).stores({
    editHistories: '[alignmentId+tabId], alignmentId, updatedAt',
    drafts: 'key, updatedAt',
  });
  // v7 (issue 13, checks on books): the checks worker stores each run's flags instead of
  // posting them whole (a book's list was held in the page's memory), and the reader reads
  // them a page at a time: in reading order [run+order], by check [run+check+order], by id
  // for decisions [run+id], and by paragraph for the underlines [run+docId+para]. Runs are
  // found by pair and status. Two new tables; decisions stay in flagDismissals, keyed by
  // flag id as before. No upgrade function: nothing old changes.
  db.version(7).stores({
    flagRuns: 'run, [pair+status], status',
    flags: '[run+order], [run+check+order], [run+id], [run+docId+para]',
  });
  return db;
}
