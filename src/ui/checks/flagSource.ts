import type { Entity } from '../../core/checks';
import type { Flag, FlagCheck } from '../../core/model';
import type { FlagRunsRepo, RunSummary } from '../../db/flagRuns';
import type { FlagRunRow } from '../../db/schema';

/** A flag as a list shows it, with its place in the run's reading order. */
export type ListedFlag = Flag & { order: number };

export interface PageQuery {
  /** Start after the flag with this order; from the start without it. */
  after?: number;
  limit: number;
  check?: FlagCheck;
  /** Flag ids to leave out (dismissed ones). */
  skip?: ReadonlySet<string>;
}

/**
 * One run's flags as the reader reads them: a page at a time and by paragraph, never whole.
 * Stored runs read IndexedDB; a run that could not be stored (storage full) is held in
 * memory for the session and read the same way.
 */
export interface FlagSource {
  /** Changes with every run: lists and underlines start again. */
  key: string;
  /** What the run was computed from (see useChecks' runKey). */
  inputKey: string;
  total: number;
  counts: Partial<Record<FlagCheck, number>>;
  entities: Entity[];
  /** True when the flags are held in this page only (storage was full). */
  inMemory: boolean;
  page(q: PageQuery): Promise<ListedFlag[]>;
  /** The open flag after (1) or before (-1) the one at order `from`, going round; see FlagRunsRepo.step. */
  step(q: { from?: number; dir: 1 | -1; skip?: ReadonlySet<string> }): Promise<ListedFlag | undefined>;
  inParagraphs(docId: string, from: number, to: number): Promise<Flag[]>;
  /** Which of `ids` are flags of the run, and of which check. */
  checksOf(ids: readonly string[]): Promise<Map<string, FlagCheck>>;
}

export function storedSource(repo: FlagRunsRepo, row: FlagRunRow): FlagSource {
  return {
    key: row.run,
    inputKey: row.inputKey,
    total: row.total,
    counts: row.counts,
    entities: row.entities,
    inMemory: false,
    page: (q) => repo.page(row.run, q),
    step: (q) => repo.step(row.run, q),
    inParagraphs: (docId, from, to) => repo.inParagraphs(row.run, docId, from, to),
    checksOf: (ids) => repo.checksOf(row.run, ids),
  };
}

let memoryRuns = 0;

/** A run's flags (in reading order) held in memory, read like a stored run. */
export function memorySource(flags: readonly Flag[], entities: Entity[], summary: Omit<RunSummary, 'run'>, inputKey: string): FlagSource {
  const listed: ListedFlag[] = flags.map((f, order) => ({ ...f, order }));
  const byId = new Map(flags.map((f) => [f.id, f.check] as const));
  return {
    key: `memory-${++memoryRuns}`,
    inputKey,
    total: summary.total,
    counts: summary.counts,
    entities,
    inMemory: true,
    async page(q) {
      const out: ListedFlag[] = [];
      for (let i = (q.after ?? -1) + 1; i < listed.length && out.length < q.limit; i++) {
        const f = listed[i]!;
        if ((!q.check || f.check === q.check) && !q.skip?.has(f.id)) out.push(f);
      }
      return out;
    },
    async step(q) {
      const n = listed.length;
      const start = q.from ?? (q.dir === 1 ? -1 : n);
      for (let k = 1; k <= n + 1; k++) {
        const i = (((start + q.dir * k) % (n + 1)) + (n + 1)) % (n + 1);
        const f = listed[i];
        if (f && !q.skip?.has(f.id)) return f;
      }
      return undefined;
    },
    async inParagraphs(docId, from, to) {
      return flags.filter((f) => f.docId === docId && f.span && f.span.paragraph >= from && f.span.paragraph <= to);
    },
    async checksOf(ids) {
      return new Map(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!] as const] : [])));
    },
  };
}
