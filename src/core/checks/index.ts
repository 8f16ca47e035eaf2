/**
 * Reviewer checks: what a machine translation broke, found without a model. Each check is
 * a pure function of the pair (documents and beads); runChecks runs them all and returns the
 * flags in reading order. Pure TypeScript: runs in a worker, in Node and in vitest.
 */
import type { Flag } from '../model';
import { sortFlags } from './flag';
import { checkNameMismatch } from './mismatch';
import { checkNumbers } from './numbers';
import { checkOmissions } from './omission';
import { checkUntranslated } from './untranslated';
import { checkNameVariants } from './variants';
import { checkWordMismatch } from './wordMismatch';
import type { Check, CheckInput } from './types';

export type { Check, CheckDoc, CheckInput, Entity, Spelling } from './types';
export { nameIndex } from './entities';
export { checkNameMismatch } from './mismatch';
export { checkNumbers, numberItems, numberKey } from './numbers';
export { checkOmissions, ratioScale } from './omission';
export { checkUntranslated, untranslatedIn } from './untranslated';
export { checkNameVariants } from './variants';
export { checkWordMismatch } from './wordMismatch';
export { hash53 } from './flag';
export { beadsFrom, swapBead } from './beads';
export { forPage, occurrenceCount } from './forPage';

export const CHECKS: Readonly<Record<string, Check>> = {
  'name-variants': checkNameVariants,
  'name-mismatch': checkNameMismatch,
  'number-mismatch': checkNumbers,
  omission: checkOmissions,
  untranslated: checkUntranslated,
  'word-mismatch': checkWordMismatch,
};

/**
 * The order runChecks runs them in: the checks that read each bead once come before the name
 * checks, whose caches fill the heap and make every later allocation dearer. The order
 * changes no flag (each check is a pure function of the pair; ids carry their check's name).
 */
const RUN_ORDER: readonly string[] = ['number-mismatch', 'omission', 'untranslated', 'word-mismatch', 'name-variants', 'name-mismatch'];

/**
 * The checks a second worker can run beside the rest, the name index going with the rest: name
 * mismatch, about half of the CPU on a book, so that two workers finish in about half the time.
 * On a long pair the other checks grow faster than name mismatch (whose work is per distinct name
 * and word more than per paragraph), so the numbers check joins it there to even the halves.
 */
export function apartChecks(input: CheckInput): string[] {
  return input.a.paragraphs.length + input.b.paragraphs.length > LONG_PAIR ? ['name-mismatch', 'number-mismatch'] : ['name-mismatch'];
}

/** Paragraphs of both sides past which a pair is long (apartChecks). */
const LONG_PAIR = 40_000;

/** The checks of runChecks that are not in `apart`, in its order. */
export function checksBesides(apart: readonly string[]): string[] {
  return RUN_ORDER.filter((name) => !apart.includes(name));
}

/** The flags of the named checks on the pair, each check's list apart (for mergeFlags). */
export function runCheckGroup(input: CheckInput, names: readonly string[]): Record<string, Flag[]> {
  const out: Record<string, Flag[]> = {};
  for (const name of RUN_ORDER) if (names.includes(name)) out[name] = CHECKS[name]!(input);
  return out;
}

/**
 * The flags of every check from each check's list (from one worker or several), as runChecks
 * returns them: lists taken in runChecks' order, each id once, sorted.
 */
export function mergeFlags(byCheck: Readonly<Record<string, Flag[]>>): Flag[] {
  const seen = new Set<string>();
  const flags = RUN_ORDER.flatMap((name) => byCheck[name] ?? []).filter((f) => !seen.has(f.id) && (seen.add(f.id), true));
  return sortFlags(flags);
}

/** Every check on the pair; flags sorted by side, paragraph and offset, ids unique. */
export function runChecks(input: CheckInput): Flag[] {
  return mergeFlags(runCheckGroup(input, RUN_ORDER));
}
