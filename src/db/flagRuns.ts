import type { Entity } from '../core/checks/types';
import type { Flag, FlagCheck } from '../core/model';
import { CoreError } from '../core/model';
import type { FlagRow, FlagRunRow, TarjumanDB } from './schema';

/**
 * The reviewer checks' runs and their flags (schema v7). The checks worker writes a run in
 * batches under a fresh run id, then makes it the pair's run in one transaction that deletes
 * the previous one: a reader sees the old complete run or the new one, never a mix. A run
 * left 'writing' (its tab closed mid-run) is never shown and is deleted by the next run.
 * The page reads a page of flags at a time, in reading order or of one check.
 */

/** Flags per write transaction: small enough that a reader's query waits little behind one. */
export const BATCH = 500;
/** A 'writing' run not touched for this long belongs to a tab that went away. */
export const STALE_MS = 2 * 60_000;

export const pairKey = (a: string, b: string) => `${a}|${b}`;

export interface RunInput {
  pair: string;
  storyId: string;
  inputKey: string;
  flags: readonly Flag[];
  entities: Entity[];
}

export interface RunSummary {
  run: string;
  pair: string;
  total: number;
  counts: Partial<Record<FlagCheck, number>>;
}

export function countFlags(flags: readonly Pick<Flag, 'check'>[]): Partial<Record<FlagCheck, number>> {
  const counts: Partial<Record<FlagCheck, number>> = {};
  for (const f of flags) counts[f.check] = (counts[f.check] ?? 0) + 1;
  return counts;
}

const toRow = (run: string, f: Flag, order: number): FlagRow => ({ ...f, run, order, ...(f.span ? { para: f.span.paragraph } : {}) });
/** The flag as the checks made it (run, order and para are the store's). */
export function fromRow(r: FlagRow): Flag & { order: number } {
  const { run: _run, para: _para, ...flag } = r;
  return flag;
}
const ofRun = (run: string) => [
  [run, -Infinity],
  [run, Infinity],
] as const;

export function flagRunsRepo(db: TarjumanDB) {
  const dropRun = async (run: string) => {
    await db.flags.where('[run+order]').between(...ofRun(run), true, true).delete();
    await db.flagRuns.delete(run);
  };

  const repo = {
    /** The pair's complete run, if any. */
    current: (pair: string) => db.flagRuns.where('[pair+status]').equals([pair, 'complete']).first(),

    /** Deletes runs left 'writing' by tabs that went away. */
    async dropStale(now = Date.now()): Promise<void> {
      const stale = await db.flagRuns.where('status').equals('writing').filter((r) => now - r.touchedAt > STALE_MS).primaryKeys();
      for (const run of stale) await db.transaction('rw', db.flagRuns, db.flags, () => dropRun(run));
    },

    /**
     * Stores a run: its flags in batches (reading order as given), then, in one transaction,
     * the run becomes the pair's and the pair's previous run goes. On failure (a full disk)
     * what was written of it is deleted, best effort, and the error rethrown.
     */
    async store(input: RunInput, onProgress?: (fraction: number) => void): Promise<RunSummary> {
      await repo.dropStale();
      const run = crypto.randomUUID();
      const now = Date.now();
      const counts = countFlags(input.flags);
      const row: FlagRunRow = { run, pair: input.pair, storyId: input.storyId, status: 'writing', inputKey: input.inputKey, total: input.flags.length, counts, entities: input.entities, createdAt: now, touchedAt: now };
      try {
        await db.flagRuns.add(row);
        for (let i = 0; i < input.flags.length; i += BATCH) {
          const rows = input.flags.slice(i, i + BATCH).map((f, k) => toRow(run, f, i + k));
          await db.transaction('rw', db.flagRuns, db.flags, async () => {
            await db.flags.bulkAdd(rows);
            await db.flagRuns.update(run, { touchedAt: Date.now() });
          });
          onProgress?.(Math.min(1, (i + BATCH) / input.flags.length));
        }
        await db.transaction('rw', db.flagRuns, db.flags, async () => {
          // Another tab's run of the pair may have counted this one as stale: then nothing is shown from it.
          if (!(await db.flagRuns.get(run))) throw new CoreError('conflict', 'This run of the checks was removed while it was stored.');
          for (const old of await db.flagRuns.where('[pair+status]').equals([input.pair, 'complete']).primaryKeys()) await dropRun(old);
          await db.flagRuns.update(run, { status: 'complete', touchedAt: Date.now() });
        });
      } catch (err) {
        await db.transaction('rw', db.flagRuns, db.flags, () => dropRun(run)).catch(() => undefined);
        throw err;
      }
      return { run, pair: input.pair, total: input.flags.length, counts };
    },

    /**
     * Up to `limit` flags of a run in reading order after the one at `after` (from the start
     * without it), of one check when `check` is given, leaving out the ids in `skip`.
     */
    async page(run: string, q: { after?: number; limit: number; check?: FlagCheck; skip?: ReadonlySet<string> }): Promise<Array<Flag & { order: number }>> {
      const from = q.after ?? -Infinity;
      const range = q.check
        ? db.flags.where('[run+check+order]').between([run, q.check, from], [run, q.check, Infinity], false, true)
        : db.flags.where('[run+order]').between([run, from], [run, Infinity], false, true);
      const skip = q.skip;
      const rows = await (skip?.size ? range.filter((r) => !skip.has(r.id)) : range).limit(q.limit).toArray();
      return rows.map(fromRow);
    },

    /**
     * The open flag next to the one at `from` in reading order (`dir` 1 after it, -1 before
     * it), going round at either end; from the start (or the end) without `from`. Undefined
     * when every flag is left out.
     */
    async step(run: string, q: { from?: number; dir: 1 | -1; skip?: ReadonlySet<string> }): Promise<(Flag & { order: number }) | undefined> {
      const open = (r: FlagRow) => !q.skip?.has(r.id);
      const after = (from: number) => db.flags.where('[run+order]').between([run, from], [run, Infinity], false, true).filter(open).first();
      const before = (to: number) => db.flags.where('[run+order]').between([run, -Infinity], [run, to], true, false).reverse().filter(open).first();
      const row = q.dir === 1 ? ((q.from !== undefined ? await after(q.from) : undefined) ?? (await after(-Infinity))) : ((q.from !== undefined ? await before(q.from) : undefined) ?? (await before(Infinity)));
      return row && fromRow(row);
    },

    /** The run's flags whose span is in paragraphs [from, to] of a document. */
    async inParagraphs(run: string, docId: string, from: number, to: number): Promise<Flag[]> {
      const rows = await db.flags.where('[run+docId+para]').between([run, docId, from], [run, docId, to], true, true).toArray();
      return rows.map((r) => {
        const { order: _order, ...flag } = fromRow(r);
        return flag;
      });
    },

    /** Which of `ids` are flags of the run, and of which check (for counting decisions). */
    async checksOf(run: string, ids: readonly string[]): Promise<Map<string, FlagCheck>> {
      const rows = await db.flags.where('[run+id]').anyOf(ids.map((id) => [run, id])).toArray();
      return new Map(rows.map((r) => [r.id, r.check]));
    },
  };
  return repo;
}

export type FlagRunsRepo = ReturnType<typeof flagRunsRepo>;
