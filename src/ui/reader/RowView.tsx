import { For, Index, Show, type JSX } from 'solid-js';
import type { Document } from '../../core/model';
import { numbered, t } from '../../i18n';
import type { Row } from './rows';

/** One aligned row: a cell per document, each with its paragraphs of that row. */
export function RowView(props: {
  row: Row;
  index: number;
  docs: Document[];
  /** The focused paragraph's row. */
  current: boolean;
  /** Under the pointer: highlighted only. */
  hover: boolean;
  lowConfidence: boolean;
  paragraph: (doc: Document, col: number, p: number) => JSX.Element;
}) {
  return (
    <div
      class="row"
      data-row={props.index}
      classList={{ active: props.current, hover: props.hover, 'low-confidence': props.lowConfidence, confirmed: props.row.status === 'confirmed' }}
      role="group"
      aria-label={numbered('reader.row')(props.index + 1)}
    >
      <Index each={props.docs}>
        {(doc, col) => (
          <div class="cell" lang={doc().lang} dir={doc().dir}>
            <For each={props.row.cells[col]}>{(p) => props.paragraph(doc(), col, p)}</For>
            <Show when={props.row.evidence?.[col]?.length}>
              <p class="evidence" dir="auto">
                {t('reader.shares', { what: props.row.evidence![col]!.join(' · ') })}
              </p>
            </Show>
          </div>
        )}
      </Index>
    </div>
  );
}
