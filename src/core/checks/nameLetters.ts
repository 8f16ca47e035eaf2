import table from './name-letters.json';
import { Generations } from '../text/memo';

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

const cache = new Generations<string, number>(50_000);

/**
 * Each term's log probability, per letter and the NAME_ORDER - 1 before it packed five bits
 * a mark (a–z, start, end): a spelling's terms are looked up instead of worked out, and the
 * many spellings a letter apart that the checks score share nearly all of them. NaN is "not yet".
 */
let terms: Float64Array | null = null;
const BITS = 5;
const START = 27;
const END = 28;

/** prob per order (history length) and packed marks, NaN for "not yet": a term's lower orders are shared by many terms. */
const probs: Float64Array[] = [];

/** prob(c, s.slice(i - h, i), s[i]) for a plain stretch of s whose marks `code` packs (h + 1 of them). */
function probAt(c: Counts, s: string, i: number, h: number, code: number): number {
  const table = (probs[h] ??= new Float64Array(1 << (BITS * (h + 1))).fill(NaN));
  let p = table[code]!;
  if (p === p) return p;
  const ch = s[i]!;
  if (h === 0) p = ((c.gram.get(ch) ?? 0) + 1) / ((c.context.get('') ?? 0) + ALPHABET);
  else {
    // The same sums as prob, with the lower order looked up.
    const lower = probAt(c, s, i, h - 1, code & ((1 << (BITS * h)) - 1));
    const history = s.slice(i - h, i);
    const n = c.context.get(history);
    if (!n) p = lower;
    else {
      const t = c.types.get(history)!;
      p = ((c.gram.get(history + ch) ?? 0) + t * lower) / (n + t);
    }
  }
  table[code] = p;
  return p;
}

function markOf(c: number): number {
  return c >= 97 && c <= 122 ? c - 96 : c === 94 ? START : c === 36 ? END : -1;
}

/** Log probability (nats) of lower-case Latin letters as a name's spelling. */
export function nameLogProb(letters: string): number {
  let lp = cache.get(letters);
  if (lp !== undefined) return lp;
  const c = load();
  const s = padded(letters);
  terms ??= new Float64Array(1 << (BITS * NAME_ORDER)).fill(NaN);
  const mask = (1 << (BITS * NAME_ORDER)) - 1;
  let code = 0;
  let plain = true;
  for (let i = 0; i < NAME_ORDER - 1; i++) code = (code << BITS) | START;
  lp = 0;
  for (let i = NAME_ORDER - 1; i < s.length; i++) {
    const mark = plain ? markOf(s.charCodeAt(i)) : -1;
    if (mark < 0) plain = false;
    if (plain) {
      code = ((code << BITS) | mark) & mask;
      let t = terms[code]!;
      if (t !== t) terms[code] = t = Math.log(probAt(c, s, i, NAME_ORDER - 1, code));
      lp += t;
    } else lp += Math.log(prob(c, s.slice(i - NAME_ORDER + 1, i), s[i]!));
  }
  cache.set(letters, lp);
  return lp;
}
