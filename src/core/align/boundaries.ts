import type { Paragraph } from '../model';
import { SHAPES } from './shapes';
import type { PathBead } from './dp';

/**
 * Where a bead may end, read from each document's own punctuation. A literary translator
 * keeps the passage (a quoted saying, a paragraph of law) and regroups the sentences
 * inside it, so the gaps between units are not alike: a gap inside an open quotation, after
 * a vocative ending in "!" or a clause ending in ؛ or ":", or before a line opening with
 * "and" (و, ف) seldom ends a bead, and a gap after a closing quote often does. Which of
 * these hold differs from text to text (a novel breaks its dialogue often), so nothing is
 * assumed: each gap gets a class from its punctuation, and how often a class ends a bead is
 * read off an earlier pass's path (one EM step), smoothed toward the document's own rate.
 */

/** Pseudo-gaps at the document's rate that smooth each class's rate. */
const SMOOTHING = 4;
/** Classes rarer than this keep the document's rate (no cost either way). */
const MIN_CLASS = 3;
/** A first word that opens at least this many units may mark where passages start ("Say:", "O"). */
const OPENING_WORD = 5;

const CLOSERS = /["'”’»)\]]+$/u;
const OPENERS = /^["'“‘«(\[]/u;
/** A line opening with a conjunction that ties it to the line before. */
const CONTINUES = /^(?:[وف](?=\p{L})|(?:and|but|or|nor|for|yet|so|then)\b|\p{Ll})/iu;

function endMark(text: string): string {
  const t = text.trimEnd();
  const closed = CLOSERS.test(t);
  const core = t.replace(CLOSERS, '');
  const last = core.slice(-1);
  const mark = '.!?:;,'.includes(last) ? last : last === '؟' ? '?' : last === '؛' ? ';' : last === '،' ? ',' : last === '۔' ? '.' : 'x';
  return (closed ? 'q' : '') + mark;
}

/** Whether each unit starts inside a quotation opened by an earlier unit and not yet closed. */
function quoteState(texts: string[]): boolean[] {
  const out: boolean[] = [];
  let straight = 0;
  let curly = 0;
  for (const t of texts) {
    out.push(straight % 2 === 1 || curly > 0);
    for (const ch of t) {
      if (ch === '"') straight++;
      else if (ch === '“' || ch === '«') curly++;
      else if ((ch === '”' || ch === '»') && curly > 0) curly--;
    }
  }
  return out;
}

/**
 * Features of each gap g (before unit g), 0 < g < n, joined by "|": its punctuation class
 * (the previous unit's end mark, whether the next unit opens a quotation, opens with a
 * conjunction or lower case, starts inside an open quotation, whether the previous unit is
 * short) and, when the next unit opens with a word that opens many units (a vocative, "Say:"),
 * that word; and when the previous unit does, that word too: a formula that closes a passage
 * on one side ("He, verily, is the Ordainer", where the other side ends its last sentence with
 * it) or a vocative line that opens one ("O Son of Man!") says as much about the gap after it
 * as the next unit's first word says about the gap before it. Each feature's rate is read
 * apart and their log-odds add. Gap 0 gets none.
 */
export function gapClasses(paragraphs: Paragraph[]): string[] {
  const texts = paragraphs.map((p) => p.text.trim());
  const inQuote = quoteState(texts);
  const first = texts.map(firstWord);
  const seen = new Map<string, number>();
  for (const w of first) if (w) seen.set(w, (seen.get(w) ?? 0) + 1);
  return texts.map((next, g) => {
    if (g === 0) return '';
    const prev = texts[g - 1]!;
    const open = OPENERS.test(next) ? 'o' : '';
    const cont = CONTINUES.test(next) ? 'c' : '';
    const quoted = inQuote[g] ? 'i' : '';
    const short = prev.length < 24 ? 's' : '';
    const punct = `${endMark(prev)}${open}${cont}${quoted}${short}`;
    const w = first[g]!;
    const p = first[g - 1]!;
    const opens = w && seen.get(w)! >= OPENING_WORD ? `${punct}|w:${w}` : punct;
    return p && seen.get(p)! >= OPENING_WORD ? `${opens}|p:${p}` : opens;
  });
}

/** A unit's first word, lower case, without marks (Arabic short vowels). */
function firstWord(text: string): string {
  const m = /\p{L}[\p{L}\p{M}]*/u.exec(text);
  return m ? m[0].replace(/\p{M}/gu, '').toLowerCase() : '';
}

/** Gaps where the path's beads end on each side (a point (i, j) of the path ends gap i of A, gap j of B). */
function pathGaps(path: PathBead[], n: number, m: number): [Uint8Array, Uint8Array] {
  const a = new Uint8Array(n + 1);
  const b = new Uint8Array(m + 1);
  for (const p of path) {
    const { da, db } = SHAPES[p.shape]!;
    if (da && db) {
      a[p.i + da] = 1;
      b[p.j + db] = 1;
    }
  }
  return [a, b];
}

/**
 * Cost (nats, relative to the document's average gap) of ending a link bead at each gap of
 * one side: ln((1 − r_c) / r_c) − ln((1 − r) / r), r_c the smoothed rate at which the path
 * ends beads at gaps of class c, r the rate over all gaps. Index n (the end) costs 0.
 */
export function boundaryCosts(classes: string[], ends: Uint8Array): Float64Array {
  const n = classes.length;
  const out = new Float64Array(n + 1);
  if (n < 2) return out;
  const seen = new Map<string, [number, number]>();
  let total = 0;
  for (let g = 1; g < n; g++) {
    for (const f of classes[g]!.split('|')) {
      const c = seen.get(f) ?? [0, 0];
      c[0] += ends[g]!;
      c[1]++;
      seen.set(f, c);
    }
    total += ends[g]!;
  }
  const rate = Math.min(0.95, Math.max(0.05, total / (n - 1)));
  const logit = (r: number): number => Math.log((1 - r) / r);
  for (let g = 1; g < n; g++) {
    for (const f of classes[g]!.split('|')) {
      const [hits, count] = seen.get(f)!;
      if (count < MIN_CLASS) continue;
      const r = Math.min(0.98, Math.max(0.02, (hits + SMOOTHING * rate) / (count + SMOOTHING)));
      out[g] += logit(r) - logit(rate);
    }
  }
  return out;
}

/** Boundary costs of both sides from a pass's path. */
export function pathBoundaryCosts(classes: [string[], string[]], path: PathBead[]): [Float64Array, Float64Array] {
  const [a, b] = pathGaps(path, classes[0].length, classes[1].length);
  return [boundaryCosts(classes[0], a), boundaryCosts(classes[1], b)];
}

/**
 * Which opening word each unit starts with: an index into the words that open OPENING_WORD
 * units or more (1, 2, …), 0 for any other unit. A bead starts at its first unit on each side.
 */
export function openingClasses(paragraphs: Paragraph[]): Int32Array {
  const first = paragraphs.map((p) => firstWord(p.text.trim()));
  const seen = new Map<string, number>();
  for (const w of first) if (w) seen.set(w, (seen.get(w) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const [w, c] of seen) if (c >= OPENING_WORD) ids.set(w, ids.size + 1);
  return Int32Array.from(first, (w) => ids.get(w) ?? 0);
}

/** Each unit's end mark as a class (endMark's: ".", "!", "?", a closing quote, none, …). A bead ends at its last unit on each side. */
export function closingClasses(paragraphs: Paragraph[]): Int32Array {
  const ids = new Map<string, number>();
  return Int32Array.from(paragraphs, (p) => {
    const mark = endMark(p.text.trim());
    if (!ids.has(mark)) ids.set(mark, ids.size);
    return ids.get(mark)!;
  });
}

/** A link bead's price for the classes of the units it starts (or ends) with on each side (UnitTable.starts, .ends). */
export interface JointCosts {
  a: Int32Array;
  b: Int32Array;
  /** cost[ca × width + cb]: nats added to a link bead whose units of classes ca and cb are its first (or last). */
  cost: Float64Array;
  width: number;
}

/**
 * Pseudo-beads at independence that smooth each pair of classes. A pair is rarer than
 * either of its classes (the per-side rates' SMOOTHING), so it is smoothed more: chosen on
 * the dev texts among 2, 4, 8, 16 and 32 (8 to 16 alike).
 */
const JOINT_SMOOTHING = 8;

/**
 * The two sides of a bead read together, at its first units (opening words) or its last
 * (end marks). The per-side gap costs say how often a line opening with "O" or يا starts a
 * bead, or a question ends one; they cannot say that the two sides' lines start (or end) the
 * same bead: where a run of long one-to-many beads is shifted by a line, each bead still
 * starts at a plausible gap of each side, but an English bead opening "O ye servants" now
 * starts with an Arabic sentence that opens with no vocative, and a bead ending in a question
 * on one side ends with a statement on the other. How often each pair of classes is the
 * first (or last) of one bead is read off a pass's path; a bead pays minus their pointwise
 * mutual information, smoothed toward independence, read both ways and averaged. Null when
 * neither side has more than one class.
 */
export function pathJointCosts(classes: [Int32Array, Int32Array], path: PathBead[], at: 'first' | 'last'): JointCosts | null {
  const [a, b] = classes;
  let na = 1;
  let nb = 1;
  for (const x of a) na = Math.max(na, x + 1);
  for (const y of b) nb = Math.max(nb, y + 1);
  if (na === 1 && nb === 1) return null;
  const joint = new Float64Array(na * nb);
  const ca = new Float64Array(na);
  const cb = new Float64Array(nb);
  let total = 0;
  for (const p of path) {
    const { da, db } = SHAPES[p.shape]!;
    if (!da || !db) continue;
    const x = a[at === 'first' ? p.i : p.i + da - 1]!;
    const y = b[at === 'first' ? p.j : p.j + db - 1]!;
    joint[x * nb + y]++;
    ca[x]++;
    cb[y]++;
    total++;
  }
  if (total === 0) return null;
  const cost = new Float64Array(na * nb);
  for (let x = 0; x < na; x++) {
    if (ca[x]! < MIN_CLASS) continue;
    for (let y = 0; y < nb; y++) {
      if (cb[y]! < MIN_CLASS) continue;
      const pa = ca[x]! / total;
      const pb = cb[y]! / total;
      const n = joint[x * nb + y]!;
      const given = (n + JOINT_SMOOTHING * pb) / (ca[x]! + JOINT_SMOOTHING);
      const back = (n + JOINT_SMOOTHING * pa) / (cb[y]! + JOINT_SMOOTHING);
      cost[x * nb + y] = -0.5 * (Math.log(given / pb) + Math.log(back / pa));
    }
  }
  return { a, b, cost, width: nb };
}
