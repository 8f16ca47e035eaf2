import { liveQuery, type Subscription } from 'dexie';
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

/**
 * Bridges a Dexie liveQuery to Solid: re-runs when the tables it read change, in this tab or
 * another one, and when `deps` (Solid signals the query reads, such as route params) change;
 * unsubscribes when the owner goes away. Results are reconciled by `id`, so a row that did
 * not change keeps its identity and the component showing it (with its open forms and focus)
 * survives the update. `undefined` means "still loading".
 *
 * `replace: true` skips the store for big values read as a whole (a book's documents, an
 * alignment of 50,000 beads): reconciling walks every nested object and wraps each in a
 * proxy, over a second of the page's time at 50,000 paragraphs. Such a value is replaced
 * on every change and must be treated as read-only.
 */
export function createLiveQuery<T>(query: () => Promise<T>, deps: () => unknown = () => 0, options: { replace?: boolean } = {}): Accessor<T | undefined> {
  if (options.replace) {
    const [state, setState] = createSignal<{ value: T } | undefined>(undefined);
    follow(query, deps, () => setState(undefined), (value) => setState({ value }));
    return () => state()?.value;
  }
  const [state, setState] = createStore<{ value: T | undefined; loaded: boolean }>({ value: undefined, loaded: false });
  follow(
    query,
    deps,
    () => setState('loaded', false),
    (v) => {
      if (v !== null && typeof v === 'object') setState('value', reconcile(v, { key: 'id', merge: true }) as never);
      else setState('value', () => v);
      setState('loaded', true);
    },
  );
  return () => (state.loaded ? state.value : undefined);
}

/** Subscribes to `query` afresh whenever `deps` change (`reset` first), until the owner goes. */
function follow<T>(query: () => Promise<T>, deps: () => unknown, reset: () => void, next: (value: T) => void): void {
  let sub: Subscription | undefined;
  createEffect(
    on(deps, () => {
      sub?.unsubscribe();
      reset();
      sub = liveQuery(query).subscribe({ next, error: (e) => console.error('liveQuery failed', e) });
    }),
  );
  onCleanup(() => sub?.unsubscribe());
}
