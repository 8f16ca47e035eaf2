import { Link } from '@tanstack/solid-router';
import { createSignal, For, Show } from 'solid-js';
import type { Story } from '../../core/model';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { createErrorSlot } from '../lib/errors';
import { ImportForm } from './ImportForm';
import type { Undoable } from './UndoBar';
import { exportStory } from '../../db/story';
import { downloadText, fileSlug } from '../lib/download';
import { StoryTitle } from './StoryTitle';
import { TmxImport } from './TmxImport';

/** One story in the library: its documents, rename, delete, import, open side by side. */
export function StoryCard(props: { story: Story; onDeleted: (u: Undoable) => void }) {
  const repos = useRepos();
  const docs = createLiveQuery(() => repos.documents.listByStory(props.story.id));
  const [chosen, setChosen] = createSignal<string[]>([]);
  const { error, setError, act } = createErrorSlot();
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

  // A write that fails (storage full) is told on the card; nothing is deleted and nothing offered to undo.
  const remove = () =>
    act(async () => {
      await repos.stories.remove(props.story.id);
      props.onDeleted({ title: props.story.title, undo: () => repos.stories.restore(props.story.id) });
    });

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
                onClick={() =>
                  void act(async () => {
                    await repos.documents.remove(doc.id);
                    props.onDeleted({ title: doc.title, undo: () => repos.documents.restore(doc.id) });
                  })
                }
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
          onClick={() =>
            void act(async () => {
              const file = await exportStory(repos.db, props.story.id);
              downloadText(`${fileSlug(props.story.title)}.tarjuman.json`, JSON.stringify(file), 'application/json');
            })
          }
        >
          {t('story.export')}
        </button>
        <button type="button" class="danger" onClick={() => void remove()}>
          {t('library.delete')}
        </button>
      </div>
      <ImportForm storyId={props.story.id} />
      <TmxImport storyId={props.story.id} onError={setError} />
    </li>
  );
}
