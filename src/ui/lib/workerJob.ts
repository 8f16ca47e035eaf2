import { CoreError } from '../../core/model';
import { errorFromReply } from '../../workers/errorReply';

/** A computation running in its own worker; `cancel` terminates the worker at once. */
export interface WorkerJob<T> {
  promise: Promise<T>;
  cancel: () => void;
}

/** What every Tarjuman worker answers: progress, an error with a CoreError code, or done. */
type Reply = { id: number; type: string; fraction?: number; code?: string; message?: string; detail?: Record<string, unknown>; quota?: boolean };

let nextId = 1;

/**
 * Sends one request to a fresh worker and settles with its 'done' reply. Cancelling
 * terminates the worker: alignment and checks are synchronous loops that could not notice a
 * cancel message, and a terminated worker frees its memory at once.
 */
export function runWorkerJob<T, R extends Reply = Reply>(
  worker: Worker,
  request: (id: number) => object,
  done: (reply: R) => T,
  onProgress?: (fraction: number) => void,
): WorkerJob<T> {
  const id = nextId++;
  let settle!: { resolve: (v: T) => void; reject: (e: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  worker.onmessage = (e: MessageEvent<R>) => {
    const m = e.data;
    if (m.id !== id) return;
    if (m.type === 'progress') return onProgress?.(m.fraction ?? 0);
    worker.terminate();
    if (m.type === 'error') settle.reject(errorFromReply({ ...m, message: m.message ?? '' }));
    else settle.resolve(done(m));
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle.reject(new Error(e.message || 'A worker failed'));
  };
  worker.postMessage(request(id));
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle.reject(new CoreError('cancelled', 'Cancelled'));
    },
  };
}
