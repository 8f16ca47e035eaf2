import { liveQuery, type Subscription } from 'dexie';
import { createEffect, on, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

/**
 * Bridges a Dexie liveQuery to Solid: re-runs when the tables it read change, in this tab or
 * another one, and when `deps` (Solid signals the query reads, such as route params) change;
 * unsubscribes when the owner goes away. Results are reconciled by `id`, so a row that did
 * not change keeps its identity and the component showing it (with its open forms and focus)
 * survives the update. `undefined` means "still loading".
 */
export function createLiveQuery<T>(query: () => Promise<T>, deps: () => unknown = () => 0): Accessor<T | undefined> {
  const [state, setState] = createStore<{ value: T | undefined; loaded: boolean }>({ value: undefined, loaded: false });
  let sub: Subscription | undefined;
  createEffect(
    on(deps, () => {
      sub?.unsubscribe();
      setState('loaded', false);
      sub = liveQuery(query).subscribe({
        next: (v) => {
          if (v !== null && typeof v === 'object') setState('value', reconcile(v, { key: 'id', merge: true }) as never);
          else setState('value', () => v);
          setState('loaded', true);
        },
        error: (e) => console.error('liveQuery failed', e),
      });
    }),
  );
  onCleanup(() => sub?.unsubscribe());
  return () => (state.loaded ? state.value : undefined);
}
