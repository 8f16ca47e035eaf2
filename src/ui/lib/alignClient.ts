import { unwrap } from 'solid-js/store';
import type { Bead, Document } from '../../core/model';
import type { Link } from '../../core/align';
import type { AlignRequest, AlignResponse } from '../../workers/protocol';
import { runWorkerJob, type WorkerJob } from './workerJob';

export type AlignJob = WorkerJob<Bead[]>;

/**
 * Runs the aligner in a fresh worker (`keep`: re-align around those beads' confirmed and
 * edited rows). Only what the aligner reads crosses to the worker; store proxies cannot be
 * cloned, so they are unwrapped.
 */
export function alignInWorker(a: Document, b: Document, onProgress: (fraction: number) => void, keep?: Bead[]): AlignJob {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<Bead[], AlignResponse>(
    worker,
    (id): AlignRequest => ({
      id,
      a: { lang: a.lang, paragraphs: unwrap(a.paragraphs) },
      b: { lang: b.lang, paragraphs: unwrap(b.paragraphs) },
      ...(keep ? { keep: unwrap(keep) } : {}),
    }),
    (m) => (m.type === 'done' ? m.beads : []),
    onProgress,
  );
}

/** Links between paragraphs of two related (not parallel) reports that share facts. */
export function linkInWorker(a: Document, b: Document): WorkerJob<Link[]> {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<Link[], AlignResponse>(
    worker,
    (id): AlignRequest => ({
      id,
      mode: 'comparable',
      a: { lang: a.lang, paragraphs: unwrap(a.paragraphs) },
      b: { lang: b.lang, paragraphs: unwrap(b.paragraphs) },
    }),
    (m) => (m.type === 'links' ? m.links : []),
  );
}
