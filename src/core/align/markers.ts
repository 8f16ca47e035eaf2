import { SHAPES } from './shapes';
import type { PathBead } from './dp';

/**
 * Passages marked on both sides. Some works are a string of passages that each open with
 * the same formula on both sides (a vocative: "O Son of Man!", يا ابن الإنسان): the translator
 * regroups sentences inside a passage, never across one. When the path ends a bead at nearly
 * every line that opens with such a word, on both sides, and those ends meet (the two sides'
 * markers fall on the same points of the path) for a large share of its beads, the passages
 * are the beads: the path's finer beads between two points where a passage opens are
 * joined. Splits inside a passage rest on lengths and a few words; its ends rest on the
 * text's own structure. Not every passage of such a work opens with the formula on both
 * sides (one opening "Alas!", an original opening with the saying itself), so a passage
 * opens where either side's formula does, or where a punctuation class that falls where the
 * formulas do (a passage quoted whole) says so: joined across such an edge, two passages
 * would be one bead.
 */

/** A marker word's lines must end a bead at least this often on the path. */
const MARKER_RATE = 0.9;
/** A first word must open at least this many lines to mark passages (as gapClasses' words). */
const MARKER_COUNT = 5;
/** Share of the path's link beads that must end at points both sides mark. */
const MARKED_SHARE = 0.4;
/**
 * What ending a bead at a marked gap earns beyond the punctuation's rate: a marked gap ends
 * a bead at least MARKER_RATE of the time, so at least its log-odds.
 */
const EDGE_BONUS = Math.log(MARKER_RATE / (1 - MARKER_RATE));

/** Gaps (before unit g) opening with a word that marks where the path's beads end. */
function markedGaps(classes: string[], ends: Uint8Array): Uint8Array {
  const words = classes.map((c) => c.split('|').find((f) => f.startsWith('w:')));
  const seen = new Map<string, [number, number]>();
  words.forEach((w, g) => {
    if (!w) return;
    const s = seen.get(w) ?? [0, 0];
    s[0] += ends[g]!;
    s[1]++;
    seen.set(w, s);
  });
  const out = new Uint8Array(classes.length + 1);
  words.forEach((w, g) => {
    const s = w ? seen.get(w)! : undefined;
    if (s && s[1] >= MARKER_COUNT && s[0] >= MARKER_RATE * s[1]) out[g] = 1;
  });
  return out;
}

/**
 * Share of a punctuation class's gaps that must be points where a marker word opens a
 * passage (on either side) for the class to mark passages too: a passage quoted whole
 * (closing quote, then an opening one) ends where the formulas say, while a full stop ends
 * sentences inside passages as often as passages.
 */
const MARK_AGREEMENT = 0.75;

/**
 * Gaps (before unit g) of a punctuation class (gapClasses' first feature) that ends the
 * path's beads as a marker word does and falls, most of the time, where the marker words
 * open passages (`cut`, per gap): the class marks passages on its own where the formula is
 * missing (a passage opening with the saying itself).
 */
function punctuationMarks(classes: string[], ends: Uint8Array, cut: Uint8Array): Uint8Array {
  const seen = new Map<string, [number, number, number]>();
  classes.forEach((c, g) => {
    if (g === 0) return;
    for (const f of punctuationKeys(c)) {
      const s = seen.get(f) ?? [0, 0, 0];
      s[0] += ends[g]!;
      s[1] += cut[g]!;
      s[2]++;
      seen.set(f, s);
    }
  });
  const out = new Uint8Array(classes.length + 1);
  classes.forEach((c, g) => {
    if (g === 0) return;
    for (const f of punctuationKeys(c)) {
      const [hits, agree, count] = seen.get(f)!;
      if (count >= MARKER_COUNT && hits >= MARKER_RATE * count && agree >= MARK_AGREEMENT * count) out[g] = 1;
    }
  });
  return out;
}

/**
 * A gap's punctuation class, and where the line before closes a quotation, the same class
 * whatever mark stands inside the quote: a passage quoted whole ends as often with a
 * question or an exclamation as with a full stop.
 */
function punctuationKeys(c: string): string[] {
  const f = c.split('|')[0]!;
  return f.startsWith('q') ? [f, `q${f.slice(2)}`] : [f];
}

/**
 * Groups of consecutive path beads, each group one passage: [first bead, last bead + 1).
 * One bead per group (the path as it was) when the text does not mark its passages on both sides.
 */
export function markedPassages(classes: [string[], string[]], path: PathBead[]): Array<[number, number]> {
  const marks = passageMarks(classes, path);
  const single = path.map((_, k): [number, number] => [k, k + 1]);
  if (!marks) return single;
  // Points between beads k − 1 and k where either side's next line opens a passage. The
  // marks meeting on both sides say the text marks its passages; a passage that opens
  // without its formula on one side (the original opening with the saying itself, where the
  // translation keeps "O Son of Man!") still opens one on the other, and the path ends a
  // bead there on both. Where neither side has its formula, a punctuation class that falls
  // where the formulas do (a passage quoted whole) still marks the edge.
  const cut: [Uint8Array, Uint8Array] = [new Uint8Array(classes[0].length + 1), new Uint8Array(classes[1].length + 1)];
  for (let k = 1; k < path.length; k++) {
    if (!marks[0][path[k]!.i] && !marks[1][path[k]!.j]) continue;
    cut[0][path[k]!.i] = 1;
    cut[1][path[k]!.j] = 1;
  }
  const ends = pathEnds(classes, path);
  const punct: [Uint8Array, Uint8Array] = [punctuationMarks(classes[0], ends[0], cut[0]), punctuationMarks(classes[1], ends[1], cut[1])];
  const cuts: number[] = [];
  for (let k = 1; k < path.length; k++) {
    const { i, j } = path[k]!;
    if (marks[0][i] || marks[1][j] || punct[0][i] || punct[1][j]) cuts.push(k);
  }
  const out: Array<[number, number]> = [];
  let from = 0;
  for (const k of [...cuts, path.length]) {
    out.push([from, k]);
    from = k;
  }
  return out;
}

/** Gaps of each side where the path ends a link bead. */
function pathEnds(classes: [string[], string[]], path: PathBead[]): [Uint8Array, Uint8Array] {
  const ends: [Uint8Array, Uint8Array] = [new Uint8Array(classes[0].length + 1), new Uint8Array(classes[1].length + 1)];
  for (const p of path) {
    const { da, db } = SHAPES[p.shape]!;
    if (!da || !db) continue;
    ends[0][p.i + da] = 1;
    ends[1][p.j + db] = 1;
  }
  return ends;
}

/**
 * Each side's gaps that open a marked passage, or null when the text does not mark its
 * passages on both sides (too few points of the path where both sides' marks meet).
 */
export function passageMarks(classes: [string[], string[]], path: PathBead[]): [Uint8Array, Uint8Array] | null {
  const ends = pathEnds(classes, path);
  const links = path.filter((p) => SHAPES[p.shape]!.da > 0 && SHAPES[p.shape]!.db > 0).length;
  const marks: [Uint8Array, Uint8Array] = [markedGaps(classes[0], ends[0]), markedGaps(classes[1], ends[1])];
  let meet = 0;
  for (let k = 1; k < path.length; k++) if (marks[0][path[k]!.i] && marks[1][path[k]!.j]) meet++;
  return meet && meet >= MARKED_SHARE * links ? marks : null;
}

/** Boundary costs (boundaries.ts) with ending a bead at each side's marked gaps made cheaper (in place). */
export function withPassageEdges(boundary: [Float64Array, Float64Array], marks: [Uint8Array, Uint8Array]): [Float64Array, Float64Array] {
  for (const s of [0, 1] as const) {
    const costs = boundary[s];
    marks[s].forEach((marked, g) => {
      if (marked && g < costs.length) costs[g] = costs[g]! - EDGE_BONUS;
    });
  }
  return boundary;
}
