/// <reference lib="webworker" />
import { progressPoster } from './progress';
import { align } from '../core/align';
import { errorReply } from './errorReply';
import { realignKeeping } from '../core/edit';
import type { AlignRequest, AlignResponse } from './protocol';
import { loadDocuments } from './loadDocuments';
import { endReads } from './endReads';
import { CoreError, type Document } from '../core/model';
import { openDb } from '../db/schema';
import { alignmentsRepo } from '../db/alignments';

// Alignment is synchronous CPU work; it runs here so the page never freezes, and so does
// storing the result (some 200,000 objects for a book). Cancelling terminates this worker,
// which is instant and needs no cooperation from the search loop; each save is one
// transaction, so a worker terminated before it commits stores nothing.
const post = (m: AlignResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<AlignRequest>) => {
  const { id, keep, mode } = e.data;
  const onProgress = progressPoster(id, post, 0);
  try {
    const [a, b] = (await loadDocuments(e.data.db, [e.data.a, e.data.b])).required as [Document, Document];
    await endReads();
    if (mode === 'comparable') {
      post({ id, type: 'links', links: align(a, b, { mode: 'comparable', onProgress }) });
      return;
    }
    const db = openDb(e.data.db);
    try {
      const repo = alignmentsRepo(db);
      if (keep) {
        // A reviewer's confirmed rows and hand edits are anchors; only the rest is re-aligned.
        const stored = await repo.get(keep.alignmentId);
        if (!stored) throw new CoreError('conflict', 'The alignment was replaced while it was being re-aligned.');
        await endReads();
        const beads = realignKeeping(stored.beads, a, b, (x, y) => align(x, y, { mode: 'parallel' }), { keep: ['confirmed', 'edited'] });
        await repo.saveRealigned(stored.id, stored.rev ?? 0, beads, keep.tabId);
        post({ id, type: 'done', alignmentId: stored.id });
      } else {
        const saved = await repo.save(a, b, align(a, b, { mode: 'parallel', onProgress }), 'parallel');
        post({ id, type: 'done', alignmentId: saved.id });
      }
    } finally {
      db.close();
    }
  } catch (err) {
    post(errorReply(id, err));
  }
};
