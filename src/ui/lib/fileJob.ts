import { CoreError } from '../../core/model';
import { MAX_IMPORT_BYTES } from '../../core/formats/decode';
import { runWorkerJob, type AnyReply, type Final, type WorkerJob } from './workerJob';

/**
 * Imports a file in a fresh worker: refused before reading when it is over the import limit
 * (so a huge file is not first copied into memory), its bytes read and handed over to the
 * worker (cloning tens of megabytes would be a long task on the page), which decodes, parses
 * and stores. `cancel` before the worker starts means it never starts; after, it is
 * terminated, and since every import stores in one transaction, nothing is added.
 */
export function runFileJob<R extends AnyReply, K extends Final<R>['type'], T>(
  file: File,
  spawn: () => Worker,
  request: (id: number, bytes: ArrayBuffer) => object,
  expect: K,
  done: (reply: Extract<R, { type: K }>) => T,
  onProgress?: (fraction: number) => void,
): WorkerJob<T> {
  if (file.size > MAX_IMPORT_BYTES) {
    const error = new CoreError('too-large', `The file is ${file.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`, { size: file.size, limit: MAX_IMPORT_BYTES });
    return { promise: Promise.reject(error), cancel: () => {} };
  }
  let cancelled = false;
  let job: WorkerJob<T> | undefined;
  const promise = file.arrayBuffer().then((bytes) => {
    if (cancelled) throw new CoreError('cancelled', 'Import cancelled');
    job = runWorkerJob<R, K, T>(
      spawn(),
      (id) => request(id, bytes),
      expect,
      done,
      onProgress,
      () => [bytes],
    );
    return job.promise;
  });
  return {
    promise,
    cancel: () => {
      cancelled = true;
      job?.cancel();
    },
  };
}
