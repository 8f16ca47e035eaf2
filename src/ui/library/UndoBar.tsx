import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js';
import { t } from '../../i18n';
import { createErrorSlot } from '../lib/errors';

export interface Undoable {
  title: string;
  undo: () => Promise<void>;
}

/**
 * Twenty seconds, and never while the pointer or keyboard focus is on the notice: a timed
 * control must leave enough time to reach it (WCAG 2.2.1), by mouse or by keyboard.
 */
const UNDO_MS = 20_000;

/** The notice after a deletion, with its undo button. */
export function UndoBar(props: { item: Undoable | null; onDone: () => void }) {
  const [held, setHeld] = createSignal(false);
  // An undo that fails (storage full) is told and the notice stays, so that it can be tried again.
  const { error, setError, act } = createErrorSlot();
  createEffect(on(() => props.item, () => setError('')));
  createEffect(() => {
    if (!props.item || held()) return;
    const timer = setTimeout(props.onDone, UNDO_MS);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div
      class="undo-bar"
      role="status"
      aria-live="polite"
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <Show when={props.item}>
        {(item) => (
          <>
            <span>{t('library.deleted', { title: item().title })}</span>
            <button
              type="button"
              onClick={() =>
                void act(async () => {
                  await item().undo();
                  props.onDone();
                })
              }
            >
              {t('library.undo')}
            </button>
            <Show when={error()}>
              <span role="alert" class="error">
                {error()}
              </span>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
