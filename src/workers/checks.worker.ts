/// <reference lib="webworker" />
import { beadsFrom, forPage, nameIndex, runChecks } from '../core/checks';
import { errorReply } from './errorReply';
import { loadDocuments } from './loadDocuments';
import { endReads } from './endReads';
import { CoreError, type Document } from '../core/model';
import type { ChecksRequest, ChecksResponse } from './protocol';
import { openDb } from '../db/schema';
import { alignmentsRepo } from '../db/alignments';

// The reviewer checks and the name index are synchronous CPU work over whole documents; they
// run here so the reader never freezes. Cancelling terminates this worker.
const post = (m: ChecksResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ChecksRequest>) => {
  const { id } = e.data;
  try {
    const loaded = await loadDocuments(e.data.db, [e.data.a, e.data.b], e.data.others);
    const [a, b] = loaded.required as [Document, Document];
    const others = loaded.optional;
    const db = openDb(e.data.db);
    const alignment = await alignmentsRepo(db)
      .get(e.data.alignmentId)
      .finally(() => db.close());
    // Alignments are replaced in place (same id), never deleted, so this is another tab's doing.
    if (!alignment) throw new CoreError('conflict', 'The alignment is no longer stored.');
    await endReads();
    const flags = runChecks({ a, b, beads: beadsFrom(a.id, alignment), others });
    const entities = nameIndex([a, b, ...others]);
    post({ id, type: 'done', ...forPage(flags, entities) });
  } catch (err) {
    post(errorReply(id, err));
  }
};
