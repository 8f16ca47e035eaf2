/// <reference lib="webworker" />
import { nameIndex, runChecks } from '../core/checks';
import { errorReply } from './errorReply';
import { loadDocuments } from './loadDocuments';
import type { Document } from '../core/model';
import type { ChecksRequest, ChecksResponse } from './protocol';

// The reviewer checks and the name index are synchronous CPU work over whole documents; they
// run here so the reader never freezes. Cancelling terminates this worker.
const post = (m: ChecksResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ChecksRequest>) => {
  const { id, beads } = e.data;
  try {
    const loaded = await loadDocuments(e.data.db, [e.data.a, e.data.b], e.data.others);
    const [a, b] = loaded.required as [Document, Document];
    const others = loaded.optional;
    const flags = runChecks({ a, b, beads, others });
    const entities = nameIndex([a, b, ...others]);
    post({ id, type: 'done', flags, entities });
  } catch (err) {
    post(errorReply(id, err));
  }
};
