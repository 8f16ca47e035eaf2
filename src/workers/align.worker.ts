/// <reference lib="webworker" />
import { align } from '../core/align';
import { CoreError } from '../core/model';
import type { AlignRequest, AlignResponse } from './protocol';

// Alignment is synchronous CPU work; it runs here so the page never freezes. Cancelling
// terminates this worker, which is instant and needs no cooperation from the search loop.
const post = (m: AlignResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<AlignRequest>) => {
  const { id, a, b } = e.data;
  let last = 0;
  try {
    const beads = align(a, b, {
      mode: 'parallel',
      onProgress: (fraction) => {
        // Throttled: a message per percent is plenty for a progress bar.
        if (fraction - last >= 0.01 || fraction === 1) {
          last = fraction;
          post({ id, type: 'progress', fraction });
        }
      },
    });
    post({ id, type: 'done', beads });
  } catch (err) {
    post({
      id,
      type: 'error',
      ...(err instanceof CoreError ? { code: err.code } : {}),
      message: err instanceof Error ? err.message : String(err),
    });
  }
};
