/**
 * The shared data model of Tarjuman. Every layer (core, worker, db, ui, cli) speaks these
 * types; nothing here depends on the DOM, Solid, Dexie or i18next.
 */

/** Languages the app detects; any BCP-47 tag a user chooses is also allowed. */
export type KnownLang = 'en' | 'ar' | 'fa';
export type Lang = KnownLang | (string & {});
export type Dir = 'ltr' | 'rtl';

/**
 * What a paragraph is to a reader. 'boilerplate' is site furniture (share bars, "Loading...",
 * related-news links); the aligner leaves it unlinked unless a user says otherwise.
 */
export type ParagraphKind = 'body' | 'title' | 'boilerplate' | 'caption';

/** Index of a paragraph inside its document; not a row index in the reader. */
export type ParagraphIndex = number & { readonly __brand?: 'ParagraphIndex' };
/** Offset counted in UTF-16 code units, as JavaScript strings index. */
export type Utf16Offset = number & { readonly __brand?: 'Utf16Offset' };

export interface Sentence {
  /** Start and end (exclusive) of the sentence inside its paragraph's text. */
  start: Utf16Offset;
  end: Utf16Offset;
}

export interface Paragraph {
  index: ParagraphIndex;
  text: string;
  sentences: Sentence[];
  kind: ParagraphKind;
  /** Why the segmenter chose `kind` (a rule name), so the reader can explain it. */
  kindReason?: string;
  /** True when a user overrode the segmenter's kind. */
  kindByUser?: boolean;
}

export interface DocumentSource {
  /** 'paste' | 'file' | 'seed' | 'tmx' */
  type: 'paste' | 'file' | 'seed' | 'tmx';
  /** File name or seed file name when there is one. */
  name?: string;
  /** Site the text came from, when known. */
  site?: string;
}

export interface Document {
  id: string;
  storyId: string;
  title: string;
  lang: Lang;
  dir: Dir;
  /** True when the user chose lang/dir instead of the detector. */
  langByUser?: boolean;
  source: DocumentSource;
  paragraphs: Paragraph[];
  /** Free-form relation to another document of the story, e.g. machine translation of. */
  relation?: { kind: 'translation-of' | 'machine-translation-of' | 'related'; docId?: string };
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}

export interface Story {
  id: string;
  title: string;
  /** Set for the demo story built from the seeds, so it can be restored. */
  seed?: boolean;
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}

export type BeadStatus = 'auto' | 'confirmed' | 'edited';

/**
 * One row of an alignment: paragraphs of A matched with paragraphs of B. An empty side is
 * an omission (1-0) or an addition (0-1). Indices on each side are consecutive and ascending.
 */
export interface Bead {
  a: ParagraphIndex[];
  b: ParagraphIndex[];
  /** Raw score from the aligner (higher is better; scale depends on the method). */
  score: number;
  /** How sure the aligner is, in [0, 1]. */
  confidence: number;
  status: BeadStatus;
  /** Sentence links inside the bead, as [sentence indices of A, sentence indices of B]. */
  sentences?: Array<[number[], number[]]>;
}

export type AlignMethod = 'in-order' | 'parallel' | 'comparable' | 'manual';

export interface Alignment {
  id: string;
  storyId: string;
  docIds: [string, string];
  beads: Bead[];
  method: AlignMethod;
  createdAt: number;
  editedAt: number;
}

/** W3C Web Annotation selectors, kept per paragraph (see issue on annotations). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: Utf16Offset;
  end: Utf16Offset;
}

export type AnnotationCategory =
  | 'mistranslation'
  | 'garbled-name'
  | 'omission'
  | 'addition'
  | 'terminology'
  | 'question'
  | 'good-example';

export interface Annotation {
  id: string;
  storyId: string;
  docId: string;
  paragraph: ParagraphIndex;
  selectors: [TextQuoteSelector, TextPositionSelector];
  body: {
    note: string;
    category: AnnotationCategory;
    status: 'open' | 'resolved';
    color?: string;
    suggestion?: string;
  };
  createdAt: number;
  updatedAt: number;
  deletedAt?: number;
}

export type FlagCheck =
  | 'name-variants'
  | 'name-mismatch'
  | 'number-mismatch'
  | 'omission'
  | 'untranslated';

/** A finding of a reviewer check; not stored until a reviewer dismisses or converts it. */
export interface Flag {
  id: string;
  check: FlagCheck;
  docId?: string;
  paragraphs: { a: ParagraphIndex[]; b: ParagraphIndex[] };
  span?: { side: 'a' | 'b'; paragraph: ParagraphIndex; start: Utf16Offset; end: Utf16Offset };
  evidence: string;
  suggestion?: string;
}

/** Errors the core throws; the UI turns `code` into a translated message. */
export type CoreErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'too-large'
  | 'invalid-format'
  | 'unsupported-file'
  | 'unknown-document'
  | 'cancelled';

export class CoreError extends Error {
  constructor(
    readonly code: CoreErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'CoreError';
  }
}
