import { createSignal, Show } from 'solid-js';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage, isCancelled } from '../lib/errors';
import { JobProgress, percentOf } from '../lib/JobProgress';
import { importTmxInWorker } from '../lib/tmxImportClient';
import type { WorkerJob } from '../lib/workerJob';

/**
 * Import of a TMX or PO file into a story: the file is read and stored by a worker, with a
 * progress bar and Cancel; the outcome is said in a status line, a failure through onError.
 */
export function TmxImport(props: { storyId: string; onError: (message: string) => void }) {
  const repos = useRepos();
  const [status, setStatus] = createSignal('');
  /** The import running in its worker, for its progress bar and Cancel. */
  const [job, setJob] = createSignal<WorkerJob<unknown> | null>(null);
  const [progress, setProgress] = createSignal(0);

  const importFile = async (file: File) => {
    props.onError('');
    setStatus('');
    setProgress(0);
    const started = importTmxInWorker(repos.db, props.storyId, file, setProgress);
    setJob(started);
    try {
      const done = await started.promise;
      setStatus(t('edit.importedTmx', { docs: formatNumber(done.docs), rows: formatNumber(done.rows) }));
    } catch (err) {
      if (isCancelled(err)) setStatus(t('import.cancelled'));
      else props.onError(errorMessage(err));
    } finally {
      setJob(null);
    }
  };

  return (
    <>
      <label class="file tmx-import">
        <span>{t('edit.importTmx')}</span>
        <input
          type="file"
          accept=".tmx,.po,.pot,application/x-tmx+xml,text/xml,application/xml,text/x-gettext-translation"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </label>
      <Show when={job()}>
        {(running) => (
          <JobProgress value={progress()} label={t('edit.tmxProgress')} working={t('edit.tmxWorking', { percent: percentOf(progress()) })} onCancel={() => running().cancel()} />
        )}
      </Show>
      <p role="status">{status()}</p>
    </>
  );
}
