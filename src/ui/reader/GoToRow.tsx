import { createSignal, Show } from 'solid-js';
import { formatNumber, t } from '../../i18n';
import { parseRowNumber } from './rowNumber';

let nextForm = 1;


/** Jumps to a row by its number, as a reader of a book goes to a page. */
export function GoToRow(props: { rows: number; onJump: (row: number) => void }) {
  const id = `go-to-row-${nextForm++}`;
  const [error, setError] = createSignal('');
  let input: HTMLInputElement | undefined;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const n = parseRowNumber(input?.value ?? '');
    if (n === undefined || n < 1 || n > props.rows) {
      setError(t('reader.goToRow.range', { last: formatNumber(props.rows) }));
      return;
    }
    setError('');
    props.onJump(n - 1);
  };
  return (
    <form class="go-to-row" onSubmit={submit}>
      <label for={id}>{t('reader.goToRow.label')}</label>
      <input id={id} ref={input} type="text" inputmode="numeric" autocomplete="off" size="7" aria-invalid={error() ? 'true' : undefined} />
      <button type="submit" class="secondary">
        {t('reader.goToRow.go')}
      </button>
      <Show when={error()}>
        <p class="error" role="alert">
          {error()}
        </p>
      </Show>
    </form>
  );
}
