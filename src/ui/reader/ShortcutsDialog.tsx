import { createEffect, For } from 'solid-js';
import { t } from '../../i18n';
import { helpLines, keyLabel } from './commands';
import { useReaderSession } from './session';

/** The session's commands and their keys, in a modal <dialog> (focus trapped, Esc closes). */
export function ShortcutsDialog() {
  const s = useReaderSession();
  let dialog: HTMLDialogElement | undefined;
  createEffect(() => {
    if (s.help() && !dialog?.open) dialog?.showModal();
    if (!s.help() && dialog?.open) dialog.close();
  });
  // Esc is the dialog's own (and the annotation editor's): listed, not a command.
  const lines = () => [...helpLines(s.commands), { help: 'shortcuts.close', keys: ['Escape'] }];
  return (
    <dialog ref={dialog} class="shortcuts" aria-labelledby="shortcuts-heading" onClose={() => s.actions.setHelp(false)}>
      <h2 id="shortcuts-heading">{t('app.shortcuts')}</h2>
      <dl>
        <For each={lines()}>
          {(line) => (
            <>
              <dt>
                <kbd>{line.keys.map(keyLabel).join(' / ')}</kbd>
              </dt>
              <dd>{t(line.help)}</dd>
            </>
          )}
        </For>
      </dl>
      <button type="button" onClick={() => s.actions.setHelp(false)}>
        {t('app.close')}
      </button>
    </dialog>
  );
}
