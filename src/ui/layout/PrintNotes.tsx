import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { Annotation } from '../../core/model';
import { t } from '../../i18n';

/**
 * Annotations as numbered notes on paper. When the page is printed, the first highlight of
 * each annotation in reading order gets a number (`data-note`, drawn by the print stylesheet)
 * and this list gives each number its category, note and suggested correction. On screen it
 * is not shown at all.
 */
export function PrintNotes(props: { annotations: Annotation[] }) {
  const [order, setOrder] = createSignal<string[]>([]);
  const number = () => {
    const seen: string[] = [];
    for (const mark of document.querySelectorAll<HTMLElement>('.rows mark.hl[data-annotation]')) {
      const id = mark.dataset.annotation!;
      if (seen.includes(id)) delete mark.dataset.note;
      else mark.dataset.note = String(seen.push(id));
    }
    setOrder(seen);
  };
  onMount(() => {
    const print = matchMedia('print');
    const onChange = (e: MediaQueryListEvent) => e.matches && number();
    window.addEventListener('beforeprint', number);
    print.addEventListener('change', onChange);
    onCleanup(() => {
      window.removeEventListener('beforeprint', number);
      print.removeEventListener('change', onChange);
    });
  });
  const byId = (id: string) => props.annotations.find((a) => a.id === id);
  return (
    <section class="print-notes">
      <Show when={order().length}>
        <h2>{t('layout.notes')}</h2>
        <ol>
          <For each={order()}>
            {(id) => (
              <Show when={byId(id)}>
                {(a) => (
                  <li>
                    <q>
                      <bdi>{a().selectors[0].exact}</bdi>
                    </q>{' '}
                    <strong>{t(`annotate.categories.${a().body.category}`)}</strong>
                    <Show when={a().body.note}>: <bdi>{a().body.note}</bdi></Show>
                    <Show when={a().body.suggestion}>
                      {' '}
                      ({t('checks.suggestion')}: <bdi>{a().body.suggestion}</bdi>)
                    </Show>
                  </li>
                )}
              </Show>
            )}
          </For>
        </ol>
      </Show>
    </section>
  );
}
