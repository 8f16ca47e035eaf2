/// <reference lib="webworker" />
import { beadsFrom, forPage, nameIndex, runChecks } from '../core/checks';
import { errorReply } from './errorReply';
import { loadDocuments } from './loadDocuments';
import { endReads } from './endReads';
import { progressPoster } from './progress';
import { CoreError, type Document } from '../core/model';
import type { ChecksRequest, ChecksResponse } from './protocol';
import { openDb } from '../db/schema';
import { alignmentsRepo } from '../db/alignments';
import { countFlags, flagRunsRepo, pairKey } from '../db/flagRuns';
import { isQuotaError } from '../db/quota';

// The reviewer checks and the name index are synchronous CPU work over whole documents; they
// run here so the reader never freezes, and their flags are stored from here so a book's
// list never passes through the page. Cancelling terminates this worker: a run cut short
// stays 'writing', is never shown, and goes with the next run.
const post = (m: ChecksResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<ChecksRequest>) => {
  const { id } = e.data;
  const db = openDb(e.data.db);
  try {
    const loaded = await loadDocuments(e.data.db, [e.data.a, e.data.b], e.data.others);
    const [a, b] = loaded.required as [Document, Document];
    const others = loaded.optional;
    const alignment = await alignmentsRepo(db).get(e.data.alignmentId);
    // Alignments are replaced in place (same id), never deleted, so this is another tab's doing.
    if (!alignment) throw new CoreError('conflict', 'The alignment is no longer stored.');
    await endReads();
    const found = forPage(runChecks({ a, b, beads: beadsFrom(a.id, alignment), others }), nameIndex([a, b, ...others]));
    const input = { pair: pairKey(a.id, b.id), storyId: e.data.storyId, inputKey: e.data.inputKey, ...found };
    try {
      const summary = await flagRunsRepo(db).store(input, progressPoster(id, post));
      post({ id, type: 'stored', summary });
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      const summary = { pair: input.pair, total: found.flags.length, counts: countFlags(found.flags) };
      post({ id, type: 'unstored', quota: true, summary, ...found });
    }
  } catch (err) {
    post(errorReply(id, err));
  } finally {
    db.close();
  }
};
