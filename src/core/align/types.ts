import type { Bead, Paragraph } from '../model';

/** What the aligner needs of a document: its language tag and its segmented paragraphs. */
export interface AlignDoc {
  lang: string;
  paragraphs: Paragraph[];
}

/** Cancellation as the worker sees it: anything with an `aborted` flag (AbortSignal fits). */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface AlignOptions {
  /** 'parallel' (translations, monotonic beads; default) or 'comparable' (related reports). */
  mode?: 'parallel' | 'comparable';
  /** Known translation pairs, [term in A's language, term in B's language]. */
  lexicon?: Array<[string, string]>;
  /** Called with the fraction of work done, in [0, 1], never decreasing. */
  onProgress?: (fraction: number) => void;
  signal?: CancelSignal;
  /** Leave out sentence links inside beads (faster for very large documents). */
  sentences?: boolean;
}

/** A link of comparable mode: two paragraphs that report the same facts. */
export interface Link {
  a: number;
  b: number;
  /** Strength of the shared evidence, in [0, 1]. */
  score: number;
  /** What they share, readable: "number 2,500", "name Khalilzad ~ خليل زاد". */
  evidence: string[];
}

/** One row of a three-way (or n-way) alignment: paragraph indices of each document. */
export interface AlignRow {
  docs: number[][];
  score: number;
  confidence: number;
}

export type ParallelResult = Bead[];
