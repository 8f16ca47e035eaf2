import { CoreError, type Bead, type BeadStatus } from '../model';

/**
 * An alignment's beads as a few typed arrays, the form they are stored and sent in. A book's
 * alignment is some 200,000 small objects (beads, their index lists, sentence links), and
 * IndexedDB and postMessage copy such a graph object by object: at 50,000 beads about half
 * a second of the page's time to write and a quarter to read. Typed arrays copy as one block.
 *
 * Variable-length lists are flattened CSR-style: the items of bead i are
 * `items[offsets[i]] .. items[offsets[i + 1] - 1]`, so every offsets array has count + 1
 * entries and starts at 0. Sentence links flatten twice: beads to links, links to indices.
 */
export interface PackedBeads {
  /** Bumped if the layout changes, so a reader can tell old rows from new ones. */
  version: 1;
  count: number;
  aOffsets: Int32Array;
  a: Int32Array;
  bOffsets: Int32Array;
  b: Int32Array;
  score: Float64Array;
  confidence: Float64Array;
  /** STATUSES index, plus HAS_SENTENCES when the bead has a sentences list (even an empty one). */
  flags: Uint8Array;
  /** Links of bead i: linkOffsets[i] .. linkOffsets[i + 1] − 1. */
  linkOffsets: Int32Array;
  /** Sentence indices of A (and B) of link j, as for the beads' paragraph indices. */
  sentenceAOffsets: Int32Array;
  sentenceA: Int32Array;
  sentenceBOffsets: Int32Array;
  sentenceB: Int32Array;
}

/** Order fixed by the stored data: append new statuses, never reorder. */
const STATUSES: readonly BeadStatus[] = ['auto', 'confirmed', 'edited'];
const STATUS_MASK = 0b11;
/** Tells a bead without sentence links from one whose list is empty. */
const HAS_SENTENCES = 0b100;

/** Grows by doubling, like an array, but holds int32 without boxing. */
class IntList {
  private data = new Int32Array(64);
  length = 0;
  push(v: number): void {
    // Indices beyond int32 or fractional ones would be silently changed by the typed array.
    if (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff) {
      throw new CoreError('invalid-format', `An alignment index is not a whole number in range: ${v}.`);
    }
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  pushAll(vs: readonly number[]): void {
    for (const v of vs) this.push(v);
  }
  /** A copy of exactly the used part, so a stored row holds no spare capacity. */
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export function packBeads(beads: readonly Bead[]): PackedBeads {
  const n = beads.length;
  const aOffsets = new Int32Array(n + 1);
  const bOffsets = new Int32Array(n + 1);
  const linkOffsets = new Int32Array(n + 1);
  const score = new Float64Array(n);
  const confidence = new Float64Array(n);
  const flags = new Uint8Array(n);
  const a = new IntList();
  const b = new IntList();
  const sentenceAOffsets = new IntList();
  const sentenceBOffsets = new IntList();
  const sentenceA = new IntList();
  const sentenceB = new IntList();
  sentenceAOffsets.push(0);
  sentenceBOffsets.push(0);
  let links = 0;
  for (let i = 0; i < n; i++) {
    const bead = beads[i]!;
    a.pushAll(bead.a);
    b.pushAll(bead.b);
    aOffsets[i + 1] = a.length;
    bOffsets[i + 1] = b.length;
    score[i] = bead.score;
    confidence[i] = bead.confidence;
    const status = STATUSES.indexOf(bead.status);
    if (status < 0) throw new CoreError('invalid-format', `Unknown bead status: ${String(bead.status)}.`);
    flags[i] = status | (bead.sentences ? HAS_SENTENCES : 0);
    for (const [sa, sb] of bead.sentences ?? []) {
      sentenceA.pushAll(sa);
      sentenceB.pushAll(sb);
      sentenceAOffsets.push(sentenceA.length);
      sentenceBOffsets.push(sentenceB.length);
      links++;
    }
    linkOffsets[i + 1] = links;
  }
  return {
    version: 1,
    count: n,
    aOffsets,
    a: a.toArray(),
    bOffsets,
    b: b.toArray(),
    score,
    confidence,
    flags,
    linkOffsets,
    sentenceAOffsets: sentenceAOffsets.toArray(),
    sentenceA: sentenceA.toArray(),
    sentenceBOffsets: sentenceBOffsets.toArray(),
    sentenceB: sentenceB.toArray(),
  };
}

/** Item list i as a plain array (a loop: Array.from on a subarray is several times slower). */
function slice(items: Int32Array, offsets: Int32Array, i: number): number[] {
  const out: number[] = [];
  for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) out.push(items[j]!);
  return out;
}

export function unpackBeads(p: PackedBeads): Bead[] {
  return unpackRange(p, 0, p.count);
}

/**
 * Beads from..to − 1 only: a page unpacking a book's alignment does it a slice per task, as
 * making 200,000 objects at once is a long task (with its garbage collection, 150 ms or more).
 */
export function unpackRange(p: PackedBeads, from: number, to: number): Bead[] {
  if (p.version !== 1) throw new CoreError('invalid-format', `Unknown stored alignment layout: ${String(p.version)}.`);
  const beads: Bead[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, p.count); i++) {
    const flag = p.flags[i]!;
    const bead: Bead = {
      a: slice(p.a, p.aOffsets, i),
      b: slice(p.b, p.bOffsets, i),
      score: p.score[i]!,
      confidence: p.confidence[i]!,
      status: STATUSES[flag & STATUS_MASK]!,
    };
    if (flag & HAS_SENTENCES) {
      const sentences: Array<[number[], number[]]> = [];
      for (let j = p.linkOffsets[i]!; j < p.linkOffsets[i + 1]!; j++) {
        sentences.push([slice(p.sentenceA, p.sentenceAOffsets, j), slice(p.sentenceB, p.sentenceBOffsets, j)]);
      }
      bead.sentences = sentences;
    }
    beads.push(bead);
  }
  return beads;
}
