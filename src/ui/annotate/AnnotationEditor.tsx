import { createSignal, For, Show } from 'solid-js';
import type { Annotation, AnnotationCategory } from '../../core/model';
import { CoreError } from '../../core/model';
import { ANNOTATION_CATEGORIES } from '../../core/anchor/annotation';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import type { ParagraphSpan } from './selection';

export const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;

export type EditorTarget = { kind: 'new'; span: ParagraphSpan; lang: string; dir: 'ltr' | 'rtl' } | { kind: 'edit'; annotation: Annotation };

/**
 * Creates or edits one annotation. Nothing typed here is lost on failure: a full storage or a
 * conflict with another tab keeps the form open with the draft, and says what happened.
 */
export function AnnotationEditor(props: { target: EditorTarget; onClose: () => void }) {
  const repos = useRepos();
  const existing = () => (props.target.kind === 'edit' ? props.target.annotation : undefined);
  const [category, setCategory] = createSignal<AnnotationCategory>(existing()?.body.category ?? 'mistranslation');
  const [note, setNote] = createSignal(existing()?.body.note ?? '');
  const [suggestion, setSuggestion] = createSignal(existing()?.body.suggestion ?? '');
  const [color, setColor] = createSignal(existing()?.body.color ?? 'yellow');
  const [error, setError] = createSignal('');
  const [conflict, setConflict] = createSignal<Annotation | null>(null);
  // The revision this editor opened, fixed now: the live row may move on under us (another
  // tab), and saving over a revision we never saw must be a conflict, not a silent overwrite.
  const seen = (() => {
    const a = existing();
    return a ? { id: a.id, rev: a.rev } : undefined;
  })();
  const quote = () => (props.target.kind === 'new' ? props.target.span.text : props.target.annotation.selectors[0].exact);

  const save = async (over?: Annotation) => {
    setError('');
    const fields = { category: category(), note: note(), suggestion: suggestion() || undefined, color: color() };
    try {
      if (props.target.kind === 'new') {
        const s = props.target.span;
        await repos.annotations.create({ docId: s.docId, paragraph: s.paragraph, start: s.start, end: s.end, ...fields });
      } else {
        await repos.annotations.update(over ?? seen!, fields);
      }
      props.onClose();
    } catch (e) {
      if (e instanceof CoreError && e.code === 'conflict') {
        setConflict((e.detail?.stored as Annotation | null) ?? null);
        setError(t('annotate.conflict'));
      } else setError(errorMessage(e));
    }
  };

  return (
    <form
      class="annotation-editor"
      aria-labelledby="annotation-editor-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
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
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
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
            <button type="button" class="secondary" onClick={() => props.onClose()}>
              {t('annotate.keepTheirs')}
            </button>
          </div>
        )}
      </Show>
      <div class="actions">
        <button type="submit">{t('library.save')}</button>
        <button type="button" class="secondary" onClick={() => props.onClose()}>
          {t('library.cancel')}
        </button>
      </div>
    </form>
  );
}
