/// <reference lib="webworker" />
import { progressPoster } from './progress';
import type { TmxImportRequest, TmxImportResponse } from './protocol';
import { errorReply } from './errorReply';
import { openDb } from '../db/schema';
import { importTmx } from '../db/tmxImport';

// A TMX of tens of megabytes takes seconds to decode, parse and split into sentences; here
// the page keeps answering. Cancelling terminates this worker; the store is one transaction,
// so a cancelled import adds nothing.
const post = (m: TmxImportResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<TmxImportRequest>) => {
  const { id, db: name, storyId, fileName, bytes } = e.data;
  const progress = progressPoster(id, post);
  try {
    const db = openDb(name);
    try {
      const done = await importTmx(db, storyId, fileName, new Uint8Array(bytes), progress);
      post({ id, type: 'done', docs: done.docs.length, rows: done.rows });
    } finally {
      db.close();
    }
  } catch (err) {
    post(errorReply(id, err));
  }
};
