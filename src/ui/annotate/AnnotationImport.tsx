import { createSignal, For, Show } from 'solid-js';
import type { DocumentMeta } from '../../core/model';
import type { Refusal } from '../../core/formats/webanno';
import type { AnnotationImportReport, ImportConflict } from '../../db/annotationTransfer';
import { ImportConflicts } from './ImportConflicts';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage, isCancelled } from '../lib/errors';
import { importAnnotationsInWorker } from '../lib/annotationImportClient';
import type { WorkerJob } from '../lib/workerJob';
import { JobProgress } from '../lib/JobProgress';

/**
 * Importing an annotation file (W3C JSON-LD from this app or another tool, or this app's CSV)
 * into the story: in a worker with progress and Cancel; then a report of what was anchored,
 * kept as an orphan, already here or refused (with the reason), and each conflict with an
 * annotation already here, for the user to settle. Nothing is overwritten without a choice.
 */
export function AnnotationImport(props: { storyId: string; docs: DocumentMeta[] }) {
  const repos = useRepos();
  const [anchorTo, setAnchorTo] = createSignal('');
  const [job, setJob] = createSignal<WorkerJob<AnnotationImportReport> | null>(null);
  const [progress, setProgress] = createSignal(0);
  const [report, setReport] = createSignal<AnnotationImportReport | null>(null);
  const [conflicts, setConflicts] = createSignal<ImportConflict[]>([]);
  const [error, setError] = createSignal('');
  const [message, setMessage] = createSignal('');
  const id = (s: string) => `annotation-import-${s}`;

  const run = async (file: File | undefined) => {
    if (!file) return;
    setError('');
    setMessage('');
    setReport(null);
    setConflicts([]);
    setProgress(0);
    const j = importAnnotationsInWorker(repos.db.name, props.storyId, file, anchorTo() ? { docId: anchorTo() } : {}, setProgress);
    setJob(j);
    try {
      const r = await j.promise;
      setReport(r);
      setConflicts(r.conflicts);
    } catch (e) {
      setError(isCancelled(e) ? t('annotate.importCancelled') : errorMessage(e));
    } finally {
      setJob(null);
    }
  };

  const reason = (r: Refusal) => `${t('annotate.refusedItem', { n: formatNumber(r.index + 1) })} ${t(`annotate.refusal.${r.code}`)} (${r.detail})`;

  return (
    <div class="annotation-import">
      <label>
        <span>{t('annotate.anchorTo')}</span>
        <select id={id('anchor-to')} value={anchorTo()} onChange={(e) => setAnchorTo(e.currentTarget.value)} disabled={job() !== null}>
          <option value="">{t('annotate.anchorByContent')}</option>
          <For each={props.docs}>{(d) => <option value={d.id}>{d.title}</option>}</For>
        </select>
      </label>
      <label class="file">
        <span>{t('annotate.import')}</span>
        <input
          type="file"
          accept=".jsonld,.json,.csv,application/ld+json,application/json,text/csv"
          disabled={job() !== null}
          onChange={(e) => {
            void run(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      <Show when={job()}>
        {(j) => <JobProgress value={progress()} label={t('annotate.importProgress')} onCancel={() => j().cancel()} />}
      </Show>
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
      </Show>
      <p role="status" class="import-report">
        <Show when={report()}>
          {(r) =>
            t('annotate.importReport', {
              added: formatNumber(r().added),
              orphaned: formatNumber(r().orphaned),
              unchanged: formatNumber(r().unchanged),
              conflicts: formatNumber(r().conflicts.length),
              refused: formatNumber(r().refused.length),
            }) + (r().clamped ? ` ${t('annotate.importClamped', { count: r().clamped })}` : '')
          }
        </Show>
        {message() ? ` ${message()}` : ''}
      </p>
      <Show when={(report()?.refused.length ?? 0) > 0}>
        <details class="refused">
          <summary>{t('annotate.refusedHeading', { count: report()!.refused.length })}</summary>
          <div role="list">
            <For each={report()!.refused.slice(0, 200)}>
              {(r) => (
                <p role="listitem" dir="auto">
                  {reason(r)}
                </p>
              )}
            </For>
          </div>
        </details>
      </Show>
      <ImportConflicts
        conflicts={conflicts()}
        docs={props.docs}
        onSettled={(c, choice) => {
          setConflicts((list) => list.filter((x) => x !== c));
          setMessage(t(`annotate.conflictSettled.${choice}`));
        }}
      />
    </div>
  );
}
