import type { AnnotationCategory, Document, DocumentMeta, Flag, FlagCheck } from '../../core/model';

/** The checks in the order the panel lists them. */
export const FLAG_CHECKS: readonly FlagCheck[] = ['name-variants', 'name-mismatch', 'number-mismatch', 'omission', 'untranslated', 'word-mismatch'];

/** What the checks run on: the reader's first pair, oriented translation first. */
export interface CheckPair {
  /** The translation: flags on side A are in it. */
  a: Document;
  /** Its source. */
  b: Document;
  /** The story's other live documents (the checks' worker reads them by id). */
  others: DocumentMeta[];
}

const TRANSLATION = new Set(['translation-of', 'machine-translation-of']);

/** True when `doc` says it is a translation of `of`. */
export function isTranslationOf(doc: DocumentMeta, of: DocumentMeta): boolean {
  return !!doc.relation && TRANSLATION.has(doc.relation.kind) && doc.relation.docId === of.id;
}

/**
 * The pair to check, from the reader's first two columns. The translation becomes A whatever
 * the column order, so flag ids (which name the side) and a reviewer's dismissals do not
 * depend on how the columns were picked; the worker turns the beads to match (beadsFrom).
 */
export function checkPair(columns: readonly Document[], story: readonly DocumentMeta[]): CheckPair | null {
  const [first, second] = columns;
  if (!first || !second) return null;
  const swap = isTranslationOf(second, first) && !isTranslationOf(first, second);
  const others = story.filter((d) => d.id !== first.id && d.id !== second.id && d.deletedAt === undefined);
  return swap ? { a: second, b: first, others } : { a: first, b: second, others };
}

/**
 * The annotation a flag becomes with one click: names are garbled names; text the
 * translation lacks is an omission, text only the translation has an addition; the rest
 * (numbers, near-miss words, text left in another language) a mistranslation, except site
 * furniture, which is a question for whoever prepared the text.
 */
export function categoryFor(flag: Pick<Flag, 'check' | 'span' | 'data'>): AnnotationCategory {
  switch (flag.check) {
    case 'name-variants':
    case 'name-mismatch':
      return 'garbled-name';
    case 'omission':
      return flag.span?.side === 'a' && flag.data?.kind === 'no-counterpart' ? 'addition' : 'omission';
    case 'untranslated':
      return flag.data?.kind === 'boilerplate' ? 'question' : 'mistranslation';
    default:
      return 'mistranslation';
  }
}

/** Open flags per check and in all: a run's counts less the flags that have a decision. */
export function openCounts(counts: Partial<Record<FlagCheck, number>>, decided: ReadonlyMap<string, FlagCheck>): Record<FlagCheck | 'all', number> {
  const out = Object.fromEntries([...FLAG_CHECKS, 'all'].map((c) => [c, 0])) as Record<FlagCheck | 'all', number>;
  for (const c of FLAG_CHECKS) out[c] = counts[c] ?? 0;
  for (const c of decided.values()) out[c] = Math.max(0, out[c] - 1);
  out.all = FLAG_CHECKS.reduce((n, c) => n + out[c], 0);
  return out;
}
