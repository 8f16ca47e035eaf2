import { For, Show } from 'solid-js';
import type { Annotation } from '../../core/model';
import { t } from '../../i18n';

/**
 * Annotations as numbered notes on paper: the list gives each number (drawn after the
 * annotation's highlight by the print stylesheet, from the session's note order) its
 * category, note and suggested correction. On screen it is not shown at all.
 */
export function PrintNotes(props: { order: string[]; annotations: Annotation[] }) {
  const byId = (id: string) => props.annotations.find((a) => a.id === id);
  return (
    <section class="print-notes">
      <Show when={props.order.length}>
        <h2>{t('layout.notes')}</h2>
        <ol>
          <For each={props.order}>
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
