/// <reference lib="webworker" />
import { align } from '../core/align';
import { errorReply } from './errorReply';
import { realignKeeping } from '../core/edit';
import type { AlignRequest, AlignResponse } from './protocol';
import { loadDocuments } from './loadDocuments';
import type { Document } from '../core/model';

// Alignment is synchronous CPU work; it runs here so the page never freezes. Cancelling
// terminates this worker, which is instant and needs no cooperation from the search loop.
const post = (m: AlignResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<AlignRequest>) => {
  const { id, keep, mode } = e.data;
  let last = 0;
  const onProgress = (fraction: number) => {
    // Throttled: a message per percent is plenty for a progress bar.
    if (fraction - last >= 0.01 || fraction === 1) {
      last = fraction;
      post({ id, type: 'progress', fraction });
    }
  };
  try {
    const [a, b] = (await loadDocuments(e.data.db, [e.data.a, e.data.b])).required as [Document, Document];
    if (mode === 'comparable') {
      post({ id, type: 'links', links: align(a, b, { mode: 'comparable', onProgress }) });
      return;
    }
    // A reviewer's confirmed rows and hand edits are anchors; only the rest is re-aligned.
    const beads = keep
      ? realignKeeping(keep, a, b, (x, y) => align(x, y, { mode: 'parallel' }), { keep: ['confirmed', 'edited'] })
      : align(a, b, { mode: 'parallel', onProgress });
    post({ id, type: 'done', beads });
  } catch (err) {
    post(errorReply(id, err));
  }
};
