import { createEffect, createSignal, on, type Accessor } from 'solid-js';
import type { FlagCheck } from '../../core/model';
import type { FlagSource, ListedFlag } from './flagSource';

/** Flags read at first, and by each "show more". */
export const FLAGS_PER_PAGE = 50;

/**
 * The flag panel's list, read a page at a time from the run (a book has thousands of flags:
 * drawing them all held the page for half a second, and holding them all is the book's
 * size again). Starts again when the run, the check shown or "show dismissed" changes.
 * Dismissed flags are left out of what is read and of what is shown, so a dismissal takes
 * its flag off the list at once and Undo brings it back.
 */
export function createFlagList(opts: {
  source: Accessor<FlagSource | null>;
  check: Accessor<FlagCheck | ''>;
  showDismissed: Accessor<boolean>;
  dismissed: Accessor<ReadonlyMap<string, unknown>>;
}) {
  const [items, setItems] = createSignal<ListedFlag[]>([]);
  const [end, setEnd] = createSignal(false);
  const [error, setError] = createSignal<unknown>(null);
  let reading: Promise<void> | null = null;
  let generation = 0;

  const more = (): Promise<void> => {
    const source = opts.source();
    if (!source || end()) return Promise.resolve();
    if (reading) return reading;
    const mine = generation;
    const check = opts.check();
    const query = {
      ...(items().length ? { after: items().at(-1)!.order } : {}),
      limit: FLAGS_PER_PAGE,
      ...(check ? { check } : {}),
      ...(opts.showDismissed() ? {} : { skip: new Set(opts.dismissed().keys()) }),
    };
    reading = source.page(query).then(
      (page) => {
        if (mine !== generation) return;
        reading = null;
        setItems((list) => [...list, ...page]);
        if (page.length < FLAGS_PER_PAGE) setEnd(true);
      },
      (e) => {
        if (mine !== generation) return;
        reading = null;
        setError(e);
      },
    );
    return reading;
  };

  createEffect(
    on([() => opts.source()?.key, opts.check, opts.showDismissed], () => {
      generation++;
      reading = null;
      setItems([]);
      setEnd(false);
      setError(null);
      void more();
    }),
  );

  const listed = () => (opts.showDismissed() ? items() : items().filter((f) => !opts.dismissed().has(f.id)));
  return { listed, more, end, error };
}
