import { liveQuery } from 'dexie';
import { createEffect, createMemo, createSignal, on, onCleanup, untrack, type Accessor } from 'solid-js';
import type { Link } from '../../core/align';
import type { Alignment, Document, DocumentMeta } from '../../core/model';
import { nextTask } from '../../core/nextTask';
import { alignmentsRepo, fromRowInSlices } from '../../db/alignments';
import type { AlignmentRow, TarjumanDB } from '../../db/schema';
import type { WorkerJob } from '../lib/workerJob';
import { errorMessage } from '../lib/errors';

/** How the session starts work in workers; tests give in-process fakes. */
export interface AlignJobs {
  /** Aligns a pair and stores the alignment; settles with its id. */
  align(a: DocumentMeta, b: DocumentMeta, onProgress: (fraction: number) => void, keep?: { alignmentId: string }): WorkerJob<string>;
  /** Links paragraphs of two related reports by the facts they share. */
  link(a: DocumentMeta, b: DocumentMeta): WorkerJob<Link[]>;
}

/**
 * The rows' alignment, for one ordered set of translation columns (`key`): read from the
 * store, or computed by the workers when nothing current is stored. `aligned` holds the first
 * column's alignment with each other one, in column order.
 */
export type AlignState =
  | { kind: 'loading'; key: string }
  | { kind: 'aligning'; key: string; progress: number }
  | { kind: 'aligned'; key: string; docIds: string[]; alignments: Alignment[] }
  | { kind: 'failed'; key: string; error: string; cancelled: boolean };

const version = (d: DocumentMeta) => `${d.id}@${d.textUpdatedAt ?? d.createdAt}`;

/** What an alignment is for: the ordered translation documents and their text versions. */
export const alignKey = (docs: readonly DocumentMeta[]) => docs.map(version).join(',');

/**
 * One alignment pipeline per reader. Any change of the translation columns (a column added,
 * switched, removed, or its text edited) is a new key: the pipeline reads what is stored for
 * it or starts the workers, and nothing of the previous key is shown meanwhile. Hand edits
 * (here or in another tab) reach the store and come back through the live query as a new
 * `aligned` state of the same key.
 */
export function createAlignmentPipeline(db: TarjumanDB, docs: Accessor<Document[] | undefined>, jobs: AlignJobs) {
  const repo = alignmentsRepo(db);
  // A memo, so that only a real change of documents or their text re-aligns: the documents
  // are re-read whenever any document row changes (a rename, another tab's edit).
  const key = createMemo(() => (docs() ? alignKey(docs()!) : ''));
  const [state, setState] = createSignal<AlignState>({ kind: 'loading', key: '' });
  let start = () => {};
  let cancel = () => {};

  createEffect(
    on(key, (k) => {
      const ds = untrack(docs);
      start = cancel = () => {};
      if (!ds) return setState({ kind: 'loading', key: k });
      const docIds = ds.map((d) => d.id);
      if (ds.length < 2) return setState({ kind: 'aligned', key: k, docIds, alignments: [] });
      setState({ kind: 'loading', key: k });
      const pairs = ds.slice(1).map((d) => [ds[0]!, d] as const);
      let live = true;
      let running: WorkerJob<string>[] = [];
      let latest: (AlignmentRow | undefined)[] | undefined;
      let shown = 0;

      const show = async (rows: AlignmentRow[]) => {
        const mine = ++shown;
        const alignments = await Promise.all(rows.map((r) => fromRowInSlices(r, nextTask)));
        if (live && mine === shown && !running.length) setState({ kind: 'aligned', key: k, docIds, alignments });
      };
      // Rows stored by an earlier, cancelled run do not count while this run's workers are
      // still going: they would replace them, and a hand edit made meanwhile would be lost.
      const consider = () => {
        if (!latest || running.length) return;
        if (latest.every(Boolean)) void show(latest as AlignmentRow[]);
        else if (untrack(state).kind === 'loading') start();
      };
      start = () => {
        if (running.length) return;
        const missing = pairs.filter((_, i) => !latest?.[i]);
        const fractions = missing.map(() => 0);
        setState({ kind: 'aligning', key: k, progress: 0 });
        running = missing.map(([a, b], i) =>
          jobs.align(a, b, (f) => {
            fractions[i] = f;
            if (live) setState({ kind: 'aligning', key: k, progress: fractions.reduce((s, x) => s + x, 0) / fractions.length });
          }),
        );
        const mine = running;
        Promise.all(mine.map((j) => j.promise)).then(
          () => {
            if (!live || running !== mine) return;
            running = [];
            // The workers stored the alignments; the live query shows them (now or soon).
            if (latest?.every(Boolean)) void show(latest as AlignmentRow[]);
          },
          (e) => {
            if (!live || running !== mine) return;
            mine.forEach((j) => j.cancel());
            running = [];
            const cancelled = (e as { code?: string }).code === 'cancelled';
            setState({ kind: 'failed', key: k, error: cancelled ? '' : errorMessage(e), cancelled });
          },
        );
      };
      cancel = () => running.forEach((j) => j.cancel());
      const sub = liveQuery(() => Promise.all(pairs.map(([a, b]) => repo.currentRow(a, b)))).subscribe({
        next: (rows) => {
          latest = rows;
          consider();
        },
        error: (e) => live && setState({ kind: 'failed', key: k, error: errorMessage(e), cancelled: false }),
      });
      onCleanup(() => {
        live = false;
        sub.unsubscribe();
        running.forEach((j) => j.cancel());
      });
    }),
  );

  /** The state of the current columns only: a state of another key is still loading. */
  const current = createMemo<AlignState>(() => {
    const s = state();
    return s.key === key() ? s : { kind: 'loading', key: key() };
  });

  return {
    key,
    state: current,
    /** Starts the workers again after a cancel or a failure. */
    retry: () => start(),
    cancel: () => cancel(),
  };
}

export type AlignmentPipeline = ReturnType<typeof createAlignmentPipeline>;

/**
 * Links of each related column with the rows' first column, found afresh in a worker
 * (cheap for articles, never stored). Undefined per column until they arrive.
 */
export function createRelatedLinks(first: Accessor<Document | undefined>, related: Accessor<(Document | undefined)[]>, jobs: AlignJobs) {
  const key = createMemo(() => {
    const a = first();
    return a ? related().map((b) => (b ? `${version(a)}|${version(b)}` : '')).join(',') : '';
  });
  const [links, setLinks] = createSignal<{ key: string; links: (Link[] | undefined)[]; error: string }>({ key: '', links: [], error: '' });
  createEffect(
    on(key, (k) => {
      const a = untrack(first);
      const bs = untrack(related);
      const found: (Link[] | undefined)[] = bs.map(() => undefined);
      setLinks({ key: k, links: found, error: '' });
      if (!a) return;
      bs.forEach((b, i) => {
        if (!b) return;
        const job = jobs.link(a, b);
        job.promise.then(
          (l) => setLinks((s) => (s.key === k ? { ...s, links: s.links.map((x, j) => (j === i ? l : x)) } : s)),
          (e) => (e as { code?: string }).code !== 'cancelled' && setLinks((s) => (s.key === k ? { ...s, error: errorMessage(e) } : s)),
        );
        onCleanup(job.cancel);
      });
    }),
  );
  return {
    /** Per related column (in the order given), its links, or undefined while they are found. */
    links: () => (links().key === key() ? links().links : related().map(() => undefined)),
    error: () => (links().key === key() ? links().error : ''),
  };
}
