import type { AnnotationFileKind, AnnotationImportReport } from '../../db/annotationTransfer';
import type { AnnotationImportReply, AnnotationImportRequest } from '../../workers/annotations.worker';
import { runFileJob } from './fileJob';
import type { WorkerJob } from './workerJob';

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
  return runFileJob<AnnotationImportReply, 'done', AnnotationImportReport>(
    file,
    () => new Worker(new URL('../../workers/annotations.worker.ts', import.meta.url), { type: 'module' }),
    (id, bytes) => ({ id, db: dbName, storyId, bytes, kind, ...(options.docId ? { docId: options.docId } : {}) }) satisfies AnnotationImportRequest,
    'done',
    (reply) => reply.report,
    onProgress,
  );
}
