import { createEffect, onCleanup, Show } from 'solid-js';
import { t } from '../../i18n';

export interface Undoable {
  title: string;
  undo: () => Promise<void>;
}

const UNDO_MS = 10_000; // long enough to notice and reach the button by keyboard

/** The notice after a deletion, with its undo button; it goes away after ten seconds. */
export function UndoBar(props: { item: Undoable | null; onDone: () => void }) {
  createEffect(() => {
    if (!props.item) return;
    const timer = setTimeout(props.onDone, UNDO_MS);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      <Show when={props.item}>
        {(item) => (
          <>
            <span>{t('library.deleted', { title: item().title })}</span>
            <button
              type="button"
              onClick={async () => {
                await item().undo();
                props.onDone();
              }}
            >
              {t('library.undo')}
            </button>
          </>
        )}
      </Show>
    </div>
  );
}
