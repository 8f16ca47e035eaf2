import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { Alignment, Document } from '../../core/model';
import { alignmentsRepo } from '../../db/alignments';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { createUnpacked } from '../lib/unpackedAlignments';
import { alignInWorker, linkInWorker, type AlignJob } from '../lib/alignClient';
import type { Link } from '../../core/align';
import { errorMessage } from '../lib/errors';
import { rowsFromBeads, rowsFromLinks, rowsFromPivot, rowsInOrder, type Row } from './rows';

export type AlignStatus = 'idle' | 'aligning' | 'aligned' | 'cancelled' | 'failed';

/**
 * The reader's rows for its documents: stored alignments when they are current, otherwise
 * computed and stored by the worker (first column against each other column) and read back
 * here. While the worker runs, or if the user cancels it, paragraphs pair in order.
 */
export function useAlignment(docs: Accessor<Document[] | undefined>, mode: Accessor<'parallel' | 'comparable'> = () => 'parallel') {
  const { db } = useRepos();
  const repo = alignmentsRepo(db);
  // A memo, so that only a real change of documents or their text re-aligns: the document
  // list is re-read whenever any document row changes (a rename, another tab's edit).
  const key = createMemo(() => (docs() ?? []).map((d) => `${d.id}@${d.textUpdatedAt ?? d.createdAt}`).join(','));
  const pairs = createMemo(() => {
    const ds = docs() ?? [];
    return ds.length >= 2 ? ds.slice(1).map((d) => [ds[0]!, d] as const) : [];
  });
  const storedRows = createLiveQuery(async () => Promise.all(pairs().map(([a, b]) => repo.currentRow(a, b).then((x) => x ?? null))), key, { replace: true });
  const stored = createUnpacked(storedRows);
  const [status, setStatus] = createSignal<AlignStatus>('idle');
  const [progress, setProgress] = createSignal(0);
  const [error, setError] = createSignal('');
  /** This run's workers have stored their alignments. */
  const [saved, setSaved] = createSignal(false);
  let jobs: AlignJob[] = [];

  const cancel = () => {
    jobs.forEach((j) => j.cancel());
    jobs = [];
    setStatus('cancelled');
  };

  const run = async () => {
    jobs.forEach((j) => j.cancel());
    const missing = pairs().filter((_, i) => !stored()?.[i]);
    if (!missing.length) return;
    setStatus('aligning');
    setSaved(false);
    setProgress(0);
    const fractions = missing.map(() => 0);
    jobs = missing.map(([a, b], i) =>
      alignInWorker(db, a, b, (f) => {
        fractions[i] = f;
        setProgress(fractions.reduce((s, x) => s + x, 0) / fractions.length);
      }),
    );
    try {
      await Promise.all(jobs.map((j) => j.promise));
      // The workers stored the alignments; 'aligned' waits for the live query to show them.
      setSaved(true);
    } catch (e) {
      if ((e as { code?: string }).code === 'cancelled') return;
      setError(errorMessage(e));
      setStatus('failed');
    } finally {
      jobs = [];
    }
  };

  // Align once per set of document texts, when nothing current is stored.
  createEffect(
    on(key, () => {
      setStatus('idle');
    }),
  );
  createEffect(() => {
    const s = stored();
    if (!s || mode() === 'comparable') return;
    const st = status();
    // While aligning, rows stored by an earlier, cancelled run do not count: this run's
    // workers would still replace them, and a hand edit made meanwhile would be lost.
    if (s.every((x) => x)) {
      if (st === 'idle' || (st === 'aligning' && saved())) setStatus('aligned');
    } else if (st === 'idle') void run();
  });
  onCleanup(() => jobs.forEach((j) => j.cancel()));

  // Related reports: links computed afresh (cheap for articles), never stored or edited.
  const [links, setLinks] = createSignal<Link[] | null>(null);
  createEffect(
    on([key, mode], () => {
      setLinks(null);
      const ds = docs() ?? [];
      if (mode() !== 'comparable' || ds.length !== 2) return;
      const job = linkInWorker(db, ds[0]!, ds[1]!);
      job.promise.then(setLinks, (e) => (e as { code?: string }).code !== 'cancelled' && setError(errorMessage(e)));
      onCleanup(job.cancel);
    }),
  );

  const rows = createMemo<Row[]>(() => {
    if (mode() === 'comparable' && (docs()?.length ?? 0) === 2) {
      const l = links();
      return l ? rowsFromLinks(l, docs()![0]!.paragraphs.length) : rowsInOrder((docs() ?? []).map((d) => d.paragraphs.length));
    }
    const s = stored();
    const ds = docs() ?? [];
    if (s && s.length && s.every((x): x is Alignment => !!x)) {
      if (s.length === 1) return rowsFromBeads(s[0]!.beads);
      return rowsFromPivot(s[0]!.beads, s[1]!.beads);
    }
    return rowsInOrder(ds.map((d) => d.paragraphs.length));
  });

  /** The one alignment a two-column reader shows, which hand edits change. */
  const editable = () => {
    if (mode() === 'comparable') return undefined;
    const s = stored();
    return s && s.length === 1 && s[0] ? s[0] : undefined;
  };

  /** True when every stored alignment shown came from a TMX file (its pairs, not the aligner's). */
  const fromTmx = () => {
    const s = stored();
    return mode() !== 'comparable' && !!s && s.length > 0 && s.every((x) => x?.method === 'tmx');
  };

  /** Related-reports mode: 'linking' until the links arrive, then how many rows have some. */
  const linked = () => (links() ? links()!.length : null);

  return { rows, status, progress, error, cancel, realign: run, editable, mode, linked, fromTmx };
}
