import type { Annotation, ParagraphIndex } from '../model';
import { CoreError } from '../model';
import { checkBody, checkParagraphIndex, checkSelectors } from '../anchor/annotation';

/**
 * W3C Web Annotation (JSON-LD) export and import of a story's annotations.
 *
 * Shape: an AnnotationCollection whose `first` is one embedded AnnotationPage with all items.
 * Each annotation:
 *  - id `urn:tarjuman:annotation:<id>`, created/modified as ISO 8601 (millisecond precision,
 *    so times survive the round trip exactly);
 *  - motivation: questioning (category "question"), editing (has a suggestion), highlighting
 *    (no note), else commenting;
 *  - body: TextualBody purpose "commenting" with the note (absent when the note is empty),
 *    TextualBody purpose "tagging" with the category, TextualBody purpose "editing" with the
 *    suggested wording (when there is one);
 *  - target: source `urn:tarjuman:doc:<docId>#p<paragraph>` (selectors are relative to that
 *    paragraph's text), selector [TextQuoteSelector, TextPositionSelector];
 *  - what the model has no term for sits in properties named by absolute IRIs, which JSON-LD
 *    keeps without a custom @context: status, colour, revision, orphan flag.
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
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: Motivation;
  body: TextualBody[];
  target: { source: string; selector: Annotation['selectors'] };
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

export function motivationOf(a: Annotation): Motivation {
  if (a.body.category === 'question') return 'questioning';
  if (a.body.suggestion !== undefined) return 'editing';
  if (a.body.note === '') return 'highlighting';
  return 'commenting';
}

export function documentUri(docId: string, paragraph: number): string {
  return `${DOC_PREFIX}${encodeURIComponent(docId)}#p${paragraph}`;
}

function bodiesOf(a: Annotation): TextualBody[] {
  const out: TextualBody[] = [];
  if (a.body.note !== '') out.push({ type: 'TextualBody', purpose: 'commenting', value: a.body.note, format: 'text/plain' });
  out.push({ type: 'TextualBody', purpose: 'tagging', value: a.body.category });
  if (a.body.suggestion !== undefined) {
    out.push({ type: 'TextualBody', purpose: 'editing', value: a.body.suggestion, format: 'text/plain' });
  }
  return out;
}

export function toWebAnnotation(a: Annotation): WebAnnotation {
  const w: WebAnnotation = {
    id: `${ANNOTATION_PREFIX}${encodeURIComponent(a.id)}`,
    type: 'Annotation',
    created: new Date(a.createdAt).toISOString(),
    modified: new Date(a.updatedAt).toISOString(),
    motivation: motivationOf(a),
    body: bodiesOf(a),
    target: { source: documentUri(a.docId, a.paragraph), selector: structuredClone(a.selectors) },
    [EXT.status]: a.body.status,
  };
  if (a.body.color !== undefined) w[EXT.color] = a.body.color;
  if (a.rev !== undefined) w[EXT.rev] = a.rev;
  if (a.orphan) w[EXT.orphan] = true;
  return w;
}

/** A story's live annotations as one AnnotationCollection (deleted rows are not exported). */
export function exportWebAnnotations(storyId: string, annotations: readonly Annotation[], label?: string): WebAnnotationCollection {
  const items = annotations.filter((a) => a.deletedAt === undefined).map(toWebAnnotation);
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

function invalid(message: string): CoreError {
  return new CoreError('invalid-format', message, { detail: message });
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function hasType(x: Record<string, unknown>, type: string): boolean {
  return x.type === type || (Array.isArray(x.type) && x.type.includes(type));
}

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
  throw invalid('Expected an AnnotationCollection, an AnnotationPage or an Annotation.');
}

function pageItems(page: Record<string, unknown>): unknown[] {
  if (!Array.isArray(page.items)) throw invalid('The annotation page has no "items" list.');
  if (page.next !== undefined) throw invalid('Multi-page collections are not supported; export all items in one page.');
  return page.items;
}

function stripPrefix(value: unknown, prefix: string, where: string, what: string): string {
  if (typeof value !== 'string' || !value.startsWith(prefix) || value.length === prefix.length) {
    throw invalid(`${where}: ${what} must start with ${prefix}`);
  }
  try {
    return decodeURIComponent(value.slice(prefix.length));
  } catch {
    throw invalid(`${where}: ${what} is not a valid URI`);
  }
}

function parseTime(value: unknown, where: string, field: string): number {
  const t = typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(t)) throw invalid(`${where}: "${field}" is not an ISO 8601 time`);
  return t;
}

/** The body fields carried by the TextualBodies, by purpose. */
function parseBodies(body: unknown, where: string): { note: string; category: unknown; suggestion?: string } {
  const list = Array.isArray(body) ? body : body === undefined ? [] : [body];
  const out: { note: string; category: unknown; suggestion?: string } = { note: '', category: undefined };
  for (const b of list) {
    if (!isObject(b) || !hasType(b, 'TextualBody') || typeof b.value !== 'string') {
      throw invalid(`${where}: every body must be a TextualBody with a text value`);
    }
    if (b.purpose === 'tagging') out.category = b.value;
    else if (b.purpose === 'editing') out.suggestion = b.value;
    else out.note = b.value; // commenting, or no purpose: the note
  }
  return out;
}

function parseTarget(target: unknown, where: string): { docId: string; paragraph: number; selectors: Annotation['selectors'] } {
  if (!isObject(target)) throw invalid(`${where}: the target must be an object with source and selector`);
  const source = stripPrefix(target.source, DOC_PREFIX, where, 'target.source');
  const m = /^(.*)#p(\d+)$/.exec(source);
  if (!m) throw invalid(`${where}: target.source must end with #p<paragraph>`);
  const selectors = Array.isArray(target.selector) ? target.selector : [target.selector];
  const find = (type: string) => selectors.find((s) => isObject(s) && s.type === type);
  return {
    docId: m[1]!,
    paragraph: checkParagraphIndex(Number(m[2]), where),
    selectors: checkSelectors(find('TextQuoteSelector'), find('TextPositionSelector'), where),
  };
}

function parseOne(raw: unknown, index: number, knownDocs: KnownDocs): Annotation {
  const where = `annotation ${index + 1}`;
  if (!isObject(raw) || !hasType(raw, 'Annotation')) throw invalid(`${where}: not an object of type "Annotation"`);
  const id = stripPrefix(raw.id, ANNOTATION_PREFIX, where, 'id');
  const target = parseTarget(raw.target, where);
  const storyId = knownDocs.get(target.docId);
  if (storyId === undefined) {
    throw new CoreError('unknown-document', `${where}: document ${target.docId} is not in this library.`, { name: target.docId });
  }
  const bodies = parseBodies(raw.body, where);
  const body = checkBody({ ...bodies, status: raw[EXT.status], color: raw[EXT.color] }, where);
  const rev = raw[EXT.rev];
  if (rev !== undefined && !(typeof rev === 'number' && Number.isInteger(rev) && rev >= 1)) throw invalid(`${where}: bad revision`);
  const a: Annotation = {
    id,
    storyId,
    docId: target.docId,
    paragraph: target.paragraph as ParagraphIndex,
    selectors: target.selectors,
    body,
    createdAt: parseTime(raw.created, where, 'created'),
    updatedAt: parseTime(raw.modified ?? raw.created, where, 'modified'),
  };
  if (rev !== undefined) a.rev = rev;
  if (raw[EXT.orphan] === true) a.orphan = true;
  return a;
}

/**
 * Parses exported JSON-LD (text or an already parsed value). All or nothing: any invalid
 * item or reference to a document this library does not have throws, with no partial result.
 */
export function parseWebAnnotations(json: string | unknown, knownDocIds: KnownDocs): Annotation[] {
  let root: unknown = json;
  if (typeof json === 'string') {
    try {
      root = JSON.parse(json);
    } catch (e) {
      throw invalid(`Not valid JSON: ${(e as Error).message}`);
    }
  }
  const items = itemsOf(root);
  const out = items.map((raw, i) => parseOne(raw, i, knownDocIds));
  const seen = new Set<string>();
  for (const a of out) {
    if (seen.has(a.id)) throw invalid(`Annotation ${a.id} appears twice.`);
    seen.add(a.id);
  }
  return out;
}
