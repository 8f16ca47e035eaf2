import { createMemo, createSignal, For, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Annotation, AnnotationCategory, Document, DocumentMeta } from '../../core/model';
import { ANNOTATION_CATEGORIES } from '../../core/anchor/annotation';
import { foldForMatch } from '../../core/text/normalize';
import { annotationsToCsv } from '../../core/formats/csv';
import { exportStoryAnnotations } from '../../db/annotationTransfer';
import { formatNumber, t } from '../../i18n';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { downloadText, fileSlug } from '../lib/download';
import { AnnotationImport } from './AnnotationImport';

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
  onJump: (a: Annotation) => void;
  onEdit: (a: Annotation) => void;
  onDeleted: (a: Annotation) => void;
}) {
  const repos = useRepos();
  const [category, setCategory] = createSignal<'' | AnnotationCategory>('');
  const [status, setStatus] = createSignal<'' | 'open' | 'resolved'>('');
  const [docId, setDocId] = createSignal('');
  const [query, setQuery] = createSignal('');

  const shown = createMemo(() => {
    const q = foldForMatch(query().trim());
    return props.annotations.filter(
      (a) =>
        (!category() || a.body.category === category()) &&
        (!status() || a.body.status === status()) &&
        (!docId() || a.docId === docId()) &&
        (!q || foldForMatch(`${a.selectors[0].exact} ${a.body.note} ${a.body.suggestion ?? ''}`).includes(q)),
    );
  });
  const docOf = (id: string) => props.allDocs.find((d) => d.id === id);
  const [exportError, setExportError] = createSignal('');

  const exportAs = async (kind: 'json' | 'csv') => {
    setExportError('');
    const name = `${fileSlug(props.storyTitle)}-annotations`;
    try {
      if (kind === 'json') {
        // Read from the database: positions are counted in code points of the stored texts.
        const json = JSON.stringify(await exportStoryAnnotations(repos.db, props.storyId, props.storyTitle), null, 2);
        downloadText(`${name}.jsonld`, json, 'application/ld+json');
      } else downloadText(`${name}.csv`, annotationsToCsv(unwrap(props.annotations), { bom: true }), 'text/csv');
    } catch (e) {
      setExportError(errorMessage(e));
    }
  };

  return (
    <aside class="annotation-panel" aria-labelledby="annotation-panel-heading">
      <h2 id="annotation-panel-heading">{t('annotate.panelHeading', { count: props.annotations.length })}</h2>
      <div class="filters">
        <label>
          <span>{t('annotate.category')}</span>
          <select onChange={(e) => setCategory(e.currentTarget.value as AnnotationCategory)}>
            <option value="">{t('annotate.all')}</option>
            <For each={ANNOTATION_CATEGORIES}>{(c) => <option value={c}>{t(`annotate.categories.${c}`)}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('annotate.status')}</span>
          <select onChange={(e) => setStatus(e.currentTarget.value as '' | 'open' | 'resolved')}>
            <option value="">{t('annotate.all')}</option>
            <option value="open">{t('annotate.statuses.open')}</option>
            <option value="resolved">{t('annotate.statuses.resolved')}</option>
          </select>
        </label>
        <label>
          <span>{t('annotate.document')}</span>
          <select onChange={(e) => setDocId(e.currentTarget.value)}>
            <option value="">{t('annotate.all')}</option>
            <For each={props.docs}>{(d) => <option value={d.id}>{d.title}</option>}</For>
          </select>
        </label>
        <label>
          <span>{t('annotate.search')}</span>
          <input type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} dir="auto" />
        </label>
      </div>
      <ol class="annotation-list">
        <For each={shown()}>
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
                  onClick={() => void (a.body.status === 'open' ? repos.annotations.resolve(a.id) : repos.annotations.reopen(a.id))}
                >
                  {a.body.status === 'open' ? t('annotate.resolve') : t('annotate.reopen')}
                </button>
                <button
                  type="button"
                  class="link danger"
                  onClick={async () => {
                    await repos.annotations.remove(a.id);
                    props.onDeleted(a);
                  }}
                >
                  {t('library.delete')}
                </button>
              </div>
            </li>
          )}
        </For>
      </ol>
      <div class="io">
        <button type="button" class="secondary" onClick={() => void exportAs('json')}>
          {t('annotate.exportJson')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportAs('csv')}>
          {t('annotate.exportCsv')}
        </button>
      </div>
      <Show when={exportError()}>
        <p role="alert" class="error">{exportError()}</p>
      </Show>
      <AnnotationImport storyId={props.storyId} docs={props.allDocs.filter((d) => d.storyId === props.storyId)} />
    </aside>
  );
}
