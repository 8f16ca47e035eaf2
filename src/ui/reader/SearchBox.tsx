import { createEffect, createMemo, createSignal, For, onCleanup, Show } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Document } from '../../core/model';
import { buildSearchIndexInSteps, searchIndex, type SearchHit, type SearchIndex } from '../../core/text/search';
import { formatNumber, t } from '../../i18n';
import { nextTask } from '../../core/nextTask';

/** Hits listed at once; the rest are counted ("… and N more"). */
const LIMIT = 200;
/** Typing pauses this long before a search runs, so a fast typist does not queue scans. */
const DEBOUNCE_MS = 150;
/** Characters of context shown on each side of a hit. */
const CONTEXT = 40;

let nextBox = 1;

/**
 * Search across every column of the story, normalised for Arabic/Persian letter variants,
 * diacritics, tatweel and ZWNJ. Enter jumps to the first hit; arrows move through the list.
 */
export function SearchBox(props: { docs: Document[]; onJump: (docId: string, paragraph: number) => void }) {
  const boxId = `search-${nextBox++}`;
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  let list: HTMLOListElement | undefined;

  // The index folds every paragraph once; it is rebuilt only when the documents change, and
  // built only when a search is first made (a reader who never searches never pays for it).
  const docsKey = createMemo(() => props.docs.map((d) => `${d.id}:${d.textUpdatedAt ?? d.updatedAt}`).join(','));
  // Built in steps that yield to the page, so a book's index never freezes typing or scrolling.
  const [built, setBuilt] = createSignal<{ key: string; index: SearchIndex } | null>(null);
  let building: string | undefined;
  const index = () => {
    const key = docsKey();
    const b = built();
    if (b?.key === key) return b.index;
    if (building !== key) {
      building = key;
      void buildSearchIndexInSteps(unwrap(props.docs), nextTask).then((ix) => building === key && setBuilt({ key, index: ix }));
    }
    return null;
  };
  const results = createMemo(() => {
    if (!active().trim()) return null;
    const ix = index();
    return ix ? searchIndex(ix, active(), { limit: LIMIT }) : null;
  });
  const byId = createMemo(() => new Map(props.docs.map((d) => [d.id, d])));

  const jump = (hit: SearchHit | undefined) => hit && props.onJump(hit.docId, hit.paragraph);
  // Enter pressed while the index is still being built jumps as soon as results exist.
  const [pendingJump, setPendingJump] = createSignal(false);
  createEffect(() => {
    const r = results();
    if (pendingJump() && r) {
      setPendingJump(false);
      jump(r.hits[0]);
    }
  });
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
        aria-controls={results() ? `${boxId}-results` : undefined /* only once the list exists */}
        value={query()}
        onInput={(e) => {
          const q = e.currentTarget.value;
          setQuery(q);
          clearTimeout(timer);
          timer = setTimeout(() => setActive(q), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            clearTimeout(timer);
            setActive(query());
            setPendingJump(true);
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            moveFocus(null, 1);
          }
        }}
      />
      <Show when={active().trim() && !results()}>
        <p class="search-count" role="status">{t('search.indexing')}</p>
      </Show>
      <Show when={results()}>
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
                {(hit) => <SearchResult hit={hit} doc={byId().get(hit.docId)} onJump={() => jump(hit)} />}
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
