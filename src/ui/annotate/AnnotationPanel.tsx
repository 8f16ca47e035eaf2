import { For, Show } from 'solid-js';
import type { Annotation, AnnotationCategory, Document, DocumentMeta } from '../../core/model';
import { ANNOTATION_CATEGORIES } from '../../core/anchor/annotation';
import { t } from '../../i18n';
import { annotationPanelSession, type StatusFilter } from './annotationPanelSession';
import { AnnotationImport } from './AnnotationImport';
import type { AnnotationWrites } from './annotationWrites';

/**
 * Every annotation of the story, filtered by category, status, document and text, with
 * export (W3C Web Annotation JSON-LD, CSV) and import. Choosing one jumps to it in the text.
 */
export function AnnotationPanel(props: {
  storyId: string;
  storyTitle: string;
  annotations: Annotation[];
  docs: Document[];
  allDocs: DocumentMeta[];
  activeId: string | null;
  writes: AnnotationWrites;
  onJump: (a: Annotation) => void;
  onEdit: (a: Annotation) => void;
  onDeleted: (a: Annotation) => void;
}) {
  const s = annotationPanelSession(props);
  const docOf = (id: string) => props.allDocs.find((d) => d.id === id);

  return (
    <aside class="annotation-panel" aria-labelledby="annotation-panel-heading">
      <h2 id="annotation-panel-heading">{t('annotate.panelHeading', { count: props.annotations.length })}</h2>
      <div class="filters">
        <label>
          <span>{t('annotate.category')}</span>
          <select onChange={(e) => s.setCategory(e.currentTarget.value as AnnotationCategory)}>
            <option value="">{t('annotate.all')}</option>
            <For each={ANNOTATION_CATEGORIES}>{(c) => <option value={c}>{t(`annotate.categories.${c}`)}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('annotate.status')}</span>
          <select onChange={(e) => s.setStatus(e.currentTarget.value as StatusFilter)}>
            <option value="">{t('annotate.all')}</option>
            <option value="open">{t('annotate.statuses.open')}</option>
            <option value="resolved">{t('annotate.statuses.resolved')}</option>
          </select>
        </label>
        <label>
          <span>{t('annotate.document')}</span>
          <select onChange={(e) => s.setDocId(e.currentTarget.value)}>
            <option value="">{t('annotate.all')}</option>
            <For each={props.docs}>{(d) => <option value={d.id}>{d.title}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('annotate.search')}</span>
          <input type="search" value={s.query()} onInput={(e) => s.setQuery(e.currentTarget.value)} dir="auto" />
        </label>
      </div>
      <ol class="annotation-list">
        <For each={s.shown()}>
          {(a) => (
            <li classList={{ active: props.activeId === a.id, resolved: a.body.status === 'resolved', orphan: !!a.orphan }} data-annotation={a.id}>
              <button type="button" class="link quote" onClick={() => props.onJump(a)}>
                <bdi lang={docOf(a.docId)?.lang} dir={docOf(a.docId)?.dir}>
                  {a.selectors[0].exact}
                </bdi>
              </button>
              <span class={`tag hl-${a.body.color ?? 'yellow'}`}>{t(`annotate.categories.${a.body.category}`)}</span>
              <span class="tag">{t(`annotate.statuses.${a.body.status}`)}</span>
              <Show when={a.orphan}>
                <span class="tag orphan-tag">{t('annotate.orphan')}</span>
              </Show>
              <Show when={a.body.suggestion}>
                <p class="suggestion" dir="auto">
                  → <bdi>{a.body.suggestion}</bdi>
                </p>
              </Show>
              <Show when={a.body.note}>
                <p class="note" dir="auto">{a.body.note}</p>
              </Show>
              <div class="actions">
                <button type="button" class="link" onClick={() => props.onEdit(a)}>
                  {t('annotate.edit')}
                </button>
                <button
                  type="button"
                  class="link"
                  onClick={() => void s.toggleStatus(a)}
                >
                  {a.body.status === 'open' ? t('annotate.resolve') : t('annotate.reopen')}
                </button>
                <button
                  type="button"
                  class="link danger"
                  onClick={() => void s.remove(a)}
                >
                  {t('library.delete')}
                </button>
              </div>
            </li>
          )}
        </For>
      </ol>
      <div class="io">
        <button type="button" class="secondary" onClick={() => void s.exportAs('json')}>
          {t('annotate.exportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => void s.exportAs('csv')}>
          {t('annotate.exportCsv')}
        </button>
      </div>
      <Show when={s.error()}>
        <p role="alert" class="error">{s.error()}</p>
      </Show>
      <AnnotationImport storyId={props.storyId} docs={props.allDocs.filter((d) => d.storyId === props.storyId)} />
    </aside>
  );
}
