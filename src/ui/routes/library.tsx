import { createRoute } from '@tanstack/solid-router';
import { createSignal, For, Show } from 'solid-js';
import { rootRoute } from './root';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { errorMessage } from '../lib/errors';
import { seedStoryIsLive, restoreSeedStory } from '../../db/seeds';
import { readBundledSeed, seedManifest } from '../lib/seeds';
import { StoryCard } from '../library/StoryCard';
import { UndoBar, type Undoable } from '../library/UndoBar';
import { StoryFileImport } from '../library/StoryFileImport';

export const libraryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: LibraryPage,
});

function LibraryPage() {
  const repos = useRepos();
  const stories = createLiveQuery(() => repos.stories.list());
  const demoLive = createLiveQuery(() => seedStoryIsLive(repos.db));
  const [undo, setUndo] = createSignal<Undoable | null>(null);
  const [error, setError] = createSignal('');

  const restoreDemo = async () => {
    try {
      await restoreSeedStory(repos.db, seedManifest, readBundledSeed);
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <section class="library" aria-labelledby="library-heading">
      <h1 id="library-heading">{t('library.heading')}</h1>
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
      </Show>
      <Show when={stories()?.length === 0}>
        <p class="empty">{t('library.empty')}</p>
      </Show>
      {/* The stories come first: on a phone, what a reader opens the app for is on the first
          screen, and making or importing a story is the rarer errand below them. */}
      <ul class="stories" aria-busy={stories() === undefined}>
        <For each={stories()}>{(story) => <StoryCard story={story} onDeleted={setUndo} />}</For>
      </ul>
      <UndoBar item={undo()} onDone={() => setUndo(null)} />
      <section class="add-story" aria-labelledby="new-story-heading">
        <h2 id="new-story-heading">{t('library.newStory')}</h2>
        <NewStoryForm onError={setError} />
        <StoryFileImport />
        <Show when={demoLive() === false}>
          <button type="button" class="secondary" onClick={restoreDemo}>
            {t('library.restoreDemo')}
          </button>
        </Show>
      </section>
    </section>
  );
}

function NewStoryForm(props: { onError: (msg: string) => void }) {
  const repos = useRepos();
  const [title, setTitle] = createSignal('');
  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    try {
      await repos.stories.create(title());
      setTitle('');
    } catch (err) {
      props.onError(errorMessage(err));
    }
  };
  return (
    <form class="new-story" onSubmit={submit}>
      <label>
        <span>{t('library.storyTitle')}</span>
        <input value={title()} onInput={(e) => setTitle(e.currentTarget.value)} required />
      </label>
      <button type="submit">{t('library.create')}</button>
    </form>
  );
}
