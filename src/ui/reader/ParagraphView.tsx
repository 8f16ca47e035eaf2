import { createMemo, For, Show } from 'solid-js';
import type { Annotation, Document, Paragraph } from '../../core/model';
import { bidiRuns } from '../../core/text/bidi';
import { t } from '../../i18n';
import { splitByHighlights, type Highlight } from '../annotate/segments';
import type { FlagMark } from '../checks/flagMarks';

/**
 * One paragraph with its language and direction, so screen readers switch voice and the
 * bidi algorithm works per paragraph. Opposite-direction runs are isolated in <bdi>, and
 * annotated spans are <mark>s. Text is rendered as text nodes only: markup in a document
 * shows as characters.
 */
export function ParagraphView(props: {
  doc: Document;
  para: Paragraph;
  row: number;
  col: number;
  active: boolean;
  highlights: Array<Highlight & { annotation: Annotation }>;
  /** Open reviewer-check flags in this paragraph, underlined. */
  flags?: FlagMark[];
  activeAnnotation: string | null;
  /** The printed note number of an annotation, if this paragraph (at this row and column) carries it. */
  noteOf?: (annotationId: string) => number | undefined;
  onToggleKind: () => void;
  onOpenAnnotation: (a: Annotation) => void;
}) {
  const furniture = () => props.para.kind === 'boilerplate' || props.para.kind === 'caption';
  const why = () =>
    t('reader.why', {
      kind: t(`reader.kind.${props.para.kind}`),
      reason: props.para.kindByUser ? '' : t(`reader.reason.${props.para.kindReason ?? 'heading'}`),
    });
  /** Most paragraphs carry no annotation nor flag: their text is drawn without per-piece wrappers. */
  const marked = () => props.highlights.length > 0 || (props.flags?.length ?? 0) > 0;
  const pieces = createMemo(() => (marked() ? splitByHighlights(props.para.text, [...props.highlights, ...(props.flags ?? [])]) : []));
  const isolated = (text: string) => bidiRuns(text, props.doc.dir).map((run) => (run.isolate ? <bdi>{run.text}</bdi> : run.text));
  const annotationOf = (id: string) => props.highlights.find((h) => h.id === id)?.annotation;
  const topOf = (ids: string[]) => [...ids].reverse().find((id) => annotationOf(id));
  /** The number goes on the annotation's first piece only (overlaps split a highlight). */
  const noteAt = (id: string, i: number) => (pieces().findIndex((p) => topOf(p.ids) === id) === i ? props.noteOf?.(id) : undefined);
  const flagsOf = (ids: string[]) => (props.flags ?? []).filter((f) => ids.includes(f.id));
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
    >
      <Show when={props.para.kind !== 'body'}>
        <span class="kind-label" title={props.active ? why() : undefined}>
          {t(`reader.kind.${props.para.kind}`)}
        </span>
      </Show>
      <p>
        <Show when={marked()} fallback={isolated(props.para.text)}>
          <For each={pieces()}>
            {(piece, i) => {
              const text = () => isolated(piece.text);
              const flagged = () => flagsOf(piece.ids);
              const runs = () => (
                <Show when={flagged().length} fallback={text()}>
                  <span class="flagged" data-flag={flagged().map((f) => f.id).join(' ')} data-check={flagged()[0]!.check}>
                    {text()}
                  </span>
                </Show>
              );
              const top = () => annotationOf(topOf(piece.ids) ?? '');
              return (
                <Show when={top()} fallback={runs()}>
                  {(a) => (
                    <mark
                      class={`hl hl-${a().body.color ?? 'yellow'}`}
                      classList={{ resolved: a().body.status === 'resolved', current: piece.ids.includes(props.activeAnnotation ?? '') }}
                      data-annotation={a().id}
                      data-note={noteAt(a().id, i())}
                      title={`${t(`annotate.categories.${a().body.category}`)}${a().body.note ? `: ${a().body.note}` : ''}`}
                      onClick={() => props.onOpenAnnotation(a())}
                    >
                      {runs()}
                    </mark>
                  )}
                </Show>
              );
            }}
          </For>
        </Show>
      </p>
      {/* Only the active row carries the button: thousands of hidden buttons slow scrolling. */}
      <Show when={props.active && props.para.kind !== 'title'}>
        <button type="button" class="link kind-toggle" onClick={() => props.onToggleKind()}>
          {furniture() ? t('reader.markBody') : t('reader.markBoilerplate')}
        </button>
      </Show>
    </div>
  );
}
