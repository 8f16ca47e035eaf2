import table from './name-letters.json';

/**
 * How name-like a Latin spelling looks on its own: a letter n-gram model of the names in the
 * translit train splits (scripts/build-name-letters.ts), Witten-Bell smoothed. "Welthh",
 * "Sdtamford" and "Pitutman" are unlike any real name; "Welsh", "Stamford", "Pittman" are
 * not. It is the prior of a noisy channel: a slip is believed only when the spelling a slip
 * away both writes the source better and looks more like a name.
 */

/** Longest letter run the model conditions on, with the letter itself. */
export const NAME_ORDER = 4;

/** A name padded with its start and end marks, as the model reads it. */
export function padded(letters: string): string {
  return '^'.repeat(NAME_ORDER - 1) + letters + '$';
}

interface Counts {
  gram: Map<string, number>;
  /** Total count of grams that extend a context, per context. */
  context: Map<string, number>;
  /** Distinct letters seen after a context (Witten-Bell's T). */
  types: Map<string, number>;
}

let counts: Counts | null = null;

function load(): Counts {
  if (counts) return counts;
  const t = table as { grams: string; counts: number[] };
  const c: Counts = { gram: new Map(), context: new Map(), types: new Map() };
  t.grams.split(' ').forEach((g, i) => {
    const n = t.counts[i]!;
    c.gram.set(g, n);
    const h = g.slice(0, -1);
    c.context.set(h, (c.context.get(h) ?? 0) + n);
    c.types.set(h, (c.types.get(h) ?? 0) + 1);
  });
  counts = c;
  return c;
}

/** Letters (and the end mark) the model knows: the unigram floor spreads over them. */
const ALPHABET = 27;

function prob(c: Counts, history: string, ch: string): number {
  if (!history) return ((c.gram.get(ch) ?? 0) + 1) / ((c.context.get('') ?? 0) + ALPHABET);
  const lower = prob(c, history.slice(1), ch);
  const n = c.context.get(history);
  if (!n) return lower;
  const t = c.types.get(history)!;
  return ((c.gram.get(history + ch) ?? 0) + t * lower) / (n + t);
}

const cache = new Map<string, number>();

/** Log probability (nats) of lower-case Latin letters as a name's spelling. */
export function nameLogProb(letters: string): number {
  let lp = cache.get(letters);
  if (lp !== undefined) return lp;
  if (cache.size > 50_000) cache.clear();
  const c = load();
  const s = padded(letters);
  lp = 0;
  for (let i = NAME_ORDER - 1; i < s.length; i++) lp += Math.log(prob(c, s.slice(i - NAME_ORDER + 1, i), s[i]!));
  cache.set(letters, lp);
  return lp;
}
