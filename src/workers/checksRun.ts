import { apartChecks, beadsFrom, checksBesides, forPage, mergeFlags, nameIndex, runCheckGroup, type CheckInput } from '../core/checks';
import { CoreError, type Document, type Flag } from '../core/model';
import { openDb } from '../db/schema';
import { alignmentsRepo } from '../db/alignments';
import { countFlags, flagRunsRepo, pairKey } from '../db/flagRuns';
import { isQuotaError } from '../db/quota';
import { loadDocuments } from './loadDocuments';
import { endReads } from './endReads';
import type { ChecksRequest, ChecksResponse } from './protocol';

/**
 * Runs some of the checks somewhere else (a second worker) and answers with each check's flags,
 * as runCheckGroup does.
 */
export type CheckGroupRunner = (input: CheckInput, names: readonly string[]) => Promise<Record<string, Flag[]>>;

/** The answers that settle a checks request. */
export type ChecksAnswer = Extract<ChecksResponse, { type: 'stored' | 'unstored' }>;

/**
 * What the checks worker does with a request, without the messaging (so tests run it
 * in-process): read the pair, its alignment and the story's other documents, run the checks
 * and the name index, and store the run (db/flagRuns.ts). When storage is full the run is
 * not kept and its flags are the answer, for the page to show from memory. With `apart`, the
 * checks of apartChecks run there while this thread runs the others and the name index; the
 * flags are the same either way.
 */
export async function checkAndStore(req: ChecksRequest, onProgress?: (fraction: number) => void, apart?: CheckGroupRunner): Promise<ChecksAnswer> {
  const db = openDb(req.db);
  try {
    const loaded = await loadDocuments(req.db, [req.a, req.b], req.others);
    const [a, b] = loaded.required as [Document, Document];
    const others = loaded.optional;
    const alignment = await alignmentsRepo(db).get(req.alignmentId);
    // Alignments are replaced in place (same id), never deleted, so this is another tab's doing.
    if (!alignment) throw new CoreError('conflict', 'The alignment is no longer stored.');
    await endReads();
    const pairInput: CheckInput = { a, b, beads: beadsFrom(a.id, alignment), others };
    // Started first, so that it runs while this thread works.
    const away = apart ? apartChecks(pairInput) : [];
    const there = apart?.(pairInput, away);
    const here = runCheckGroup(pairInput, checksBesides(away));
    const entities = nameIndex([a, b, ...others]);
    const found = forPage(mergeFlags({ ...here, ...(await there) }), entities);
    const input = { pair: pairKey(a.id, b.id), storyId: req.storyId, inputKey: req.inputKey, ...found };
    try {
      return { id: req.id, type: 'stored', summary: await flagRunsRepo(db).store(input, onProgress) };
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      const summary = { pair: input.pair, total: found.flags.length, counts: countFlags(found.flags) };
      return { id: req.id, type: 'unstored', quota: true, summary, ...found };
    }
  } finally {
    db.close();
  }
}
