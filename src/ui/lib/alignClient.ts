import type { DocumentMeta } from '../../core/model';
import type { TarjumanDB } from '../../db/schema';
import type { Link } from '../../core/align';
import type { AlignRequest, AlignResponse } from '../../workers/protocol';
import { runWorkerJob, type WorkerJob } from './workerJob';

/** Settles with the id of the alignment the worker stored. */
export type AlignJob = WorkerJob<string>;

/**
 * Aligns two documents in a fresh worker, which reads them from `db` and stores the result
 * there itself (`keep`: re-aligns that stored alignment around its confirmed and edited rows,
 * as a step of its edit history). The page sees the rows through its live queries.
 */
export function alignInWorker(db: TarjumanDB, a: DocumentMeta, b: DocumentMeta, onProgress: (fraction: number) => void, keep?: { alignmentId: string; tabId?: string }): AlignJob {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<AlignResponse, 'done', string>(
    worker,
    (id): AlignRequest => ({
      id,
      db: db.name,
      a: a.id,
      b: b.id,
      ...(keep ? { keep } : {}),
    }),
    'done',
    (m) => m.alignmentId,
    onProgress,
  );
}

/** Links between paragraphs of two related (not parallel) reports that share facts. */
export function linkInWorker(db: TarjumanDB, a: DocumentMeta, b: DocumentMeta): WorkerJob<Link[]> {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<AlignResponse, 'links', Link[]>(
    worker,
    (id): AlignRequest => ({
      id,
      mode: 'comparable',
      db: db.name,
      a: a.id,
      b: b.id,
    }),
    'links',
    (m) => m.links,
  );
}
