import { CoreError, type Bead } from '../model';
import { anchoredCenter, uniqueAnchors } from './anchors';
import { closingClasses, gapClasses, openingClasses, pathBoundaryCosts, pathJointCosts, type JointCosts } from './boundaries';
import { markedPassages, passageMarks, withPassageEdges } from './markers';
import { beadsOnLines, passageSide, sentenceUnits } from './passageLines';
import { beadCosts, beadMargins } from './confidence';
import { lengthCenter, pathCenter, type PathBead } from './dp';
import { docVocabulary, identityLinks, type LexiconLink, type PairVocabulary } from './items';
import { learnLexicon, MAX_SAMPLE, priorLinks, sampleEvenly, userLexiconLinks } from './lexicon';
import { Progress } from './progress';
import { RESTRUCTURED_PRIOR, priorsFromShapes, pairEvidence, sharedGain, confidenceOfMargin, fitLengthModel, KIND_BODY, KIND_TITLE, scoreOfCost, skipCost, MIN_VARIANCE, type LengthModel, type UnitTable } from './score';
import { searchTable, type BandPlan } from './search';
import { alignSentences, type SentenceContext } from './sentences';
import { SHAPES, SHAPES_TO_EIGHT, sideReach } from './shapes';
import { bandWeights, buildTables, documentLengthModel, prepareSides, withReach, type PairTables, type SideUnits } from './table';
import type { AlignDoc, AlignOptions } from './types';

/**
 * Parallel alignment in two passes (hunalign's bootstrap):
 *  1. search with lengths, numbers, names and identical words, in a band around the
 *     length diagonal;
 *  2. learn a lexicon and a length model from the beads pass 1 is sure of, then search
 *     again in a band around pass 1's path;
 *  3. score each bead, measure its confidence, and align the sentences inside it.
 */

/** Half-width of the first band, in units: news edits rarely drift further locally. */
const FIRST_HALF = 24;
/** Half-width of the second band around the first path. */
const SECOND_HALF = 8;
/**
 * On large documents pass 1 tries only 1-1, 1-0 and 0-1: it feeds the lexicon (1-1 beads)
 * and places the second band, and merges cost the most to price. Small documents get all
 * shapes (better trusted pairs: NTREX F1 +2 points), as time does not matter there.
 */
const FIRST_SHAPES_LARGE = 3;
/** Shapes up to 3-1 and 1-3 (SHAPES' first eight): enough for paragraphs and most sentences. */
const SMALL_SHAPES = 8;
/**
 * Share of units that pass 1 leaves out or puts in merged beads above which the translation
 * restructures its units (a literary translator joining or splitting sentences): pass 2
 * then tries beads up to 1-8 and 8-1 (1-16 past LONG_BEAD_RATIO). Books and news stay under it (a 1-6 bead read with
 * small shapes is a 1-1 and five units left out, so it shows either way).
 */
const RESTRUCTURED_SHARE = 0.2;

function restructured(path: PathBead[], n: number, m: number): boolean {
  let units = 0;
  for (const b of path) {
    const { da, db } = SHAPES[b.shape]!;
    if (da + db !== 2 || da !== 1) units += da + db;
  }
  return units > RESTRUCTURED_SHARE * (n + m);
}
const LARGE_CELLS = 1_000_000;
/**
 * Unit counts differing by this factor or more: a translation that cannot be mostly 1-1
 * (edited news with merges and splits stays within a tenth or so; a literary translator
 * joining sentences gives 1.6–3.3).
 */
const MERGING_RATIO = 1.3;
/**
 * Unit counts differing by this factor or more: the mean bead of the literary path takes
 * three units or more on the long side, and its tail passes 1-8 (a paragraph of the original
 * written as one sentence, rendered as twelve): the literary passes then try beads up to
 * 1-16 and 16-1. Below it they stop at eight, and the search costs what it did.
 */
const LONG_BEAD_RATIO = 3;
/**
 * Past LONG_BEAD_RATIO, the literary passes' length spread as a share of a bead's length
 * (LengthModel.spread). Gale and Church's variance grows with length, so over a long bead
 * (a passage of six sentences or more against one) the translator's own habit, one passage
 * rendered more fully than the next, weighed as a gross misfit and moved a sentence into the
 * neighbouring bead. Chosen on dev among 0.03 to 0.15 (0.03 to 0.08 alike, beyond that the
 * beads of one text drift). Below the ratio beads are short and it is left out: there it
 * moved the NTREX literary sets a little either way.
 */
const LONG_BEAD_SPREAD = 0.05;
/**
 * In a restructured translation, pass 1 must trust at least this share of the shorter
 * side's units as 1-1 pairs for a lexicon to be learnt from them (a translation that keeps
 * its sentences: about nine in ten; real literary translation: under six in ten).
 */
const MIN_LEARNING_SHARE = 2 / 3;
/**
 * Share of pass 1's trusted pairs that must share an item (a name, a figure, a word written
 * alike) for them to be more than chance: in news nearly all do, in a translation with
 * neither names nor figures hardly any, and there lengths alone made them (a text joining
 * sentences one way and splitting them the other can keep most lines in 1-1 beads by chance).
 */
const SHARED_PAIR_SHARE = 0.1;
/**
 * Fewest units on the shorter side for few trusted pairs to send a translation whose counts
 * are close down the literary path: a novel translated sentence by sentence with many 2-1
 * and 1-2 keeps its counts close and its names (so its pairs are not chance), and pass 1
 * trusts few of its lines as 1-1. In a short article, a sentence or two left out moves the
 * share of trusted pairs as much as a translator's joins do.
 */
const MIN_RESTRUCTURED_UNITS = 40;

/** Whether pass 1's trusted pairs rest on lengths alone: too few of them share an item. */
export function byChance(t: UnitTable, pairs: Array<[number, number]>): boolean {
  let shared = 0;
  for (const [i, j] of pairs) if (sharedGain(t.items[0][i]!, t.items[1][j]!, t.weights.pairGain) > 0) shared++;
  return shared < SHARED_PAIR_SHARE * pairs.length;
}

/** A pass-1 bead is trusted for learning when linking beat leaving out by this many nats. */
const TRUST_MARGIN = 3;

function isTextKind(kind: number): boolean {
  return kind === KIND_BODY || kind === KIND_TITLE;
}

/** 1-1 beads of a path whose link clearly beats leaving both paragraphs out. */
function trustedPairs(t: UnitTable, path: PathBead[], costs: Float64Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  path.forEach((b, k) => {
    if (b.shape !== 0 || !isTextKind(t.kind[0][b.i]!) || !isTextKind(t.kind[1][b.j]!)) return;
    const leaveOut = skipCost(t.kind[0][b.i]!) + skipCost(t.kind[1][b.j]!);
    if (costs[k]! < leaveOut - TRUST_MARGIN) out.push([b.i, b.j]);
  });
  return out;
}

/** Lexicon for pass 2: learnt pairs (fewer partners a word when the translation restructures), the user's, and identical words not learnt otherwise. */
function secondLexicon(sides: [SideUnits, SideUnits], pairs: Array<[number, number]>, user: LexiconLink[], identity: LexiconLink[], restructures: boolean): LexiconLink[] {
  // learnLexicon samples the same way; sampling first reads only the sampled paragraphs' words.
  const sampled = sampleEvenly(pairs, MAX_SAMPLE);
  const learnt = learnLexicon(
    sampled.map(([i]) => sides[0].doc.wordsOf(i)),
    sampled.map(([, j]) => sides[1].doc.wordsOf(j)),
    false,
    restructures,
  );
  const known = new Set(learnt.map((l) => l.a));
  return [...learnt, ...user, ...identity.filter((l) => !known.has(l.a))];
}

/**
 * The first band runs along the length diagonal bent through the anchors (items found once
 * in each document): over a book, left-out and added passages move the true path further
 * from the length diagonal than the band is wide, and widening there costs a second search.
 */
function firstPlan(a: SideUnits, b: SideUnits): (t: UnitTable) => BandPlan {
  return (t) => ({ center: anchoredCenter(lengthCenter(bandWeights(a), bandWeights(b)), uniqueAnchors(t), FIRST_HALF), half: FIRST_HALF });
}

/** Beads of model.ts from a path, with score and confidence. */
function toBeads(t: UnitTable, path: PathBead[], costs: Float64Array, margins: Float64Array): Bead[] {
  return path.map((p, k) => {
    const { da, db } = SHAPES[p.shape]!;
    return {
      a: Array.from({ length: da }, (_, x) => p.i + x),
      b: Array.from({ length: db }, (_, x) => p.j + x),
      score: scoreOfCost(costs[k]!, Math.max(da, db)),
      confidence: confidenceOfMargin(margins[k]!),
      status: 'auto' as const,
    };
  });
}

export interface PassResult {
  sides: [SideUnits, SideUnits];
  /** Shapes the pass tried (the first `shapes` of SHAPES). */
  shapes: number;
  pair: PairTables;
  path: PathBead[];
  costs: Float64Array;
  /** Groups of path beads [first, last + 1) that are one passage each (markers.ts); absent for the path as it is. */
  passages?: Array<[number, number]>;
}

/**
 * Texts that are not translations of each other. In the first band, a translation's path
 * links most units of the shorter side to one sharing a name, a figure or a word with it
 * (news, books and literature: over half); unrelated texts find a few chance pairs (under
 * one in ten). Between the two, a path that shares evidence on fewer than this share of
 * units has not found a translation in the band.
 */
const MIN_EVIDENCE_SHARE = 0.15;
/** A pair with this much evidence (nats) for it, lengths aside, shares something real. */
const EVIDENCE_NATS = 1;
/**
 * A band can also miss a translation (one side opens with chapters the other lacks). Items
 * found once in each document then still lie on one increasing line, and the longest
 * increasing run of their positions holds most of them; in unrelated texts it holds about
 * 2√k of k (a random order's), so a run well above that, and a fair share of all anchors,
 * says translation. Fewer anchors than MIN_ANCHORS cannot tell.
 */
const MIN_ANCHORS = 10;
const MIN_ANCHOR_SHARE = 0.3;

function orderedAnchors(found: Array<[number, number]>): boolean {
  const k = found.length;
  const run = longestIncreasing(found.map(([, j]) => j));
  return k >= MIN_ANCHORS && run >= MIN_ANCHOR_SHARE * k && run >= 2 * Math.sqrt(k) + 4;
}

/** Share of the shorter side's units that the path links 1-1 with shared evidence. */
function evidenceShare(t: UnitTable, path: PathBead[]): number {
  let linked = 0;
  for (const b of path) {
    if (b.shape !== 0) continue;
    if (pairEvidence(t, b.i, b.j, sharedGain(t.items[0][b.i]!, t.items[1][b.j]!, t.weights.pairGain)) > EVIDENCE_NATS) linked++;
  }
  return linked / Math.max(1, Math.min(t.len[0].length, t.len[1].length));
}

/** Length of the longest strictly increasing subsequence (patience sorting). */
function longestIncreasing(values: number[]): number {
  const tails: number[] = [];
  for (const v of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
  }
  return tails.length;
}

/** Stops when neither the first band's path nor the documents' anchors look like a translation. */
function checkTranslation(t: UnitTable, path: PathBead[]): void {
  const share = evidenceShare(t, path);
  if (share >= MIN_EVIDENCE_SHARE) return;
  if (orderedAnchors(uniqueAnchors(t))) return;
  const units = Math.min(t.len[0].length, t.len[1].length);
  const pct = Math.round(100 * share);
  throw new CoreError(
    'not-parallel',
    `These texts do not read as translations of each other: only ${pct}% of ${units} paragraphs share a name, a figure or a word with a counterpart in order. For related reports, align them in comparable mode.`,
    { share, paragraphs: units },
  );
}

function runPass(sides: [SideUnits, SideUnits], vocab: PairVocabulary, links: LexiconLink[], length: UnitTable['length'], plan: BandPlan | ((t: UnitTable) => BandPlan), progress: Progress, shapes?: number, check = false, prior?: readonly number[], boundary?: [Float64Array, Float64Array], joint?: [JointCosts | null, JointCosts | null]): PassResult {
  // The literary path's passes (the only ones given priors) learn their lexicon from few
  // passages and add a general table's many synonyms: there each word counts once per bead.
  const literary = prior !== undefined;
  const dropsNames = literary && Math.min(sides[0].len.length, sides[1].len.length) >= MIN_RESTRUCTURED_UNITS;
  const pair = buildTables(sides[0], sides[1], dropsNames ? withoutNames(vocab) : vocab, links, length, literary, sideReach(shapes ?? SHAPES_TO_EIGHT));
  if (prior) pair.table.prior = prior;
  if (boundary) pair.table.boundary = boundary;
  if (joint?.[0]) pair.table.starts = joint[0];
  if (joint?.[1]) pair.table.ends = joint[1];
  const hooks = { onProgress: progress.update, ...(progress.signal ? { signal: progress.signal } : {}), ...(shapes ? { shapes } : {}) };
  const path = searchTable(pair.table, typeof plan === 'function' ? plan(pair.table) : plan, hooks, check ? (p) => checkTranslation(pair.table, p) : undefined).beads;
  return { sides, pair, path, costs: beadCosts(pair.table, path), shapes: shapes ?? SHAPES_TO_EIGHT };
}

/** Both passes; the second pass's tables and path (exported for diagnostics and tests). */
export function runPasses(docA: AlignDoc, docB: AlignDoc, options: AlignOptions, progress: Progress): PassResult {
  progress.stage(0, 0.05);
  const sides = prepareSides(docA.paragraphs, docB.paragraphs);
  const vocab = docVocabulary([sides[0].doc, sides[1].doc]);
  const identity = identityLinks(vocab);
  const user = userLexiconLinks(options.lexicon ?? []);

  progress.stage(0.05, 0.4);
  const n = docA.paragraphs.length;
  const m = docB.paragraphs.length;
  const first = runPass(sides, vocab, [...user, ...identity], documentLengthModel(sides[0], sides[1]), firstPlan(sides[0], sides[1]), progress, n * m > LARGE_CELLS ? FIRST_SHAPES_LARGE : SMALL_SHAPES, true);

  progress.stage(0.4, 0.75);
  const pairs = trustedPairs(first.pair.table, first.path, first.costs);
  const length = fitLengthModel(
    pairs.map(([i, j]) => [sides[0].len[i]!, sides[1].len[j]!]),
    first.pair.table.length,
  );
  const restructures = restructured(first.path, n, m);
  // A translation that restructures its sentences has few true 1-1 beads: when pass 1
  // trusts few of them, they are mostly chance pairs, and a lexicon learnt from them links
  // words by chance whose evidence then outweighs lengths. Names, figures and identical
  // words stay.
  const chance = restructures && byChance(first.pair.table, pairs);
  const fewPairs = chance || (restructures && pairs.length < MIN_LEARNING_SHARE * Math.min(n, m));
  const lexicon = fewPairs ? [...user, ...identity] : secondLexicon(sides, pairs, user, identity, restructures);
  const plan = { center: pathCenter(first.path, n, m), half: SECOND_HALF };
  if (!restructures) return runPass(sides, vocab, lexicon, length, plan, progress, SMALL_SHAPES);
  // A translator who joins sentences one way and splits them the other keeps the counts
  // close while few beads are 1-1: pass 1's trusted pairs say so where the counts cannot,
  // when they rest on lengths alone, or when they are few over a text long enough for their
  // share to mean something (a short news article with a sentence or two left out has few).
  // On a large text pass 1 tried 1-1 beads only, so each merge shows as a 1-1 pair, often
  // trusted, beside units left out: there, that it restructures says enough.
  const onlyPairs = n * m > LARGE_CELLS;
  const fewOverLongText = (fewPairs || onlyPairs) && Math.min(n, m) >= MIN_RESTRUCTURED_UNITS;
  if (!chance && !fewOverLongText && Math.max(n, m) < MERGING_RATIO * Math.min(n, m)) return runPass(sides, vocab, lexicon, length, plan, progress, SHAPES_TO_EIGHT);
  // Restructured, and one side has far more units or pass 1's pairs rest on lengths alone: most beads are merges. Pass 2 searches
  // with flat merge priors, and a third pass with priors read off pass 2's shapes (one EM
  // step). Lengths: the ratio of pass 1's trusted beads (merges included), and the tightest
  // variance a fit allows. The spread of those beads, mostly wrong here, is far too loose,
  // and let the path drift by a sentence at a time; a translator's own passages fit lengths
  // tighter than the floor.
  const longBeads = Math.max(n, m) >= LONG_BEAD_RATIO * Math.min(n, m);
  const merged = { ratio: fitLengthModel(trustedBeadLengths(first, sides), first.pair.table.length).ratio, variance: MIN_VARIANCE, ...(longBeads ? { spread: LONG_BEAD_SPREAD } : {}) };
  // Each later pass reads the ratio again off the pass before it, as it reads its shape
  // priors and gap rates. Pass 1 tries beads up to 3-1 only, so where a translator renders
  // a passage as five sentences or more its trusted beads are passages cut short, the long
  // side's rest left out or in the next bead, and their ratio leans toward the short side:
  // priced against it, every whole passage looked too long, and the path left a sentence out
  // or moved one (a closing formula) into the next bead to fit. The later passes' beads take
  // whole passages, and their ratio is the translator's.
  const lengthsOf = (pass: PassResult): LengthModel => ({ ...merged, ratio: fitLengthModel(trustedBeadLengths(pass, sides), merged).ratio });
  // Where one side has three units or more for each of the other's, the long sizes a path
  // has not taken are priced off the tail of those it took (priorsFromShapes); elsewhere the
  // sizes are short and the pseudo-beads price them.
  const tail = longBeads;
  const general = priorLinks(vocab, docA.lang, docB.lang);
  const shapes = longBeads ? SHAPES.length : SHAPES_TO_EIGHT;
  const second = runPass(sides, vocab, withGeneral(lexicon, general), merged, plan, progress, shapes, false, RESTRUCTURED_PRIOR);
  const prior = priorsFromShapes(second.path.map((b) => b.shape), RESTRUCTURED_PRIOR, tail);
  // Pass 2's beads are better than pass 1's: when pass 1 had too few pairs to learn from,
  // the lexicon is learnt from pass 2's trusted beads, merges included.
  const relearnt = withGeneral(fewPairs ? beadLexicon(sides, trustedBeads(second), user, identity) : lexicon, general);
  // Where beads end is read off each pass's path by the gaps' punctuation (boundaries.ts):
  // pass 3 with pass 2's, and a fourth pass with pass 3's rates and shapes (a second EM step).
  const classes: [string[], string[]] = [gapClasses(docA.paragraphs), gapClasses(docB.paragraphs)];
  const opening: [Int32Array, Int32Array] = [openingClasses(docA.paragraphs), openingClasses(docB.paragraphs)];
  const closing: [Int32Array, Int32Array] = [closingClasses(docA.paragraphs), closingClasses(docB.paragraphs)];
  // A bead's two sides read together, at their first units and at their last (boundaries.ts).
  const jointCosts = (path: PathBead[]): [JointCosts | null, JointCosts | null] => [pathJointCosts(opening, path, 'first'), pathJointCosts(closing, path, 'last')];
  const third = runPass(sides, vocab, relearnt, lengthsOf(second), { center: pathCenter(second.path, n, m), half: SECOND_HALF }, progress, shapes, false, prior, pathBoundaryCosts(classes, second.path), jointCosts(second.path));
  const again = priorsFromShapes(third.path.map((b) => b.shape), RESTRUCTURED_PRIOR, tail);
  // Where the lexicon was learnt from pass 2's beads, it is learnt again from pass 3's, as
  // the ratio, priors and gap rates are read again: pass 2 searched without a lexicon of the
  // text's own (identical words and the general table only), and its path slips by a
  // sentence here and there; a lexicon learnt from it links the words of those slips, which
  // pulls the next passes back into them.
  const lexicon3 = fewPairs ? withGeneral(beadLexicon(sides, trustedBeads(third), user, identity), general) : relearnt;
  const last = runPass(sides, vocab, lexicon3, lengthsOf(third), { center: pathCenter(third.path, n, m), half: SECOND_HALF }, progress, shapes, false, again, pathBoundaryCosts(classes, third.path), jointCosts(third.path));
  // When the text marks its passages on both sides, their edges are where beads end: a fifth
  // pass is pulled through them, so a stretch where the path slipped by a line between two
  // marks (and the join would take several passages as one) is searched again.
  const marks = passageMarks(classes, last.path);
  if (!marks) return { ...last, passages: markedPassages(classes, last.path) };
  const edges = withPassageEdges(pathBoundaryCosts(classes, last.path), marks);
  const fifth = runPass(sides, vocab, lexicon3, lengthsOf(last), { center: pathCenter(last.path, n, m), half: SECOND_HALF }, progress, shapes, false, priorsFromShapes(last.path.map((b) => b.shape), RESTRUCTURED_PRIOR, tail), edges, jointCosts(last.path));
  return { ...fifth, passages: markedPassages(classes, fifth.path) };
}

/**
 * A pair's vocabulary without its names, for the literary path's passes over a text long
 * enough to learn a lexicon from its own beads. There a name that recurs is one of the
 * lexicon's links already, and a name item would count that word a second time beside it;
 * most of the other skeleton matches are chance, a capitalised word that is no name (a
 * literary or devotional text's epithets, "the Ordainer") against a common word of the other
 * side one letter away. Each is worth several nats, and pulls a long sentence's neighbour
 * into its bead. A short text (a news article of a few paragraphs) has too few beads to
 * learn from, and keeps them; so does pass 1: names place its band and say whether the
 * texts are translations at all.
 */
function withoutNames(vocab: PairVocabulary): PairVocabulary {
  return { ...vocab, names: new Map() };
}

/** A lexicon with the general table's links it does not hold already. */
function withGeneral(links: LexiconLink[], general: LexiconLink[]): LexiconLink[] {
  const held = new Set(links.map((l) => `${l.a}\u0000${l.b}`));
  return [...links, ...general.filter((l) => !held.has(`${l.a}\u0000${l.b}`))];
}

/** Lexicon learnt from beads of any shape (each side's words pooled), the user's, and identical words. */
function beadLexicon(sides: [SideUnits, SideUnits], beads: Array<[number[], number[]]>, user: LexiconLink[], identity: LexiconLink[]): LexiconLink[] {
  const sampled = sampleEvenly(beads, MAX_SAMPLE);
  const learnt = learnLexicon(
    sampled.map(([a]) => a.flatMap((u) => sides[0].doc.wordsOf(u))),
    sampled.map(([, b]) => b.flatMap((u) => sides[1].doc.wordsOf(u))),
    true,
  );
  const known = new Set(learnt.map((l) => l.a));
  return [...learnt, ...user, ...identity.filter((l) => !known.has(l.a))];
}

/** Summed lengths of each side of a pass's trusted link beads. */
function trustedBeadLengths(pass: PassResult, sides: [SideUnits, SideUnits]): Array<[number, number]> {
  const sum = (len: Float64Array, units: number[]): number => units.reduce((x, u) => x + len[u]!, 0);
  return trustedBeads(pass).map(([a, b]) => [sum(sides[0].len, a), sum(sides[1].len, b)]);
}

/** Units of each link bead of a pass whose link clearly beats leaving its units out. */
function trustedBeads(pass: PassResult): Array<[number[], number[]]> {
  const t = pass.pair.table;
  const out: Array<[number[], number[]]> = [];
  pass.path.forEach((b, k) => {
    const { da, db } = SHAPES[b.shape]!;
    if (!da || !db) return;
    const a = Array.from({ length: da }, (_, x) => b.i + x);
    const bb = Array.from({ length: db }, (_, x) => b.j + x);
    let leaveOut = 0;
    for (const p of a) leaveOut += skipCost(t.kind[0][p]!);
    for (const q of bb) leaveOut += skipCost(t.kind[1][q]!);
    if (pass.costs[k]! < leaveOut - TRUST_MARGIN) out.push([a, bb]);
  });
  return out;
}

/** Aligns two translations of one text; every paragraph lands in exactly one bead. */
export function alignParallel(docA: AlignDoc, docB: AlignDoc, options: AlignOptions = {}): Bead[] {
  // One side one passage a line against the other one sentence a line: aligned against the
  // passage side's sentences, whose line ends the file gives (passageLines.ts).
  const side = passageSide(docA, docB);
  if (side !== null) {
    const split = sentenceUnits(side === 0 ? docA : docB);
    const fine = alignParallel(side === 0 ? split.doc : docA, side === 0 ? docB : split.doc, { ...options, sentences: false });
    return beadsOnLines(fine, side, split, side === 0 ? docB : docA, options.sentences !== false);
  }
  const progress = new Progress(options.onProgress, options.signal);
  const second = runPasses(docA, docB, options, progress);
  progress.stage(0.75, 0.9);
  const margins = beadMargins(second.pair.table, second.path, second.costs, options.signal, second.shapes);
  const fine = toBeads(second.pair.table, second.path, second.costs, margins);
  const beads = second.passages ? joinGroups(fine, second.passages) : fine;

  progress.stage(0.9, 1);
  if (options.sentences !== false) addSentences(beads, docA, docB, second, progress);
  progress.done();
  return beads;
}

/** Beads joined group by group; a joined bead keeps the lowest score and confidence of its parts. */
function joinGroups(beads: Bead[], groups: Array<[number, number]>): Bead[] {
  return groups.map(([from, to]) => {
    if (to - from === 1) return beads[from]!;
    const parts = beads.slice(from, to);
    return {
      a: parts.flatMap((b) => b.a),
      b: parts.flatMap((b) => b.b),
      score: Math.min(...parts.map((b) => b.score)),
      confidence: Math.min(...parts.map((b) => b.confidence)),
      status: 'auto' as const,
    };
  });
}

/**
 * Fewest linked beads for their sentence counts to say how a translator works: in a short
 * news article, a sentence or two split differently moves the ratio past MERGING_RATIO.
 */
const MIN_SENTENCE_BEADS = 20;

/** Whether the linked beads' sentence counts differ, over enough beads, as a restructured translation's do. */
export function restructuresSentences(beads: Bead[], docA: AlignDoc, docB: AlignDoc): boolean {
  let na = 0;
  let nb = 0;
  let linked = 0;
  for (const bead of beads) {
    if (!bead.a.length || !bead.b.length) continue;
    linked++;
    for (const i of bead.a) na += Math.max(1, docA.paragraphs[i]!.sentences.length);
    for (const j of bead.b) nb += Math.max(1, docB.paragraphs[j]!.sentences.length);
  }
  return linked >= MIN_SENTENCE_BEADS && Math.max(na, nb) >= MERGING_RATIO * Math.min(na, nb);
}

function addSentences(beads: Bead[], docA: AlignDoc, docB: AlignDoc, pass: PassResult, progress: Progress): void {
  // A translator who regroups sentences does it inside passages too: when the paragraph
  // beads' sentence counts differ as a restructured translation's do, sentences are linked
  // with the merge priors of the literary path: with news' priors, a short line ("O Son of
  // Man!") is left out rather than joined to the sentence whose translation it opens.
  const ctx: SentenceContext = {
    ...(restructuresSentences(beads, docA, docB) ? { prior: RESTRUCTURED_PRIOR } : {}),
    // Sentences are searched with beads up to 8-1, the pass's tables perhaps with smaller ones.
    pair: withReach(pass.pair, sideReach(SHAPES_TO_EIGHT)),
    paragraphs: [docA.paragraphs, docB.paragraphs],
    docs: [pass.sides[0].doc, pass.sides[1].doc],
  };
  beads.forEach((bead, k) => {
    if (k % 256 === 0) progress.update(k / beads.length);
    if (bead.a.length && bead.b.length) bead.sentences = alignSentences(ctx, bead);
  });
}
