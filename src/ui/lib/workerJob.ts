import { CoreError } from '../../core/model';
import { errorFromReply, type ErrorReply } from '../../workers/errorReply';
import type { ProgressReply } from '../../workers/protocol';

/** A computation running in its own worker; `cancel` terminates the worker at once. */
export interface WorkerJob<T> {
  promise: Promise<T>;
  cancel: () => void;
}

/** Every reply names the request it answers and what kind of answer it is. */
export type AnyReply = { id: number; type: string };
/** The answers that settle a job (progress only reports, errors reject). */
export type Final<R extends AnyReply> = Exclude<R, ProgressReply | ErrorReply>;

let nextId = 1;

/** A reply the protocol does not allow here: an error, never an empty result. */
export class WorkerProtocolError extends Error {
  constructor(expected: string, got: unknown) {
    const type = typeof got === 'object' && got !== null ? String((got as { type?: unknown }).type) : typeof got;
    super(`The worker answered “${type}” where “${expected}” was expected.`);
    this.name = 'WorkerProtocolError';
  }
}

/**
 * Sends one request to a fresh worker and settles with the one reply of a type in `expect`
 * that answers it (same id). Progress replies report; an error reply rejects with the worker's
 * error; any other reply (another id, another type, no type) rejects with a
 * WorkerProtocolError. Cancelling terminates the worker: alignment and checks are synchronous
 * loops that could not notice a cancel message, and a terminated worker frees its memory at once.
 */
export function runWorkerJob<R extends AnyReply, K extends Final<R>['type'], T>(
  worker: Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>,
  request: (id: number) => object,
  expect: K | readonly K[],
  done: (reply: Extract<R, { type: K }>) => T,
  onProgress?: (fraction: number) => void,
  /** Buffers of the request handed over instead of copied (a file's bytes). */
  transfer: (request: object) => Transferable[] = () => [],
): WorkerJob<T> {
  const id = nextId++;
  const expected: readonly string[] = typeof expect === 'string' ? [expect] : expect;
  const named = expected.join('” or “');
  let settle!: { resolve: (v: T) => void; reject: (e: unknown) => void };
  const promise = new Promise<T>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const fail = (e: unknown) => {
    worker.terminate();
    settle.reject(e);
  };
  worker.onmessage = (e: MessageEvent<unknown>) => {
    const m = e.data as Partial<AnyReply> | null;
    if (typeof m !== 'object' || m === null || m.id !== id) return fail(new WorkerProtocolError(named, m));
    if (m.type === 'progress') return onProgress?.((m as ProgressReply).fraction);
    if (m.type === 'error') return fail(errorFromReply(m as ErrorReply));
    if (!expected.includes(m.type as string)) return fail(new WorkerProtocolError(named, m));
    worker.terminate();
    try {
      settle.resolve(done(m as Extract<R, { type: K }>));
    } catch (err) {
      settle.reject(err);
    }
  };
  worker.onerror = (e) => fail(new Error(e.message || 'A worker failed'));
  const message = request(id);
  worker.postMessage(message, transfer(message));
  return { promise, cancel: () => fail(new CoreError('cancelled', 'Cancelled')) };
}
