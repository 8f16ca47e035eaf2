/// <reference lib="webworker" />
import { errorReply } from './errorReply';
import { progressPoster } from './progress';
import { checkAndStore } from './checksRun';
import type { ChecksRequest, ChecksResponse } from './protocol';

// The reviewer checks and the name index are synchronous CPU work over whole documents; they
// run here so the reader never freezes, and their flags are stored from here so a book's
// list never passes through the page. Cancelling terminates this worker: a run cut short
// stays 'writing', is never shown, and goes with the next run.
const post = (m: ChecksResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ChecksRequest>) => {
  const { id } = e.data;
  try {
    post(await checkAndStore(e.data, progressPoster(id, post)));
  } catch (err) {
    post(errorReply(id, err));
  }
};
