/** Stands for a remembered `undefined`, so that a word whose answer is "nothing" costs one lookup, not two. */
const NOTHING: unique symbol = Symbol('nothing');

/**
 * A word-level function remembered per word. Checks and the aligner ask the same few thousand
 * words of a book over and over; the cache starts again past `max` words, so
 * its memory stays bounded whatever the input. Only for pure functions of short strings.
 */
export function memoPerWord<T>(fn: (word: string) => T, max = 50_000): (word: string) => T {
  const cache = new Map<string, T | typeof NOTHING>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === NOTHING ? undefined : hit) as T;
    if (cache.size >= max) cache.clear();
    const v = fn(word);
    cache.set(word, v === undefined ? NOTHING : v);
    return v;
  };
}
