import { For } from 'solid-js';
import { formatNumber, t } from '../../i18n';
import { columnOrder, fontSize, setColumnOrder, stepFontSize, type ColumnOrder } from '../lib/settings';

/** Text size per document language; Arabic script usually wants a larger size than Latin. */
export function ReaderSettings(props: { langs: string[] }) {
  return (
    <fieldset class="reader-settings">
      <legend>{t('app.settings')}</legend>
      <For each={props.langs}>
        {(lang) => {
          const name = () => t(`langName.${lang}`, { defaultValue: lang });
          return (
            <span class="font-size" role="group" aria-label={t('app.fontSize', { lang: name() })}>
              <button type="button" class="secondary" aria-label={t('app.smaller', { lang: name() })} onClick={() => stepFontSize(lang, -0.1)}>
                −
              </button>
              <span>
                {name()} {formatNumber(Math.round(fontSize(lang) * 16))}
              </span>
              <button type="button" class="secondary" aria-label={t('app.larger', { lang: name() })} onClick={() => stepFontSize(lang, 0.1)}>
                +
              </button>
            </span>
          );
        }}
      </For>
      <label>
        <span>{t('reader.columnOrder')}</span>
        <select onChange={(e) => setColumnOrder(e.currentTarget.value as ColumnOrder)}>
          <For each={['auto', 'ltr', 'rtl'] as const}>
            {(o) => (
              <option value={o} selected={columnOrder() === o}>
                {t(`reader.columnOrders.${o}`)}
              </option>
            )}
          </For>
        </select>
      </label>
    </fieldset>
  );
}
