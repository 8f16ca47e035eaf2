import { For, Show } from 'solid-js';
import type { Document, Paragraph } from '../../core/model';
import { bidiRuns } from '../../core/text/bidi';
import { t } from '../../i18n';

/**
 * One paragraph with its language and direction, so screen readers switch voice and the
 * bidi algorithm works per paragraph. Opposite-direction runs are isolated in <bdi>.
 * Text is rendered as text nodes only: markup in a document shows as characters.
 */
export function ParagraphView(props: {
  doc: Document;
  para: Paragraph;
  row: number;
  col: number;
  active: boolean;
  onActivate: () => void;
  onToggleKind: () => void;
}) {
  const furniture = () => props.para.kind === 'boilerplate' || props.para.kind === 'caption';
  const why = () =>
    t('reader.why', {
      kind: t(`reader.kind.${props.para.kind}`),
      reason: props.para.kindByUser ? '' : t(`reader.reason.${props.para.kindReason ?? 'heading'}`),
    });
  return (
    <div
      class="para"
      classList={{ active: props.active, [`kind-${props.para.kind}`]: true }}
      lang={props.doc.lang}
      dir={props.doc.dir}
      tabindex="0"
      data-doc={props.doc.id}
      data-para={props.para.index}
      data-row={props.row}
      data-col={props.col}
      onMouseEnter={() => props.onActivate()}
      onFocus={() => props.onActivate()}
    >
      <Show when={props.para.kind !== 'body'}>
        <span class="kind-label" title={why()}>
          {t(`reader.kind.${props.para.kind}`)}
        </span>
      </Show>
      <p>
        <For each={bidiRuns(props.para.text, props.doc.dir)}>
          {(run) => (run.isolate ? <bdi>{run.text}</bdi> : run.text)}
        </For>
      </p>
      <Show when={props.para.kind !== 'title'}>
        <button type="button" class="link kind-toggle" onClick={() => props.onToggleKind()}>
          {furniture() ? t('reader.markBody') : t('reader.markBoilerplate')}
        </button>
      </Show>
    </div>
  );
}
