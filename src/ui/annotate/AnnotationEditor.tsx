import { createSignal, For, Show } from 'solid-js';
import type { Annotation, AnnotationCategory } from '../../core/model';
import { CoreError } from '../../core/model';
import { ANNOTATION_CATEGORIES } from '../../core/anchor/annotation';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { createDraft } from '../lib/drafts';
import type { ParagraphSpan } from './selection';

export const COLORS = ['yellow', 'green', 'blue', 'pink'] as const;

export type EditorTarget = { kind: 'new'; span: ParagraphSpan; lang: string; dir: 'ltr' | 'rtl' } | { kind: 'edit'; annotation: Annotation };

/** The draft key of what the editor writes (see db/drafts.ts). */
function draftKey(target: EditorTarget): string {
  if (target.kind === 'edit') return `note:${target.annotation.id}`;
  const s = target.span;
  return `note:new:${s.docId}:${s.paragraph}:${s.start}-${s.end}`;
}

/**
 * Creates or edits one annotation. Nothing typed here is lost on failure: a full storage or a
 * conflict with another tab keeps the form open with the draft, and says what happened. What
 * is typed is also kept as a draft in IndexedDB until it is saved or cancelled, so a reload,
 * an update or a crash gives it back the next time this annotation (or span) is opened.
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
  /** Deleted in another tab while this form was open: restore it with this text, or keep a draft. */
  const [deleted, setDeleted] = createSignal<{ stored: Annotation | null } | null>(null);
  const fields = () => ({ category: category(), note: note(), suggestion: suggestion(), color: color() });
  const original = (() => {
    const a = existing();
    return { category: a?.body.category ?? 'mistranslation', note: a?.body.note ?? '', suggestion: a?.body.suggestion ?? '', color: a?.body.color ?? 'yellow' };
  })();
  const draft = createDraft(
    repos.db,
    draftKey(props.target),
    fields,
    (d) => {
      if (d.category) setCategory(d.category as AnnotationCategory);
      setNote(d.note ?? '');
      setSuggestion(d.suggestion ?? '');
      if (d.color) setColor(d.color);
    },
    (f) => (existing() ? (Object.keys(original) as (keyof typeof original)[]).some((k) => (f[k] ?? '') !== original[k]) : !!(f.note || f.suggestion)),
  );
  /** Cancel forgets the text, except over a deleted annotation: then it stays as a draft. */
  const cancel = () => {
    void (deleted() ? draft.keep() : draft.clear()).catch(() => {});
    props.onClose();
  };
  // The revision this editor opened, fixed now: the live row may move on under us (another
  // tab), and saving over a revision we never saw must be a conflict, not a silent overwrite.
  const seen = (() => {
    const a = existing();
    return a ? { id: a.id, rev: a.rev } : undefined;
  })();
  const quote = () => (props.target.kind === 'new' ? props.target.span.text : props.target.annotation.selectors[0].exact);

  const save = async (over?: Annotation, restore = false) => {
    setError('');
    const fields = { category: category(), note: note(), suggestion: suggestion() || undefined, color: color() };
    try {
      if (props.target.kind === 'new') {
        const s = props.target.span;
        await repos.annotations.create({ docId: s.docId, paragraph: s.paragraph, start: s.start, end: s.end, ...fields });
      } else if (restore) {
        await repos.annotations.restoreWith(over!, fields);
      } else {
        await repos.annotations.update(over ?? seen!, fields);
      }
      await draft.clear().catch(() => {});
      props.onClose();
    } catch (e) {
      if (e instanceof CoreError && e.code === 'conflict') {
        const stored = (e.detail?.stored as Annotation | null) ?? null;
        // Deleted (or gone): "keep my version" would be refused again and again; offer a restore.
        const gone = e.detail?.deleted === true || stored === null;
        setDeleted(gone ? { stored } : null);
        setConflict(gone ? null : stored);
        setError(t(gone ? 'annotate.deleted' : 'annotate.conflict'));
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
