import { For, Match, Show, Switch } from 'solid-js';
import type { DocumentMeta } from '../../core/model';
import { formatNumber, t } from '../../i18n';
import { percentOf } from '../lib/JobProgress';
import { FLAG_CHECKS } from './pair';
import { showFlagInText } from './showInText';
import { FlagItem } from './FlagItem';
import { flagPanelSession } from './flagPanelSession';
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
  const s = flagPanelSession(props);

  return (
    <aside class="flag-panel" aria-labelledby="flag-panel-heading" data-status={props.checks.status()}>
      <h2 id="flag-panel-heading">{t('checks.heading', { count: s.counts().all })}</h2>
      <div class="flag-filters" role="group" aria-label={t('checks.filter')}>
        <button type="button" class="chip" aria-pressed={s.check() === ''} onClick={() => s.setCheck('')}>
          {t('checks.filterAll')} <span class="count">{formatNumber(s.counts().all)}</span>
        </button>
        <For each={FLAG_CHECKS}>
          {(c) => (
            <button type="button" class="chip" data-check={c} aria-pressed={s.check() === c} disabled={!s.counts()[c] && s.check() !== c} onClick={() => s.setCheck(c)}>
              {t(`checks.names.${c}`)} <span class="count">{formatNumber(s.counts()[c])}</span>
            </button>
          )}
        </For>
      </div>
      <label class="check">
        <input
          type="checkbox"
          checked={s.showDismissed()}
          disabled={!s.dismissedCount() && !s.showDismissed()}
          onChange={(e) => s.setShowDismissed(e.currentTarget.checked)}
        />
        <span>{t('checks.showDismissed')}</span> <span class="count">{formatNumber(s.dismissedCount())}</span>
      </label>
      <p class="hint" role="status">
        <Switch>
          <Match when={props.checks.status() === 'waiting'}>{t('checks.status.waiting')}</Match>
          <Match when={props.checks.status() === 'checking' && props.checks.progress() > 0}>{t('checks.status.storing', { percent: percentOf(props.checks.progress()) })}</Match>
          <Match when={props.checks.status() === 'checking'}>{t('checks.status.checking')}</Match>
          <Match when={props.checks.status() === 'failed'}>{t('checks.status.failed', { message: props.checks.error() })}</Match>
          <Match when={props.checks.status() === 'done' && !props.checks.total()}>{t('checks.status.none')}</Match>
          <Match when={props.checks.status() === 'done' && s.list.end() && !s.list.listed().length}>{t('checks.status.empty')}</Match>
        </Switch>
      </p>
      <Show when={props.checks.source()?.inMemory}>
        <p role="alert" class="error">{t('checks.status.unstored')}</p>
      </Show>
      <Show when={s.ctx()}>
        {(c) => (
          <ol class="flag-list">
            <For each={s.list.listed()}>
              {(f) => (
                <FlagItem
                  flag={f}
                  ctx={c()}
                  doc={props.storyDocs.find((d) => d.id === f.docId)}
                  decision={props.checks.dismissed().get(f.id)}
                  active={props.activeFlag === f.id}
                  onShow={() => (props.onShow ? props.onShow(f) : showFlagInText(f))}
                  onDismiss={() => void s.dismiss(f)}
                  onRestore={() => void s.restore(f)}
                  onAnnotate={() => void s.annotate(f, c())}
                />
              )}
            </For>
          </ol>
        )}
      </Show>
      <Show when={!s.list.end() && s.shownCount() > s.list.listed().length}>
        <button type="button" class="secondary flag-more" onClick={() => void s.list.more()}>
          {t('checks.showMore', { left: formatNumber(Math.max(0, s.shownCount() - s.list.listed().length)) })}
        </button>
      </Show>
      <Show when={s.error()}>
        {(message) => <p role="alert" class="error">{message()}</p>}
      </Show>
      <Show when={s.note()?.text}>
        <p class="flag-note" aria-live="polite">
          {s.note()!.text}{' '}
          <Show when={s.note()!.undo}>
            <button type="button" class="link" onClick={() => void s.undo()}>
              {t('library.undo')}
            </button>
          </Show>
        </p>
      </Show>
    </aside>
  );
}
