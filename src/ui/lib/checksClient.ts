import { runWorkerJob } from './workerJob';
import type { Entity } from '../../core/checks';
import type { Document, DocumentMeta, Flag } from '../../core/model';
import type { TarjumanDB } from '../../db/schema';
import type { ChecksRequest, ChecksResponse } from '../../workers/protocol';

export interface ChecksInput {
  /** The translation (side A of the flags) and its source (side B). */
  a: Document;
  b: Document;
  /** The stored alignment between A and B, either way round. */
  alignmentId: string;
  /** The story's other documents: support for suggestions, and the name index. */
  others: readonly DocumentMeta[];
}

export interface ChecksResult {
  flags: Flag[];
  entities: Entity[];
}

export interface ChecksJob {
  promise: Promise<ChecksResult>;
  cancel: () => void;
}

/**
 * Runs every reviewer check and the name index in a fresh worker; `cancel` stops it at once.
 * The worker reads the documents and the alignment from `db` itself.
 */
export function checksInWorker(db: TarjumanDB, input: ChecksInput): ChecksJob {
  const worker = new Worker(new URL('../../workers/checks.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<ChecksResponse, 'done', ChecksResult>(
    worker,
    (id): ChecksRequest => ({
      id,
      db: db.name,
      a: input.a.id,
      b: input.b.id,
      alignmentId: input.alignmentId,
      others: input.others.map((d) => d.id),
    }),
    'done',
    (m) => ({ flags: m.flags, entities: m.entities }),
  );
}
