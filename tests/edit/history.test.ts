import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apply,
  canRedo,
  canUndo,
  checkInvariant,
  createHistory,
  historyFromJSON,
  historyToJSON,
  nextRedo,
  nextUndo,
  record,
  redo,
  undo,
  type EditHistory,
  type EditOp,
} from '../../src/core/edit';
import { CoreError, type Bead, type BeadStatus, type ParagraphIndex } from '../../src/core/model';
import { rows, show } from './helpers';

describe('EditHistory', () => {
  it('undoes and redoes exactly, with labels for the UI', () => {
    const start = rows('1-1 1-0 0-1 2-2');
    let h = createHistory(start);
    expect(canUndo(h)).toBe(false);
    h = apply(h, { kind: 'link', row: 1 });
    h = apply(h, { kind: 'confirm', row: 0 });
    expect(show(h.beads)).toBe('0|0 1|1 2,3|2,3');
    expect(nextUndo(h)?.op.kind).toBe('confirm');
    h = undo(h);
    expect(nextRedo(h)?.op.kind).toBe('confirm');
    h = undo(h);
    expect(h.beads).toEqual(start);
    expect(canUndo(h)).toBe(false);
    expect(canRedo(h)).toBe(true);
    h = redo(redo(h));
    expect(h.beads[0]!.status).toBe('confirmed');
    expect(show(h.beads)).toBe('0|0 1|1 2,3|2,3');
  });

  it('stores a patch of the touched rows, not a snapshot', () => {
    const h = apply(createHistory(rows('1-1 '.repeat(1000))), { kind: 'merge', row: 500 });
    const step = h.past[0]!;
    expect(step.at).toBe(500);
    expect(step.before).toHaveLength(2);
    expect(step.after).toHaveLength(1);
  });

  it('a new edit ends the redo branch; an invalid edit changes nothing', () => {
    let h = apply(createHistory(rows('1-1 1-1 1-1')), { kind: 'merge', row: 0 });
    h = undo(h);
    h = apply(h, { kind: 'merge', row: 1 });
    expect(canRedo(h)).toBe(false);
    expect(() => apply(h, { kind: 'merge', row: 1 })).toThrow(CoreError);
    expect(() => redo(h)).toThrow(/nothing to redo/);
    expect(() => undo(undo(h))).toThrow(/nothing to undo/);
  });

  it('forgets the oldest steps beyond its limit', () => {
    let h = createHistory(rows('1-1 '.repeat(10)), 3);
    for (let k = 0; k < 5; k++) h = apply(h, { kind: 'merge', row: 0 });
    expect(h.past).toHaveLength(3);
  });

  it('records a whole-list change (re-alignment) as one undoable step', () => {
    const start = rows('1-1 1-1 1-1 1-1');
    const realigned = [...start.slice(0, 1), ...rows('2-2').map((r) => ({ ...r, a: [1, 2] as ParagraphIndex[], b: [1, 2] as ParagraphIndex[] })), start[3]!];
    let h = record(createHistory(start), realigned, 'realign');
    expect(h.past[0]).toMatchObject({ at: 1, op: { kind: 'replace', label: 'realign' } });
    expect(h.past[0]!.before).toHaveLength(2);
    expect(record(h, h.beads, 'nothing')).toBe(h);
    h = undo(h);
    expect(h.beads).toEqual(start);
  });

  it('survives JSON and refuses a history that no longer fits the rows', () => {
    let h = createHistory(rows('1-1 1-0 0-1 2-2'));
    h = apply(h, { kind: 'link', row: 1 });
    h = apply(h, { kind: 'split', row: 2, at: { a: 1, b: 1 } });
    h = undo(h);
    const json = JSON.parse(JSON.stringify(historyToJSON(h)));
    const back = historyFromJSON(json, h.beads);
    expect(back).toEqual(h);
    expect(undo(back).beads).toEqual(undo(h).beads);
    expect(() => historyFromJSON(json, rows('1-1 1-1 1-1'))).toThrow(/does not match/);
    expect(() => historyFromJSON({ version: 2 }, h.beads)).toThrow(CoreError);
    expect(() => historyFromJSON({ ...json, past: [{ op: {}, at: 0, before: [], after: [] }] }, h.beads)).toThrow(/malformed/);
  });
});

/* ------------------------------------------------------------------ property test */

const STATUSES: BeadStatus[] = ['auto', 'confirmed', 'edited'];

/** Random valid bead lists: shapes up to 3-3 (never 0-0), random statuses and figures. */
const beadList = fc
  .array(
    fc.record({
      da: fc.integer({ min: 0, max: 3 }),
      db: fc.integer({ min: 0, max: 3 }),
      status: fc.constantFrom(...STATUSES),
      score: fc.double({ min: 0, max: 1, noNaN: true }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      linked: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .map((specs) => {
    let a = 0;
    let b = 0;
    return specs
      .filter((s) => s.da + s.db > 0)
      .map((s): Bead => {
        const bead: Bead = {
          a: Array.from({ length: s.da }, () => a++ as ParagraphIndex),
          b: Array.from({ length: s.db }, () => b++ as ParagraphIndex),
          score: s.score,
          confidence: s.confidence,
          status: s.status,
        };
        // One sentence per paragraph, linked in order: enough to exercise merging links.
        if (s.linked && s.da > 0 && s.db > 0) bead.sentences = [[bead.a.map((_, k) => k), bead.b.map((_, k) => k)]];
        return bead;
      });
  });

const row = fc.integer({ min: -1, max: 9 }); // mostly real rows, sometimes out of range
const side = fc.constantFrom('a' as const, 'b' as const);
const opArb: fc.Arbitrary<EditOp> = fc.oneof(
  fc.record({ kind: fc.constant('merge' as const), row }),
  fc.record({ kind: fc.constant('link' as const), row }),
  fc.record({ kind: fc.constant('split' as const), row, at: fc.record({ a: fc.integer({ min: 0, max: 3 }), b: fc.integer({ min: 0, max: 3 }) }) }),
  fc.record({ kind: fc.constant('split-singletons' as const), row }),
  fc.record({ kind: fc.constant('move' as const), row, side, direction: fc.constantFrom('up' as const, 'down' as const) }),
  fc.record({ kind: fc.constant('unlink' as const), row, side, paragraph: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ kind: fc.constant('confirm' as const), row }),
  fc.record({ kind: fc.constant('unconfirm' as const), row, to: fc.constantFrom('auto' as const, 'edited' as const) }),
);
type Action = { do: EditOp } | { undo: true } | { redo: true };
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 4, arbitrary: opArb.map((op) => ({ do: op })) },
  { weight: 1, arbitrary: fc.constant({ undo: true as const }) },
  { weight: 1, arbitrary: fc.constant({ redo: true as const }) },
);

function lengths(beads: readonly Bead[]): [number, number] {
  return [beads.reduce((n, r) => n + r.a.length, 0), beads.reduce((n, r) => n + r.b.length, 0)];
}

/** Runs one action against the history and a reference model of snapshots. */
function step(h: EditHistory, model: { done: Bead[][]; undone: Bead[][] }, action: Action): EditHistory {
  if ('undo' in action) {
    if (!canUndo(h)) return h;
    const next = undo(h);
    model.undone.push(model.done.pop()!);
    expect(next.beads).toEqual(model.done[model.done.length - 1]);
    return next;
  }
  if ('redo' in action) {
    if (!canRedo(h)) return h;
    const next = redo(h);
    model.done.push(model.undone.pop()!);
    expect(next.beads).toEqual(model.done[model.done.length - 1]);
    return next;
  }
  const before = structuredClone(h.beads);
  try {
    const next = apply(h, action.do);
    model.done.push(structuredClone(next.beads) as Bead[]);
    model.undone = [];
    return next;
  } catch (e) {
    expect(e).toBeInstanceOf(CoreError);
    expect((e as CoreError).code).toBe('invalid-operation');
    expect(h.beads).toEqual(before); // a refused edit changes nothing
    return h;
  }
}

describe('property: random edit sequences', () => {
  it('keep the invariant, and undo/redo return exactly to earlier states', () => {
    fc.assert(
      fc.property(beadList, fc.array(actionArb, { maxLength: 60 }), (start, actions) => {
        const [lenA, lenB] = lengths(start);
        let h = createHistory(start, 1000);
        const model = { done: [structuredClone(start)], undone: [] as Bead[][] };
        for (const action of actions) {
          h = step(h, model, action);
          expect(checkInvariant(h.beads, lenA, lenB)).toEqual({ ok: true });
        }
        // The saved history rebuilds the same state, and undoing everything gives the start.
        h = historyFromJSON(JSON.parse(JSON.stringify(historyToJSON(h))), h.beads);
        while (canUndo(h)) h = undo(h);
        expect(h.beads).toEqual(start);
      }),
      { numRuns: 400 },
    );
  });
});
