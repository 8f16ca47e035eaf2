import { runWorkerJob } from './workerJob';
import type { Entity } from '../../core/checks';
import type { Document, DocumentMeta, Flag } from '../../core/model';
import type { RunSummary } from '../../db/flagRuns';
import type { TarjumanDB } from '../../db/schema';
import type { ChecksRequest, ChecksResponse } from '../../workers/protocol';

export interface ChecksInput {
  storyId: string;
  /** The translation (side A of the flags) and its source (side B). */
  a: Document;
  b: Document;
  /** The stored alignment between A and B, either way round. */
  alignmentId: string;
  /** The story's other documents: support for suggestions, and the name index. */
  others: readonly DocumentMeta[];
  /** What the run is computed from, stored with it: a reload that finds it the same need not run again. */
  inputKey: string;
}

/**
 * A finished run: stored (read it from IndexedDB by `summary.run`), or, when storage is full,
 * its flags and name index whole, for this session only.
 */
export type ChecksResult =
  | { stored: true; summary: RunSummary }
  | { stored: false; quota: true; summary: Omit<RunSummary, 'run'>; flags: Flag[]; entities: Entity[] };

export interface ChecksJob {
  promise: Promise<ChecksResult>;
  cancel: () => void;
}

/**
 * Which build of the checks computed a stored run. A build changes this module's URL (its
 * chunk names the worker's file, whose name changes with the checks' code), so flags of an
 * older version of the checks are computed again rather than shown as current.
 */
export const CHECKS_BUILD = import.meta.url;

/**
 * Runs every reviewer check and the name index in a fresh worker, which stores the flags
 * itself; `cancel` stops it at once. The worker reads the documents and the alignment from
 * `db` itself.
 */
export function checksInWorker(db: TarjumanDB, input: ChecksInput, onProgress?: (fraction: number) => void): ChecksJob {
  const worker = new Worker(new URL('../../workers/checks.worker.ts', import.meta.url), { type: 'module' });
  return runWorkerJob<ChecksResponse, 'stored' | 'unstored', ChecksResult>(
    worker,
    (id): ChecksRequest => ({
      id,
      db: db.name,
      storyId: input.storyId,
      a: input.a.id,
      b: input.b.id,
      alignmentId: input.alignmentId,
      others: input.others.map((d) => d.id),
      inputKey: input.inputKey,
      cores: navigator.hardwareConcurrency ?? 1,
    }),
    ['stored', 'unstored'],
    (m) => (m.type === 'stored' ? { stored: true, summary: m.summary } : { stored: false, quota: true, summary: m.summary, flags: m.flags, entities: m.entities }),
    onProgress,
  );
}
