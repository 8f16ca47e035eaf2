import type { Annotation, AnnotationCategory, TextPositionSelector, TextQuoteSelector } from '../model';
import { CoreError } from '../model';

/**
 * Checks shared by everything that lets an annotation in: the repository (user input) and the
 * JSON-LD and CSV importers (files). One place, so a file cannot store what a form could not.
 */

export const ANNOTATION_CATEGORIES: readonly AnnotationCategory[] = [
  'mistranslation',
  'garbled-name',
  'omission',
  'addition',
  'terminology',
  'question',
  'good-example',
];
export type AnnotationStatus = Annotation['body']['status'];
export const ANNOTATION_STATUSES: readonly AnnotationStatus[] = ['open', 'resolved'];

/** Generous, but bounds what one pasted note can make the database carry. */
export const MAX_NOTE_LENGTH = 20_000;
/** A CSS hex colour or a palette token such as "amber" (the UI maps tokens to colours). */
const COLOR = /^(#[0-9a-fA-F]{3,8}|[a-z][a-z0-9-]{0,31})$/;

export function isCategory(x: unknown): x is AnnotationCategory {
  return typeof x === 'string' && (ANNOTATION_CATEGORIES as readonly string[]).includes(x);
}

export function isStatus(x: unknown): x is AnnotationStatus {
  return typeof x === 'string' && (ANNOTATION_STATUSES as readonly string[]).includes(x);
}

function invalid(where: string, what: string): CoreError {
  return new CoreError('invalid-format', `${where}: ${what}`, { detail: `${where}: ${what}` });
}

/** Optional texts: empty means absent, so '' and undefined cannot diverge across formats. */
function optionalText(value: unknown, where: string, field: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') throw invalid(where, `${field} must be text`);
  if (value.length > MAX_NOTE_LENGTH) throw invalid(where, `${field} is longer than ${MAX_NOTE_LENGTH} characters`);
  return value;
}

/** A body as stored: known category and status, note text, optional colour and suggestion. */
export function checkBody(raw: unknown, where = 'annotation'): Annotation['body'] {
  const b = (raw ?? {}) as Record<string, unknown>;
  const note = b.note ?? '';
  if (typeof note !== 'string') throw invalid(where, 'the note must be text');
  if (note.length > MAX_NOTE_LENGTH) throw invalid(where, `the note is longer than ${MAX_NOTE_LENGTH} characters`);
  if (!isCategory(b.category)) throw invalid(where, `unknown category "${String(b.category)}"`);
  const status = b.status ?? 'open';
  if (!isStatus(status)) throw invalid(where, `unknown status "${String(status)}"`);
  const color = optionalText(b.color, where, 'colour');
  if (color !== undefined && !COLOR.test(color)) throw invalid(where, `"${color}" is not a colour`);
  const suggestion = optionalText(b.suggestion, where, 'suggestion');
  return {
    note,
    category: b.category,
    status,
    ...(color !== undefined ? { color } : {}),
    ...(suggestion !== undefined ? { suggestion } : {}),
  };
}

/**
 * Whole numbers a file may give as offsets or paragraph numbers: safe integers only, so that
 * nothing stored can come out of String() as "1e+21" and be refused by our own CSV import.
 */
const isOffset = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

/** A quote and a position that describe a non-empty span. */
export function checkSelectors(quote: unknown, position: unknown, where = 'annotation'): [TextQuoteSelector, TextPositionSelector] {
  const q = (quote ?? {}) as Record<string, unknown>;
  const p = (position ?? {}) as Record<string, unknown>;
  if (typeof q.exact !== 'string' || q.exact.length === 0) throw invalid(where, 'the quoted text is missing');
  if (typeof (q.prefix ?? '') !== 'string' || typeof (q.suffix ?? '') !== 'string') throw invalid(where, 'prefix and suffix must be text');
  if (!isOffset(p.start) || !isOffset(p.end) || p.end <= p.start) throw invalid(where, 'start and end must be offsets with start < end');
  return [
    { type: 'TextQuoteSelector', exact: q.exact, prefix: (q.prefix as string | undefined) ?? '', suffix: (q.suffix as string | undefined) ?? '' },
    { type: 'TextPositionSelector', start: p.start, end: p.end },
  ];
}

export function checkTimestamp(x: unknown, where: string, field: string): number {
  if (typeof x !== 'number' || !Number.isFinite(x) || x < 0) throw invalid(where, `${field} is not a time`);
  return x;
}

export function checkParagraphIndex(x: unknown, where: string): number {
  if (!isOffset(x)) throw invalid(where, 'the paragraph must be a whole number ≥ 0');
  return x;
}
