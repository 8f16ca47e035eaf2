import type { Annotation, TextQuoteSelector, Utf16Offset } from '../model';
import { CoreError } from '../model';
import { checkBody, checkParagraphIndex, isCategory } from '../anchor/annotation';
import { asCodePoints, toCodePoints, type CodePointOffset } from '../anchor/codepoints';
import { detectLanguage } from '../text/detect';

/**
 * W3C Web Annotation (JSON-LD) export and import.
 *
 * Export: an AnnotationCollection whose `first` is one embedded AnnotationPage with all items.
 * Each annotation:
 *  - id `urn:tarjuman:annotation:<id>` (an id that came from another tool, an IRI, is kept as
 *    it was), created/modified as ISO 8601 with milliseconds;
 *  - motivation: questioning (category "question"), editing (has a suggestion), highlighting
 *    (no note), else commenting;
 *  - body: TextualBody purpose "commenting" with the note and its `language` and
 *    `textDirection` (detected: an Arabic note says ar / rtl), purpose "tagging" with the
 *    category, purpose "editing" with the suggested wording;
 *  - target: source `urn:tarjuman:doc:<docId>#p<paragraph>` (selectors are relative to that
 *    paragraph's text), selector [TextQuoteSelector, TextPositionSelector]. Positions count
 *    code points, as the model says, not the UTF-16 units the app stores; an orphan (its
 *    quote no longer in the text) has no position;
 *  - what the model has no term for sits in properties named by absolute IRIs, which JSON-LD
 *    keeps without a custom @context: status, colour, revision, orphan flag.
 *
 * Import reads those files and what other tools write (Hypothesis: a target array, a
 * RangeSelector beside the quote; bodies without `type`; `bodyValue`; any IRI as id and
 * source, also a source written as a resource; a quote that refines another selector). It does not decide where an annotation goes: items come back with their target as
 * written, and anchoring (core/anchor/place.ts) finds the document and the span. Whatever
 * cannot be read is refused with its reason, never dropped.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const NS = 'urn:tarjuman:';
const ANNOTATION_PREFIX = `${NS}annotation:`;
const DOC_PREFIX = `${NS}doc:`;
const EXT = {
  status: `${NS}status`,
  color: `${NS}color`,
  rev: `${NS}rev`,
  orphan: `${NS}orphan`,
} as const;

export type Motivation = 'commenting' | 'highlighting' | 'questioning' | 'editing';

interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'editing';
  value: string;
  format?: 'text/plain';
  language?: string;
  textDirection?: 'ltr' | 'rtl';
}

export interface WebTextPositionSelector {
  type: 'TextPositionSelector';
  start: CodePointOffset;
  end: CodePointOffset;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: Motivation;
  body: TextualBody[];
  target: { source: string; selector: [TextQuoteSelector] | [TextQuoteSelector, WebTextPositionSelector] };
  [extension: `urn:tarjuman:${string}`]: unknown;
}

export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label?: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/** Document ids the importing database knows, each with the story it belongs to. */
export type KnownDocs = ReadonlyMap<string, string>;

/** A paragraph's text, to count positions in code points; undefined when it does not exist. */
export type ParagraphText = (docId: string, paragraph: number) => string | undefined;

export function motivationOf(a: Annotation): Motivation {
  if (a.body.category === 'question') return 'questioning';
  if (a.body.suggestion !== undefined) return 'editing';
  if (a.body.note === '') return 'highlighting';
  return 'commenting';
}

export function documentUri(docId: string, paragraph: number): string {
  return `${DOC_PREFIX}${encodeURIComponent(docId)}#p${paragraph}`;
}

/** An IRI scheme: ids from other tools are IRIs; the app's own ids never hold a colon. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function annotationUri(id: string): string {
  return HAS_SCHEME.test(id) ? id : `${ANNOTATION_PREFIX}${encodeURIComponent(id)}`;
}

/** A text body with the language and direction of its text, when the detector can tell. */
function textBody(purpose: 'commenting' | 'editing', value: string): TextualBody {
  const found = detectLanguage(value);
  return {
    type: 'TextualBody',
    purpose,
    value,
    format: 'text/plain',
    ...(found.lang !== 'und' ? { language: found.lang, textDirection: found.dir } : {}),
  };
}

function bodiesOf(a: Annotation): TextualBody[] {
  const out: TextualBody[] = [];
  if (a.body.note !== '') out.push(textBody('commenting', a.body.note));
  out.push({ type: 'TextualBody', purpose: 'tagging', value: a.body.category });
  if (a.body.suggestion !== undefined) out.push(textBody('editing', a.body.suggestion));
  return out;
}

/** The stored UTF-16 span in code points, when the paragraph still holds the quote there. */
function codePointPosition(a: Annotation, textOf: ParagraphText): WebTextPositionSelector | undefined {
  if (a.orphan) return undefined;
  const text = textOf(a.docId, a.paragraph);
  const [q, p] = a.selectors;
  if (text === undefined || p.end > text.length || text.slice(p.start, p.end) !== q.exact) return undefined;
  return { type: 'TextPositionSelector', start: toCodePoints(text, p.start), end: toCodePoints(text, p.end) };
}

export function toWebAnnotation(a: Annotation, textOf: ParagraphText): WebAnnotation {
  const quote = structuredClone(a.selectors[0]);
  const position = codePointPosition(a, textOf);
  const w: WebAnnotation = {
    id: annotationUri(a.id),
    type: 'Annotation',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    motivation: motivationOf(a),
    body: bodiesOf(a),
    target: { source: documentUri(a.docId, a.paragraph), selector: position ? [quote, position] : [quote] },
    [EXT.status]: a.body.status,
  };
  if (a.body.color !== undefined) w[EXT.color] = a.body.color;
  if (a.rev !== undefined) w[EXT.rev] = a.rev;
  if (a.orphan) w[EXT.orphan] = true;
  return w;
}

/** A story's live annotations as one AnnotationCollection (deleted rows are not exported). */
export function exportWebAnnotations(
  storyId: string,
  annotations: readonly Annotation[],
  textOf: ParagraphText,
  label?: string,
): WebAnnotationCollection {
  const items = annotations.filter((a) => a.deletedAt === undefined).map((a) => toWebAnnotation(a, textOf));
  const id = `${NS}story:${encodeURIComponent(storyId)}:annotations`;
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    ...(label !== undefined ? { label } : {}),
    total: items.length,
    first: { id: `${id}:page:0`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/* ------------------------------------------------------------------ import */

/** A position as a file gave it: code points (W3C) or UTF-16 units (the app's CSV). */
export type ImportedPosition =
  | { unit: 'code-point'; start: CodePointOffset; end: CodePointOffset }
  | { unit: 'utf16'; start: Utf16Offset; end: Utf16Offset };

export interface ImportedTarget {
  /** The source as written (an IRI), for grouping annotations of one foreign document. */
  source: string;
  /** The document a Tarjuman source names (urn:tarjuman:doc:<id>#p<n>). */
  docId?: string;
  /** Its paragraph; a position is relative to it. Without one, a position means nothing here. */
  paragraph?: number;
  quote?: TextQuoteSelector;
  position?: ImportedPosition;
}

/** An annotation read from a file, not yet anchored to any document. */
export interface ImportedAnnotation {
  /** Its place in the file (0-based), for reports. */
  index: number;
  id: string;
  target: ImportedTarget;
  body: Annotation['body'];
  createdAt: number;
  updatedAt: number;
  rev?: number;
  /** The file said its quote was no longer found where it pointed. */
  orphan?: boolean;
  /** A date after the import's clock was set back to it (a file cannot pin a row forever). */
  clamped?: boolean;
}

export type RefusalCode = 'invalid' | 'no-quote' | 'not-text' | 'duplicate' | 'no-document';

export interface Refusal {
  index: number;
  id?: string;
  code: RefusalCode;
  /** English detail for the report (the UI translates the code and shows this after it). */
  detail: string;
}

export interface ParsedAnnotations {
  items: ImportedAnnotation[];
  refused: Refusal[];
}

class Refused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
  }
}

function invalid(message: string): CoreError {
  return new CoreError('invalid-format', message, { detail: message });
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function hasType(x: Record<string, unknown>, type: string): boolean {
  return x.type === type || x['@type'] === type || (Array.isArray(x.type) && x.type.includes(type));
}

const asList = (x: unknown): unknown[] => (x === undefined || x === null ? [] : Array.isArray(x) ? x : [x]);

/** The annotation items of a collection, a page, a bare annotation or an array of them. */
function itemsOf(root: unknown): unknown[] {
  if (Array.isArray(root)) return root;
  if (!isObject(root)) throw invalid('Expected a JSON object of W3C Web Annotations.');
  if (hasType(root, 'Annotation')) return [root];
  if (hasType(root, 'AnnotationPage')) return pageItems(root);
  if (hasType(root, 'AnnotationCollection')) {
    if (root.first === undefined && root.total === 0) return [];
    if (!isObject(root.first)) throw invalid('The collection does not embed its first page (linked pages are not supported).');
    return pageItems(root.first);
  }
  // Hypothesis's own API answers {"rows": [...]}, the JSON-LD form sits in each row.
  if (Array.isArray(root.rows)) return root.rows;
  throw invalid('Expected an AnnotationCollection, an AnnotationPage or an Annotation.');
}

function pageItems(page: Record<string, unknown>): unknown[] {
  if (!Array.isArray(page.items)) throw invalid('The annotation page has no "items" list.');
  if (page.next !== undefined) throw invalid('Multi-page collections are not supported; export all items in one page.');
  return page.items;
}

/** A time in the file, or undefined when absent; never later than `now`. */
function parseTime(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  const t = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(t)) throw new Refused('invalid', `"${field}" is not an ISO 8601 time`);
  return t;
}

interface Bodies {
  notes: string[];
  tags: string[];
  suggestion?: string;
}

function textOfBody(b: unknown): { value: string; purpose: unknown } {
  if (typeof b === 'string') throw new Refused('not-text', `its body is a link (${b.slice(0, 80)}), not text`);
  if (!isObject(b)) throw new Refused('not-text', 'a body is not an object');
  // A Choice offers one body in several languages or formats: the first text one stands for it.
  if (hasType(b, 'Choice')) {
    const first = asList(b.items).find((x) => isObject(x) && typeof x.value === 'string');
    if (!first) throw new Refused('not-text', 'its Choice body holds no text');
    return { ...textOfBody(first), purpose: b.purpose ?? (first as Record<string, unknown>).purpose };
  }
  const typed = b.type !== undefined || b['@type'] !== undefined;
  // Untyped objects with a value are text bodies (the model: a TextualBody may omit its type).
  if ((typed && !hasType(b, 'TextualBody') && !hasType(b, 'Text')) || typeof b.value !== 'string') {
    throw new Refused('not-text', `a body of type ${String(b.type ?? 'unknown')} has no text value`);
  }
  const value = b.format === 'text/html' ? textOfHtml(b.value) : b.value;
  return { value, purpose: Array.isArray(b.purpose) ? b.purpose[0] : b.purpose };
}

const HTML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text a person reads in an HTML note (some tools write bodies as text/html): tags dropped,
 * block ends as line breaks, entities decoded. Notes are shown as text, so nothing here is
 * ever markup again.
 */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>|<\/(p|div|li|h[1-6]|blockquote|tr)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] !== '#') return HTML_ENTITIES[e.toLowerCase()] ?? m;
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : m;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function parseBodies(raw: Record<string, unknown>): Bodies {
  if (raw.body !== undefined && raw.bodyValue !== undefined) {
    throw new Refused('invalid', 'it has both body and bodyValue, which the model forbids');
  }
  const out: Bodies = { notes: [], tags: [] };
  // Hypothesis's own API rows keep the note in "text" and the tags in "tags", not in a body.
  if (raw.body === undefined && raw.bodyValue === undefined && (typeof raw.text === 'string' || Array.isArray(raw.tags))) {
    if (typeof raw.text === 'string' && raw.text.trim() !== '') out.notes.push(raw.text);
    for (const t of asList(raw.tags)) if (typeof t === 'string' && t.trim() !== '') out.tags.push(t.trim());
    return out;
  }
  if (raw.bodyValue !== undefined) {
    if (typeof raw.bodyValue !== 'string') throw new Refused('invalid', 'bodyValue is not text');
    if (raw.bodyValue !== '') out.notes.push(raw.bodyValue);
    return out;
  }
  for (const b of asList(raw.body)) {
    const { value, purpose } = textOfBody(b);
    if (purpose === 'tagging') out.tags.push(value);
    else if (purpose === 'editing') out.suggestion = value;
    else if (value !== '') out.notes.push(value); // commenting, describing, no purpose: the note
  }
  return out;
}

function parseSource(source: string): Pick<ImportedTarget, 'docId' | 'paragraph'> {
  if (!source.startsWith(DOC_PREFIX)) return {};
  const m = /^(.+)#p(\d+)$/.exec(source.slice(DOC_PREFIX.length));
  if (!m) throw new Refused('invalid', 'target.source must end with #p<paragraph>');
  let docId: string;
  try {
    docId = decodeURIComponent(m[1]!);
  } catch {
    throw new Refused('invalid', 'target.source is not a valid URI');
  }
  // A paragraph past any safe number (#p1e21) names no paragraph: the quote is searched everywhere.
  const paragraph = Number(m[2]);
  return Number.isSafeInteger(paragraph) ? { docId, paragraph: checkParagraphIndex(paragraph, 'target') } : { docId };
}

const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** A target's source IRI, written as a string or as a resource with an id ({ id, type: 'Text' }). */
function sourceOf(t: Record<string, unknown>): string | undefined {
  if (typeof t.source === 'string') return t.source;
  if (isObject(t.source) && typeof t.source.id === 'string') return t.source.id;
  return typeof t.id === 'string' ? t.id : undefined;
}

/**
 * The selectors of a target with those that refine them (the model's `refinedBy`: a quote
 * inside a FragmentSelector that names a section, say), outer first. The chain is followed a
 * bounded number of steps, so a hostile file cannot make it loop or recurse without end.
 */
function withRefinements(selectors: unknown[]): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const first of selectors) {
    let s: unknown = first;
    for (let depth = 0; depth < 8 && isObject(s); depth++) {
      out.push(s);
      s = Array.isArray(s.refinedBy) ? s.refinedBy[0] : s.refinedBy;
    }
  }
  return out;
}

/** The first target that quotes text; a target without one cannot be anchored in text. */
function parseTarget(raw: Record<string, unknown>): ImportedTarget {
  const targets = asList(raw.target);
  if (targets.length === 0) throw new Refused('invalid', 'it has no target');
  let sawSource: string | undefined;
  for (const t of targets) {
    if (typeof t === 'string') {
      sawSource ??= t;
      continue;
    }
    if (!isObject(t)) continue;
    const source = sourceOf(t) ?? (typeof raw.uri === 'string' ? raw.uri : '');
    sawSource ??= source;
    const selectors = withRefinements(asList(t.selector));
    const q = selectors.find((s) => hasType(s, 'TextQuoteSelector'));
    const p = selectors.find((s) => hasType(s, 'TextPositionSelector'));
    const place = parseSource(source);
    const target: ImportedTarget = { source, ...place };
    if (q) {
      if (typeof q.exact !== 'string' || q.exact === '') throw new Refused('no-quote', 'its TextQuoteSelector has no exact text');
      const prefix = q.prefix ?? '';
      const suffix = q.suffix ?? '';
      if (typeof prefix !== 'string' || typeof suffix !== 'string') throw new Refused('invalid', 'prefix and suffix must be text');
      target.quote = { type: 'TextQuoteSelector', exact: q.exact, prefix, suffix };
    }
    if (p) {
      if (!isOffset(p.start) || !isOffset(p.end) || p.end <= p.start) throw new Refused('invalid', 'start and end must be whole numbers with start < end');
      target.position = { unit: 'code-point', start: asCodePoints(p.start), end: asCodePoints(p.end) };
    }
    // A position alone says something only inside one of our paragraphs.
    if (target.quote || (target.position && target.paragraph !== undefined)) return target;
  }
  throw new Refused('no-quote', `its target ${sawSource ? `(${sawSource.slice(0, 80)}) ` : ''}quotes no text to anchor by`);
}

const FALLBACK_CATEGORY: Annotation['body']['category'] = 'question';

function parseOne(raw: unknown, index: number, now: number): ImportedAnnotation {
  if (!isObject(raw)) throw new Refused('invalid', 'not a JSON object');
  if (!hasType(raw, 'Annotation') && raw.target === undefined) throw new Refused('invalid', 'not an object of type "Annotation"');
  const id = idOf(raw, index);
  const target = parseTarget(raw);
  const bodies = parseBodies(raw);
  // A tag that names a category sets it; other tags (from other tools) stay in the note.
  const category = bodies.tags.find(isCategory) ?? (raw.motivation === 'questioning' ? 'question' : bodies.suggestion !== undefined ? 'mistranslation' : FALLBACK_CATEGORY);
  const otherTags = bodies.tags.filter((t) => t !== category);
  const note = [...bodies.notes, ...(otherTags.length ? [otherTags.map((t) => `#${t}`).join(' ')] : [])].join('\n\n');
  const body = checkBody({ note, category, suggestion: bodies.suggestion, status: raw[EXT.status], color: raw[EXT.color] }, 'annotation');
  const rev = raw[EXT.rev];
  if (rev !== undefined && !(typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 1)) throw new Refused('invalid', 'bad revision');
  const created = parseTime(raw.created, 'created');
  // Hypothesis's rows say "updated" where the model says "modified".
  const modified = parseTime(raw.modified ?? raw.updated, raw.modified !== undefined ? 'modified' : 'updated');
  const createdAt = created ?? modified ?? now;
  const updatedAt = modified ?? createdAt;
  const a: ImportedAnnotation = {
    index,
    id,
    target,
    body,
    createdAt: Math.min(createdAt, now),
    updatedAt: Math.min(Math.max(updatedAt, createdAt), now),
  };
  if (createdAt > now || updatedAt > now) a.clamped = true;
  if (rev !== undefined) a.rev = rev;
  if (raw[EXT.orphan] === true) a.orphan = true;
  return a;
}

function idOf(raw: Record<string, unknown>, index: number): string {
  const id = raw.id ?? raw['@id'];
  if (typeof id === 'string' && id !== '') {
    if (!id.startsWith(ANNOTATION_PREFIX)) return id;
    try {
      const local = decodeURIComponent(id.slice(ANNOTATION_PREFIX.length));
      if (local !== '') return local;
    } catch {
      /* falls through to the error */
    }
    throw new Refused('invalid', 'its id is not a valid URI');
  }
  if (id !== undefined) throw new Refused('invalid', 'its id is not text');
  // No id (allowed by some tools): one made from its content, so importing twice finds it.
  return `urn:tarjuman:imported:${contentHash(JSON.stringify(raw))}-${index}`;
}

/** FNV-1a, 64 bits as two 32-bit halves: a stable name for content, not a security measure. */
function contentHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** Parses JSON text, or says it is not JSON (and whether it looks like a web page instead). */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\ufeff/, ''));
  } catch (e) {
    if (/^\s*</.test(text)) throw invalid('This is an HTML or XML page, not a JSON file.');
    throw invalid(`Not valid JSON: ${(e as Error).message}`);
  }
}

/**
 * Reads W3C Web Annotations (text or an already parsed value). A file that is not JSON or not
 * annotations at all throws; each item that cannot be read is refused with its reason and the
 * others come back. `now` is the clock dates are clamped to.
 */
export function readWebAnnotations(json: string | unknown, now = Date.now()): ParsedAnnotations {
  const root = typeof json === 'string' ? parseJsonText(json) : json;
  const out: ParsedAnnotations = { items: [], refused: [] };
  const seen = new Set<string>();
  itemsOf(root).forEach((raw, index) => {
    try {
      const a = parseOne(raw, index, now);
      if (seen.has(a.id)) throw new Refused('duplicate', `annotation ${a.id} appears twice in the file`);
      seen.add(a.id);
      out.items.push(a);
    } catch (e) {
      const rawId = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
      if (e instanceof Refused) out.refused.push({ index, ...(rawId ? { id: rawId } : {}), code: e.code, detail: e.message });
      else if (e instanceof CoreError && e.code === 'invalid-format') {
        out.refused.push({ index, ...(rawId ? { id: rawId } : {}), code: 'invalid', detail: e.message.replace(/^annotation: /, '') });
      } else throw e;
    }
  });
  return out;
}

/** The app's own rows (CSV import) in the same shape, positions in UTF-16 units. */
export function fromStoredAnnotation(a: Annotation, index: number, now = Date.now()): ImportedAnnotation {
  const [q, p] = a.selectors;
  const out: ImportedAnnotation = {
    index,
    id: a.id,
    target: { source: documentUri(a.docId, a.paragraph), docId: a.docId, paragraph: a.paragraph, quote: q, position: { unit: 'utf16', start: p.start, end: p.end } },
    body: a.body,
    createdAt: Math.min(a.createdAt, now),
    updatedAt: Math.min(a.updatedAt, now),
  };
  if (a.createdAt > now || a.updatedAt > now) out.clamped = true;
  if (a.rev !== undefined) out.rev = a.rev;
  if (a.orphan) out.orphan = true;
  return out;
}
