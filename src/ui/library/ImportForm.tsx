import { Show } from 'solid-js';
import type { Lang } from '../../core/model';
import { t } from '../../i18n';
import { JobProgress, percentOf } from '../lib/JobProgress';
import { createImportSession } from './importSession';

/**
 * Adds a document to a story from pasted text, a chosen file or a dropped file. The text is
 * kept as typed until it is stored, so a failure (full storage, bad file) loses nothing.
 * Large input (a book) is decoded and segmented in a worker, with a progress bar and Cancel.
 */
export function ImportForm(props: { storyId: string }) {
  const { text, setText, title, setTitle, lang, setLang, status, error, dragging, setDragging, busy, job, progress, draft, addText, addFile } = createImportSession(props.storyId);
  const id = (s: string) => `import-${props.storyId}-${s}`;

  return (
    <details class="import" open={draft.restored()}>
      <summary>{t('import.heading')}</summary>
      <Show when={draft.restored()}>
        <p role="status" class="hint">{t('app.draftRestored')}</p>
      </Show>
      <form
        classList={{ 'drop-zone': true, dragging: dragging() }}
        onSubmit={(e) => {
          e.preventDefault();
          void addText(text());
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void addFile(e.dataTransfer?.files[0]);
        }}
      >
        <label for={id('text')}>{t('import.paste')}</label>
        <textarea id={id('text')} rows={6} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="row-fields">
          <label>
            <span>{t('import.title')}</span>
            <input value={title()} onInput={(e) => setTitle(e.currentTarget.value)} />
          </label>
          <label>
            <span>{t('import.language')}</span>
            <select value={lang()} onChange={(e) => setLang(e.currentTarget.value as Lang)}>
              <option value="">{t('import.auto')}</option>
              <option value="en">{t('langName.en')}</option>
              <option value="ar">{t('langName.ar')}</option>
              <option value="fa">{t('langName.fa')}</option>
            </select>
          </label>
        </div>
        <div class="row-fields">
          <button type="submit" disabled={busy()}>
            {t('import.submit')}
          </button>
          <label class="file">
            <span>{t('import.file')}</span>
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
              onChange={(e) => {
                void addFile(e.currentTarget.files?.[0]);
                e.currentTarget.value = '';
              }}
            />
          </label>
        </div>
        <p class="hint drop-hint">{dragging() ? t('import.dropping') : t('import.drop')}</p>
        <Show when={job()}>
          {(running) => (
            <JobProgress id={id('progress')} value={progress()} label={t('import.progressLabel')} working={t('import.working', { percent: percentOf(progress()) })} onCancel={() => running().cancel()} />
          )}
        </Show>
        <Show when={error()}>
          <p role="alert" class="error">{error()}</p>
        </Show>
        <p role="status" class="status">{status()}</p>
      </form>
    </details>
  );
}
