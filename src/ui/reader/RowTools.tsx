import { Show } from 'solid-js';
import type { Bead } from '../../core/model';
import { canApply, type Side } from '../../core/edit';
import { formatNumber, t } from '../../i18n';
import type { AlignmentEditor } from './useAlignmentEditor';
import { EditConflict } from './EditConflict';

export interface FocusedParagraph {
  row: number;
  side: Side;
  paragraph: number;
}

/**
 * Buttons for correcting the current row (the row of the focused paragraph). The same
 * actions have keyboard shortcuts, listed in the shortcuts dialog.
 */
export function RowTools(props: { editor: AlignmentEditor; row: number; focused: FocusedParagraph | null; onJump: (kind: 'low' | 'unconfirmed') => void }) {
  const beads = () => props.editor.beads() as Bead[];
  const bead = () => beads()[props.row];
  const can = (op: Parameters<typeof canApply>[1]) => canApply(beads(), op);
  const f = () => props.focused;
  return (
    <div class="row-tools" role="toolbar" aria-label={t('edit.toolbar')}>
      <Show when={bead()}>
        {(b) => (
          <span class="row-state">
            {t('reader.row', { n: props.row + 1 })} · {t(`edit.status.${b().status}`)} · {t('edit.confidence', { value: formatNumber(Math.round(b().confidence * 100)) })}
          </span>
        )}
      </Show>
      <button type="button" class="secondary" disabled={!bead()} onClick={() => props.editor.edit(bead()?.status === 'confirmed' ? { kind: 'unconfirm', row: props.row } : { kind: 'confirm', row: props.row })}>
        {bead()?.status === 'confirmed' ? t('edit.unconfirm') : t('edit.confirm')}
      </button>
      <button type="button" class="secondary" disabled={!can({ kind: 'merge', row: props.row })} onClick={() => props.editor.edit({ kind: 'merge', row: props.row })}>
        {t('edit.merge')}
      </button>
      <button type="button" class="secondary" disabled={!can({ kind: 'split-singletons', row: props.row })} onClick={() => props.editor.edit({ kind: 'split-singletons', row: props.row })}>
        {t('edit.split')}
      </button>
      <button type="button" class="secondary" disabled={!can({ kind: 'link', row: props.row })} onClick={() => props.editor.edit({ kind: 'link', row: props.row })}>
        {t('edit.link')}
      </button>
      <button type="button" class="secondary" disabled={!f() || !can({ kind: 'move', row: f()!.row, side: f()!.side, direction: 'up' })} onClick={() => props.editor.edit({ kind: 'move', row: f()!.row, side: f()!.side, direction: 'up' })}>
        {t('edit.moveUp')}
      </button>
      <button type="button" class="secondary" disabled={!f() || !can({ kind: 'move', row: f()!.row, side: f()!.side, direction: 'down' })} onClick={() => props.editor.edit({ kind: 'move', row: f()!.row, side: f()!.side, direction: 'down' })}>
        {t('edit.moveDown')}
      </button>
      <button type="button" class="secondary" disabled={!f() || !can({ kind: 'unlink', row: f()!.row, side: f()!.side, paragraph: f()!.paragraph })} onClick={() => props.editor.edit({ kind: 'unlink', row: f()!.row, side: f()!.side, paragraph: f()!.paragraph })}>
        {t('edit.unlink')}
      </button>
      <button type="button" class="secondary" disabled={!props.editor.canUndo()} onClick={() => props.editor.undo()}>
        {t('edit.undo')}
      </button>
      <button type="button" class="secondary" disabled={!props.editor.canRedo()} onClick={() => props.editor.redo()}>
        {t('edit.redo')}
      </button>
      <button type="button" class="secondary" onClick={() => props.onJump('low')}>
        {t('edit.nextLow')}
      </button>
      <button type="button" class="secondary" onClick={() => props.onJump('unconfirmed')}>
        {t('edit.nextUnconfirmed')}
      </button>
      <button type="button" class="secondary" disabled={props.editor.realigning()} onClick={() => void props.editor.realign()}>
        {props.editor.realigning() ? t('reader.aligning') : t('edit.realign')}
      </button>
      <Show when={props.editor.message()}>
        <span role="alert" class="error">{props.editor.message()}</span>
      </Show>
      <EditConflict editor={props.editor} />
    </div>
  );
}
