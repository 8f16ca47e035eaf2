import { createMemo, createSignal, For, Show } from 'solid-js';
import type { Entity, Spelling } from '../../core/checks';
import type { DocumentMeta } from '../../core/model';
import { occurrenceCount } from '../../core/checks/forPage';
import { t } from '../../i18n';

/** An entity's spellings grouped by document, in the story's document order. */
export function spellingsByDoc<D extends DocumentMeta>(entity: Entity, docs: readonly D[]): Array<{ doc: D; spellings: Spelling[] }> {
  return docs.map((doc) => ({ doc, spellings: entity.spellings.filter((s) => s.docId === doc.id) })).filter((row) => row.spellings.length > 0);
}

/**
 * Every person and place of the story with how each document spells it; documents whose
 * spelling differs from the one most documents use stand out. By default only names spelled
 * in more than one way are listed.
 */
export function NameIndex(props: { entities: Entity[]; storyDocs: DocumentMeta[] }) {
  const [onlyDiffering, setOnlyDiffering] = createSignal(true);
  const shown = createMemo(() => (onlyDiffering() ? props.entities.filter((e) => e.disagreeing.length > 0) : props.entities));
  return (
    <section class="name-index" aria-labelledby="name-index-heading">
      <h2 id="name-index-heading">{t('checks.index.heading', { count: shown().length })}</h2>
      <label class="check">
        <input type="checkbox" checked={onlyDiffering()} onChange={(e) => setOnlyDiffering(e.currentTarget.checked)} />
        <span>{t('checks.index.onlyDiffering')}</span>
      </label>
      <Show when={shown().length} fallback={<p class="hint">{t('checks.index.none')}</p>}>
        <ul class="entity-list">
          <For each={shown()}>
            {(e) => (
              <li classList={{ differs: e.disagreeing.length > 0 }} data-entity={e.id}>
                <strong>
                  <bdi>{e.preferred}</bdi>
                </strong>
                <ul aria-label={t('checks.index.spellings', { name: e.preferred })}>
                  <For each={spellingsByDoc(e, props.storyDocs)}>
                    {(row) => (
                      <li classList={{ differs: e.disagreeing.includes(row.doc.id) }} data-doc={row.doc.id}>
                        <span class="doc-title" title={row.doc.title}>
                          <bdi>{row.doc.title}</bdi>
                        </span>
                        <span class="spellings" lang={row.doc.lang} dir={row.doc.dir}>
                          <For each={row.spellings}>
                            {(s) => (
                              <bdi class="spelling">
                                {occurrenceCount(s) > 1 ? t('checks.spellingTimes', { text: s.text, n: occurrenceCount(s) }) : s.text}
                              </bdi>
                            )}
                          </For>
                        </span>
                        <Show when={e.disagreeing.includes(row.doc.id)}>
                          <span class="tag differs-tag">{t('checks.index.differs')}</span>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
