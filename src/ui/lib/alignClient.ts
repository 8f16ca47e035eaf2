import type { Bead, Document } from '../../core/model';
import { CoreError } from '../../core/model';
import type { AlignRequest, AlignResponse } from '../../workers/protocol';
import { unwrap } from 'solid-js/store';

export interface AlignJob {
  promise: Promise<Bead[]>;
  cancel: () => void;
}

let nextId = 1;

/** Runs the aligner in a fresh worker; `cancel` stops it at once. */
export function alignInWorker(a: Document, b: Document, onProgress: (fraction: number) => void, keep?: Bead[]): AlignJob {
  const worker = new Worker(new URL('../../workers/align.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let settle: { resolve: (b: Bead[]) => void; reject: (e: unknown) => void } | undefined;
  const promise = new Promise<Bead[]>((resolve, reject) => {
    settle = { resolve, reject };
  });
  worker.onmessage = (e: MessageEvent<AlignResponse>) => {
    const m = e.data;
    if (m.id !== id) return;
    if (m.type === 'progress') onProgress(m.fraction);
    else {
      worker.terminate();
      if (m.type === 'done') settle!.resolve(m.beads);
      else settle!.reject(m.code ? new CoreError(m.code as never, m.message) : new Error(m.message));
    }
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle!.reject(new Error(e.message || 'The align worker failed'));
  };
  // Only what the aligner reads crosses to the worker; store proxies cannot be cloned.
  const req: AlignRequest = {
    id,
    a: { lang: a.lang, paragraphs: unwrap(a.paragraphs) },
    b: { lang: b.lang, paragraphs: unwrap(b.paragraphs) },
    ...(keep ? { keep: unwrap(keep) } : {}),
  };
  worker.postMessage(req);
  return {
    promise,
    cancel: () => {
      worker.terminate();
      settle!.reject(new CoreError('cancelled', 'Alignment cancelled'));
    },
  };
}
