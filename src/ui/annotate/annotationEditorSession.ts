import { createSignal } from 'solid-js';
import type { Annotation, AnnotationCategory } from '../../core/model';
import { CoreError } from '../../core/model';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createDraft } from '../lib/drafts';
import { errorMessage } from '../lib/errors';
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
 * The state and commands of the annotation editor: the fields as typed (kept as a draft in
 * IndexedDB until saved or cancelled), save with its conflict and deletion outcomes (another
 * tab changed or deleted the annotation), and cancel. AnnotationEditor only lays it out;
 * `target` is read where the component read its prop.
 */
export function createAnnotationEditor(target: () => EditorTarget, onClose: () => void) {
  const repos = useRepos();
  const existing = () => {
    const now = target();
    return now.kind === 'edit' ? now.annotation : undefined;
  };
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
    draftKey(target()),
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
    onClose();
  };
  // The revision this editor opened, fixed now: the live row may move on under us (another
  // tab), and saving over a revision we never saw must be a conflict, not a silent overwrite.
  const seen = (() => {
    const a = existing();
    return a ? { id: a.id, rev: a.rev } : undefined;
  })();
  const quote = () => {
    const now = target();
    return now.kind === 'new' ? now.span.text : now.annotation.selectors[0].exact;
  };

  const save = async (over?: Annotation, restore = false) => {
    setError('');
    const fields = { category: category(), note: note(), suggestion: suggestion() || undefined, color: color() };
    try {
      const now = target();
      if (now.kind === 'new') {
        const s = now.span;
        await repos.annotations.create({ docId: s.docId, paragraph: s.paragraph, start: s.start, end: s.end, ...fields });
      } else if (restore) {
        await repos.annotations.restoreWith(over!, fields);
      } else {
        await repos.annotations.update(over ?? seen!, fields);
      }
      await draft.clear().catch(() => {});
      onClose();
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

  return { existing, category, setCategory, note, setNote, suggestion, setSuggestion, color, setColor, error, conflict, deleted, draft, cancel, quote, save };
}
