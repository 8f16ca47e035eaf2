import type { Bead, Flag } from '../model';
import { linkedBeads, sideIndices } from './beads';
import { makeFlag } from './flag';
import { BeadContent, letters, sentenceCount, sentencePieces, type Facts, type Piece } from './sentenceContent';
import { langName } from './tokens';
import { skipMargins } from './sentenceMargin';
import { SHAPES } from '../align/shapes';
import { KIND_BODY, LENGTH_OUTLIERS, OUTLIER_SPREAD, priorsFromShapes, SHAPE_PRIOR, skipCost } from '../align/score';
import { forEachWordSpan } from '../align/extract';
import enders from './omission-enders.json';
import type { CheckDoc, CheckInput, Side } from './types';

/**
 * Check 5, omissions and additions: paragraphs (and sentences inside linked beads) with no
 * counterpart, and linked text whose length ratio is far from the pair's usual one. The usual
 * ratio is the median over the pair's linked beads, so English-from-Arabic (about 1.25
 * letters per letter) and Persian-from-English each set their own scale.
 */


/** Beads shorter than this (letters, both sides) say little about the usual ratio. */
const MIN_LETTERS = 20;
/** Least log-ratio deviation flagged: e^0.55 ≈ 1.7× shorter or longer than usual. */
const MIN_DEVIATION = 0.55;
/**
 * Most that a link's outlier threshold may be (e^0.7 ≈ 2×): a short document with several
 * omissions spreads its paragraph ratios so wide that a link twice as long passes.
 */
const MAX_THRESHOLD = 0.7;
/** A sentence pair is judged only when its longer side has this many letters. */
const MIN_SENTENCE_LETTERS = 30;
/** The same for a sentence the sentence aligner left without partner: a short quote is often what is dropped. */
const MIN_UNLINKED_LETTERS = 20;

export interface RatioScale {
  /** Median log(letters of A / letters of B) over linked beads. */
  median: number;
  /** Deviation from the median that counts as an outlier. */
  threshold: number;
  /** Linked beads the scale was measured on. */
  links?: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function sideLetters(doc: CheckDoc, indices: number[]): number {
  return indices.reduce((n, i) => n + letters(doc.paragraphs[i]?.text ?? ''), 0);
}

/** The pair's usual ratio and how far from it a bead may stray (4 robust deviations). */
export function ratioScale(input: CheckInput): RatioScale {
  const logs = linkedBeads(input.beads)
    .map((b) => [sideLetters(input.a, b.a), sideLetters(input.b, b.b)] as const)
    .filter(([x, y]) => x >= MIN_LETTERS && y >= MIN_LETTERS)
    .map(([x, y]) => Math.log(x / y));
  if (logs.length < 3) return { median: 0, threshold: 0.8 }; // no scale yet: only gross gaps
  const m = median(logs);
  const mad = median(logs.map((l) => Math.abs(l - m)));
  return { median: m, threshold: Math.max(MIN_DEVIATION, 4 * 1.4826 * mad), links: logs.length };
}

function flag(input: CheckInput, bead: Bead, side: Side, piece: Piece, kind: string, evidence: string, ratio?: { ratio: number; usual: number }): Flag {
  const doc = side === 'a' ? input.a : input.b;
  return makeFlag({
    check: 'omission',
    docId: doc.id,
    span: { side, paragraph: piece.paragraph, start: piece.start, end: piece.end },
    text: piece.text,
    paragraphs: { a: bead.a, b: bead.b },
    evidence,
    data: { kind, text: piece.text, ...(ratio ? { ratio: round(ratio.ratio), usualRatio: round(ratio.usual) } : {}) },
  });
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Paragraphs of article text that the alignment leaves without counterpart. */
function unlinkedFlags(input: CheckInput): Flag[] {
  const out: Flag[] = [];
  for (const bead of input.beads) {
    const side: Side | null = bead.a.length && !bead.b.length ? 'a' : bead.b.length && !bead.a.length ? 'b' : null;
    if (!side) continue;
    const doc = side === 'a' ? input.a : input.b;
    const other = side === 'a' ? input.b : input.a;
    for (const i of sideIndices(bead, side)) {
      const p = doc.paragraphs[i];
      if (!p || (p.kind !== 'body' && p.kind !== 'title') || letters(p.text) < 3) continue;
      const what = side === 'b' ? 'omitted from' : 'added in';
      const evidence = `${langName(doc.lang)} ${p.kind === 'title' ? 'heading' : 'paragraph'} ${i + 1} has no counterpart in the ${langName(other.lang)} (${what} the ${langName(input.a.lang)})`;
      out.push(flag(input, bead, side, { paragraph: i, start: 0, end: p.text.length, text: p.text, letters: 0 }, 'no-counterpart', evidence));
    }
  }
  return out;
}

function ratioEvidence(input: CheckInput, shorter: Side, la: number, lb: number, usual: number): string {
  const [s, l] = shorter === 'a' ? [input.a, input.b] : [input.b, input.a];
  const factor = Math.exp(Math.abs(Math.log(la / lb) - usual));
  return `${langName(s.lang)} is ${factor.toFixed(1)}× shorter than usual for this pair (${la} vs ${lb} letters): ${langName(l.lang)} text may be missing from it`;
}

/**
 * Weight of the content evidence. Facts of one sentence are not independent draws, but a
 * target less what its neighbours translate (BeadFacts) leaves few chance confirmations.
 */
const CONTENT_WEIGHT = 1;
/** Most that facts are let to add: a sentence lengths leave further below DROPPED is not read. */
const CONTENT_REACH = 4;
/** The same inside a link of several sentences, whose few sentences are cheap to read. */
const LINK_CONTENT_REACH = 8;
/** Combined log-likelihood ratio from which a sentence is called dropped. */
const DROPPED = 3.5;

/**
 * The usual log letter ratio of single-sentence links and how far a true link strays from it.
 * Sentences outnumber paragraphs, so a short document with a few omissions still measures
 * them well, where the paragraph median is pulled by the omissions themselves.
 */
function sentenceScale(input: CheckInput, scale: RatioScale, piecesOf: (bead: Bead) => [Piece[], Piece[]]): LengthScale {
  const logs: number[] = [];
  const sizes: number[] = [];
  for (const bead of linkedBeads(input.beads)) {
    if (!bead.sentences) continue;
    const [pa, pb] = piecesOf(bead);
    for (const [sa, sb] of bead.sentences) {
      if (sa.length !== 1 || sb.length !== 1) continue;
      const [la, lb] = [pa[sa[0]!]?.letters ?? 0, pb[sb[0]!]?.letters ?? 0];
      if (la >= MIN_LETTERS && lb >= MIN_LETTERS) (logs.push(Math.log(la / lb)), sizes.push((la + lb) / 2));
    }
  }
  // Too few links to measure: the paragraph-level scale, its outlier threshold read as four deviations.
  // Sentences in short news (where a few omissions pull the paragraph median), whole
  // passages in a long text translated passage by passage, when they outnumber its
  // single-sentence links (few and atypical there).
  if (logs.length < 3 || (logs.length < (scale.links ?? 0) && (scale.links ?? 0) >= MANY_LINKS)) {
    // No scale at all (ratioScale's default): lengths say nothing, the aligner's links decide.
    const measured = linkedBeads(input.beads).length >= 3;
    return { median: scale.median, spread: measured ? Math.max(MIN_SPREAD, scale.threshold / 4) : Infinity };
  }
  const m = median(logs);
  return { median: m, spread: Math.max(MIN_SPREAD, 1.4826 * median(logs.map((l) => Math.abs(l - m)))), typical: median(sizes) };
}

/** The usual log letter ratio, how far true links stray from it, and at what length that was measured. */
interface LengthScale {
  median: number;
  /** Spread of a link `typical` letters long (each side's mean). */
  spread: number;
  /** Letters of the links the spread was measured on; unknown for a scale taken from passages. */
  typical?: number;
}

/**
 * Share of a typical link's variance that does not shrink with length (the translator's own
 * habits); the rest falls with length as Gale and Church model it, so a long bead strays
 * less by chance than a short link and lengths weigh more there.
 */
const FLOOR_SHARE = 0.4;

/** Spread of a stretch with `size` letters a side: the measured one scaled by length. */
function spreadAt(scale: LengthScale, size: number): number {
  if (scale.typical === undefined || !(size > 0)) return scale.spread;
  return scale.spread * Math.sqrt(FLOOR_SHARE + ((1 - FLOOR_SHARE) * scale.typical) / size);
}

/**
 * Passage links from which a text's own passages set the scale when they outnumber its
 * single-sentence links; a short document's few paragraphs are pulled by its omissions.
 */
const MANY_LINKS = 20;

/** A spread below this would make a few letters decisive. */
const MIN_SPREAD = 0.1;

/**
 * Log-likelihood ratio, from lengths alone, that `piece` of `side` is extra: how much better
 * the two sides fit the pair's usual ratio without it than with it (Gaussian log ratios).
 */
function lengthLlr(side: Side, piece: Piece, la: number, lb: number, scale: LengthScale): number {
  const { median } = scale;
  const spread = spreadAt(scale, (la + lb) / 2);
  const lp = piece.letters;
  const [wa, wb] = side === 'a' ? [la - lp, lb] : [la, lb - lp];
  if (wa <= 0 || wb <= 0) return -Infinity;
  const all = Math.log(la / lb) - median;
  const without = Math.log(wa / wb) - median;
  return spread === Infinity ? 0 : (all * all - without * without) / (2 * spread * spread);
}

/** Content verdicts on the sentences of one bead, against the bead's whole other side. */
class BeadFacts {
  private all: Partial<Record<Side, ReturnType<BeadContent['facts']>>> = {};
  constructor(
    private readonly content: BeadContent,
    private readonly pieces: Record<Side, Piece[]>,
  ) {}

  private side(s: Side) {
    return (this.all[s] ??= this.content.facts(s, this.pieces[s]));
  }

  llr(side: Side, pc: Piece): number {
    const j = this.content.judge(side, this.content.facts(side, [pc]), this.side(side === 'a' ? 'b' : 'a'), this.takenFor(side, pc));
    return j ? CONTENT_WEIGHT * j.llr : 0;
  }

  /** Figures of the piece (digits, Latin-script copies) that the whole other side lacks. */
  missingLiterals(side: Side, pc: Piece): number {
    const c = this.content.count(side, this.content.facts(side, [pc]), this.side(side === 'a' ? 'b' : 'a'));
    return c.figures - c.figuresFound;
  }

  private counts: Partial<Record<Side, Map<string, number>>> = {};
  private matched = new Map<Piece, string[]>();

  /**
   * The other side less what the piece's neighbours translate: a word of the other side
   * that a neighbour's translation accounts for is no evidence that this piece is there too
   * ("elections" in the next sentence does not confirm a dropped one about elections).
   */
  private takenFor(side: Side, pc: Piece): ((id: string) => boolean) | undefined {
    if (this.pieces[side].length < 2) return undefined;
    const other: Side = side === 'a' ? 'b' : 'a';
    // How many of the other side's sentences hold each item: one mention per neighbour's use.
    const counts = (this.counts[other] ??= countItems(this.pieces[other].map((q) => BeadContent.items(this.content.facts(other, [q])))));
    // Only neighbours whose facts the other side confirms at least as well take a word: two
    // sentences naming the same thing would otherwise each take it from the other, and the
    // translated one look as dropped as the dropped one.
    const mine = this.coverage(side, pc);
    const used = countItems(this.pieces[side].filter((q) => q !== pc && this.coverage(side, q) >= mine).map((q) => this.matchesOf(side, q)));
    return (id) => (used.get(id) ?? 0) >= (counts.get(id) ?? 0);
  }

  private coverages = new Map<Piece, number>();
  /** Share of a piece's facts (figures included) that the whole other side confirms. */
  private coverage(side: Side, q: Piece): number {
    let c = this.coverages.get(q);
    if (c === undefined) {
      const n = this.content.count(side, this.content.facts(side, [q]), this.side(side === 'a' ? 'b' : 'a'));
      this.coverages.set(q, (c = n.facts + n.figures ? (n.found + n.figuresFound) / (n.facts + n.figures) : 0));
    }
    return c;
  }

  private matchesOf(side: Side, q: Piece): string[] {
    let m = this.matched.get(q);
    if (!m) this.matched.set(q, (m = this.content.matches(side, this.content.facts(side, [q]), this.side(side === 'a' ? 'b' : 'a'), true)));
    return m;
  }
}

function countItems(lists: string[][]): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lists) for (const id of l) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
}

const sumLetters = (ps: Piece[]) => ps.reduce((n, p) => n + p.letters, 0);

/** Linked beads, then their linked sentences, whose length ratio is an outlier or whose facts are missing. */
function ratioFlags(input: CheckInput, scale: RatioScale): Flag[] {
  const out: Flag[] = [];
  let content: BeadContent | undefined;
  // The pair's facts, read only when a bead needs them (most beads are judged by lengths alone).
  const contentOf = (): BeadContent => (content ??= new BeadContent(input, piecesOf));
  // Sentences of each bead, cut once for the scale, the facts and the flags.
  const pieces = new Map<Bead, [Piece[], Piece[]]>();
  const piecesOf = (bead: Bead): [Piece[], Piece[]] => {
    let p = pieces.get(bead);
    if (!p) pieces.set(bead, (p = [sentencePieces(input.a, bead.a), sentencePieces(input.b, bead.b)]));
    return p;
  };
  const lengths = sentenceScale(input, scale, piecesOf);
  const linkPriors = shapePriors(input.beads);
  const { median: usual, spread } = lengths;
  const enders = { a: sentenceEnders(input.a), b: sentenceEnders(input.b) };
  const unmarked = { a: marksNoSentences(input.a), b: marksNoSentences(input.b) };
  input.beads.forEach((bead, k) => {
    if (!bead.a.length || !bead.b.length) return;
    const [oa, ob] = piecesOf(bead);
    // Read once more only if the lexicon is learnt later: a bead's pieces and their facts
    // need not be held for the rest of a book.
    pieces.delete(bead);
    // Run-on sentences cut where the text's own sentence-final words stand mid-sentence.
    const [ga, gb] = [oa.map((p) => splitRunOn(p, enders.a)), ob.map((p) => splitRunOn(p, enders.b))];
    const [pa, pb] = [ga.flat(), gb.flat()];
    const links = remapLinks(bead.sentences ?? [[oa.map((_, i) => i), ob.map((_, i) => i)]], ga, gb);
    const facts = pa.length > 1 || pb.length > 1 ? new BeadFacts(contentOf(), { a: pa, b: pb }) : null;
    const contentLlr = (side: Side, pc: Piece) => (facts ? facts.llr(side, pc) : 0);
    const literalGap = (side: Side, pc: Piece) => (facts && pc.letters >= MIN_FIGURE_LETTERS ? facts.missingLiterals(side, pc) > 0 : false);
    // The whole bead's log length ratio against the pair's usual one (most beads never ask).
    const beadDeviation = () => Math.log(sumLetters(pa) / sumLetters(pb)) - scale.median;
    const unlinked = new Set(links.flatMap(([sa, sb]) => (!sa.length ? sb.map((j) => pb[j]!) : !sb.length ? sa.map((i) => pa[i]!) : [])));
    const margins = (a: Piece[], b: Piece[]) => skipMarginsOf(a, b, lengths, linkPriors, contentOf);
    // A short line is judged when it writes a figure the other side lacks, or when the
    // aligner left it without partner and it is a sentence of its own (LONE_LETTERS).
    const opens = (side: Side, pc: Piece) => literalGap(side, pc) || (unlinked.has(pc) && pc.letters >= LONE_LETTERS && cutAtSentenceEnd(side === 'a' ? input.a : input.b, pc));
    let dropped: Array<{ side: Side; piece: Piece }> = beadDrops(pa, pb, lengths, contentLlr, unlinked, opens, margins);
    if (!dropped.length && (bead.a.length > 1 || bead.b.length > 1)) {
      // Paragraphs the aligner joined to this bead that belong with a neighbour: the rest judged without them.
      const moved = displaced(input, k, contentOf, { a: pa, b: pb }, usual, spread);
      if (moved.size) {
        const [ra, rb] = [pa.filter((pc) => !moved.has(pc)), pb.filter((pc) => !moved.has(pc))];
        const rest = new BeadFacts(contentOf(), { a: ra, b: rb });
        dropped = beadDrops(ra, rb, lengths, (side, pc) => rest.llr(side, pc), unlinked, undefined, margins);
      }
    }
    // Sentences judged with a neighbour's: their facts read together, as one bead's.
    const joinedDrops = (ma: Piece[], mb: Piece[], lonely: Set<Piece>) => {
      const joined = new BeadFacts(contentOf(), { a: ma, b: mb });
      return beadDrops(ma, mb, lengths, (side, pc) => joined.llr(side, pc), lonely, undefined, margins);
    };
    // Judged with a paragraph left alone beside it that translates its joined edge paragraph,
    // a bead is read whole: alone, that paragraph's sentences look added to this side.
    if (!dropped.length || bead.a.length > 1 || bead.b.length > 1) {
      const lone = withLoneNeighbour(input, k, { a: pa, b: pb }, enders, contentOf, joinedDrops, unlinked);
      if (lone.length) dropped = lone;
    }
    // A sentence dropped here may shift the next pairs: judged with the neighbour its edge belongs to.
    if (!dropped.length || dropped.every((d) => shiftDirection(input, k, { a: pa, b: pb }, enders, contentOf, d.side, d.piece) !== 0)) {
      const chain = shiftedChain(input, k, { a: pa, b: pb }, enders, contentOf, joinedDrops, unlinked);
      if (chain.length) dropped = chain;
    }
    if (!dropped.length) {
      const title = runInTitle(input, bead, { a: pa, b: pb }, lengths, contentOf, unlinked, margins);
      if (title) dropped = [title];
    }
    // A title the run-on cut took off the document's opening sentence, held to the title scan's test.
    dropped = dropped.filter((d) => !openingHeads.has(d.piece) || !titleHeldByOther(input, bead, { a: pa, b: pb }, lengths, contentOf, unlinked, margins, d.side, d.piece));
    // Where the other side writes no sentence ends, its sentences cannot be told apart, so only
    // the whole passage being short there says that one of this side's sentences is missing.
    const heldByBead = (side: Side) => {
      if (!unmarked[side === 'a' ? 'b' : 'a']) return true;
      const dev = beadDeviation();
      return (side === 'a' ? dev : -dev) > scale.threshold * UNMARKED_BEAD_SHARE;
    };
    dropped = dropped.filter((d) => heldByBead(d.side));
    for (const { side, piece } of dropped) {
      const doc = side === 'a' ? input.a : input.b;
      const other = side === 'a' ? input.b : input.a;
      out.push(flag(input, bead, side, piece, 'no-counterpart', `This ${langName(doc.lang)} sentence has no counterpart in the ${langName(other.lang)}: the rest of the passage matches the ${langName(other.lang)} without it`));
    }
    if (dropped.length) return;
    // The bead's sentence margins, worked out only if a link's lengths call one of its sentences extra.
    let beadMargins: [Float64Array, Float64Array] | null | undefined;
    const marginOf = (side: Side, pc: Piece): number | null => {
      beadMargins ??= lengths.spread !== Infinity ? margins(pa, pb) : null;
      const k = (side === 'a' ? pa : pb).indexOf(pc);
      return beadMargins && k >= 0 ? beadMargins[side === 'a' ? 0 : 1][k]! : null;
    };
    for (const [sa, sb] of links) {
      const xa = sa.map((i) => pa[i]!).filter(Boolean);
      const xb = sb.map((i) => pb[i]!).filter(Boolean);
      // A sentence left without partner was judged with its whole bead above.
      if (!xa.length || !xb.length) continue;
      const la = sumLetters(xa);
      const lb = sumLetters(xb);
      const extra = extraPieces(xa, xb, la, lb, lengths, contentLlr, literalGap, links.length > 1 ? marginOf : undefined).filter((x) => heldByBead(x.side));
      if (extra.length) {
        for (const { side, piece } of extra) {
          const doc = side === 'a' ? input.a : input.b;
          const other = side === 'a' ? input.b : input.a;
          out.push(flag(input, bead, side, piece, 'no-counterpart', `This ${langName(doc.lang)} sentence has no counterpart in the ${langName(other.lang)}: the sentences beside it match the ${langName(other.lang)} without it`));
        }
        continue;
      }
      if (Math.max(la, lb) < MIN_SENTENCE_LETTERS || !la || !lb) continue;
      // Against the sentence links' usual ratio: a short document's paragraph median and
      // spread are pulled by its own omissions (a headline fused to a dropped first line).
      const dev = Math.log(la / lb) - usual;
      if (Math.abs(dev) < (scale.links ? Math.min(scale.threshold, MAX_THRESHOLD) : scale.threshold)) continue;
      if (Math.abs(dev) < LENGTH_Z * Math.sqrt(LETTER_VARIANCE / Math.max(la, lb))) continue;
      const shorter: Side = dev < 0 ? 'a' : 'b';
      // The shorter side's text may sit in sentences the aligner left without partner (one
      // verse, several English sentences): then the whole bead must be short too.
      if ([...unlinked].some((pc) => (shorter === 'a' ? pa : pb).includes(pc)) && Math.abs(beadDeviation()) < scale.threshold) continue;
      // In a bead of several links that as a whole keeps the usual ratio, a link's excess is
      // text the sentence aligner put in a neighbouring link (a verse's sentence counted with
      // the verse before), not text missing from the other side.
      if (links.length > 1 && beadFits(sumLetters(pa), sumLetters(pb), lengths)) continue;
      const longer = shorter === 'a' ? xb : xa;
      const piece = spanOf(longer);
      if (contentExplains(contentOf(), shorter, longer, shorter === 'a' ? xa : xb)) continue;
      out.push(flag(input, bead, shorter === 'a' ? 'b' : 'a', piece, 'length-ratio', ratioEvidence(input, shorter, la, lb, usual), { ratio: la / lb, usual: Math.exp(usual) }));
    }
  });
  return out;
}

/**
 * Sentences of the bead at `k` left out of the other side, judged together with a
 * neighbouring paragraph the aligner left without partner. After a deletion the paragraph
 * aligner may join the next paragraph of the full side to this bead, to even its lengths
 * out, and leave that paragraph's translation alone beside it: judged apart, this bead's
 * lengths fit and its dropped sentence is linked to the joined paragraph's text. Tried only
 * where the joined edge paragraph's facts are found in the lone paragraph at least as well
 * as in this bead (else, if this bead does not confirm them either, the bead is judged
 * without the edge paragraph); only this bead's own sentences on the lone paragraph's side
 * are reported (the lone paragraph is flagged whole).
 */
function withLoneNeighbour(input: CheckInput, k: number, pieces: Record<Side, Piece[]>, enders: Record<Side, Set<string> | null>, contentOf: () => BeadContent, drops: (a: Piece[], b: Piece[], unlinked: Set<Piece>) => Array<{ side: Side; piece: Piece }>, unlinked: Set<Piece>): Array<{ side: Side; piece: Piece }> {
  const bead = input.beads[k]!;
  for (const [nb, before] of [
    [input.beads[k - 1], true],
    [input.beads[k + 1], false],
  ] as const) {
    const lone: Side | null = !nb ? null : nb.a.length && !nb.b.length ? 'a' : !nb.a.length && nb.b.length ? 'b' : null;
    if (!lone) continue;
    const full: Side = lone === 'a' ? 'b' : 'a';
    const paras = full === 'a' ? bead.a : bead.b;
    if (paras.length < 2) continue;
    const extra = piecesCut(input, nb!, lone, enders);
    const edge = pieces[full].filter((pc) => pc.paragraph === (before ? paras[0] : paras[paras.length - 1]));
    const content = contentOf();
    const f = content.facts(full, edge);
    const here = content.judge(full, f, content.facts(lone, pieces[lone]));
    const there = content.judge(full, f, content.facts(lone, extra));
    if (!here || !there) continue;
    if (there.llr > here.llr) {
      // Where the lone paragraph's words are little known, it may confirm the edge paragraph no
      // better than this bead does. If this bead does not confirm it either, the rest of the
      // bead is judged without it: a shift that ends in the lone paragraph leaves one sentence
      // over, so only a single drop is believed (more means the edge's translation is here).
      if (here.llr <= 0) continue;
      const rest = pieces[full].filter((pc) => !edge.includes(pc));
      const [sa, sb] = full === 'a' ? [rest, pieces.b] : [pieces.a, rest];
      const split = drops(sa, sb, unlinked).filter((d) => d.side === lone);
      if (split.length === 1) return split;
      continue;
    }
    let joined = before ? [...extra, ...pieces[lone]] : [...pieces[lone], ...extra];
    for (;;) {
      const [ma, mb] = lone === 'a' ? [joined, pieces.b] : [pieces.a, joined];
      const all = drops(ma, mb, new Set([...unlinked, ...extra]));
      const got = all.filter((d) => d.side === lone && !extra.includes(d.piece));
      if (got.length) return got;
      // The lone paragraph's own sentences without counterpart here (it is flagged whole) use up
      // the drops a side may have: without them, the rest is judged again.
      const gone = new Set(all.filter((d) => d.side === lone).map((d) => d.piece));
      if (!gone.size) break;
      joined = joined.filter((pc) => !gone.has(pc));
    }
  }
  return [];
}

/** Longest title sought at the head of a document's first sentence. */
const MAX_TITLE_LETTERS = 150;

/**
 * A title run into a document's first sentence, left out of the other side. News and
 * articles open with a title that a plain-text copy may join to the first line without a
 * stop (Arabic marks neither end, nor do titles in any script), so that one sentence holds
 * both and the lengths of the link hide a dropped title. Where nothing else in the bead was
 * found, the opening sentence of paragraph 0 is cut at each word boundary, the head judged
 * as a sentence of its own (with the bead's other sentences, the body as the rest of it),
 * and the cut whose head is called dropped with most evidence is taken.
 */
function runInTitle(input: CheckInput, bead: Bead, pieces: Record<Side, Piece[]>, scale: LengthScale, contentOf: () => BeadContent, unlinked: Set<Piece>, margins: (a: Piece[], b: Piece[]) => [Float64Array, Float64Array]): { side: Side; piece: Piece } | null {
  const opening = (side: Side) => openingSentence(input, bead, pieces, side);
  const judge = (cut: Partial<Record<Side, [Piece, Piece]>>, title: Piece) => judgeTitle(pieces, scale, contentOf, unlinked, margins, cut, title);
  const called: TitleCut[] = [];
  for (const side of ['a', 'b'] as const) {
    const first = opening(side);
    if (!first) continue;
    for (const cut of titleCuts(first)) {
      const got = judge({ [side]: cut }, cut[0]);
      if (got) called.push({ side, cut, ...got });
    }
  }
  if (!called.length) return null;
  const best = titleEnd(called, (side) => sentenceOpeners(side === 'a' ? input.a : input.b));
  // Both sides may open with a title run into their first line: then a cut of the other
  // side's opening that gives the title its counterpart there shows it was not left out.
  const other: Side = best.side === 'a' ? 'b' : 'a';
  const theirs = opening(other);
  if (theirs) for (const cut of titleCuts(theirs, OPENS_CAPITAL.test(theirs.text))) if (!judge({ [best.side]: best.cut, [other]: cut }, best.cut[0])) return null;
  return { side: best.side, piece: best.cut[0] };
}

/** A document's opening sentence, in the bead that holds it, where a title run into the first line would hide. */
function openingSentence(input: CheckInput, bead: Bead, pieces: Record<Side, Piece[]>, side: Side): Piece | null {
  const doc = side === 'a' ? input.a : input.b;
  const first = pieces[side][0];
  if ((side === 'a' ? bead.a : bead.b)[0] !== 0 || doc.paragraphs[0]?.kind !== 'body' || !first || first.paragraph !== 0 || first.start !== 0) return null;
  // A title standing alone ends without a stop; one run into the first line ends with that line's.
  return cutParts.has(first) || first.letters < 2 * MIN_SENTENCE_LETTERS || !STOPPED.test(first.text) ? null : first;
}

/**
 * Whether a title the run-on cut took off one side's opening has its counterpart in the other
 * side's opening sentence, run into that side's first line too: some cut of that sentence
 * leaves the title no longer called dropped (runInTitle's test for the titles it finds).
 */
function titleHeldByOther(input: CheckInput, bead: Bead, pieces: Record<Side, Piece[]>, scale: LengthScale, contentOf: () => BeadContent, unlinked: Set<Piece>, margins: (a: Piece[], b: Piece[]) => [Float64Array, Float64Array], side: Side, head: Piece): boolean {
  const other: Side = side === 'a' ? 'b' : 'a';
  const theirs = openingSentence(input, bead, pieces, other);
  return !!theirs && titleCuts(theirs, OPENS_CAPITAL.test(theirs.text)).some((cut) => !judgeTitle(pieces, scale, contentOf, unlinked, margins, { [other]: cut }, head));
}

/**
 * A title's evidence of being dropped, the sides' sentences read with each cut side's opening
 * sentence replaced by its cut parts (which stay unlinked where the sentence was); undefined
 * when the title is not called dropped so.
 */
function judgeTitle(pieces: Record<Side, Piece[]>, scale: LengthScale, contentOf: () => BeadContent, unlinked: Set<Piece>, margins: (a: Piece[], b: Piece[]) => [Float64Array, Float64Array], cut: Partial<Record<Side, [Piece, Piece]>>, title: Piece): { llr: number; facts: number } | undefined {
  const side = (s: Side) => (cut[s] ? [...cut[s]!, ...pieces[s].slice(1)] : pieces[s]);
  const [xa, xb] = [side('a'), side('b')];
  const lonely = new Set(unlinked);
  for (const s of ['a', 'b'] as const) if (cut[s] && unlinked.has(pieces[s][0]!)) cut[s]!.forEach((pc) => lonely.add(pc));
  const facts = new BeadFacts(contentOf(), { a: xa, b: xb });
  const got = beadDrops(xa, xb, scale, (s, pc) => facts.llr(s, pc), lonely, undefined, margins).find((d) => d.piece === title);
  return got && { llr: got.llr, facts: facts.llr(got.side, title) };
}

/** A cut of an opening sentence whose head was called dropped: its evidence, and its facts' share. */
interface TitleCut {
  side: Side;
  cut: [Piece, Piece];
  llr: number;
  facts: number;
}

/** Nats of evidence by which a cut nearer the title's true end may fall short of the best cut. */
const TITLE_SLACK = 0.5;

/**
 * Where the title ends, of the cuts whose head is called dropped. The best cut by evidence
 * most often takes the body's first word or two with it: lengths barely tell a word more or
 * less, and a compact first line favours the longer head. Near the best (TITLE_SLACK), a cut
 * before a word that opens another sentence of the document is where a sentence starts; failing
 * that, the shortest head whose facts call it dropped as surely (a body word moved into the head
 * adds no fact the other side lacks; a title word moved out takes one).
 */
function titleEnd(called: TitleCut[], openersOf: (side: Side) => Set<string>): TitleCut {
  const top = called.reduce((x, y) => (y.llr > x.llr ? y : x));
  const near = called.filter((c) => c.side === top.side && c.llr >= top.llr - TITLE_SLACK);
  const openers = openersOf(top.side);
  const opens = near.filter((c) => openers.has(firstWord(c.cut[1].text)));
  if (opens.length) return opens.reduce((x, y) => (y.llr > x.llr ? y : x));
  return near.filter((c) => c.facts >= top.facts).reduce((x, y) => (y.cut[0].letters < x.cut[0].letters ? y : x));
}

function firstWord(text: string): string {
  let w = '';
  forEachWordSpan(text, (st, e) => {
    w = text.slice(st, e);
    return false;
  });
  return w;
}

/** First words of a document's sentences after its first (where a run-in title would hide). */
function sentenceOpeners(doc: CheckDoc): Set<string> {
  const out = new Set<string>();
  for (const p of doc.paragraphs) for (const [i, sp] of p.sentences.entries()) if (p.index !== 0 || i > 0) out.add(firstWord(p.text.slice(sp.start, sp.end)));
  return out;
}

/** A sentence whose first letter is a capital: of a script whose sentences open with one. */
const OPENS_CAPITAL = /^\P{L}*\p{Lu}/u;

/** A sentence's final stop, before any closing quote marks or brackets. */
const STOPPED = /[.!?؟…]["'”’»)\]]*$/;

/**
 * Each way of cutting a sentence into a title and the rest, at a plain space (a comma or a quote
 * mark goes on with the sentence). With `cased`, a script with capitals, only before a capital:
 * the sentence after a title opens with one.
 */
function titleCuts(first: Piece, cased = false): Array<[Piece, Piece]> {
  const spans: Array<[number, number]> = [];
  forEachWordSpan(first.text, (st, e) => spans.push([st, e]));
  const out: Array<[Piece, Piece]> = [];
  for (let k = 0; k + 1 < spans.length; k++) {
    if (!/^\s+$/.test(first.text.slice(spans[k]![1], spans[k + 1]![0]))) continue;
    const cut = spans[k + 1]![0];
    if (cased && !OPENS_CAPITAL.test(first.text.slice(cut, cut + 2))) continue;
    const head = letters(first.text.slice(0, cut));
    if (head < MIN_SENTENCE_LETTERS) continue;
    if (head > MAX_TITLE_LETTERS || first.letters - head < MIN_SENTENCE_LETTERS) break;
    out.push([subPiece(first, 0, cut), subPiece(first, cut, first.text.length)]);
  }
  return out;
}

/** Sentences of a bead, run-on ones cut as the bead's own are. */
function piecesCut(input: CheckInput, bead: Bead, side: Side, enders: Record<Side, Set<string> | null>): Piece[] {
  return sentencePieces(side === 'a' ? input.a : input.b, side === 'a' ? bead.a : bead.b).flatMap((p) => splitRunOn(p, enders[side]));
}

/**
 * Which neighbour `piece`, an edge sentence of the bead at `k`, belongs with (−1 the one
 * before, 1 the one after, 0 neither): its facts are missing from this bead's other side and
 * found in that neighbour's.
 */
function shiftDirection(input: CheckInput, k: number, pieces: Record<Side, Piece[]>, enders: Record<Side, Set<string> | null>, contentOf: () => BeadContent, side: Side, piece: Piece): -1 | 0 | 1 {
  const own = pieces[side];
  const other: Side = side === 'a' ? 'b' : 'a';
  for (const dir of [-1, 1] as const) {
    if (own[dir < 0 ? 0 : own.length - 1] !== piece) continue;
    const nb = input.beads[k + dir];
    if (!nb || !(other === 'a' ? nb.a : nb.b).length) continue;
    const content = contentOf();
    const f = content.facts(side, [piece]);
    const here = content.judge(side, f, content.facts(other, pieces[other]));
    if (!here) continue;
    const there = content.judge(side, f, content.facts(other, piecesCut(input, nb, other, enders)));
    if (there && there.llr <= -DISPLACED && here.llr - there.llr >= DISPLACED) return dir;
  }
  return 0;
}

/**
 * Sentences of the bead at `k` left out of the other side, judged together with the
 * neighbouring pairs a shift runs through. After a deletion the paragraph aligner may shift a
 * run of pairs by a sentence: each pair then links the next paragraph's first sentence (or
 * the one before's last) with its own, its lengths fit, and the deleted sentence sits among
 * them looking like any other, or a shifted sentence, its translation one pair over, looks
 * like the dropped one. The window grows while an edge sentence of its end pair is translated
 * in the pair beyond (from either pair's side), so that no shifted sentence is judged without
 * its translation; paragraphs the aligner left alone at its ends join it (a shift often ends
 * in one). Only this bead's own sentences are reported, each neighbour reporting its own
 * when it is judged.
 */
function shiftedChain(input: CheckInput, k: number, pieces: Record<Side, Piece[]>, enders: Record<Side, Set<string> | null>, contentOf: () => BeadContent, drops: (a: Piece[], b: Piece[], unlinked: Set<Piece>) => Array<{ side: Side; piece: Piece }>, unlinked: Set<Piece>): Array<{ side: Side; piece: Piece }> {
  const cut = new Map<number, Record<Side, Piece[]>>([[k, pieces]]);
  const piecesAt = (j: number): Record<Side, Piece[]> => {
    let p = cut.get(j);
    if (!p) cut.set(j, (p = { a: piecesCut(input, input.beads[j]!, 'a', enders), b: piecesCut(input, input.beads[j]!, 'b', enders) }));
    return p;
  };
  const linked = (j: number) => !!input.beads[j]?.a.length && !!input.beads[j]?.b.length;
  // Whether the pairs at j and j + dir are shifted against each other, as seen from either:
  // an edge sentence of one translated in the other.
  const shifted = (j: number, dir: -1 | 1): boolean => {
    if (!linked(j + dir)) return false;
    for (const [at, towards] of [
      [j, dir],
      [j + dir, -dir as -1 | 1],
    ] as const) {
      const ps = piecesAt(at);
      for (const side of ['a', 'b'] as const) {
        const edge = ps[side][towards < 0 ? 0 : ps[side].length - 1];
        if (edge && shiftDirection(input, at, ps, enders, contentOf, side, edge) === towards) return true;
      }
    }
    return false;
  };
  // A run of shifted pairs ends where the aligner evens the paragraph counts out (joins two
  // paragraphs or leaves one alone): without such a pair near, facts are not read.
  let uneven = false;
  for (let j = k - MAX_CHAIN; j <= k + MAX_CHAIN && !uneven; j++) uneven = !!input.beads[j] && (input.beads[j]!.a.length !== 1 || input.beads[j]!.b.length !== 1);
  if (!uneven) return [];
  for (const dir of [-1, 1] as const) {
    if (!shifted(k, dir)) continue;
    // The window: the shifted pairs in reading order, as far as the shift runs, with lone paragraphs on either end.
    let [lo, hi] = dir < 0 ? [k - 1, k] : [k, k + 1];
    while (hi - lo + 1 < MAX_CHAIN && shifted(lo, -1)) lo--;
    while (hi - lo + 1 < MAX_CHAIN && shifted(hi, 1)) hi++;
    const lonely = new Set(unlinked);
    const side: Record<Side, Piece[]> = { a: [], b: [] };
    for (let j = lo - 1; j <= hi + 1; j++) {
      if (!input.beads[j] || ((j < lo || j > hi) && linked(j))) continue;
      const ps = piecesAt(j);
      for (const s of ['a', 'b'] as const) {
        if (!linked(j)) for (const p of ps[s]) lonely.add(p);
        side[s].push(...ps[s]);
      }
    }
    const got = drops(side.a, side.b, lonely).filter((d) => pieces[d.side].includes(d.piece));
    if (got.length) return got;
  }
  return [];
}

/** Most linked pairs a shifted window spans: a longer run is more likely the translator's own order. */
const MAX_CHAIN = 4;

/** Spreads, at its own length, within which a whole bead's ratio counts as the usual one. */
const BEAD_FITS = 2;

function beadFits(la: number, lb: number, scale: LengthScale): boolean {
  return Math.abs(Math.log(la / lb) - scale.median) < BEAD_FITS * spreadAt(scale, (la + lb) / 2);
}

/** Shape priors of the pair's own sentence links (a free translation joins sentences often), smoothed towards news'. */
function shapePriors(beads: Bead[]): number[] {
  const shapes: number[] = [];
  for (const b of beads)
    for (const [sa, sb] of b.sentences ?? []) {
      const s = shapeOf(sa.length, sb.length);
      if (s >= 0) shapes.push(s);
    }
  return priorsFromShapes(shapes, SHAPE_PRIOR);
}

const shapeOf = (da: number, db: number) => SHAPES.findIndex((x) => x.da === da && x.db === db);

/** Price of leaving a sentence without partner: the aligner's for a unit of body text. */
const SENTENCE_SKIP = skipCost(KIND_BODY);
/**
 * Weight of the facts a link's two sides share, counted only for linking: a sentence whose
 * names and words are in another link's other side joins that link rather than being left
 * out, but a loose translation's unconfirmed facts do not push its sentences apart.
 */
const LINK_FACTS = 0.5;

/**
 * For each sentence of a bead, how much better its other sentences align without it than
 * any way of linking it (skipMargins), links priced by the sentence lengths' usual ratio
 * and spread, the pair's own shape priors and the facts they share.
 */
function skipMarginsOf(pa: Piece[], pb: Piece[], scale: LengthScale, priors: number[], contentOf: () => BeadContent): [Float64Array, Float64Array] {
  const [ca, cb] = [prefix(pa), prefix(pb)];
  // Each run of sentences is linked with many runs of the other side: their shared facts are
  // counted from each sentence's, looked up once (BeadContent.runLinks).
  let links: ((i0: number, da: number, j0: number, db: number) => number) | null = null;
  const shared = (i0: number, da: number, j0: number, db: number): number => Math.min(0, (links ??= contentOf().runLinks(pa, pb))(i0, da, j0, db));
  return skipMargins(pa.length, pb.length, {
    link: (i0, da, j0, db) => {
      const [la, lb] = [ca[i0 + da]! - ca[i0]!, cb[j0 + db]! - cb[j0]!];
      const z = la && lb ? (Math.log(la / lb) - scale.median) / spreadAt(scale, (la + lb) / 2) : 0;
      return lengthCost(z) + priors[shapeOf(da, db)]! + LINK_FACTS * shared(i0, da, j0, db);
    },
    skip: () => SENTENCE_SKIP,
  });
}

/**
 * −log of the aligner's length model at z spreads from the usual ratio (a Gaussian with a
 * wider outlier component, so one loose link does not outweigh all else), 0 at z = 0.
 */
function lengthCost(z: number): number {
  const [o, w] = [LENGTH_OUTLIERS, OUTLIER_SPREAD];
  const core = (1 - o) * Math.exp((-z * z) / 2);
  const wide = (o / w) * Math.exp((-z * z) / (2 * w * w));
  return -Math.log((core + wide) / (1 - o + o / w));
}

/** Letters before each piece, and of all of them. */
function prefix(ps: Piece[]): number[] {
  const out = [0];
  for (const p of ps) out.push(out[out.length - 1]! + p.letters);
  return out;
}

/** Evidence from facts, both ways, that an edge paragraph of a joined bead belongs with its neighbour. */
const DISPLACED = 3;

/**
 * Sentences of the bead at `k` whose paragraph the aligner joined to it but whose facts are
 * in the neighbouring bead's other side and not in its own: a first paragraph that the bead
 * before translates, a last one that the bead after translates. A sentence dropped beside
 * them lets the aligner pull a neighbour's paragraph in to even the lengths out; judged
 * with it, the bead looks whole.
 */
function displaced(input: CheckInput, k: number, contentOf: () => BeadContent, pieces: Record<Side, Piece[]>, usual: number, spread: number): Set<Piece> {
  const out = new Set<Piece>();
  const bead = input.beads[k]!;
  const [la, lb] = [sumLetters(pieces.a), sumLetters(pieces.b)];
  for (const side of ['a', 'b'] as const) {
    const paras = side === 'a' ? bead.a : bead.b;
    if (paras.length < 2) continue;
    const other: Side = side === 'a' ? 'b' : 'a';
    const otherDoc = other === 'a' ? input.a : input.b;
    for (const [p, nb] of [
      [paras[0]!, input.beads[k - 1]],
      [paras[paras.length - 1]!, input.beads[k + 1]],
    ] as const) {
      const target = nb && (other === 'a' ? nb.a : nb.b);
      if (!target?.length) continue;
      const mine = pieces[side].filter((pc) => pc.paragraph === p);
      // Facts are costly to read: only where, without the paragraph, dropping one sentence of
      // the other side would leave the two sides at the usual ratio.
      const lp = sumLetters(mine);
      const fits = (q: Piece) => {
        const [wa, wb] = side === 'a' ? [la - lp, lb - q.letters] : [la - q.letters, lb - lp];
        return wa > 0 && wb > 0 && Math.abs(Math.log(wa / wb) - usual) < 2 * spread;
      };
      if (!pieces[other].some((q) => q.letters >= MIN_SENTENCE_LETTERS && fits(q))) continue;
      const content = contentOf();
      const f = content.facts(side, mine);
      const here = content.judge(side, f, content.facts(other, pieces[other]));
      if (!here || here.llr < DISPLACED) continue;
      const there = content.judge(side, f, content.facts(other, sentencePieces(otherDoc, target)));
      // A neighbour the aligner left without partner is where a pulled-in paragraph most
      // likely belongs: there its facts need only fit clearly better than here.
      const lone = !(side === 'a' ? nb!.a : nb!.b).length;
      if (there && (there.llr <= -DISPLACED || (lone && here.llr - there.llr >= DISPLACED))) for (const pc of mine) out.add(pc);
    }
  }
  return out;
}

/**
 * Variance per letter of a translation's length (Gale and Church's estimate): the log ratio of
 * a short link strays further by chance than a paragraph's, by about √(variance / letters).
 */
const LETTER_VARIANCE = 6.8;
/** Standard deviations of that chance a link's ratio must stray by, beyond the pair's usual spread. */
const LENGTH_Z = 2;

/**
 * Most facts of the longer side a length-ratio flag may find missing and still be vetoed:
 * a clause left out (an attribution, half a sentence) takes several names and words with it.
 */
const VETO_MISSING = 2;
/** Facts found that a veto needs: one name or word found says little about a whole sentence. */
const MIN_FOUND = 2;

/**
 * Whether what the longer side of a link says is all in the shorter side, so that its length
 * is the translator's wording (a compact quote, a repeated word) rather than left-out text:
 * several facts found, almost none missing, and found ones outnumbering missing ones two to one.
 */
function contentExplains(content: BeadContent, shorter: Side, longer: Piece[], short: Piece[]): boolean {
  const side: Side = shorter === 'a' ? 'b' : 'a';
  const [fl, fs] = [content.facts(side, longer), content.facts(shorter, short)];
  const c = content.count(side, fl, fs);
  const missing = c.facts - c.found;
  // Support counts each name, word or figure of the shorter side once: a name said twice is
  // not twice confirmed by one mention.
  const found = new Set(content.matches(side, fl, fs)).size;
  return found >= MIN_FOUND && missing <= VETO_MISSING && found >= 2 * missing;
}

/**
 * A sentence shorter than the judged ones is judged from this many letters when it writes a
 * figure (digits, a Latin-script name) the whole other side lacks: a short line is often
 * what was left out, and such a figure is evidence that lengths alone are not.
 */
const MIN_FIGURE_LETTERS = 10;

/**
 * Least letters of a sentence the sentence aligner left without partner that is judged
 * below MIN_UNLINKED_LETTERS, when it starts its paragraph or follows a word ended by a stop
 * (cutAtSentenceEnd): a short question or reply left out ("او می پرسد چرا؟") stands alone
 * as surely as a long line does.
 */
const LONE_LETTERS = 10;

/**
 * Whether a sentence starts where its paragraph does or after a word of three letters or more.
 * Arabic script has no capitals to tell the segmenter that a stop after an initial or a
 * transliterated title ("دي آر. بوبو" for "Dr. PawPaw", "اس تی. مارتین" for "St. Martin") ends
 * no sentence, so it cuts there and leaves a stub that no translation has as a sentence.
 */
function cutAtSentenceEnd(doc: CheckDoc, pc: Piece): boolean {
  const before = doc.paragraphs[pc.paragraph]?.text.slice(0, pc.start).trimEnd() ?? '';
  const last = /\S+$/.exec(before)?.[0];
  return last === undefined || letters(last) >= 3;
}

/** Prior for a sentence the sentence aligner left without partner: it starts out suspect. */
const UNLINKED_PRIOR = 2;

/**
 * Share of the length evidence taken from the whole bead's ratio, the rest from the margin of
 * its sentence alignment. The whole bead misses a short sentence in a long passage (a few
 * letters barely move its ratio) and cannot tell which of two sentences is the extra one; the
 * sentence alignment sees both, but alone it believes a shifted alignment where lengths
 * happen to fit.
 */
const WHOLE_SHARE = 0.4;

/**
 * The sentences of a bead most likely left out of the other side, one at a time: of those
 * whose removal mends the bead's length ratio and its sentence alignment (`margins`), with
 * their facts missing from the other side, so that the combined evidence is above DROPPED,
 * the one that evidence singles out most (at most half the side's sentences).
 */
function beadDrops(pa: Piece[], pb: Piece[], scale: LengthScale, contentLlr: (side: Side, pc: Piece) => number, unlinked: Set<Piece>, literalGap: (side: Side, pc: Piece) => boolean = () => false, margins?: (a: Piece[], b: Piece[]) => [Float64Array, Float64Array]): Array<{ side: Side; piece: Piece; llr: number }> {
  const out: Array<{ side: Side; piece: Piece; llr: number }> = [];
  let [la, lb] = [sumLetters(pa), sumLetters(pb)];
  const left: Record<Side, Piece[]> = { a: [...pa], b: [...pb] };
  const content = new Map<Piece, number>();
  const cl = (side: Side, pc: Piece) => content.get(pc) ?? (content.set(pc, contentLlr(side, pc)), content.get(pc)!);
  for (;;) {
    let best: { side: Side; piece: Piece; llr: number; choice: number } | null = null;
    // Without a scale lengths say nothing; a side of one sentence keeps it (at most half a side is dropped).
    // Worked out when a sentence first needs it: in many beads none is long enough to ask.
    let mg: [Float64Array, Float64Array] | null | undefined;
    const marginsNow = () => (mg === undefined ? (mg = margins && scale.spread !== Infinity && (left.a.length > 1 || left.b.length > 1) ? margins(left.a, left.b) : null) : mg);
    for (const side of ['a', 'b'] as const) {
      const all = side === 'a' ? pa : pb;
      if (left[side].length - 1 < all.length / 2) continue;
      for (const [k, piece] of left[side].entries()) {
        if (piece.letters < (unlinked.has(piece) ? MIN_UNLINKED_LETTERS : MIN_SENTENCE_LETTERS) && !literalGap(side, piece)) continue;
        // With no scale at all, lengths say nothing and the aligner's links decide.
        const whole = lengthLlr(side, piece, la, lb, scale) + (unlinked.has(piece) ? (scale.spread === Infinity ? DROPPED : UNLINKED_PRIOR) : 0);
        // Beside the whole bead's lengths, what its sentence structure says (see WHOLE_SHARE).
        const m = marginsNow();
        const prior = m ? WHOLE_SHARE * whole + (1 - WHOLE_SHARE) * m[side === 'a' ? 0 : 1][k]! : whole;
        // Facts are costly to read: only where they may tip the balance.
        const llr = (prior < DROPPED - CONTENT_REACH ? prior : prior + cl(side, piece)) - cutPenalty(piece);
        if (llr < DROPPED) continue;
        // Which of the sentences called dropped is taken is decided without the whole bead's
        // ratio (nor the aligner's leaving it unlinked, counted with it): that ratio says a
        // sentence is extra but hardly which, favouring of two the one whose length mends it
        // most whatever its words say, and the aligner leaves the wrong one of two unlinked
        // about as often as the right one. Its facts and its margin tell it from its neighbour.
        const choice = llr - (m ? WHOLE_SHARE : 1) * whole;
        if (!best || choice > best.choice) best = { side, piece, llr, choice };
      }
    }
    if (!best) return out;
    out.push(best);
    left[best.side] = left[best.side].filter((p) => p !== best!.piece);
    if (best.side === 'a') la -= best.piece.letters;
    else lb -= best.piece.letters;
  }
}

/**
 * In a link of several sentences, the one that is most likely extra, when lengths (the link
 * fits the pair's ratio better without it) and facts (its names, figures and words are not
 * in the other side) together say so. A sentence the translator merged into its neighbour
 * keeps its facts in the other side, so stays unflagged however the lengths fall.
 */
function extraPieces(xa: Piece[], xb: Piece[], la: number, lb: number, scale: LengthScale, contentLlr: (side: Side, pc: Piece) => number, literalGap: (side: Side, pc: Piece) => boolean = () => false, marginOf?: (side: Side, pc: Piece) => number | null): Array<{ side: Side; piece: Piece }> {
  let best: { side: Side; piece: Piece; llr: number } | null = null;
  for (const [side, many] of [['a', xa], ['b', xb]] as const) {
    if (many.length < 2) continue;
    for (const piece of many) {
      if (piece.letters < MIN_SENTENCE_LETTERS && !literalGap(side, piece)) continue;
      // A sentence the translator made compact lets its dropped neighbour fit the lengths:
      // inside a link facts may outweigh lengths further than in a whole bead.
      const linkLength = lengthLlr(side, piece, la, lb, scale);
      // A link's lengths alone call one of a verse's several English sentences extra whenever
      // the translator wrote long. The bead's sentence margin (WHOLE_SHARE, as in beadDrops),
      // priced with the pair's own link shapes (one verse as several sentences is its habit),
      // may temper that, never add to it. Not asked for a bead that is this one link: its
      // margin reads the same lengths through the aligner's outlier-tolerant model.
      const m = marginOf && linkLength >= DROPPED - LINK_CONTENT_REACH ? marginOf(side, piece) : null;
      const prior = m === null ? linkLength : Math.min(linkLength, WHOLE_SHARE * linkLength + (1 - WHOLE_SHARE) * m);
      const llr = (prior < DROPPED - LINK_CONTENT_REACH ? prior : prior + contentLlr(side, piece)) - cutPenalty(piece);
      if (!best || llr > best.llr) best = { side, piece, llr };
    }
  }
  return best && best.llr >= DROPPED ? [best] : [];
}

/**
 * Whether a document writes no sentence ends, as some editions of scripture and verse do: of
 * its paragraphs of several words, hardly any holds a stop. The sentence aligner can then
 * link the other side's sentences only to one long unit, and a sentence it leaves aside is no
 * evidence of a drop.
 */
export function marksNoSentences(doc: CheckDoc): boolean {
  let long = 0;
  let marked = 0;
  for (const p of doc.paragraphs) {
    if (p.text.split(/\s+/u).length < UNMARKED_MIN_WORDS) continue;
    long++;
    if (SENTENCE_MARK.test(p.text)) marked++;
  }
  return long >= UNMARKED_MIN_PARAGRAPHS && marked < long * UNMARKED_SHARE;
}

const SENTENCE_MARK = /[.!?؟۔]/u;
/** Paragraphs of this many words or more are long enough to hold a sentence end. */
const UNMARKED_MIN_WORDS = 8;
/** Fewer such paragraphs than this say nothing about how a document writes. */
const UNMARKED_MIN_PARAGRAPHS = 3;
/** Under this share of them with a stop, a document marks no sentences. */
const UNMARKED_SHARE = 0.1;
/**
 * How far past the usual ratio (as a share of the outlier threshold) a passage must be short
 * on the side that marks no sentences for one of the other side's sentences to count as
 * dropped: the whole passage is the only evidence left, and a whole outlier misses most drops.
 */
const UNMARKED_BEAD_SHARE = 0.5;

/**
 * Words that end a verb-final language's sentences (Persian: its finite verbs and copulas,
 * learnt from real translations by scripts/build-omission-enders.ts). Such a word inside a
 * sentence, followed by a space and not by "that", most often ends a sentence written without
 * a stop (a headline run into the first line, two sentences run together), which the
 * sentence aligner cannot tell apart.
 */
export function sentenceEnders(doc: CheckDoc): Set<string> | null {
  return /^(fa|prs)/.test(doc.lang) ? (faEnders ??= new Set(enders.fa)) : null;
}
let faEnders: Set<string> | undefined;

/**
 * Words after which a sentence goes on ("said that ...", "so that ...", "crashed and ...", "...
 * but ..."): a verb before "and" or "but" ends a clause that the next one joins ("... سقوط
 * کرده است و قایق‌های محلی ... آمده اند", "... بوده است اما ایالات متحده گفته ..."), and
 * halves of a sentence each look as if the other side lacked a sentence.
 */
const CONTINUES = new Set(['که', 'تا', 'و', 'اما', 'ولی']);

/** Words that open a clause whose verb comes before the sentence's own: "that", "who", "when … that". */
const SUBORDINATORS = new Set(['که', 'اینکه', 'آنکه', 'زمانیکه', 'وقتیکه', 'هنگامیکه', 'درحالیکه', 'چنانکه', 'همینکه', 'طوریکه', 'بطوریکه']);

/**
 * Whether the word at k is a finite verb: "that" after one opens the verb's own object
 * ("گفت که ...", "he said that ..."), no clause within a clause. The enders, verbs written
 * with their prefix (می‌گوید, میگوید), and the verbs that most often take a "that".
 */
function isVerb(spans: Array<[number, number]>, text: string, k: number, enders: Set<string>): boolean {
  const word = text.slice(spans[k]![0], spans[k]![1]);
  if (isEnder(word, enders) || isEnder(word, THAT_VERBS)) return true;
  const prev = k > 0 ? text.slice(spans[k - 1]![0], spans[k - 1]![1]) : '';
  return (prev === 'می' || prev === 'نمی') && text.slice(spans[k - 1]![1], spans[k]![0]) === '\u200c';
}
const THAT_VERBS = new Set(['گفت', 'گفته', 'گوید', 'گویند', 'گفتند', 'افزود', 'نوشت', 'پرسید', 'دانست', 'داند', 'کرده', 'خواست', 'خواهد', 'دید']);

/** Words before "is" that make it a modal, whose own verb follows ("ممکن است منفعت داشته باشد", "may benefit"). */
const MODALS = new Set(['ممکن', 'قرار', 'لازم', 'بهتر', 'بعید', 'مجبور', 'موظف', 'قادر', 'مایل', 'ممکنه']);
const COPULAS = new Set(['است', 'هست', 'هستند', 'بود', 'بودند', 'اند', 'باشد']);

/** Whether a word is a sentence-final verb, also written joined to its prefix (میکند, نمیشود). */
function isEnder(word: string, set: Set<string>): boolean {
  return set.has(word) || (/^(نمی|می)/.test(word) && set.has(word.replace(/^(نمی|می)/, '')));
}

/** A piece cut after each sentence-final word inside it, each part at least a judged sentence long. */
export function splitRunOn(pc: Piece, enders: Set<string> | null): Piece[] {
  if (!enders?.size || pc.letters < 2 * MIN_SENTENCE_LETTERS) return [pc];
  const spans: Array<[number, number]> = [];
  forEachWordSpan(pc.text, (s, e) => spans.push([s, e]));
  const out: Piece[] = [];
  let from = 0;
  // Clauses whose final verb is still to come: the sentence's own, and one more for each
  // "that" or "who" (که) opened inside it ("تیم میزبان از اینکه مقابل تیم رنجر بازی می‌کرد
  // خوشحال بود", "the hosts were content that they played Rangers": the inner clause's verb
  // is followed by the sentence's own).
  let open = 1;
  for (let k = 0; k + 1 < spans.length; k++) {
    const word = pc.text.slice(spans[k]![0], spans[k]![1]);
    const next = pc.text.slice(spans[k + 1]![0], spans[k + 1]![1]);
    if (SUBORDINATORS.has(word) && !(k > 0 && isVerb(spans, pc.text, k - 1, enders))) open++;
    // "may", "is to", "must" (ممکن است، قرار است، مجبور هستند): the verb that follows is the sentence's.
    const ender = isEnder(word, enders) && !(COPULAS.has(word) && k > 0 && MODALS.has(pc.text.slice(spans[k - 1]![0], spans[k - 1]![1])));
    // A compound verb's parts close one clause ("خواهد بود" is one verb, as is "کرده است").
    if (ender && !isEnder(next, enders)) open = Math.max(0, open - 1);
    // Only a plain space between them: a comma or a quote mark goes on with the sentence.
    if (!ender || CONTINUES.has(next) || !/^\s+$/.test(pc.text.slice(spans[k]![1], spans[k + 1]![0]))) continue;
    if (open > 0) continue;
    open = 1;
    const cut = spans[k + 1]![0];
    const [left, right] = [letters(pc.text.slice(from, cut)), letters(pc.text.slice(cut))];
    if (left < MIN_SENTENCE_LETTERS || right < MIN_SENTENCE_LETTERS) continue;
    out.push(subPiece(pc, from, cut));
    from = cut;
  }
  if (!out.length) return [pc];
  out.push(subPiece(pc, from, pc.text.length));
  if (pc.paragraph === 0 && pc.start === 0) openingHeads.add(out[0]!);
  return out;
}

function subPiece(pc: Piece, from: number, to: number): Piece {
  const text = pc.text.slice(from, to).trimEnd();
  const part = { paragraph: pc.paragraph, start: pc.start + from, end: pc.start + from + text.length, text, letters: letters(text) };
  cutParts.add(part);
  return part;
}

/** Parts of cut sentences: a cut is a guess, so a part needs more evidence to be called dropped. */
const cutParts = new WeakSet<Piece>();
const CUT_PENALTY = 2;
/**
 * Heads the run-on cut took off a document's opening sentence: where a plain-text copy runs a
 * title into the first line, the cut most often falls at the title's end, so it is less of a
 * guess there (titleHeldByOther checks the other side does not run its own title in too).
 */
const openingHeads = new WeakSet<Piece>();
const HEAD_PENALTY = 1;
const cutPenalty = (pc: Piece) => (!cutParts.has(pc) ? 0 : openingHeads.has(pc) ? HEAD_PENALTY : CUT_PENALTY);

/** Sentence links renumbered for pieces cut in parts (a part keeps its piece's link). */
function remapLinks(links: Array<[number[], number[]]>, ga: Piece[][], gb: Piece[][]): Array<[number[], number[]]> {
  if (ga.every((g) => g.length === 1) && gb.every((g) => g.length === 1)) return links;
  const offsets = (g: Piece[][]) => g.reduce<number[]>((o, x, i) => (o.push(i ? o[i - 1]! + g[i - 1]!.length : 0), o), []);
  const [oa, ob] = [offsets(ga), offsets(gb)];
  const map = (idx: number[], g: Piece[][], o: number[]) => idx.flatMap((i) => (g[i] ? g[i]!.map((_, k) => o[i]! + k) : []));
  return links.map(([sa, sb]) => [map(sa, ga, oa), map(sb, gb, ob)]);
}

/** One span over pieces of one paragraph (the first paragraph's, if they straddle two). */
function spanOf(pieces: Piece[]): Piece {
  const first = pieces[0]!;
  const same = pieces.filter((p) => p.paragraph === first.paragraph);
  const last = same[same.length - 1]!;
  return { paragraph: first.paragraph, start: first.start, end: last.end, text: same.map((p) => p.text).join(' '), letters: sumLetters(same) };
}

/** Check 5: unlinked article paragraphs and sentences, and length-ratio outliers. */
export function checkOmissions(given: CheckInput): Flag[] {
  const input = withFittingLinks(given);
  return [...unlinkedFlags(input), ...ratioFlags(input, ratioScale(input))];
}

/**
 * The pair with each bead's sentence links kept only where they fit its paragraphs' sentences:
 * links made before a paragraph's text changed can point past them, and such a bead is judged
 * whole, as one the aligner gave no links, rather than failing the run.
 */
function withFittingLinks(input: CheckInput): CheckInput {
  let stale = false;
  const beads = input.beads.map((bead) => {
    if (!bead.sentences) return bead;
    const [na, nb] = [sentenceCount(input.a, bead.a), sentenceCount(input.b, bead.b)];
    if (bead.sentences.every(([sa, sb]) => sa.every((i) => i < na) && sb.every((j) => j < nb))) return bead;
    stale = true;
    const { sentences: _stale, ...whole } = bead;
    return whole;
  });
  return stale ? { ...input, beads } : input;
}
