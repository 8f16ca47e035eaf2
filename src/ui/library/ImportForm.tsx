import { createSignal, Show } from 'solid-js';
import type { Lang } from '../../core/model';
import { CoreError } from '../../core/model';
import type { DocumentInfo } from '../../core/model';
import { infoOf } from '../../db/documents';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { decodingMessage, readFileText, type FileText } from '../lib/fileText';
import { describeDecoding, type DecodeNote } from '../../core/formats/decode';
import { createDraft } from '../lib/drafts';
import { importInWorker, needsWorker, type ImportInput, type ImportJob, type ImportTarget } from '../lib/importClient';
import { JobProgress, percentOf } from '../lib/JobProgress';

/**
 * Adds a document to a story from pasted text, a chosen file or a dropped file. The text is
 * kept as typed until it is stored, so a failure (full storage, bad file) loses nothing.
 * Large input (a book) is decoded and segmented in a worker, with a progress bar and Cancel.
 */
export function ImportForm(props: { storyId: string }) {
  const repos = useRepos();
  const [text, setText] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [lang, setLang] = createSignal<'' | Lang>('');
  const [status, setStatus] = createSignal('');
  const [error, setError] = createSignal('');
  const [dragging, setDragging] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  /** The running worker import, for its progress bar and Cancel; null on the direct path. */
  const [job, setJob] = createSignal<ImportJob | null>(null);
  const [progress, setProgress] = createSignal(0);
  const id = (s: string) => `import-${props.storyId}-${s}`;
  // Pasted text not added yet survives a reload (an update, a crash) as a draft.
  const draft = createDraft(
    repos.db,
    `paste:${props.storyId}`,
    () => ({ text: text(), title: title() }),
    (d) => {
      setText(d.text ?? '');
      setTitle(d.title ?? '');
    },
    (f) => !!f.text?.trim(),
  );

  const report = (doc: DocumentInfo, decoding: DecodeNote | null) => {
    const added = t('import.added', {
      title: doc.title,
      lang: t(`langName.${doc.lang}`, { defaultValue: doc.lang }),
      paragraphs: t('library.paragraphs', { count: doc.paragraphCount }),
    });
    const how = decodingMessage(decoding);
    setStatus(how ? `${added} ${how}` : added);
  };

  const add = async (raw: string, fileName?: string, decoded?: FileText['decoded']) => {
    setError('');
    setStatus('');
    setBusy(true);
    try {
      const doc = await repos.documents.add({
        storyId: props.storyId,
        text: raw,
        ...(title().trim() ? { title: title() } : {}),
        ...(lang() ? { lang: lang() } : {}),
        source: fileName ? { type: 'file', name: fileName } : { type: 'paste' },
      });
      report(infoOf(doc), decoded ? describeDecoding(decoded, doc.paragraphs.map((p) => p.text)) : null);
      if (!fileName) void draft.clear().catch(() => {});
      setText('');
      setTitle('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  /** A book: segmented and stored in the worker. The pasted text stays until it is stored. */
  const addLarge = async (input: ImportInput) => {
    setError('');
    setStatus('');
    setBusy(true);
    setProgress(0);
    const target: ImportTarget = {
      db: repos.db.name,
      storyId: props.storyId,
      ...(title().trim() ? { title: title() } : {}),
      source: 'file' in input ? { type: 'file', name: input.file.name } : { type: 'paste' },
    };
    const running = importInWorker(input, target, lang() ? { lang: lang() } : {}, setProgress);
    setJob(running);
    try {
      const { doc, decoding } = await running.promise;
      report(doc, decoding);
      if ('text' in input) {
        void draft.clear().catch(() => {});
        setText('');
      }
      setTitle('');
    } catch (e) {
      if (e instanceof CoreError && e.code === 'cancelled') setStatus(t('import.cancelled'));
      else setError(errorMessage(e));
    } finally {
      setJob(null);
      setBusy(false);
    }
  };

  const addText = (raw: string) => (needsWorker({ text: raw }) ? addLarge({ text: raw }) : add(raw));

  const addFile = async (file: File | undefined) => {
    if (!file || busy()) return; // one import at a time: a second drop waits for the first
    if (needsWorker({ file })) return addLarge({ file });
    try {
      const read = await readFileText(file);
      await add(read.text, file.name, read.decoded);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

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
