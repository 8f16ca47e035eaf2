import { createSignal, For, Match, Show, Switch } from 'solid-js';
import type { DocumentMeta, Flag, FlagCheck } from '../../core/model';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { percentOf } from '../lib/JobProgress';
import { categoryFor, FLAG_CHECKS } from './pair';
import { flagMessage, type MessageContext } from './messages';
import { showFlagInText } from './showInText';
import { FlagItem } from './FlagItem';
import { createFlagList } from './useFlagList';
import type { ListedFlag } from './flagSource';
import type { Checks } from './useChecks';

/**
 * The reviewer checks' flags for the reader's pair, filtered by check with counts. Each flag
 * says what was found in the interface language, what to write instead, and offers: show it
 * in the text, dismiss it (undone from the same list with "show dismissed"), or make it an
 * annotation in one click, category and suggested correction filled in.
 */
export function FlagPanel(props: {
  storyId: string;
  checks: Checks;
  /** Every document of the story: titles for "spelt so in …", languages for quotes. */
  storyDocs: DocumentMeta[];
  activeFlag?: string | null;
  /** Defaults to scrolling to the flagged paragraph and selecting the text. */
  onShow?: (flag: ListedFlag) => void;
}) {
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
  const dismissedCount = () => props.checks.dismissedCount();

  const act = async (work: () => Promise<unknown>, text: string, undo?: () => Promise<void>) => {
    setError('');
    try {
      await work();
      setNote({ text, ...(undo ? { undo } : {}) });
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const dismiss = (f: Flag) =>
    act(() => repos.flags.dismiss(props.storyId, f), t('checks.dismissedNote'), () => repos.flags.undismiss(props.storyId, f.id));
  const restore = (f: Flag) => act(() => repos.flags.undismiss(props.storyId, f.id), '');
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

  return (
    <aside class="flag-panel" aria-labelledby="flag-panel-heading" data-status={props.checks.status()}>
      <h2 id="flag-panel-heading">{t('checks.heading', { count: counts().all })}</h2>
      <div class="flag-filters" role="group" aria-label={t('checks.filter')}>
        <button type="button" class="chip" aria-pressed={check() === ''} onClick={() => setCheck('')}>
          {t('checks.filterAll')} <span class="count">{formatNumber(counts().all)}</span>
        </button>
        <For each={FLAG_CHECKS}>
          {(c) => (
            <button type="button" class="chip" data-check={c} aria-pressed={check() === c} disabled={!counts()[c] && check() !== c} onClick={() => setCheck(c)}>
              {t(`checks.names.${c}`)} <span class="count">{formatNumber(counts()[c])}</span>
            </button>
          )}
        </For>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={showDismissed()}
          disabled={!dismissedCount() && !showDismissed()}
          onChange={(e) => setShowDismissed(e.currentTarget.checked)}
        />
        <span>{t('checks.showDismissed')}</span> <span class="count">{formatNumber(dismissedCount())}</span>
      </label>
      <p class="hint" role="status">
        <Switch>
          <Match when={props.checks.status() === 'waiting'}>{t('checks.status.waiting')}</Match>
          <Match when={props.checks.status() === 'checking' && props.checks.progress() > 0}>{t('checks.status.storing', { percent: percentOf(props.checks.progress()) })}</Match>
          <Match when={props.checks.status() === 'checking'}>{t('checks.status.checking')}</Match>
          <Match when={props.checks.status() === 'failed'}>{t('checks.status.failed', { message: props.checks.error() })}</Match>
          <Match when={props.checks.status() === 'done' && !props.checks.total()}>{t('checks.status.none')}</Match>
          <Match when={props.checks.status() === 'done' && list.end() && !list.listed().length}>{t('checks.status.empty')}</Match>
        </Switch>
      </p>
      <Show when={props.checks.source()?.inMemory}>
        <p role="alert" class="error">{t('checks.status.unstored')}</p>
      </Show>
      <Show when={ctx()}>
        {(c) => (
          <ol class="flag-list">
            <For each={list.listed()}>
              {(f) => (
                <FlagItem
                  flag={f}
                  ctx={c()}
                  doc={props.storyDocs.find((d) => d.id === f.docId)}
                  decision={props.checks.dismissed().get(f.id)}
                  active={props.activeFlag === f.id}
                  onShow={() => (props.onShow ? props.onShow(f) : showFlagInText(f))}
                  onDismiss={() => void dismiss(f)}
                  onRestore={() => void restore(f)}
                  onAnnotate={() => void annotate(f, c())}
                />
              )}
            </For>
          </ol>
        )}
      </Show>
      <Show when={!list.end() && shownCount() > list.listed().length}>
        <button type="button" class="secondary flag-more" onClick={() => void list.more()}>
          {t('checks.showMore', { left: formatNumber(Math.max(0, shownCount() - list.listed().length)) })}
        </button>
      </Show>
      <Show when={error() || (list.error() ? errorMessage(list.error()) : '')}>
        {(message) => <p role="alert" class="error">{message()}</p>}
      </Show>
      <Show when={note()?.text}>
        <p class="flag-note" aria-live="polite">
          {note()!.text}{' '}
          <Show when={note()!.undo}>
            <button type="button" class="link" onClick={() => void act(note()!.undo!, '')}>
              {t('library.undo')}
            </button>
          </Show>
        </p>
      </Show>
    </aside>
  );
}
