import { createSignal } from 'solid-js';
import type { DocumentMeta, Flag, FlagCheck } from '../../core/model';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { categoryFor } from './pair';
import { flagMessage, type MessageContext } from './messages';
import { createFlagList } from './useFlagList';
import type { Checks } from './useChecks';

/**
 * What the flag panel knows besides the checks' results: the filter (a check, dismissed flags
 * shown or not), the page of flags listed, and what a flag's buttons do (dismiss with undo,
 * restore, make an annotation), with the note or error they leave. Call inside a component.
 */
export function flagPanelSession(props: { storyId: string; checks: Checks; storyDocs: DocumentMeta[] }) {
  const repos = useRepos();
  const [check, setCheck] = createSignal<FlagCheck | ''>('');
  const [showDismissed, setShowDismissed] = createSignal(false);
  const [note, setNote] = createSignal<{ text: string; undo?: () => Promise<void> } | null>(null);
  const [error, setError] = createSignal('');

  const ctx = (): MessageContext | undefined => {
    const p = props.checks.pair();
    return p && { ...p, titleOf: (id: string) => props.storyDocs.find((d) => d.id === id)?.title ?? id };
  };
  const counts = () => props.checks.counts();
  const list = createFlagList({ source: props.checks.source, check, showDismissed, dismissed: props.checks.dismissed });
  /** How many flags the list has in all, read or not. */
  const shownCount = () => {
    const c = check();
    const all = showDismissed() ? (c ? (props.checks.source()?.counts[c] ?? 0) : props.checks.total()) : counts()[c || 'all'];
    return list.end() ? list.listed().length : Math.max(all, list.listed().length);
  };

  const act = async (work: () => Promise<unknown>, text: string, undo?: () => Promise<void>) => {
    setError('');
    try {
      await work();
      setNote({ text, ...(undo ? { undo } : {}) });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const annotate = (f: Flag, c: MessageContext) => {
    if (!f.span || !f.docId) return;
    const input = {
      docId: f.docId,
      paragraph: f.span.paragraph,
      start: f.span.start,
      end: f.span.end,
      category: categoryFor(f),
      note: flagMessage(f, c),
      ...(f.suggestion ? { suggestion: f.suggestion } : {}),
    };
    return act(() => repos.flags.annotate(props.storyId, f, input), t('checks.annotatedNote'));
  };

  return {
    check,
    setCheck,
    showDismissed,
    setShowDismissed,
    ctx,
    counts,
    list,
    shownCount,
    dismissedCount: () => props.checks.dismissedCount(),
    note,
    /** An action's error, or the list's when it could not read a page. */
    error: () => error() || (list.error() ? errorMessage(list.error()) : ''),
    dismiss: (f: Flag) => act(() => repos.flags.dismiss(props.storyId, f), t('checks.dismissedNote'), () => repos.flags.undismiss(props.storyId, f.id)),
    restore: (f: Flag) => act(() => repos.flags.undismiss(props.storyId, f.id), ''),
    annotate,
    /** Takes back what the note reports. */
    undo: () => {
      const u = note()?.undo;
      return u ? act(u, '') : Promise.resolve();
    },
  };
}
