import type { Bead, Paragraph } from '../model';
import type { AlignDoc } from './types';

/**
 * A translation written one passage a line against an original one sentence a line (or the
 * other way round). Aligned line against line, the passages' beads are long (1-5 to 1-18)
 * and where each ends rests on lengths and the punctuation rates read off an earlier path:
 * a passage's closing line ("He, in truth, is the Gracious…") slips into the next bead in
 * runs. The passage side's own sentences are much closer to the other side's lines, and its
 * line ends are edges the file gives: the lines are split into their sentences, aligned
 * sentence against line, and each bead is mapped back to the lines it holds, beads that share
 * a line joined.
 */

/** Unit counts this far apart mean the short side's lines hold whole passages (as LONG_BEAD_RATIO). */
const PASSAGE_RATIO = 3;

/** The side whose lines hold passages, when split into sentences it comes within PASSAGE_RATIO of the other; else null. */
export function passageSide(a: AlignDoc, b: AlignDoc): 0 | 1 | null {
  const n = a.paragraphs.length;
  const m = b.paragraphs.length;
  if (!n || !m) return null;
  const sentences = (d: AlignDoc): number => d.paragraphs.reduce((s, p) => s + Math.max(1, p.sentences.length), 0);
  if (n >= PASSAGE_RATIO * m && n < PASSAGE_RATIO * sentences(b)) return 1;
  if (m >= PASSAGE_RATIO * n && m < PASSAGE_RATIO * sentences(a)) return 0;
  return null;
}

/** A document with one unit per sentence, and each unit's line and its place among that line's sentences. */
export function sentenceUnits(doc: AlignDoc): { doc: AlignDoc; line: number[]; local: number[] } {
  const paragraphs: Paragraph[] = [];
  const line: number[] = [];
  const local: number[] = [];
  doc.paragraphs.forEach((p, k) => {
    const spans = p.sentences.length ? p.sentences : [{ start: 0, end: p.text.length }];
    spans.forEach((s, q) => {
      const text = p.text.slice(s.start, s.end);
      paragraphs.push({ ...p, index: paragraphs.length, text, sentences: [{ start: 0, end: text.length }] });
      line.push(k);
      local.push(q);
    });
  });
  return { doc: { ...doc, paragraphs }, line, local };
}

/**
 * Sentence beads (the passage side's units its sentences) mapped back to lines: consecutive
 * beads that share a line are one bead, and a bead linking nothing on the passage side
 * between two that share a line joins them (a sentence left out inside a passage). Sentence
 * links inside each bead are the sentence beads, numbered as Bead.sentences numbers them
 * (through the bead's paragraphs, in order); the other side's lines count as many sentences
 * as the segmenter gave them.
 */
export function beadsOnLines(beads: Bead[], side: 0 | 1, split: { line: number[]; local: number[] }, other: AlignDoc, withSentences: boolean): Bead[] {
  const key = side === 0 ? 'a' : 'b';
  const otherKey = side === 0 ? 'b' : 'a';
  const lines = (x: Bead): number[] => x[key].map((u) => split.line[u]!);
  const count = new Map<number, number>();
  for (const l of split.line) count.set(l, (count.get(l) ?? 0) + 1);
  const groups: Bead[][] = [];
  for (let k = 0; k < beads.length; k++) {
    const x = beads[k]!;
    const last = groups[groups.length - 1];
    const lastLines = last ? last.flatMap(lines) : [];
    const mine = lines(x);
    let joins = mine.some((l) => lastLines.includes(l));
    if (!joins && !mine.length && last && lastLines.length) {
      // Nothing on the passage side: inside a passage when the next bead with lines goes on with the last line.
      const next = beads.slice(k + 1).find((y) => y[key].length);
      joins = !!next && lines(next).includes(lastLines[lastLines.length - 1]!);
    }
    if (joins) last!.push(x);
    else groups.push([x]);
  }
  return groups.map((parts) => {
    const own = [...new Set(parts.flatMap(lines))].sort((p, q) => p - q);
    const others = parts.flatMap((x) => x[otherKey]);
    const bead: Bead = {
      a: side === 0 ? own : others,
      b: side === 0 ? others : own,
      score: Math.min(...parts.map((x) => x.score)),
      confidence: Math.min(...parts.map((x) => x.confidence)),
      status: 'auto',
    };
    if (withSentences && own.length && others.length) {
      // Sentences numbered through the bead's lines on the passage side, through its paragraphs on the other.
      const ownFirst = new Map<number, number>();
      let at = 0;
      for (const l of own) {
        ownFirst.set(l, at);
        at += count.get(l)!;
      }
      const otherFirst = new Map<number, number>();
      at = 0;
      for (const p of others) {
        otherFirst.set(p, at);
        at += Math.max(1, other.paragraphs[p]!.sentences.length);
      }
      const links = parts
        .filter((x) => x.a.length && x.b.length)
        .map((x): [number[], number[]] => {
          const mineIdx = x[key].map((u) => ownFirst.get(split.line[u]!)! + split.local[u]!);
          const theirs = x[otherKey].flatMap((p) => Array.from({ length: Math.max(1, other.paragraphs[p]!.sentences.length) }, (_, q) => otherFirst.get(p)! + q));
          return side === 0 ? [mineIdx, theirs] : [theirs, mineIdx];
        });
      bead.sentences = links;
    }
    return bead;
  });
}
