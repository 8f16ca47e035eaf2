import type { Bead } from '../core/model';
import type { Link } from '../core/align';
import type { ErrorReply } from './errorReply';

/**
 * Messages between the page and the align worker. The page names the documents (database and
 * ids) and the worker reads them from IndexedDB itself: copying a book's paragraphs to a
 * worker costs the page a long task (about a second at 50,000 paragraphs), reading them there
 * costs the page nothing. `keep`: re-align around these beads' confirmed and edited rows
 * instead of from scratch. `mode: 'comparable'`: related reports, answered with links.
 */
export type AlignRequest = { id: number; db: string; a: string; b: string; keep?: Bead[]; mode?: 'parallel' | 'comparable' };

export type AlignResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; beads: Bead[] }
  | { id: number; type: 'links'; links: Link[] }
  | ErrorReply;

/**
 * Messages between the page and the checks worker: the reader's pair (A the translation, B
 * its source) with the beads between them, and the story's other documents, all named by id
 * and read by the worker (as for alignment). The answer has the pair's flags and the
 * story-wide name index (over A, B and the others).
 */
export type ChecksRequest = {
  id: number;
  db: string;
  a: string;
  b: string;
  beads: Bead[];
  others: string[];
};

export type ChecksResponse =
  | { id: number; type: 'done'; flags: import('../core/model').Flag[]; entities: import('../core/checks').Entity[] }
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
  | { id: number; type: 'progress'; fraction: number }
  /** The decoded file is HTML after all: the page converts it and sends the text back. */
  | { id: number; type: 'html'; html: string; replaced: number }
  /** The stored document, without its text. */
  | { id: number; type: 'done'; doc: import('../core/model').DocumentInfo; replaced: number }
  | ErrorReply;
