import { For, Show } from 'solid-js';
import type { Document } from '../../core/model';
import type { SearchHit } from '../../core/text/search';
import { formatNumber, t } from '../../i18n';
import { searchSession } from './searchSession';

/** Characters of context shown on each side of a hit. */
const CONTEXT = 40;

let nextBox = 1;

/**
 * Search across every column of the story, normalised for Arabic/Persian letter variants,
 * diacritics, tatweel and ZWNJ. Enter jumps to the first hit; arrows move through the list.
 */
export function SearchBox(props: { docs: Document[]; onJump: (docId: string, paragraph: number) => void }) {
  const boxId = `search-${nextBox++}`;
  const search = searchSession(props);
  let list: HTMLOListElement | undefined;
  const moveFocus = (from: Element | null, step: 1 | -1) => {
    const buttons = [...(list?.querySelectorAll('button') ?? [])];
    const at = from ? buttons.indexOf(from as HTMLButtonElement) : -1;
    buttons[Math.max(0, Math.min(buttons.length - 1, at + step))]?.focus();
  };

  return (
    <div class="search-box" role="search">
      <label for={`${boxId}-input`}>{t('search.label')}</label>
      <input
        id={`${boxId}-input`}
        type="search"
        autocomplete="off"
        aria-controls={search.results() ? `${boxId}-results` : undefined /* only once the list exists */}
        value={search.query()}
        onInput={(e) => search.type(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            search.submit();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            moveFocus(null, 1);
          }
        }}
      />
      <Show when={search.indexing()}>
        <p class="search-count" role="status">{t('search.indexing')}</p>
      </Show>
      <Show when={search.results()}>
        {(r) => (
          <>
            <p class="search-count" role="status">
              {r().total ? t('search.results', { count: r().total }) : t('search.none')}
            </p>
            <ol
              id={`${boxId}-results`}
              class="search-results"
              aria-label={t('search.resultsLabel')}
              ref={list}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                  e.preventDefault();
                  moveFocus(document.activeElement, e.key === 'ArrowDown' ? 1 : -1);
                }
              }}
            >
              <For each={r().hits}>
                {(hit) => <SearchResult hit={hit} doc={search.docOf(hit)} onJump={() => search.jump(hit)} />}
              </For>
            </ol>
            <Show when={r().total > r().hits.length}>
              <p class="search-more">{t('search.more', { count: r().total - r().hits.length })}</p>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

/** One hit: its document's title, its paragraph number and the match in its context. */
function SearchResult(props: { hit: SearchHit; doc: Document | undefined; onJump: () => void }) {
  const snippet = () => {
    const text = props.doc?.paragraphs[props.hit.paragraph]?.text ?? '';
    const from = Math.max(0, props.hit.start - CONTEXT);
    const to = Math.min(text.length, props.hit.end + CONTEXT);
    return {
      before: (from > 0 ? '…' : '') + text.slice(from, props.hit.start),
      match: text.slice(props.hit.start, props.hit.end),
      after: text.slice(props.hit.end, to) + (to < text.length ? '…' : ''),
    };
  };
  return (
    <li>
      <button type="button" class="search-result" onClick={() => props.onJump()}>
        <span class="search-where">
          <bdi lang={props.doc?.lang} dir={props.doc?.dir}>
            {props.doc?.title}
          </bdi>
          <span class="meta">{t('search.paragraph', { number: formatNumber(props.hit.paragraph + 1) })}</span>
        </span>
        <span class="search-snippet" lang={props.doc?.lang} dir={props.doc?.dir}>
          {snippet().before}
          <mark>{snippet().match}</mark>
          {snippet().after}
        </span>
      </button>
    </li>
  );
}
