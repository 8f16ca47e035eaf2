import type { Flag, FlagOccurrence } from '../model';
import type { Entity } from './types';

/** Occurrences of a spelling kept in what the page receives: enough to jump to the first. */
export const OCCURRENCE_SAMPLE = 3;

/** How many times a spelling occurs, whether its occurrences are all there or a sample. */
export function occurrenceCount(s: { occurrences: readonly FlagOccurrence[]; count?: number }): number {
  return s.count ?? s.occurrences.length;
}

function sample<T extends { occurrences: FlagOccurrence[]; count?: number }>(s: T): T {
  return s.occurrences.length <= OCCURRENCE_SAMPLE ? s : { ...s, occurrences: s.occurrences.slice(0, OCCURRENCE_SAMPLE), count: occurrenceCount(s) };
}

/**
 * The checks' results as the page needs them: every name's occurrences were most of the reply
 * (1.1 of 1.6 MB for a 5,000-paragraph pair, tens of thousands of small objects the page
 * copies in one task), and the page shows only how many there are. Spellings keep their
 * first few occurrences and their count.
 */
export function forPage(flags: Flag[], entities: Entity[]): { flags: Flag[]; entities: Entity[] } {
  return {
    flags: flags.map((f) => (f.data?.variants ? { ...f, data: { ...f.data, variants: f.data.variants.map(sample) } } : f)),
    entities: entities.map((e) => ({ ...e, spellings: e.spellings.map(sample) })),
  };
}
