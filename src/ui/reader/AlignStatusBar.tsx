import { Match, Switch } from 'solid-js';
import { formatNumber, t } from '../../i18n';
import type { useAlignment } from './useAlignment';

/** What the rows are based on, with progress and cancel while the aligner runs. */
export function AlignStatusBar(props: { alignment: ReturnType<typeof useAlignment>; rows: number }) {
  const a = () => props.alignment;
  return (
    <span class="align-status" role="status" aria-live="polite">
      <Switch fallback={<span class="hint">{t('reader.rowsInOrder')}</span>}>
        <Match when={a().mode() === 'comparable'}>
          <span class="hint">{a().linked() === null ? t('reader.linking') : t('reader.links', { count: a().linked() ?? 0 })}</span>
        </Match>
        <Match when={a().status() === 'aligning'}>
          <progress max="1" value={a().progress()} aria-label={t('reader.aligning')} />
          <span>{t('reader.aligningPercent', { percent: formatNumber(Math.round(a().progress() * 100)) })}</span>
          <button type="button" class="secondary" onClick={() => a().cancel()}>
            {t('reader.cancel')}
          </button>
        </Match>
        <Match when={a().status() === 'aligned'}>
          <span class="hint">{t(a().fromTmx() ? 'reader.fromTmx' : 'reader.aligned', { count: props.rows })}</span>
        </Match>
        <Match when={a().status() === 'cancelled' || a().status() === 'failed'}>
          <span class="hint">{a().error() || t('reader.rowsInOrder')}</span>
          <button type="button" class="secondary" onClick={() => void a().realign()}>
            {t('reader.align')}
          </button>
        </Match>
      </Switch>
    </span>
  );
}
