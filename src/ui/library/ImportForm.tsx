import { createSignal, Show } from 'solid-js';
import type { Lang } from '../../core/model';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { readFileText } from '../lib/fileText';

/**
 * Adds a document to a story from pasted text, a chosen file or a dropped file. The text is
 * kept as typed until it is stored, so a failure (full storage, bad file) loses nothing.
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
  const id = (s: string) => `import-${props.storyId}-${s}`;

  const add = async (raw: string, fileName?: string, replaced = 0) => {
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
      const added = t('import.added', {
        title: doc.title,
        lang: t(`langName.${doc.lang}`, { defaultValue: doc.lang }),
        paragraphs: t('library.paragraphs', { count: doc.paragraphs.length }),
      });
      setStatus(replaced ? `${added} ${t('import.replaced', { count: replaced })}` : added);
      setText('');
      setTitle('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const addFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const read = await readFileText(file);
      await add(read.text, file.name, read.replaced);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <details class="import">
      <summary>{t('import.heading')}</summary>
      <form
        classList={{ 'drop-zone': true, dragging: dragging() }}
        onSubmit={(e) => {
          e.preventDefault();
          void add(text());
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
        <p class="hint">{dragging() ? t('import.dropping') : t('import.drop')}</p>
        <Show when={error()}>
          <p role="alert" class="error">{error()}</p>
        </Show>
        <p role="status" class="status">{status()}</p>
      </form>
    </details>
  );
}
