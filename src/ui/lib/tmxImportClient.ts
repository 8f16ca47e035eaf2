import { CoreError } from '../../core/model';
import { MAX_IMPORT_BYTES } from '../../core/formats/decode';
import type { TarjumanDB } from '../../db/schema';
import type { TmxImportRequest, TmxImportResponse } from '../../workers/protocol';
import { runWorkerJob, type WorkerJob } from './workerJob';

export interface TmxImported {
  docs: number;
  rows: number;
}

/**
 * Imports a TMX file in a fresh worker, which decodes, parses and stores it itself (one
 * transaction), reporting progress in [0, 1]; `cancel` stops it at once and adds nothing.
 * Every TMX goes this way, whatever its size, so there is one path to test.
 */
export function importTmxInWorker(db: TarjumanDB, storyId: string, file: File, onProgress: (fraction: number) => void): WorkerJob<TmxImported> {
  // Refused before reading, so a huge file is not first copied into memory.
  if (file.size > MAX_IMPORT_BYTES) {
    const error = new CoreError('too-large', `The file is ${file.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`, { size: file.size, limit: MAX_IMPORT_BYTES });
    return { promise: Promise.reject(error), cancel: () => {} };
  }
  const worker = new Worker(new URL('../../workers/tmx.worker.ts', import.meta.url), { type: 'module' });
  let cancelled = false;
  let job: WorkerJob<TmxImported> | null = null;
  const promise = file.arrayBuffer().then((bytes) => {
    if (cancelled) throw new CoreError('cancelled', 'Import cancelled');
    // The bytes are handed over, not copied: cloning tens of megabytes is a long task on the page.
    const handOver: Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'> = {
      postMessage: (m: TmxImportRequest) => worker.postMessage(m, [m.bytes]),
      terminate: () => worker.terminate(),
      get onmessage() {
        return worker.onmessage;
      },
      set onmessage(h) {
        worker.onmessage = h;
      },
      get onerror() {
        return worker.onerror;
      },
      set onerror(h) {
        worker.onerror = h;
      },
    };
    const running = runWorkerJob<TmxImportResponse, 'done', TmxImported>(
      handOver,
      (id): TmxImportRequest => ({ id, db: db.name, storyId, fileName: file.name, bytes }),
      'done',
      (m) => ({ docs: m.docs, rows: m.rows }),
      onProgress,
    );
    job = running;
    return running.promise;
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
      if (job) job.cancel();
      else worker.terminate();
    },
  };
}
