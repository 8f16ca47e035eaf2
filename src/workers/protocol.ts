import type { Link } from '../core/align';
import type { ErrorReply } from './errorReply';

/**
 * Messages between the page and the align worker. The page names the documents (database and
 * ids) and the worker reads them from IndexedDB itself: copying a book's paragraphs to a
 * worker costs the page a long task (about a second at 50,000 paragraphs), reading them there
 * costs the page nothing. The worker stores the alignment itself too and answers with its id:
 * receiving 50,000 beads and storing them cost the page a task of 800 ms. `keep`: re-align
 * that stored alignment around its confirmed and edited rows, as a step of its edit history,
 * instead of aligning from scratch. `mode: 'comparable'`: related reports, answered with links
 * (computed afresh, never stored).
 */
export type AlignRequest = { id: number; db: string; a: string; b: string; keep?: { alignmentId: string; tabId?: string }; mode?: 'parallel' | 'comparable' };

/** How far a job has come, 0 to 1. */
export type ProgressReply = { id: number; type: 'progress'; fraction: number };

export type AlignResponse =
  | ProgressReply
  /** The alignment is stored (one transaction): the reader's live query picks it up. */
  | { id: number; type: 'done'; alignmentId: string }
  | { id: number; type: 'links'; links: Link[] }
  | ErrorReply;

/**
 * Messages between the page and the checks worker: the reader's pair (A the translation, B
 * its source), the stored alignment between them, and the story's other documents, all named
 * by id and read by the worker (as for alignment; sending 50,000 beads cost the page a clone
 * of 200,000 objects). The alignment may be stored either way round: the worker turns it so
 * that A comes first. The worker stores the run's flags and the story-wide name index (over
 * A, B and the others) in IndexedDB (db/flagRuns.ts) under the pair, with `inputKey` (what
 * the run was computed from), and answers with a summary; the page reads the flags a page at
 * a time. Only when storing fails for lack of space do the flags come whole, for this session.
 */
export type ChecksRequest = {
  id: number;
  db: string;
  storyId: string;
  a: string;
  b: string;
  alignmentId: string;
  others: string[];
  inputKey: string;
  /**
   * Logical cores the page reports, which decides whether a second worker shares the run. The
   * page's figure, not the worker's own: it is the one a browser's device emulation sets.
   */
  cores: number;
};

export type ChecksResponse =
  | ProgressReply
  /** The run is stored and is now the pair's: counts by check and its id. */
  | { id: number; type: 'stored'; summary: import('../db/flagRuns').RunSummary }
  /** Storage is full: nothing of this run was kept, here are its flags to show from memory. */
  | { id: number; type: 'unstored'; quota: true; summary: Omit<import('../db/flagRuns').RunSummary, 'run'>; flags: import('../core/model').Flag[]; entities: import('../core/checks').Entity[] }
  | ErrorReply;

/**
 * Messages between the page and the import worker (books and other large input). The page
 * sends a file's bytes (decoded there) or text already in hand (a paste, or HTML the page
 * turned into text with DOMParser, which workers lack).
 */
export type ImportRequest = {
  id: number;
  input: { bytes: ArrayBuffer; format: 'text' | 'markdown' | 'html' } | { text: string };
  /** The user's choice of language; detected when absent. */
  lang?: string;
  /**
   * Where the worker stores the document itself: handing a book's paragraphs back to the page
   * to store cost the page a task of over a second at 50,000 paragraphs.
   */
  store: { db: string; storyId: string; title?: string; source: import('../core/model').DocumentSource };
};

export type ImportResponse =
  | ProgressReply
  /** The decoded file is HTML after all: the page converts it and sends the text back. */
  | { id: number; type: 'html'; html: string }
  /** The stored document, without its text, and how its file was decoded (null for text). */
  | { id: number; type: 'done'; doc: import('../core/model').DocumentInfo; decoding: import('../core/formats/decode').DecodeNote | null }
  | ErrorReply;

/**
 * Messages between the page and the TMX import worker: the file's bytes (decoded there, as
 * its XML declaration says) and where to store the documents and alignments it holds.
 */
export type TmxImportRequest = { id: number; db: string; storyId: string; fileName: string; bytes: ArrayBuffer };

export type TmxImportResponse =
  | ProgressReply
  /** Stored (one transaction): how many documents and rows. */
  | { id: number; type: 'done'; docs: number; rows: number }
  | ErrorReply;

/**
 * Messages between the page and the story import worker: the story file's bytes (decoded,
 * validated, matched against the library and stored there, in one transaction).
 */
export type StoryImportRequest = { id: number; db: string; bytes: ArrayBuffer };

export type StoryImportResponse =
  | ProgressReply
  | { id: number; type: 'done'; report: import('../db/story').StoryImportReport }
  | ErrorReply;

/**
 * Messages between the checks worker and its helper (a second checks worker, started by the
 * first), which runs some of the checks beside it. The pair goes across whole: both must check
 * the same text, and a second read from IndexedDB could see a later edit.
 */
export type ChecksPartRequest = { type: 'part'; input: import('../core/checks').CheckInput; checks: readonly string[] };

export type ChecksPartResponse = { type: 'flags'; byCheck: Record<string, import('../core/model').Flag[]> } | ErrorReply;
