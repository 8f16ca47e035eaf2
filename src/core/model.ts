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

/**
 * What a document is apart from its text. Lists (the library, column pickers, panels) need
 * only this; a book's paragraphs are stored apart and read only where they are shown.
 */
export interface DocumentMeta {
  id: string;
  storyId: string;
  title: string;
  lang: Lang;
  dir: Dir;
  /** True when the user chose lang/dir instead of the detector. */
  langByUser?: boolean;
  source: DocumentSource;
  /** Free-form relation to another document of the story, e.g. machine translation of. */
  relation?: { kind: 'translation-of' | 'machine-translation-of' | 'related'; docId?: string };
  createdAt: number;
  updatedAt: number;
  /** When the paragraphs (text or kinds) last changed; alignments older than this are stale. */
  textUpdatedAt?: number;
  deletedAt?: number;
}

/** A document as a list reads it: its fields and how many paragraphs it has, not the text. */
export interface DocumentInfo extends DocumentMeta {
  paragraphCount: number;
}

/** A document with its text. */
export interface Document extends DocumentMeta {
  paragraphs: Paragraph[];
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

export type AlignMethod = 'in-order' | 'parallel' | 'comparable' | 'manual' | 'tmx';

export interface Alignment {
  id: string;
  storyId: string;
  docIds: [string, string];
  beads: Bead[];
  method: AlignMethod;
  createdAt: number;
  editedAt: number;
  /**
   * Undo/redo steps of hand edits (core/edit historyToJSON) as versions before v6 kept them,
   * one history for all tabs. Since v6 each tab keeps its own (editHistories); the first tab
   * to open the alignment takes this one over.
   */
  history?: unknown;
  /** Stored revision, one more per write: a write says which one it was based on. 0 when absent. */
  rev?: number;
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
  /**
   * Revision counter for optimistic concurrency: every stored write adds one, and an editor
   * saves only over the revision it last saw. Stored rows always have it (starting at 1).
   */
  rev?: number;
  /** True when the text changed and the selectors no longer anchor; kept, never dropped. */
  orphan?: boolean;
}

export type FlagCheck =
  | 'name-variants'
  | 'name-mismatch'
  | 'number-mismatch'
  | 'omission'
  | 'untranslated'
  /** A word that looks like a misspelt term the other side has ("envy" for مبعوث, envoy). */
  | 'word-mismatch';

/** Where one spelling of a name occurs: paragraph and UTF-16 offsets in its document. */
export interface FlagOccurrence {
  paragraph: ParagraphIndex;
  start: Utf16Offset;
  end: Utf16Offset;
}

/**
 * The parts of a flag's evidence, so a UI can phrase it in the reader's language instead of
 * showing the English `evidence` string. Every field but `kind` is optional; each check
 * documents which it fills.
 */
export interface FlagData {
  /**
   * What was found: 'spelling-group', 'source-differs', 'story-differs', 'number-added',
   * 'number-missing', 'number-differs', 'no-counterpart', 'length-ratio', 'wrong-script',
   * 'wrong-language', 'foreign-run', 'boilerplate', 'near-miss-word'.
   */
  kind: string;
  /** The flagged text as written. */
  text?: string;
  /** What the other document (usually the source) writes there, as written. */
  sourceText?: string;
  /** A Latin reading of `sourceText` when it is in Arabic script. */
  sourceReading?: string;
  suggestion?: string;
  /** Where the suggestion comes from: 'story' | 'majority' | 'source' | 'transliteration' | 'lexicon'. */
  suggestionFrom?: 'story' | 'majority' | 'source' | 'transliteration' | 'lexicon';
  /** Documents whose spelling supports the suggestion. */
  supportedBy?: string[];
  /**
   * Every spelling of a name group with where it occurs. With `count`, `occurrences` holds
   * only the first few of them (what a worker sends the page, see checks/forPage.ts).
   */
  variants?: Array<{ text: string; occurrences: FlagOccurrence[]; count?: number }>;
  /** Numbers: the value as a comparison key ("2500", "2021", "month:8"). */
  value?: string;
  otherValue?: string;
  /** Length checks: the bead's length ratio (A/B characters) and the pair's usual ratio. */
  ratio?: number;
  usualRatio?: number;
  /** Language or script found, for wrong-language flags. */
  found?: string;
  expected?: string;
}

/** A finding of a reviewer check; stored with its run (db/flagRuns.ts), replaced by the next run. */
export interface Flag {
  id: string;
  check: FlagCheck;
  docId?: string;
  paragraphs: { a: ParagraphIndex[]; b: ParagraphIndex[] };
  span?: { side: 'a' | 'b'; paragraph: ParagraphIndex; start: Utf16Offset; end: Utf16Offset };
  evidence: string;
  suggestion?: string;
  /** Structured evidence (additive; older stored flags lack it). */
  data?: FlagData;
}

/** Errors the core throws; the UI turns `code` into a translated message. */
export type CoreErrorCode =
  | 'empty-input'
  | 'binary-input'
  | 'too-large'
  | 'invalid-format'
  | 'unsupported-file'
  | 'unknown-document'
  | 'cancelled'
  /** A row changed (or was deleted) since the editor read it; `detail.stored` holds it. */
  | 'conflict'
  /** An edit that does not apply to the rows it names (merging the last row, an empty side). */
  | 'invalid-operation'
  /** Two texts given to parallel alignment that are not translations of each other. */
  | 'not-parallel';

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
