import type { Bead } from '../model';
import { CoreError } from '../model';
import { applyOp, type EditOp } from './ops';

/**
 * Undo and redo as plain data. Each step stores a patch, not a snapshot: the first row that
 * changed, the rows that were there before and the rows put there after. Every edit touches
 * a few adjacent rows, so a step costs a few beads whatever the alignment's size, and undo
 * and redo are exact (the stored beads come back as they were, figures and all), unlike
 * inverse operations, which could not restore a merged row's score or sentence links.
 *
 * The same patches record changes made outside the operations (re-alignment, an import):
 * `record` diffs the old and new lists by their common prefix and suffix.
 *
 * The state is serialisable: `historyToJSON` gives the steps without the beads (the
 * alignment record stores those), and `historyFromJSON` checks the steps still fit the
 * stored beads before trusting them.
 */

export interface HistoryStep {
  /** What was done: an operation, or a label for a whole-list change such as 'realign'. */
  op: EditOp | { kind: 'replace'; label: string };
  /** First row the step changed. */
  at: number;
  before: Bead[];
  after: Bead[];
}

export interface EditHistory {
  readonly beads: readonly Bead[];
  /** Oldest first; the last step is the one undo takes back. */
  readonly past: readonly HistoryStep[];
  /** The last step is the one redo does again. */
  readonly future: readonly HistoryStep[];
  /** Most steps kept in `past`; the oldest are forgotten beyond it. */
  readonly limit: number;
}

/** Enough for a long review session; a step is a few beads, so this is well under 1 MB. */
export const DEFAULT_HISTORY_LIMIT = 500;

export function createHistory(beads: readonly Bead[], limit = DEFAULT_HISTORY_LIMIT): EditHistory {
  return { beads, past: [], future: [], limit };
}

function sameNumbers(x: readonly number[], y: readonly number[]): boolean {
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

function sameSentences(x: Bead['sentences'], y: Bead['sentences']): boolean {
  if (!x || !y) return x === y;
  return x.length === y.length && x.every((l, i) => sameNumbers(l[0], y[i]![0]) && sameNumbers(l[1], y[i]![1]));
}

/** Beads equal by value (the history compares rows that went through JSON). */
export function sameBead(x: Bead, y: Bead): boolean {
  if (x === y) return true;
  return (
    x.status === y.status &&
    x.score === y.score &&
    x.confidence === y.confidence &&
    sameNumbers(x.a, y.a) &&
    sameNumbers(x.b, y.b) &&
    sameSentences(x.sentences, y.sentences)
  );
}

/** The smallest patch turning `from` into `to`: what lies between their common ends. */
export function diffRows(from: readonly Bead[], to: readonly Bead[]): { at: number; before: Bead[]; after: Bead[] } {
  const max = Math.min(from.length, to.length);
  let at = 0;
  while (at < max && sameBead(from[at]!, to[at]!)) at++;
  let tail = 0;
  while (tail < max - at && sameBead(from[from.length - 1 - tail]!, to[to.length - 1 - tail]!)) tail++;
  return { at, before: from.slice(at, from.length - tail), after: to.slice(at, to.length - tail) };
}

function splice(beads: readonly Bead[], at: number, remove: number, insert: readonly Bead[]): Bead[] {
  return [...beads.slice(0, at), ...insert, ...beads.slice(at + remove)];
}

/** Adds a step that leads to `beads`; a new edit ends the redo branch. */
function push(history: EditHistory, op: HistoryStep['op'], beads: readonly Bead[]): EditHistory {
  const patch = diffRows(history.beads, beads);
  if (patch.before.length === 0 && patch.after.length === 0) return history;
  const past = [...history.past, { op, ...patch }];
  return { ...history, beads, past: past.slice(Math.max(0, past.length - history.limit)), future: [] };
}

/** Applies an edit and remembers it. Throws (changing nothing) when the edit does not apply. */
export function apply(history: EditHistory, op: EditOp): EditHistory {
  return push(history, op, applyOp(history.beads, op));
}

/** Remembers a change made by other means (re-alignment), so it can be undone too. */
export function record(history: EditHistory, beads: readonly Bead[], label: string): EditHistory {
  return push(history, { kind: 'replace', label }, beads);
}

export const canUndo = (history: EditHistory): boolean => history.past.length > 0;
export const canRedo = (history: EditHistory): boolean => history.future.length > 0;

/** The step undo would take back (for a label such as "Undo merge"), if any. */
export const nextUndo = (history: EditHistory): HistoryStep | undefined => history.past[history.past.length - 1];
export const nextRedo = (history: EditHistory): HistoryStep | undefined => history.future[history.future.length - 1];

function fits(beads: readonly Bead[], at: number, rows: readonly Bead[]): boolean {
  return at >= 0 && at + rows.length <= beads.length && rows.every((r, k) => sameBead(r, beads[at + k]!));
}

/**
 * Where `rows` stand in `beads` now, or -1 when they are not there as they were. Another tab
 * may have added or removed rows above them since, so `hint` (where they were) is tried
 * first and then the row holding their first paragraph: a paragraph is in exactly one row
 * (see invariant.ts), so there is at most one place to look.
 */
export function locate(beads: readonly Bead[], rows: readonly Bead[], hint: number): number {
  if (rows.length === 0) return Math.min(Math.max(hint, 0), beads.length);
  if (fits(beads, hint, rows)) return hint;
  const first = rows[0]!;
  const side = first.a.length ? 'a' : 'b';
  const p = first[side][0]!;
  for (let k = 0; k < beads.length; k++) {
    if (beads[k]![side].includes(p)) return fits(beads, k, rows) ? k : -1;
  }
  return -1;
}

function changedElsewhere(what: 'undo' | 'redo'): CoreError {
  const message = `The rows this ${what} would change were changed in another tab.`;
  return new CoreError('conflict', message, { detail: message });
}

/**
 * Takes back the last step, wherever its rows are now. Throws CoreError('conflict') when
 * another tab changed those rows since (the caller may then `dropUndo` the step).
 */
export function undo(history: EditHistory): EditHistory {
  const step = nextUndo(history);
  if (!step) throw new CoreError('invalid-operation', 'There is nothing to undo.', { detail: 'There is nothing to undo.' });
  const at = locate(history.beads, step.after, step.at);
  if (at < 0) throw changedElsewhere('undo');
  return {
    ...history,
    beads: splice(history.beads, at, step.after.length, step.before),
    past: history.past.slice(0, -1),
    future: [...history.future, { ...step, at }],
  };
}

export function redo(history: EditHistory): EditHistory {
  const step = nextRedo(history);
  if (!step) throw new CoreError('invalid-operation', 'There is nothing to redo.', { detail: 'There is nothing to redo.' });
  const at = locate(history.beads, step.before, step.at);
  if (at < 0) throw changedElsewhere('redo');
  return {
    ...history,
    beads: splice(history.beads, at, step.before.length, step.after),
    past: [...history.past, { ...step, at }],
    future: history.future.slice(0, -1),
  };
}

/** Forgets the step undo (or redo) would take, when another tab's edit made it impossible. */
export const dropUndo = (history: EditHistory): EditHistory => ({ ...history, past: history.past.slice(0, -1) });
export const dropRedo = (history: EditHistory): EditHistory => ({ ...history, future: history.future.slice(0, -1) });

/** The same steps over other rows: another tab's edits arrived, this tab's history stays. */
export const rebaseHistory = (history: EditHistory, beads: readonly Bead[]): EditHistory => ({ ...history, beads });

/* ------------------------------------------------------------------ persistence */

export interface HistoryJson {
  version: 1;
  limit: number;
  past: HistoryStep[];
  future: HistoryStep[];
}

/** The steps, without the current beads (stored with the alignment). */
export function historyToJSON(history: EditHistory): HistoryJson {
  return { version: 1, limit: history.limit, past: [...history.past], future: [...history.future] };
}

function badHistory(why: string): CoreError {
  const message = `The saved edit history cannot be used: ${why}.`;
  return new CoreError('invalid-format', message, { detail: message });
}

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0);

function isBead(v: unknown): v is Bead {
  const b = v as Partial<Bead> | null;
  return (
    typeof b === 'object' &&
    b !== null &&
    isIndexList(b.a) &&
    isIndexList(b.b) &&
    typeof b.score === 'number' &&
    typeof b.confidence === 'number' &&
    (b.status === 'auto' || b.status === 'confirmed' || b.status === 'edited') &&
    (b.sentences === undefined || (Array.isArray(b.sentences) && b.sentences.every((l) => Array.isArray(l) && l.length === 2 && isIndexList(l[0]) && isIndexList(l[1]))))
  );
}

function isStep(v: unknown): v is HistoryStep {
  const s = v as Partial<HistoryStep> | null;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.op === 'object' &&
    s.op !== null &&
    typeof (s.op as { kind?: unknown }).kind === 'string' &&
    Number.isInteger(s.at) &&
    (s.at ?? -1) >= 0 &&
    Array.isArray(s.before) &&
    s.before.every(isBead) &&
    Array.isArray(s.after) &&
    s.after.every(isBead)
  );
}

/** Undoes every past step and redoes every future one, checking each finds its rows. */
function checkSteps(history: EditHistory): void {
  let state: EditHistory = history;
  for (let k = history.past.length - 1; k >= 0; k--) {
    const step = history.past[k]!;
    if (!fits(state.beads, step.at, step.after)) throw badHistory(`undo step ${k + 1} does not match the rows`);
    state = undo(state);
  }
  state = history;
  for (let k = history.future.length - 1; k >= 0; k--) {
    const step = history.future[k]!;
    if (!fits(state.beads, step.at, step.before)) throw badHistory(`redo step ${history.future.length - k} does not match the rows`);
    state = redo(state);
  }
}

/**
 * A history saved by `historyToJSON`, over the alignment's current beads. Throws
 * CoreError('invalid-format') when the data is malformed or the beads changed since (the
 * UI then starts a fresh history with `createHistory`).
 */
export function historyFromJSON(json: unknown, beads: readonly Bead[]): EditHistory {
  const j = json as Partial<HistoryJson> | null;
  if (typeof j !== 'object' || j === null || j.version !== 1) throw badHistory('unknown version');
  if (!Number.isInteger(j.limit) || (j.limit ?? 0) < 1) throw badHistory('bad limit');
  if (!Array.isArray(j.past) || !Array.isArray(j.future) || !j.past.every(isStep) || !j.future.every(isStep)) {
    throw badHistory('malformed steps');
  }
  const history: EditHistory = { beads, past: j.past, future: j.future, limit: j.limit! };
  checkSteps(history);
  return history;
}

/**
 * A tab's own history over rows other tabs may have changed since: steps are checked for
 * shape only, and each undo finds its rows where they are now (or reports that it cannot).
 * Malformed data gives a fresh history.
 */
export function historyOfTab(beads: readonly Bead[], json: unknown): EditHistory {
  const j = json as Partial<HistoryJson> | null;
  if (typeof j !== 'object' || j === null || j.version !== 1 || !Number.isInteger(j.limit) || (j.limit ?? 0) < 1) return createHistory(beads);
  if (!Array.isArray(j.past) || !Array.isArray(j.future) || !j.past.every(isStep) || !j.future.every(isStep)) return createHistory(beads);
  return { beads, past: j.past, future: j.future, limit: j.limit! };
}

/**
 * The history saved with `beads` when it still fits them, else a fresh one: steps that no
 * longer fit the rows (another version's, a damaged record) are dropped and the rows kept.
 */
export function historyOf(beads: readonly Bead[], json: unknown): EditHistory {
  if (json === undefined || json === null) return createHistory(beads);
  try {
    return historyFromJSON(json, beads);
  } catch {
    return createHistory(beads);
  }
}
