import { For, Show } from 'solid-js';
import { formatNumber, t } from '../../i18n';
import { useReaderSession } from './session';
import { EditConflict } from './EditConflict';

/**
 * Buttons for correcting the current row (the row of the focused paragraph): the session's
 * toolbar commands, the same ones its keys run and its shortcuts dialog lists.
 */
export function RowTools() {
  const s = useReaderSession();
  const bead = () => s.editor.beads()[s.currentRow()];
  return (
    <div class="row-tools" role="toolbar" aria-label={t('edit.toolbar')}>
      <Show when={bead()}>
        {(b) => (
          <span class="row-state">
            {t('reader.row', { n: s.currentRow() + 1 })} · {t(`edit.status.${b().status}`)} · {t('edit.confidence', { value: formatNumber(Math.round(b().confidence * 100)) })}
          </span>
        )}
      </Show>
      <For each={s.commands.filter((c) => c.toolbar)}>
        {(c) => (
          <button type="button" class="secondary" data-command={c.id} disabled={!c.enabled()} onClick={() => c.run()}>
            {c.label()}
          </button>
        )}
      </For>
      <Show when={s.editor.message()}>
        <span role="alert" class="error">{s.editor.message()}</span>
      </Show>
      <EditConflict editor={s.editor} />
    </div>
  );
}
