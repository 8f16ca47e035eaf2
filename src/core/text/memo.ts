/**
 * A word-level function remembered per word. Checks and the aligner ask the same few thousand
 * words of a book hundreds of thousands of times; the cache starts again past `max` words, so
 * its memory stays bounded whatever the input. Only for pure functions of short strings.
 */
export function memoPerWord<T>(fn: (word: string) => T, max = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined && !cache.has(word)) {
      if (cache.size >= max) cache.clear();
      cache.set(word, (v = fn(word)));
    }
    return v as T;
  };
}
