import { createEffect, For } from 'solid-js';
import { t } from '../../i18n';

const SHORTCUTS: Array<[string, string]> = [
  ['↑ ↓ / j k', 'shortcuts.rows'],
  ['← →', 'shortcuts.columns'],
  ['m', 'shortcuts.merge'],
  ['s', 'shortcuts.split'],
  ['l', 'shortcuts.link'],
  ['Alt+↑ / Alt+↓', 'shortcuts.move'],
  ['x', 'shortcuts.unlink'],
  ['c', 'shortcuts.confirm'],
  ['Ctrl+Z / Ctrl+Shift+Z', 'shortcuts.undoRedo'],
  ['g / u', 'shortcuts.jump'],
  ['a', 'shortcuts.annotate'],
  ['n / p', 'shortcuts.nextPrev'],
  ['e', 'shortcuts.edit'],
  ['r', 'shortcuts.resolve'],
  ['Esc', 'shortcuts.close'],
  ['?', 'shortcuts.help'],
];

/** The list of keyboard shortcuts, in a modal <dialog> (focus trapped, Esc closes). */
export function ShortcutsDialog(props: { open: boolean; onClose: () => void }) {
  let dialog: HTMLDialogElement | undefined;
  createEffect(() => {
    if (props.open && !dialog?.open) dialog?.showModal();
    if (!props.open && dialog?.open) dialog.close();
  });
  return (
    <dialog ref={dialog} class="shortcuts" aria-labelledby="shortcuts-heading" onClose={() => props.onClose()}>
      <h2 id="shortcuts-heading">{t('app.shortcuts')}</h2>
      <dl>
        <For each={SHORTCUTS}>
          {([keys, label]) => (
            <>
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{t(label)}</dd>
            </>
          )}
        </For>
      </dl>
      <button type="button" onClick={() => props.onClose()}>
        {t('app.close')}
      </button>
    </dialog>
  );
}
