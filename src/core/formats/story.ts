import type { AlignMethod, Bead, DocumentMeta, FlagCheck, Paragraph, ParagraphKind, Utf16Offset } from '../model';
import { CoreError } from '../model';
import { checkInvariant } from '../edit/invariant';
import { parseJsonText, type WebAnnotationCollection } from './webanno';
import { MAX_IMPORT_BYTES } from './decode';
// Compiled from schemas/story.schema.json by scripts/story-validator.mjs (no eval at run time).
import validateStoryFile from './storyValidate.js';

/**
 * A whole story in one versioned JSON file, described by schemas/story.schema.json: documents
 * with their text, language and direction; alignments with their confirmed and hand-edited
 * rows; annotations as a W3C Web Annotation collection; dismissed flags. Reading checks the
 * schema (Ajv, compiled ahead of time) and then what a schema cannot say: alignments that
 * cover both texts row by row, sentences inside their paragraph, references between parts.
 * Each document carries a hash of its text, by which an importing library finds a text it
 * already has under another id.
 */

export const STORY_FORMAT = 'tarjuman-story';
export const STORY_VERSION = 1;

/** A document as the file writes it: what it is (as stored, less its story and times) and its text. */
export interface StoryFileDocument extends Pick<DocumentMeta, 'id' | 'title' | 'lang' | 'dir' | 'langByUser' | 'source' | 'relation'> {
  contentHash: string;
  paragraphs: Array<{ text: string; kind: ParagraphKind; kindReason?: string; kindByUser?: boolean; sentences: Array<[number, number]> }>;
}

export interface StoryFileAlignment {
  docIds: [string, string];
  method: AlignMethod;
  edited: string;
  beads: Array<Pick<Bead, 'a' | 'b' | 'score' | 'confidence' | 'status' | 'sentences'>>;
}

export interface StoryFileDismissal {
  flagId: string;
  check: FlagCheck;
  docId?: string;
  text?: string;
  /** With `kind`, finds the flag again when its document is matched under another id. */
  span?: { side: 'a' | 'b'; paragraph: number; start: number; end: number };
  kind?: string;
  reason: 'dismissed' | 'annotated';
  annotationId?: string;
  created: string;
}

export interface StoryFile {
  format: typeof STORY_FORMAT;
  version: typeof STORY_VERSION;
  exported: string;
  generator?: string;
  story: { title: string };
  documents: StoryFileDocument[];
  alignments: StoryFileAlignment[];
  annotations: WebAnnotationCollection;
  dismissedFlags: StoryFileDismissal[];
}

/** The SHA-256 of a document's paragraphs joined by line feeds: its identity across libraries. */
export async function contentHash(paragraphs: readonly string[]): Promise<string> {
  const bytes = new TextEncoder().encode(paragraphs.join('\n'));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return `sha256:${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** A stored paragraph as the file writes it (sentences as [start, end) pairs). */
export function paragraphToFile(p: Paragraph): StoryFileDocument['paragraphs'][number] {
  return {
    text: p.text,
    kind: p.kind,
    ...(p.kindReason !== undefined ? { kindReason: p.kindReason } : {}),
    ...(p.kindByUser ? { kindByUser: true } : {}),
    sentences: p.sentences.map((s) => [s.start, s.end]),
  };
}

export function paragraphFromFile(p: StoryFileDocument['paragraphs'][number], index: number): Paragraph {
  return {
    index,
    text: p.text,
    kind: p.kind,
    ...(p.kindReason !== undefined ? { kindReason: p.kindReason } : {}),
    ...(p.kindByUser ? { kindByUser: true } : {}),
    sentences: p.sentences.map(([start, end]) => ({ start: start as Utf16Offset, end: end as Utf16Offset })),
  };
}

function invalid(detail: string): CoreError {
  return new CoreError('invalid-format', detail, { detail });
}

/** Why a parsed JSON value is not a story file this app reads, in words a user can act on. */
function checkKind(root: unknown): void {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) throw invalid('This is not a Tarjuman story file.');
  const r = root as Record<string, unknown>;
  if (r.format !== STORY_FORMAT) {
    const annotations = r.type === 'AnnotationCollection' || r.type === 'AnnotationPage' || r.type === 'Annotation';
    throw invalid(
      annotations
        ? 'This is an annotation file, not a story file: import it from the annotation panel of the reader.'
        : 'This is not a Tarjuman story file (it has no "format": "tarjuman-story").',
    );
  }
  if (r.version !== STORY_VERSION) {
    const v = typeof r.version === 'number' || typeof r.version === 'string' ? String(r.version).slice(0, 20) : 'unknown';
    throw invalid(`This story file is version ${v}; this version of Tarjuman reads version ${STORY_VERSION}.`);
  }
}

/** Ajv's first complaint, with where it is: "documents/0/lang: must match pattern …". */
function schemaMessage(): string {
  const e = validateStoryFile.errors?.[0];
  if (!e) return 'The story file does not match its schema.';
  const where = e.instancePath.replace(/^\//, '') || 'the file';
  const extra = e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
  return `${where}: ${e.message ?? 'is not valid'}${extra}`;
}

/** What the schema cannot check: references between parts, alignments that fit their texts. */
function checkConsistency(file: StoryFile): void {
  const docs = new Map<string, StoryFileDocument>();
  file.documents.forEach((d, i) => {
    if (docs.has(d.id)) throw invalid(`documents/${i}: the id ${d.id} is used twice`);
    docs.set(d.id, d);
    d.paragraphs.forEach((p, j) => {
      for (const [start, end] of p.sentences) {
        if (start > end || end > p.text.length) throw invalid(`documents/${i}/paragraphs/${j}: a sentence ${start}–${end} lies outside the paragraph`);
      }
    });
  });
  const pairs = new Set<string>();
  file.alignments.forEach((al, i) => {
    const [a, b] = al.docIds.map((id) => docs.get(id));
    if (!a || !b || a === b) throw invalid(`alignments/${i}: it names documents that are not in the file`);
    const pair = al.docIds.join('\u0000');
    if (pairs.has(pair)) throw invalid(`alignments/${i}: a second alignment of the same two documents`);
    pairs.add(pair);
    const ok = checkInvariant(al.beads as Bead[], a.paragraphs.length, b.paragraphs.length);
    if (!ok.ok) throw invalid(`alignments/${i}, row ${ok.row + 1}: ${ok.reason}`);
  });
  file.dismissedFlags.forEach((f, i) => {
    if (f.docId !== undefined && !docs.has(f.docId)) throw invalid(`dismissedFlags/${i}: it names a document that is not in the file`);
  });
}

/**
 * A story file from its text: JSON, the right kind and version, valid against the schema and
 * consistent. Throws CoreError('invalid-format') with what is wrong and where;
 * CoreError('too-large') past the import limit.
 */
export function readStoryFile(text: string): StoryFile {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new CoreError('too-large', `The file has ${text.length} characters; the limit is ${MAX_IMPORT_BYTES}.`, { size: text.length, limit: MAX_IMPORT_BYTES });
  }
  const root = parseJsonText(text);
  checkKind(root);
  if (!validateStoryFile(root)) throw invalid(schemaMessage());
  const file = root as StoryFile;
  checkConsistency(file);
  return file;
}
