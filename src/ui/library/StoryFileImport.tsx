import { createSignal, For, Show } from 'solid-js';
import type { DocumentInfo } from '../../core/model';
import type { ImportConflict } from '../../db/annotationTransfer';
import { ImportConflicts } from '../annotate/ImportConflicts';
import type { StoryImportReport } from '../../db/story';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage, isCancelled } from '../lib/errors';
import { importStoryInWorker } from '../lib/storyImportClient';
import type { WorkerJob } from '../lib/workerJob';

/**
 * Imports a story file (see core/formats/story.ts) in a worker, with Cancel. Texts already in
 * the library are matched by content and not added twice; the report says what was added,
 * matched, kept or refused.
 */
export function StoryFileImport() {
  const repos = useRepos();
  const [job, setJob] = createSignal<WorkerJob<StoryImportReport> | null>(null);
  const busy = () => job() !== null;
  const [report, setReport] = createSignal<StoryImportReport | null>(null);
  const [error, setError] = createSignal('');
  const [conflicts, setConflicts] = createSignal<ImportConflict[]>([]);
  const [docs, setDocs] = createSignal<DocumentInfo[]>([]);
  const [message, setMessage] = createSignal('');

  const run = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    setReport(null);
    setConflicts([]);
    setMessage('');
    const running = importStoryInWorker(repos.db.name, file);
    setJob(running);
    try {
      const r = await running.promise;
      setDocs(await repos.documents.listByStory(r.storyId));
      setReport(r);
      setConflicts(r.annotations.conflicts);
    } catch (e) {
      if (isCancelled(e)) setMessage(t('import.cancelled'));
      else setError(errorMessage(e));
    } finally {
      setJob(null);
    }
  };

  const summary = (r: StoryImportReport) =>
    t('story.imported', {
      title: r.title,
      docsAdded: formatNumber(r.docsAdded),
      docsMatched: formatNumber(r.docsMatched),
      alignments: formatNumber(r.alignmentsAdded),
      added: formatNumber(r.annotations.added),
      orphaned: formatNumber(r.annotations.orphaned),
      unchanged: formatNumber(r.annotations.unchanged),
      conflicts: formatNumber(r.annotations.conflicts.length),
      refused: formatNumber(r.annotations.refused.length),
      flags: formatNumber(r.flagsAdded),
    });

  return (
    <div class="story-file-import">
      <label class="file">
        <span>{t('story.import')}</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy()}
          onChange={(e) => {
            void run(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <Show when={job()}>
        {(j) => (
          <p class="hint">
            {t('story.importing')}{' '}
            <button type="button" class="secondary" onClick={() => j().cancel()}>
              {t('import.cancel')}
            </button>
          </p>
        )}
      </Show>
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
      </Show>
      <p role="status" class="story-import-report">
        <Show when={report()}>{(r) => <bdi>{summary(r())}</bdi>}</Show>
        {message() ? ` ${message()}` : ''}
      </p>
      <ImportConflicts
        conflicts={conflicts()}
        docs={docs()}
        onSettled={(c, choice) => {
          setConflicts((list) => list.filter((x) => x !== c));
          setMessage(t(`annotate.conflictSettled.${choice}`));
        }}
      />
      <Show when={report()?.flagsNotCarried}>{(n) => <p class="hint">{t('story.flagsNotCarried', { count: n() })}</p>}</Show>
      <Show when={report()?.alignmentsKept.length}>
        <ul class="hint">
          <For each={report()!.alignmentsKept}>{(pair) => <li>{t('story.alignmentKept', { pair })}</li>}</For>
        </ul>
      </Show>
    </div>
  );
}
