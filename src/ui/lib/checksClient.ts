import { unwrap } from 'solid-js/store';
import type { CheckDoc, Entity } from '../../core/checks';
import type { Bead, Document, Flag } from '../../core/model';
import { CoreError } from '../../core/model';
import type { ChecksRequest, ChecksResponse } from '../../workers/protocol';

export interface ChecksInput {
  /** The translation (side A of the flags) and its source (side B). */
  a: Document;
  b: Document;
  /** Beads between A and B, A first. */
  beads: readonly Bead[];
  /** The story's other documents: support for suggestions, and the name index. */
  others: readonly Document[];
}

export interface ChecksResult {
  flags: Flag[];
  entities: Entity[];
}

export interface ChecksJob {
  promise: Promise<ChecksResult>;
  cancel: () => void;
}

let nextId = 1;

/** Only what the checks read crosses to the worker; store proxies cannot be cloned. */
export function toCheckDoc(d: Document): CheckDoc {
  return { id: d.id, lang: d.lang, paragraphs: unwrap(d.paragraphs) };
}

/** Runs every reviewer check and the name index in a fresh worker; `cancel` stops it at once. */
export function checksInWorker(input: ChecksInput): ChecksJob {
  const worker = new Worker(new URL('../../workers/checks.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let settle: { resolve: (r: ChecksResult) => void; reject: (e: unknown) => void } | undefined;
  const promise = new Promise<ChecksResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  worker.onmessage = (e: MessageEvent<ChecksResponse>) => {
    const m = e.data;
    if (m.id !== id) return;
    worker.terminate();
    if (m.type === 'done') settle!.resolve({ flags: m.flags, entities: m.entities });
    else settle!.reject(m.code ? new CoreError(m.code as never, m.message) : new Error(m.message));
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle!.reject(new Error(e.message || 'The checks worker failed'));
  };
  const req: ChecksRequest = {
    id,
    a: toCheckDoc(input.a),
    b: toCheckDoc(input.b),
    beads: unwrap(input.beads as Bead[]),
    others: input.others.map(toCheckDoc),
  };
  worker.postMessage(req);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle!.reject(new CoreError('cancelled', 'Checks cancelled'));
    },
  };
}
