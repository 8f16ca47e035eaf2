import { createEffect, createMemo, createSignal, For, Match, on, Show, Switch } from 'solid-js';
import type { DocumentMeta, Flag, FlagCheck } from '../../core/model';
import type { FlagDismissal } from '../../db/schema';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { categoryFor, countByCheck, FLAG_CHECKS } from './pair';
import { flagMessage, flagPlace, flagQuote, type MessageContext } from './messages';
import { showFlagInText } from './showInText';
import type { Checks } from './useChecks';

/** Flags drawn at first, and added by each "show more". */
const FLAGS_PER_PAGE = 50;

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
  onShow?: (flag: Flag) => void;
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
  const counts = createMemo(() => countByCheck(props.checks.openFlags()));
  const shown = createMemo(() => (showDismissed() ? props.checks.flags() : props.checks.openFlags()).filter((f) => !check() || f.check === check()));
  // A book can have thousands of flags: drawing them all at once held the page for half a
  // second. The list grows a page at a time, and starts again when the filter changes.
  const [limit, setLimit] = createSignal(FLAGS_PER_PAGE);
  createEffect(on([check, showDismissed], () => setLimit(FLAGS_PER_PAGE), { defer: true }));
  const listed = createMemo(() => shown().slice(0, limit()));
  const dismissedCount = () => props.checks.flags().length - props.checks.openFlags().length;

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
      <h2 id="flag-panel-heading">{t('checks.heading', { count: props.checks.openFlags().length })}</h2>
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
          <Match when={props.checks.status() === 'checking'}>{t('checks.status.checking')}</Match>
          <Match when={props.checks.status() === 'failed'}>{t('checks.status.failed', { message: props.checks.error() })}</Match>
          <Match when={props.checks.status() === 'done' && !props.checks.flags().length}>{t('checks.status.none')}</Match>
          <Match when={props.checks.status() === 'done' && !shown().length}>{t('checks.status.empty')}</Match>
        </Switch>
      </p>
      <Show when={ctx()}>
        {(c) => (
          <ol class="flag-list">
            <For each={listed()}>
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
      <Show when={shown().length > listed().length}>
        <button type="button" class="secondary flag-more" onClick={() => setLimit((n) => n + FLAGS_PER_PAGE)}>
          {t('checks.showMore', { left: formatNumber(shown().length - listed().length) })}
        </button>
      </Show>
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
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

/** One flag: what, where, why, what instead, and what to do with it. */
function FlagItem(props: {
  flag: Flag;
  ctx: MessageContext;
  doc: DocumentMeta | undefined;
  decision: FlagDismissal | undefined;
  active: boolean;
  onShow: () => void;
  onDismiss: () => void;
  onRestore: () => void;
  onAnnotate: () => void;
}) {
  return (
    <li class="flag" classList={{ active: props.active, decided: !!props.decision }} data-flag={props.flag.id} data-check={props.flag.check}>
      <div class="flag-head">
        <span class="tag">{t(`checks.names.${props.flag.check}`)}</span>
        <Show when={props.decision}>
          {(d) => <span class="tag decided-tag">{d().reason === 'annotated' ? t('checks.annotatedTag') : t('checks.dismissedTag')}</span>}
        </Show>
        <span class="place">{flagPlace(props.flag, props.ctx)}</span>
      </div>
      <Show when={flagQuote(props.flag)}>
        <button type="button" class="link quote" onClick={() => props.onShow()}>
          <bdi lang={props.doc?.lang} dir={props.doc?.dir}>
            {flagQuote(props.flag)}
          </bdi>
        </button>
      </Show>
      <p class="evidence" dir="auto">{flagMessage(props.flag, props.ctx)}</p>
      <Show when={props.flag.suggestion}>
        <p class="suggestion">
          {t('checks.suggestion')}: <bdi>{props.flag.suggestion}</bdi>
        </p>
      </Show>
      <div class="actions">
        <button type="button" class="link" onClick={() => props.onShow()}>
          {t('checks.show')}
        </button>
        <Show
          when={props.decision}
          fallback={
            <>
              <button type="button" class="link" onClick={() => props.onAnnotate()}>
                {t('checks.annotate')}
              </button>
              <button type="button" class="link" onClick={() => props.onDismiss()}>
                {t('checks.dismiss')}
              </button>
            </>
          }
        >
          <button type="button" class="link" onClick={() => props.onRestore()}>
            {t('checks.restore')}
          </button>
        </Show>
      </div>
    </li>
  );
}
