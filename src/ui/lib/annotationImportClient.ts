import { CoreError } from '../../core/model';
import { MAX_IMPORT_BYTES } from '../../core/formats/decode';
import type { AnnotationFileKind, AnnotationImportReport } from '../../db/annotationTransfer';
import type { AnnotationImportReply, AnnotationImportRequest } from '../../workers/annotations.worker';
import { runWorkerJob, type WorkerJob } from './workerJob';

/**
 * Imports an annotation file in a worker (see annotations.worker.ts) with progress in [0, 1];
 * `cancel` stops it and nothing is stored. Every size goes this way, so a small file and a
 * 50,000-annotation one follow the same path.
 */
export function importAnnotationsInWorker(
  dbName: string,
  storyId: string,
  file: File,
  options: { docId?: string },
  onProgress: (fraction: number) => void,
): WorkerJob<AnnotationImportReport> {
  const kind: AnnotationFileKind = /\.csv$/i.test(file.name) ? 'csv' : 'jsonld';
  if (file.size > MAX_IMPORT_BYTES) {
    const error = new CoreError('too-large', `The file is ${file.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`, { size: file.size, limit: MAX_IMPORT_BYTES });
    return { promise: Promise.reject(error), cancel: () => {} };
  }
  let cancelled = false;
  let job: WorkerJob<AnnotationImportReport> | undefined;
  const promise = file.arrayBuffer().then((bytes) => {
    if (cancelled) throw new CoreError('cancelled', 'Import cancelled');
    const worker = new Worker(new URL('../../workers/annotations.worker.ts', import.meta.url), { type: 'module' });
    const started = runWorkerJob<AnnotationImportReply, 'done', AnnotationImportReport>(
      worker,
      (id) => ({ id, db: dbName, storyId, bytes, kind, ...(options.docId ? { docId: options.docId } : {}) }) satisfies AnnotationImportRequest,
      'done',
      (reply) => reply.report,
      onProgress,
    );
    job = started;
    return started.promise;
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
      job?.cancel();
    },
  };
}
