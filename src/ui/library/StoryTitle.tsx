import { createSignal, Show } from 'solid-js';
import type { Story } from '../../core/model';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';

/** A story's title as a heading, with Rename turning it into a small form. */
export function StoryTitle(props: { story: Story; headingId: string; onError: (m: string) => void }) {
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
