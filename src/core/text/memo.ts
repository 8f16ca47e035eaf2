/** Stands for a remembered `undefined`, so that a word whose answer is "nothing" costs one lookup, not two. */
const NOTHING: unique symbol = Symbol('nothing');

/**
 * A bounded cache that keeps what is still asked for: when the current generation is full it
 * becomes the previous one, and a hit there moves back to the current. A book's vocabulary can
 * be many times any limit; clearing everything at the limit made it recompute its most
 * frequent words after every clear, while two generations keep a word that is asked at least
 * once per generation. Memory stays within twice the limit. `undefined` means "not held", so
 * a caller remembering `undefined` answers must store a stand-in.
 */
export class Generations<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const v = this.current.get(key);
    if (v !== undefined) return v;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, v: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, v);
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/**
 * A word-level function remembered per word. Checks and the aligner ask the same few thousand
 * words of a book over and over; past `max` words the least recently asked generation is let
 * go (see Generations), so its memory stays bounded whatever the input. Only for pure
 * functions of short strings.
 */
export function memoPerWord<T>(fn: (word: string) => T, max = 50_000): (word: string) => T {
  const cache = new Generations<string, T | typeof NOTHING>(max);
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined) return (hit === NOTHING ? undefined : hit) as T;
    const v = fn(word);
    cache.set(word, v === undefined ? NOTHING : v);
    return v;
  };
}
