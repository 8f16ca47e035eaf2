import { createEffect, createSignal, createUniqueId, For, onCleanup, onMount } from 'solid-js';
import { numbered, t } from '../../i18n';

/** Which of the reader's columns is shown alone ('' for all), kept in this browser. */
const KEY = 'tarjuman.onlyColumn';
const [only, setOnly] = createSignal(globalThis.localStorage?.getItem(KEY) ?? '');

/**
 * "Show: all versions / column N only". With one column shown, tapping a paragraph (or Enter
 * on it) shows its row's other versions under it, and again hides them: on a phone one
 * version at a time reads like the original, with the translation a tap away. The rows are
 * drawn as always; styles.css hides the other versions, so nothing is re-rendered or lost.
 */
export function VersionPicker(props: { columns: number }) {
  createEffect(() => {
    const col = Number(only()) < props.columns ? only() : '';
    if (col) document.documentElement.dataset.onlyColumn = col;
    else delete document.documentElement.dataset.onlyColumn;
  });
  onCleanup(() => delete document.documentElement.dataset.onlyColumn);
  onMount(() => {
    const toggle = (e: Event) => {
      const target = e.target as HTMLElement;
      if (!document.documentElement.dataset.onlyColumn || target.closest('button, mark, .flagged, a, input, select')) return;
      if (!getSelection()?.isCollapsed) return; // selecting text to annotate, not asking for the counterpart
      target.closest('.rows .row')?.classList.toggle('counterpart');
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter' && (e.target as HTMLElement).matches('.rows .para')) toggle(e);
    };
    document.addEventListener('click', toggle);
    document.addEventListener('keydown', onKey);
    onCleanup(() => {
      document.removeEventListener('click', toggle);
      document.removeEventListener('keydown', onKey);
    });
  });
  // Labelled by id, not by wrapping: a wrapping label's text would take in every option's.
  const id = `versions-${createUniqueId()}`;
  return (
    <span class="version-pick">
      <label for={id}>{t('layout.show')}</label>
      <select
        id={id}
        onChange={(e) => {
          setOnly(e.currentTarget.value);
          globalThis.localStorage?.setItem(KEY, e.currentTarget.value);
        }}
      >
        <option value="" selected={only() === ''}>
          {t('layout.allVersions')}
        </option>
        <For each={Array.from({ length: props.columns }, (_, i) => i)}>
          {(c) => (
            <option value={String(c)} selected={only() === String(c)}>
              {t('layout.onlyColumn', { column: numbered('reader.column')(c + 1) })}
            </option>
          )}
        </For>
      </select>
    </span>
  );
}
