import type { Bead } from '../core/model';
import type { AlignDoc } from '../core/align';

/** Messages between the page and the align worker. */
/** `keep`: re-align around these beads' confirmed and edited rows instead of from scratch. */
export type AlignRequest = { id: number; a: AlignDoc; b: AlignDoc; keep?: Bead[] };

export type AlignResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; beads: Bead[] }
  | { id: number; type: 'error'; code?: string; message: string };

/**
 * Messages between the page and the checks worker: the reader's pair (A the translation, B
 * its source) with the beads between them, and the story's other documents. The answer has
 * the pair's flags and the story-wide name index (over A, B and the others).
 */
export type ChecksRequest = {
  id: number;
  a: import('../core/checks').CheckDoc;
  b: import('../core/checks').CheckDoc;
  beads: Bead[];
  others: import('../core/checks').CheckDoc[];
};

export type ChecksResponse =
  | { id: number; type: 'done'; flags: import('../core/model').Flag[]; entities: import('../core/checks').Entity[] }
  | { id: number; type: 'error'; code?: string; message: string };
