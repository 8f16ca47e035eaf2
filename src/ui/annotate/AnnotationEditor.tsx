import { For, Show } from 'solid-js';
import type { AnnotationCategory } from '../../core/model';
import { ANNOTATION_CATEGORIES } from '../../core/anchor/annotation';
import { t } from '../../i18n';
import { COLORS, createAnnotationEditor, type EditorTarget } from './annotationEditorSession';

export { COLORS, type EditorTarget } from './annotationEditorSession';

/**
 * Creates or edits one annotation. Nothing typed here is lost on failure: a full storage or a
 * conflict with another tab keeps the form open with the draft, and says what happened. What
 * is typed is also kept as a draft in IndexedDB until it is saved or cancelled, so a reload,
 * an update or a crash gives it back the next time this annotation (or span) is opened.
 */
export function AnnotationEditor(props: { target: EditorTarget; onClose: () => void }) {
  const { existing, category, setCategory, note, setNote, suggestion, setSuggestion, color, setColor, error, conflict, deleted, draft, cancel, quote, save } = createAnnotationEditor(
    () => props.target,
    () => props.onClose(),
  );

  return (
    <form
      class="annotation-editor"
      aria-labelledby="annotation-editor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <h2 id="annotation-editor-heading">{existing() ? t('annotate.editHeading') : t('annotate.newHeading')}</h2>
      <blockquote
        lang={props.target.kind === 'new' ? props.target.lang : undefined}
        dir={props.target.kind === 'new' ? props.target.dir : 'auto'}
      >
        {quote()}
      </blockquote>
      <label>
        <span>{t('annotate.category')}</span>
        <select onChange={(e) => setCategory(e.currentTarget.value as AnnotationCategory)} autofocus>
          <For each={ANNOTATION_CATEGORIES}>
            {(c) => (
              <option value={c} selected={c === category()}>
                {t(`annotate.categories.${c}`)}
              </option>
            )}
          </For>
        </select>
      </label>
      <label class="stack">
        <span>{t('annotate.note')}</span>
        <textarea rows={3} value={note()} onInput={(e) => setNote(e.currentTarget.value)} dir="auto" />
      </label>
      <label class="stack">
        <span>{t('annotate.suggestion')}</span>
        <input value={suggestion()} onInput={(e) => setSuggestion(e.currentTarget.value)} dir="auto" placeholder={t('annotate.suggestionHint')} />
      </label>
      <fieldset class="colors">
        <legend>{t('annotate.color')}</legend>
        <For each={COLORS}>
          {(c) => (
            <label class={`swatch hl-${c}`}>
              <input type="radio" name="color" value={c} checked={color() === c} onChange={() => setColor(c)} />
              <span>{t(`annotate.colors.${c}`)}</span>
            </label>
          )}
        </For>
      </fieldset>
      <Show when={draft.restored()}>
        <p role="status" class="hint">{t('app.draftRestored')}</p>
      </Show>
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
      </Show>
      <Show when={deleted()}>
        {(d) => (
          <div class="conflict">
            <Show when={d().stored}>
              {(stored) => (
                <button type="button" onClick={() => void save(stored(), true)}>
                  {t('annotate.restoreMine')}
                </button>
              )}
            </Show>
            <p class="hint">{t('annotate.draftHint')}</p>
          </div>
        )}
      </Show>
      <Show when={conflict()}>
        {(stored) => (
          <div class="conflict">
            <p>
              {t('annotate.theirs')}: <q dir="auto">{stored().body.note}</q> ({t(`annotate.categories.${stored().body.category}`)})
            </p>
            <button type="button" onClick={() => void save(stored())}>
              {t('annotate.keepMine')}
            </button>
            <button type="button" class="secondary" onClick={cancel}>
              {t('annotate.keepTheirs')}
            </button>
          </div>
        )}
      </Show>
      <div class="actions">
        <button type="submit">{t('library.save')}</button>
        <button type="button" class="secondary" onClick={cancel}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}
