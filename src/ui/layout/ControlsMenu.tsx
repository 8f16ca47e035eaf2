import { createSignal, createUniqueId, type JSX } from 'solid-js';

/**
 * The reader's controls (pickers, settings, shortcuts). On a wide screen they sit in the bar
 * as they are (the wrapper is `display: contents` and the toggle is hidden); on a phone they
 * fold behind one button, so the first screen shows the story rather than its controls.
 */
export function ControlsMenu(props: { label: string; children: JSX.Element }) {
  const [open, setOpen] = createSignal(false);
  const id = `controls-${createUniqueId()}`;
  return (
    <>
      <button type="button" class="secondary menu-toggle" aria-expanded={open()} aria-controls={id} onClick={() => setOpen(!open())}>
        {props.label}
      </button>
      <div id={id} class="reader-controls" classList={{ open: open() }}>
        {props.children}
      </div>
    </>
  );
}
