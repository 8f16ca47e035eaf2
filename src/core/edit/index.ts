/**
 * Hand correction of an alignment: pure edit operations on bead lists, their undo history,
 * and re-alignment around confirmed rows. No DOM, no storage: the UI and the worker call in.
 */
export { checkInvariant, sideLengths, type InvariantResult } from './invariant';
export {
  applyOp,
  canApply,
  confirmRow,
  EDITED_CONFIDENCE,
  EDITED_SCORE,
  linkWithNext,
  mergeWithNext,
  moveParagraph,
  splitIntoSingletons,
  splitRow,
  unconfirmRow,
  unlinkParagraph,
  type EditKind,
  type EditOp,
  type Side,
  type SplitPoint,
} from './ops';
export {
  apply,
  canRedo,
  canUndo,
  createHistory,
  DEFAULT_HISTORY_LIMIT,
  diffRows,
  dropRedo,
  dropUndo,
  historyFromJSON,
  historyOf,
  historyOfTab,
  locate,
  historyToJSON,
  nextRedo,
  nextUndo,
  rebaseHistory,
  record,
  redo,
  sameBead,
  undo,
  type EditHistory,
  type HistoryJson,
  type HistoryStep,
} from './history';
export { realignKeeping, type AlignFn, type RealignOptions } from './realign';
export { conflictRegion, rebase, type EditConflict, type Patch } from './rebase';
