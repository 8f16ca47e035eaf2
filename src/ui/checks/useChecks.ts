import { createEffect, createMemo, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import type { Entity } from '../../core/checks';
import type { Document, DocumentMeta, Flag } from '../../core/model';
import type { FlagDismissal } from '../../db/schema';
import { alignmentsRepo } from '../../db/alignments';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { checksInWorker, type ChecksJob } from '../lib/checksClient';
import { errorMessage } from '../lib/errors';
import { checkPair } from './pair';
import { flagMarks } from './flagMarks';

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

interface Result {
  pairKey: string;
  pair: CheckedPair;
  flags: Flag[];
  entities: Entity[];
}

/** Alignment edits come in bursts (drag, undo, redo): wait this long for the last one. */
const DEBOUNCE_MS = 200;

const docKey = (d: DocumentMeta) => `${d.id}@${d.textUpdatedAt ?? d.createdAt}`;

/**
 * Reviewer checks for the reader's first pair, run in a worker whenever the pair's texts,
 * the beads between them or the story's other documents change; a newer run cancels an
 * older one. Until the pair is aligned the status is 'waiting'. While re-checking the same
 * pair the previous flags stay shown. Dismissals are read live from the database.
 */
export function useChecks(opts: UseChecksOptions) {
  const repos = useRepos();
  const alignments = alignmentsRepo(repos.db);
  const columns = createMemo(() => (opts.docs() ?? []).slice(0, 2));
  const pairKey = () => columns().map(docKey).join(',');
  // Only which alignment and its version: the worker reads the beads, so the page neither
  // unpacks nor sends 50,000 of them. Every hand edit is saved at once and bumps editedAt.
  const stored = createLiveQuery(async () => {
    const [a, b] = columns();
    return a && b ? ((await alignments.currentVersion(a, b)) ?? null) : null;
  }, pairKey, { replace: true });

  const [status, setStatus] = createSignal<ChecksStatus>('idle');
  const [error, setError] = createSignal('');
  const [result, setResult] = createSignal<Result | null>(null);
  let job: ChecksJob | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(timer);
    job?.cancel();
    job = undefined;
  };

  /** What a run depends on; '' when there is nothing to check, 'waiting' before beads exist. */
  const runKey = createMemo(() => {
    const all = opts.storyDocs();
    if (columns().length < 2 || !all) return '';
    const al = stored();
    if (!al) return 'waiting';
    const ids = new Set(columns().map((d) => d.id));
    return `${pairKey()}|${all.filter((d) => !ids.has(d.id)).map(docKey).join(',')}|${al.id}@${al.editedAt}`;
  });

  const start = () => {
    const input = untrack(() => checkPair(columns(), opts.storyDocs() ?? []));
    const al = untrack(stored);
    if (!input || !al) return;
    const key = untrack(pairKey);
    const mine = (opts.run ?? checksInWorker)(repos.db, { ...input, alignmentId: al.id });
    job = mine;
    mine.promise.then(
      (r) => {
        if (job !== mine) return;
        job = undefined;
        const pair = { a: { id: input.a.id, lang: input.a.lang }, b: { id: input.b.id, lang: input.b.lang } };
        setResult({ pairKey: key, pair, flags: r.flags, entities: r.entities });
        setStatus('done');
      },
      (e) => {
        if (job !== mine || (e as { code?: string }).code === 'cancelled') return;
        job = undefined;
        setError(errorMessage(e));
        setStatus('failed');
      },
    );
  };

  createEffect(
    on(runKey, (key) => {
      stop();
      setError('');
      if (!key) return setStatus('idle');
      if (key === 'waiting') return setStatus('waiting');
      setStatus('checking');
      timer = setTimeout(start, DEBOUNCE_MS);
    }),
  );
  onCleanup(stop);

  const current = () => {
    const r = result();
    return r && r.pairKey === pairKey() ? r : null;
  };
  const flags = createMemo<Flag[]>(() => current()?.flags ?? []);
  const rows = createLiveQuery(() => repos.flags.listByStory(opts.storyId()), opts.storyId);
  /** Decisions by flag id (dismissed, or turned into an annotation). */
  const dismissed = createMemo(() => new Map<string, FlagDismissal>((rows() ?? []).map((r) => [r.flagId, r])));
  const openFlags = createMemo(() => flags().filter((f) => !dismissed().has(f.id)));
  const paragraphLength = (docId: string, paragraph: number) => columns().find((d) => d.id === docId)?.paragraphs[paragraph]?.text.length;
  /** Open flags' spans per `${docId}:${paragraph}`, for underlining in the reader. */
  const marks = createMemo(() => flagMarks(openFlags(), { paragraphLength }));

  return {
    status,
    error,
    /** Every flag of the last run on the current pair, dismissed ones included. */
    flags,
    /** Flags without a decision. */
    openFlags,
    dismissed,
    marks,
    /** The pair the flags are about; undefined before the first run finishes. */
    pair: () => current()?.pair,
    /** The story-wide name index of the last run. */
    entities: () => current()?.entities ?? [],
    rerun: () => {
      if (!runKey() || runKey() === 'waiting') return;
      stop();
      setStatus('checking');
      start();
    },
  };
}

export type Checks = ReturnType<typeof useChecks>;
