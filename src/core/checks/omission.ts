import type { Bead, Flag, Paragraph } from '../model';
import { linkedBeads, sideIndices } from './beads';
import { makeFlag } from './flag';
import { langName } from './tokens';
import type { CheckDoc, CheckInput, Side } from './types';

/**
 * Check 5, omissions and additions: paragraphs (and sentences inside linked beads) with no
 * counterpart, and linked text whose length ratio is far from the pair's usual one. The usual
 * ratio is the median over the pair's linked beads, so English-from-Arabic (about 1.25
 * letters per letter) and Persian-from-English each set their own scale.
 */

const letters = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).length;

/** Beads shorter than this (letters, both sides) say little about the usual ratio. */
const MIN_LETTERS = 20;
/** Least log-ratio deviation flagged: e^0.55 ≈ 1.7× shorter or longer than usual. */
const MIN_DEVIATION = 0.55;
/** A sentence pair is judged only when its longer side has this many letters. */
const MIN_SENTENCE_LETTERS = 30;

export interface RatioScale {
  /** Median log(letters of A / letters of B) over linked beads. */
  median: number;
  /** Deviation from the median that counts as an outlier. */
  threshold: number;
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
  return { median: m, threshold: Math.max(MIN_DEVIATION, 4 * 1.4826 * mad) };
}

interface Piece {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Sentences of a bead side numbered as the aligner numbers them (through paragraphs in order). */
function sentencePieces(doc: CheckDoc, indices: number[]): Piece[] {
  return indices.flatMap((i) => {
    const p: Paragraph | undefined = doc.paragraphs[i];
    if (!p) return [];
    const spans = p.sentences.length ? p.sentences : [{ start: 0, end: p.text.length }];
    return spans.map((s) => ({ paragraph: i, start: s.start, end: s.end, text: p.text.slice(s.start, s.end) }));
  });
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
      out.push(flag(input, bead, side, { paragraph: i, start: 0, end: p.text.length, text: p.text }, 'no-counterpart', evidence));
    }
  }
  return out;
}

function ratioEvidence(input: CheckInput, shorter: Side, la: number, lb: number, usual: number): string {
  const [s, l] = shorter === 'a' ? [input.a, input.b] : [input.b, input.a];
  const factor = Math.exp(Math.abs(Math.log(la / lb) - usual));
  return `${langName(s.lang)} is ${factor.toFixed(1)}× shorter than usual for this pair (${la} vs ${lb} letters): ${langName(l.lang)} text may be missing from it`;
}

/** Linked beads, then their linked sentences, whose length ratio is an outlier. */
function ratioFlags(input: CheckInput, scale: RatioScale): Flag[] {
  const out: Flag[] = [];
  for (const bead of linkedBeads(input.beads)) {
    const pa = sentencePieces(input.a, bead.a);
    const pb = sentencePieces(input.b, bead.b);
    const links: Array<[number[], number[]]> = bead.sentences ?? [[pa.map((_, i) => i), pb.map((_, i) => i)]];
    for (const [sa, sb] of links) {
      const xa = sa.map((i) => pa[i]!).filter(Boolean);
      const xb = sb.map((i) => pb[i]!).filter(Boolean);
      if (!xa.length || !xb.length) {
        // A sentence the aligner left without partner inside a linked bead.
        const [side, pieces] = xa.length ? (['a', xa] as const) : (['b', xb] as const);
        for (const pc of pieces) {
          if (letters(pc.text) < MIN_SENTENCE_LETTERS) continue;
          const doc = side === 'a' ? input.a : input.b;
          const other = side === 'a' ? input.b : input.a;
          out.push(flag(input, bead, side, pc, 'no-counterpart', `This ${langName(doc.lang)} sentence has no counterpart in the ${langName(other.lang)}`));
        }
        continue;
      }
      const la = xa.reduce((n, p) => n + letters(p.text), 0);
      const lb = xb.reduce((n, p) => n + letters(p.text), 0);
      const extra = extraSentences(xa, xb, la, lb, scale);
      if (extra) {
        const doc = extra.side === 'a' ? input.a : input.b;
        const other = extra.side === 'a' ? input.b : input.a;
        for (const pc of extra.pieces) out.push(flag(input, bead, extra.side, pc, 'no-counterpart', `This ${langName(doc.lang)} sentence has no counterpart in the ${langName(other.lang)}: the sentence beside it matches the ${langName(other.lang)} alone`));
        continue;
      }
      if (Math.max(la, lb) < MIN_SENTENCE_LETTERS || !la || !lb) continue;
      const dev = Math.log(la / lb) - scale.median;
      if (Math.abs(dev) < scale.threshold) continue;
      const shorter: Side = dev < 0 ? 'a' : 'b';
      const longer = shorter === 'a' ? xb : xa;
      const piece = spanOf(longer);
      out.push(flag(input, bead, shorter === 'a' ? 'b' : 'a', piece, 'length-ratio', ratioEvidence(input, shorter, la, lb, scale.median), { ratio: la / lb, usual: Math.exp(scale.median) }));
    }
  }
  return out;
}

/** Least log-ratio deviation of a one-to-many sentence link that asks whether a sentence is extra. */
const MIN_EXTRA_DEVIATION = 0.4;

/**
 * In a link of one sentence to several, the sentences of the many side that are left over
 * when one of them alone matches the single sentence at the pair's usual ratio, while all
 * together do not: a dropped sentence that the sentence aligner attached to its neighbour.
 * A sentence split in two by the translator matches only both together, so stays unflagged.
 */
function extraSentences(xa: Piece[], xb: Piece[], la: number, lb: number, scale: RatioScale): { side: Side; pieces: Piece[] } | null {
  const one = xa.length === 1 && xb.length >= 2 ? 'a' : xb.length === 1 && xa.length >= 2 ? 'b' : null;
  if (!one) return null;
  const all = Math.log(la / lb) - scale.median;
  if (Math.abs(all) < MIN_EXTRA_DEVIATION) return null;
  const many = one === 'a' ? xb : xa;
  const single = one === 'a' ? la : lb;
  let best: { k: number; dev: number } | null = null;
  many.forEach((p, k) => {
    const l = letters(p.text);
    if (!l) return;
    const dev = (one === 'a' ? Math.log(single / l) : Math.log(l / single)) - scale.median;
    if (!best || Math.abs(dev) < Math.abs(best.dev)) best = { k, dev };
  });
  const b = best as { k: number; dev: number } | null;
  if (!b || Math.abs(b.dev) > Math.abs(all) / 2) return null;
  const pieces = many.filter((p, k) => k !== b.k && letters(p.text) >= MIN_SENTENCE_LETTERS);
  return pieces.length ? { side: one === 'a' ? 'b' : 'a', pieces } : null;
}

/** One span over pieces of one paragraph (the first paragraph's, if they straddle two). */
function spanOf(pieces: Piece[]): Piece {
  const first = pieces[0]!;
  const same = pieces.filter((p) => p.paragraph === first.paragraph);
  const last = same[same.length - 1]!;
  return { paragraph: first.paragraph, start: first.start, end: last.end, text: same.map((p) => p.text).join(' ') };
}

/** Check 5: unlinked article paragraphs and sentences, and length-ratio outliers. */
export function checkOmissions(input: CheckInput): Flag[] {
  return [...unlinkedFlags(input), ...ratioFlags(input, ratioScale(input))];
}
