import { For, Show } from 'solid-js';
import type { Bead } from '../../core/model';
import { formatNumber, t } from '../../i18n';
import type { AlignmentEditor } from './useAlignmentEditor';

/** Paragraph numbers as the reader counts them (from 1), or a dash for an empty side. */
const numbers = (side: readonly number[]) => (side.length ? side.map((i) => formatNumber(i + 1)).join(', ') : '—');

function Rows(props: { heading: string; first: number; rows: readonly Bead[] }) {
  return (
    <div class="conflict-version">
      <h3>{props.heading}</h3>
      <ul>
        <For each={props.rows}>
          {(r, k) => (
            <li>
              {t('reader.row', { n: props.first + k() + 1 })}: {t('edit.shape', { a: numbers(r.a), b: numbers(r.b), status: t(`edit.status.${r.status}`) })}
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

/**
 * Both versions of rows that this tab and another changed at once: what is stored (already on
 * screen) and this tab's edit, with a choice. Nothing is stored until the user picks.
 */
export function EditConflict(props: { editor: AlignmentEditor }) {
  return (
    <Show when={props.editor.conflict()}>
      {(c) => (
        <div class="conflict edit-conflict" role="group" aria-label={t('edit.conflict')}>
          <Rows heading={t('edit.theirs')} first={c().at} rows={c().theirs} />
          <Rows heading={t('edit.mine')} first={c().at} rows={c().mine} />
          <button type="button" onClick={() => props.editor.keepMine()}>
            {t('edit.keepMine')}
          </button>
          <button type="button" class="secondary" onClick={() => props.editor.keepTheirs()}>
            {t('edit.keepTheirs')}
          </button>
        </div>
      )}
    </Show>
  );
}
