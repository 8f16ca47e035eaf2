import { createEffect, createMemo, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import type { Document, DocumentMeta, FlagCheck } from '../../core/model';
import type { FlagDismissal } from '../../db/schema';
import { alignmentsRepo } from '../../db/alignments';
import { flagRunsRepo, pairKey } from '../../db/flagRuns';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { CHECKS_BUILD, checksInWorker, type ChecksJob } from '../lib/checksClient';
import { errorMessage } from '../lib/errors';
import { checkPair, openCounts } from './pair';
import { memorySource, storedSource, type FlagSource } from './flagSource';
import { createFlagMarks } from './useFlagMarks';

export type ChecksStatus = 'idle' | 'waiting' | 'checking' | 'done' | 'failed';

export interface UseChecksOptions {
  storyId: Accessor<string>;
  /** The reader's columns; the checks run on the first two. */
  docs: Accessor<Document[] | undefined>;
  /** Every live document of the story (ids are enough): the others lend support and feed the name index. */
  storyDocs: Accessor<readonly DocumentMeta[] | undefined>;
  /** Starts the checks; a worker unless a test gives another runner. */
  run?: typeof checksInWorker;
}

/** The pair a result is about, sides as the flags name them (A the translation). */
export interface CheckedPair {
  a: { id: string; lang: string };
  b: { id: string; lang: string };
}

/** Alignment edits come in bursts (drag, undo, redo): wait this long for the last one. */
const DEBOUNCE_MS = 200;

const docKey = (d: DocumentMeta) => `${d.id}@${d.textUpdatedAt ?? d.createdAt}`;

/**
 * Reviewer checks for the reader's first pair. The worker stores each run's flags in
 * IndexedDB and the reader reads them from there a page at a time (`source`); a stored run
 * computed from the same texts, beads, other documents and checks is shown as it is (after a
 * reload too), any change runs the checks again, and a newer run cancels an older one. While
 * re-checking, the previous run stays shown; a stored run never mixes two runs. Until the pair
 * is aligned the status is 'waiting'. Dismissals are read live from the database.
 */
export function useChecks(opts: UseChecksOptions) {
  const repos = useRepos();
  const alignments = alignmentsRepo(repos.db);
  const runs = flagRunsRepo(repos.db);
  const columns = createMemo(() => (opts.docs() ?? []).slice(0, 2));
  const columnsKey = () => columns().map(docKey).join(',');
  // Only which alignment and its version: the worker reads the beads, so the page neither
  // unpacks nor sends 50,000 of them. Every hand edit is saved at once and bumps editedAt.
  const stored = createLiveQuery(async () => {
    const [a, b] = columns();
    return a && b ? ((await alignments.currentVersion(a, b)) ?? null) : null;
  }, columnsKey, { replace: true });
  const oriented = createMemo(() => checkPair(columns(), opts.storyDocs() ?? []), null, { equals: (x, y) => x?.a.id === y?.a.id && x?.b.id === y?.b.id });
  const pair = () => {
    const p = oriented();
    return p ? pairKey(p.a.id, p.b.id) : '';
  };
  const storedRun = createLiveQuery(async () => (pair() ? ((await runs.current(pair())) ?? null) : null), pair, { replace: true });

  /** What a run depends on; '' when there is nothing to check, 'waiting' before beads exist. */
  const runKey = createMemo(() => {
    const all = opts.storyDocs();
    if (columns().length < 2 || !all) return '';
    const al = stored();
    if (!al) return 'waiting';
    const ids = new Set(columns().map((d) => d.id));
    return `${columnsKey()}|${all.filter((d) => !ids.has(d.id)).map(docKey).join(',')}|${al.id}@${al.editedAt}|${CHECKS_BUILD}`;
  });

  const [memory, setMemory] = createSignal<{ pair: string; source: FlagSource } | null>(null);
  const source = createMemo<FlagSource | null>(
    () => {
      const m = memory();
      if (m && m.pair === pair()) return m.source;
      const row = storedRun();
      return row ? storedSource(runs, row) : null;
    },
    null,
    { equals: (x, y) => x?.key === y?.key },
  );

  const [running, setRunning] = createSignal(false);
  const [progress, setProgress] = createSignal(0);
  const [error, setError] = createSignal('');
  let job: (ChecksJob & { key: string }) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    clearTimeout(timer);
    job?.cancel();
    job = undefined;
    setRunning(false);
  };

  const start = (key: string) => {
    const input = untrack(oriented);
    const al = untrack(stored);
    if (!input || !al) return;
    const at = untrack(pair);
    setProgress(0);
    const mine = Object.assign((opts.run ?? checksInWorker)(repos.db, { ...input, storyId: untrack(opts.storyId), alignmentId: al.id, inputKey: key }, setProgress), { key });
    job = mine;
    setRunning(true);
    mine.promise.then(
      (r) => {
        if (job !== mine) return;
        stop();
        setMemory(r.stored ? null : { pair: at, source: memorySource(r.flags, r.entities, r.summary, key) });
      },
      (e) => {
        if (job !== mine || (e as { code?: string }).code === 'cancelled') return;
        stop();
        setError(errorMessage(e));
      },
    );
  };

  // Runs the checks when the stored run (once read) is not of the current input.
  createEffect(
    on([runKey, () => storedRun() !== undefined && source()?.inputKey], ([key, have]) => {
      if (!key || key === 'waiting') return stop();
      if (have === false) return; // the stored run is still being read
      if (have === key) return job && job.key !== key ? stop() : undefined;
      if (job?.key === key) return;
      stop();
      setError('');
      job = { key, promise: new Promise(() => {}), cancel: () => {} };
      setRunning(true);
      timer = setTimeout(() => start(key), DEBOUNCE_MS);
    }),
  );
  onCleanup(stop);

  const status = (): ChecksStatus => {
    const key = runKey();
    if (!key) return 'idle';
    if (key === 'waiting') return 'waiting';
    if (error()) return 'failed';
    return !running() && source()?.inputKey === key ? 'done' : 'checking';
  };

  const rows = createLiveQuery(() => repos.flags.listByStory(opts.storyId()), opts.storyId);
  /** Decisions by flag id (dismissed, or turned into an annotation). */
  const dismissed = createMemo(() => new Map<string, FlagDismissal>((rows() ?? []).map((r) => [r.flagId, r])));
  /** The decisions that are about this run's flags, with their checks: the counts leave them out. */
  const [decided, setDecided] = createSignal(new Map<string, FlagCheck>());
  createEffect(() => {
    const s = source();
    const ids = [...dismissed().keys()];
    if (!s || !ids.length) return setDecided(new Map());
    void s.checksOf(ids).then((m) => source() === s && setDecided(m));
  });
  const paragraphLength = (docId: string, paragraph: number) => columns().find((d) => d.id === docId)?.paragraphs[paragraph]?.text.length;
  const marks = createFlagMarks({ source, dismissed, paragraphLength });

  return {
    status,
    error,
    /** While a run stores its flags, how far it has come (0 to 1). */
    progress,
    /** The run shown (stored, or in memory when storage was full); null before the first. */
    source,
    /** Open flags per check and in all, and how many of the run's flags have a decision. */
    counts: createMemo(() => openCounts(source()?.counts ?? {}, decided())),
    dismissedCount: () => decided().size,
    total: () => source()?.total ?? 0,
    dismissed,
    /** Open flags' spans in one paragraph, for underlining. */
    marksAt: marks.at,
    marksVersion: marks.version,
    /** The pair the flags are about; undefined before a run is shown. */
    pair: () => {
      const p = source() && oriented();
      return p ? { a: { id: p.a.id, lang: p.a.lang }, b: { id: p.b.id, lang: p.b.lang } } : undefined;
    },
    /** The story-wide name index of the run shown. */
    entities: () => source()?.entities ?? [],
    rerun: () => {
      const key = runKey();
      if (!key || key === 'waiting') return;
      stop();
      setError('');
      start(key);
    },
  };
}

export type Checks = ReturnType<typeof useChecks>;
