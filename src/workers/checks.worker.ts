/// <reference lib="webworker" />
import { nameIndex, runChecks } from '../core/checks';
import { errorReply } from './errorReply';
import type { ChecksRequest, ChecksResponse } from './protocol';

// The reviewer checks and the name index are synchronous CPU work over whole documents; they
// run here so the reader never freezes. Cancelling terminates this worker.
const post = (m: ChecksResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<ChecksRequest>) => {
  const { id, a, b, beads, others } = e.data;
  try {
    const flags = runChecks({ a, b, beads, others });
    const entities = nameIndex([a, b, ...others]);
    post({ id, type: 'done', flags, entities });
  } catch (err) {
    post(errorReply(id, err));
  }
};
