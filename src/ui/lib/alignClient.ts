import { unwrap } from 'solid-js/store';
import type { Bead, DocumentMeta } from '../../core/model';
import type { TarjumanDB } from '../../db/schema';
import type { Link } from '../../core/align';
import type { AlignRequest, AlignResponse } from '../../workers/protocol';
import { runWorkerJob, type WorkerJob } from './workerJob';

export type AlignJob = WorkerJob<Bead[]>;

/**
 * Runs the aligner in a fresh worker (`keep`: re-align around those beads' confirmed and
 * edited rows). The worker reads the documents from `db` itself; store proxies cannot be
 * cloned, so `keep` is unwrapped.
 */
export function alignInWorker(db: TarjumanDB, a: DocumentMeta, b: DocumentMeta, onProgress: (fraction: number) => void, keep?: Bead[]): AlignJob {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<Bead[], AlignResponse>(
    worker,
    (id): AlignRequest => ({
      id,
      db: db.name,
      a: a.id,
      b: b.id,
      ...(keep ? { keep: unwrap(keep) } : {}),
    }),
    (m) => (m.type === 'done' ? m.beads : []),
    onProgress,
  );
}

/** Links between paragraphs of two related (not parallel) reports that share facts. */
export function linkInWorker(db: TarjumanDB, a: DocumentMeta, b: DocumentMeta): WorkerJob<Link[]> {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<Link[], AlignResponse>(
    worker,
    (id): AlignRequest => ({
      id,
      mode: 'comparable',
      db: db.name,
      a: a.id,
      b: b.id,
    }),
    (m) => (m.type === 'links' ? m.links : []),
  );
}
