import type { Bead, Flag, FlagOccurrence, Paragraph } from '../model';

/** What a check needs of a document: an id for evidence, its language and its paragraphs. */
export interface CheckDoc {
  id: string;
  lang: string;
  paragraphs: Paragraph[];
}

/**
 * The input of runChecks: the pair the reader shows (A is usually the translation, B its
 * source), the aligner's beads between them, and other documents of the same story, which
 * only lend support (a spelling the story agrees on) and are never flagged themselves.
 */
export interface CheckInput {
  a: CheckDoc;
  b: CheckDoc;
  beads: Bead[];
  others?: CheckDoc[];
}

export type Side = 'a' | 'b';

/** One spelling of an entity in one document. */
export interface Spelling {
  docId: string;
  text: string;
  /** Where it occurs; only the first few when `count` is given (checks/forPage.ts). */
  occurrences: FlagOccurrence[];
  /** How many times it occurs, when `occurrences` is a sample. */
  count?: number;
}

/** A person or place of the story with every spelling it has, per document. */
export interface Entity {
  /** Stable key: the preferred spelling's consonant skeleton plus the spelling. */
  id: string;
  /** The spelling most documents (then most mentions) use. */
  preferred: string;
  spellings: Spelling[];
  /** Documents whose spellings differ from `preferred`. */
  disagreeing: string[];
}

export type Check = (input: CheckInput) => Flag[];
