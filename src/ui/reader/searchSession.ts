import { createEffect, createMemo, createSignal, onCleanup } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Document } from '../../core/model';
import { buildSearchIndexInSteps, searchIndex, type SearchHit, type SearchIndex } from '../../core/text/search';
import { nextTask } from '../../core/nextTask';

/** Hits listed at once; the rest are counted ("… and N more"). */
const LIMIT = 200;
/** Typing pauses this long before a search runs, so a fast typist does not queue scans. */
const DEBOUNCE_MS = 150;

/**
 * What the search box knows: the query as typed, the query searched (after a pause in typing,
 * or at once on Enter), the story's search index and the hits. Call inside a component.
 */
export function searchSession(props: { docs: Document[]; onJump: (docId: string, paragraph: number) => void }) {
  const [query, setQuery] = createSignal('');
  const [active, setActive] = createSignal('');
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

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

  return {
    query,
    results,
    /** A query is searched but the index is still being built. */
    indexing: () => !!active().trim() && !results(),
    docOf: (hit: SearchHit) => byId().get(hit.docId),
    jump,
    /** The user typed: search once typing pauses. */
    type(q: string) {
      setQuery(q);
      clearTimeout(timer);
      timer = setTimeout(() => setActive(q), DEBOUNCE_MS);
    },
    /** Enter: search now and go to the first hit. */
    submit() {
      clearTimeout(timer);
      setActive(query());
      setPendingJump(true);
    },
  };
}
