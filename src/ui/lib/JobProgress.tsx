import { Show } from 'solid-js';
import { formatNumber, t } from '../../i18n';

/** A running job's bar, its percentage in words when given, and the button that cancels it. */
export function JobProgress(props: { value: number; label: string; working?: string; onCancel: () => void; id?: string }) {
  return (
    <div class="import-progress">
      <progress id={props.id} max="1" value={props.value} aria-label={props.label} />
      <Show when={props.working}>{(w) => <span>{w()}</span>}</Show>
      <button type="button" class="secondary" onClick={() => props.onCancel()}>
        {t('import.cancel')}
      </button>
    </div>
  );
}

/** "… 42%" in the interface's digits, for JobProgress's `working`. */
export const percentOf = (fraction: number): string => formatNumber(Math.round(fraction * 100));
