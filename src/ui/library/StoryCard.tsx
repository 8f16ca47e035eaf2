import { Link } from '@tanstack/solid-router';
import { createSignal, For, Show } from 'solid-js';
import type { Story } from '../../core/model';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { errorMessage } from '../lib/errors';
import { ImportForm } from './ImportForm';
import { importTmxInWorker } from '../lib/tmxImportClient';
import type { WorkerJob } from '../lib/workerJob';
import { CoreError } from '../../core/model';
import { formatNumber } from '../../i18n';
import type { Undoable } from './UndoBar';
import { exportStory } from '../../db/story';
import { downloadText, fileSlug } from '../lib/download';
import { JobProgress, percentOf } from '../lib/JobProgress';

/** One story in the library: its documents, rename, delete, import, open side by side. */
export function StoryCard(props: { story: Story; onDeleted: (u: Undoable) => void }) {
  const repos = useRepos();
  const docs = createLiveQuery(() => repos.documents.listByStory(props.story.id));
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [error, setError] = createSignal('');
  const [status, setStatus] = createSignal('');
  /** A TMX import running in its worker, for its progress bar and Cancel. */
  const [tmxJob, setTmxJob] = createSignal<WorkerJob<unknown> | null>(null);
  const [tmxProgress, setTmxProgress] = createSignal(0);
  const headingId = () => `story-${props.story.id}`;

  // Preselect the first two documents so a newcomer can open the reader in one click.
  const selection = () => {
    const live = new Set((docs() ?? []).map((d) => d.id));
    const picked = chosen().filter((id) => live.has(id));
    return picked.length ? picked : (docs() ?? []).slice(0, 2).map((d) => d.id);
  };
  const toggle = (id: string, on: boolean) => {
    const cur = selection().filter((x) => x !== id);
    setChosen(on ? [...cur, id].slice(-3) : cur);
  };

  const remove = async () => {
    await repos.stories.remove(props.story.id);
    props.onDeleted({ title: props.story.title, undo: () => repos.stories.restore(props.story.id) });
  };

  return (
    <li class="story" aria-labelledby={headingId()}>
      <StoryTitle story={props.story} headingId={headingId()} onError={setError} />
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
      </Show>
      <p class="meta">{t('library.documents', { count: docs()?.length ?? 0 })}</p>
      <p class="hint" id={`${headingId()}-hint`}>{t('library.chooseHint')}</p>
      <ul class="documents" aria-describedby={`${headingId()}-hint`}>
        <For each={docs()}>
          {(doc) => (
            <li class="document">
              <label>
                <input
                  type="checkbox"
                  checked={selection().includes(doc.id)}
                  onChange={(e) => toggle(doc.id, e.currentTarget.checked)}
                />
                <bdi class="doc-title" lang={doc.lang} dir={doc.dir}>
                  {doc.title}
                </bdi>
              </label>
              <span class="badge" lang={doc.lang}>{t(`langName.${doc.lang}`, { defaultValue: doc.lang })}</span>
              <span class="meta">{t('library.paragraphs', { count: doc.paragraphCount })}</span>
              <button
                type="button"
                class="link danger"
                onClick={async () => {
                  await repos.documents.remove(doc.id);
                  props.onDeleted({ title: doc.title, undo: () => repos.documents.restore(doc.id) });
                }}
              >
                {t('library.deleteDocument')}
              </button>
            </li>
          )}
        </For>
      </ul>
      <div class="actions">
        <Show when={selection().length >= 2}>
          <Link
            class="button primary"
            to="/story/$storyId/read"
            params={{ storyId: props.story.id }}
            search={{ docs: selection().join(',') }}
          >
            {t('library.read')}
          </Link>
        </Show>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            setError('');
            try {
              const file = await exportStory(repos.db, props.story.id);
              downloadText(`${fileSlug(props.story.title)}.tarjuman.json`, JSON.stringify(file), 'application/json');
            } catch (err) {
              setError(errorMessage(err));
            }
          }}
        >
          {t('story.export')}
        </button>
        <button type="button" class="danger" onClick={remove}>
          {t('library.delete')}
        </button>
      </div>
      <ImportForm storyId={props.story.id} />
      <label class="file tmx-import">
        <span>{t('edit.importTmx')}</span>
        <input
          type="file"
          accept=".tmx,.po,.pot,application/x-tmx+xml,text/xml,application/xml,text/x-gettext-translation"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (!file) return;
            setError('');
            setStatus('');
            setTmxProgress(0);
            const job = importTmxInWorker(repos.db, props.story.id, file, setTmxProgress);
            setTmxJob(job);
            try {
              const done = await job.promise;
              setStatus(t('edit.importedTmx', { docs: formatNumber(done.docs), rows: formatNumber(done.rows) }));
            } catch (err) {
              if (err instanceof CoreError && err.code === 'cancelled') setStatus(t('import.cancelled'));
              else setError(errorMessage(err));
            } finally {
              setTmxJob(null);
            }
          }}
        />
      </label>
      <Show when={tmxJob()}>
        {(running) => (
          <JobProgress value={tmxProgress()} label={t('edit.tmxProgress')} working={t('edit.tmxWorking', { percent: percentOf(tmxProgress()) })} onCancel={() => running().cancel()} />
        )}
      </Show>
      <p role="status">{status()}</p>
    </li>
  );
}

function StoryTitle(props: { story: Story; headingId: string; onError: (m: string) => void }) {
  const repos = useRepos();
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    try {
      await repos.stories.rename(props.story.id, draft());
      setEditing(false);
    } catch (err) {
      props.onError(errorMessage(err));
    }
  };
  return (
    <Show
      when={editing()}
      fallback={
        <div class="story-title">
          <h2 id={props.headingId}>
            <bdi>{props.story.title}</bdi>
          </h2>
          <button
            type="button"
            class="link"
            onClick={() => {
              setDraft(props.story.title);
              setEditing(true);
            }}
          >
            {t('library.rename')}
          </button>
        </div>
      }
    >
      <form class="rename" onSubmit={save}>
        <input aria-label={t('library.storyTitle')} value={draft()} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">{t('library.save')}</button>
        <button type="button" class="secondary" onClick={() => setEditing(false)}>
          {t('library.cancel')}
        </button>
      </form>
    </Show>
  );
}
