import { canApply, type EditOp } from '../../core/edit';
import { t } from '../../i18n';
import type { Command } from './commands';
import { targetOf } from './keys';
import type { ReaderSessionBase } from './session';

/**
 * Every command of the reader, once. Row commands act on the current row, which is the row of
 * the focused paragraph (never the one under the pointer); alignment edits work in edit mode.
 */
export function readerCommands(s: ReaderSessionBase): Command[] {
  const editing = () => s.mode() === 'edit' && !!s.editable();
  const row = () => s.currentRow();
  const f = () => s.focusedSide();
  const can = (op: EditOp | null) => editing() && !!op && canApply(s.editor.beads(), op);
  const edit = (op: () => EditOp | null) => () => {
    const o = op();
    if (o) s.editor.edit(o);
  };
  const rowOp = (kind: 'merge' | 'split-singletons' | 'link') => () => (row() >= 0 ? ({ kind, row: row() } as EditOp) : null);
  const move = (direction: 'up' | 'down') => () => (f() ? ({ kind: 'move', row: f()!.row, side: f()!.side, direction } as EditOp) : null);
  const unlink = () => (f() ? ({ kind: 'unlink', row: f()!.row, side: f()!.side, paragraph: f()!.paragraph } as EditOp) : null);
  const confirmed = () => s.editor.beads()[row()]?.status === 'confirmed';
  const confirm = () => (row() >= 0 ? ({ kind: confirmed() ? 'unconfirm' : 'confirm', row: row() } as EditOp) : null);
  const nav = (id: string, keys: string[], help: string, key: string): Command => ({
    id,
    keys,
    help,
    label: () => t(help),
    inParagraph: true,
    enabled: () => !!s.focus(),
    run: () => {
      const fp = s.focus();
      const to = fp && targetOf(key, s.rows(), s.currentRow(), fp.col, s.view()?.rtl() ?? false);
      if (to) void s.actions.reveal(to[0], to[1]);
    },
  });
  const word = (id: string, keys: string[], dir: 1 | -1): Command => ({
    id,
    keys,
    help: 'shortcuts.words',
    label: () => t('shortcuts.words'),
    inParagraph: true,
    enabled: () => !!s.focus() && s.currentRow() >= 0,
    run: () => void s.words.step(s.currentRow(), s.focus()!.col, s.focus()!.paragraph, dir),
  });
  const current = () => s.annotations().find((a) => a.id === s.activeAnnotation());
  const op = (id: string, keys: string[], label: string, help: string, make: () => EditOp | null): Command => ({
    id,
    keys,
    label: () => t(label),
    help,
    toolbar: true,
    enabled: () => can(make()),
    run: edit(make),
  });
  return [
    nav('row-up', ['ArrowUp', 'k'], 'shortcuts.rows', 'ArrowUp'),
    nav('row-down', ['ArrowDown', 'j'], 'shortcuts.rows', 'ArrowDown'),
    nav('column-left', ['ArrowLeft'], 'shortcuts.columns', 'ArrowLeft'),
    nav('column-right', ['ArrowRight'], 'shortcuts.columns', 'ArrowRight'),
    word('next-word', ['w'], 1),
    word('previous-word', ['Shift+W'], -1),
    {
      id: 'edit-mode',
      keys: [],
      label: () => t('edit.mode'),
      enabled: () => !!s.editable(),
      run: () => s.actions.setMode(s.mode() === 'edit' ? 'read' : 'edit'),
    },
    {
      id: 'confirm',
      keys: ['c'],
      label: () => t(confirmed() ? 'edit.unconfirm' : 'edit.confirm'),
      help: 'shortcuts.confirm',
      toolbar: true,
      enabled: () => editing() && row() >= 0 && row() < s.editor.beads().length,
      run: edit(confirm),
    },
    op('merge', ['m'], 'edit.merge', 'shortcuts.merge', rowOp('merge')),
    op('split', ['s'], 'edit.split', 'shortcuts.split', rowOp('split-singletons')),
    op('link', ['l'], 'edit.link', 'shortcuts.link', rowOp('link')),
    op('move-up', ['Alt+ArrowUp'], 'edit.moveUp', 'shortcuts.move', move('up')),
    op('move-down', ['Alt+ArrowDown'], 'edit.moveDown', 'shortcuts.move', move('down')),
    op('unlink', ['x'], 'edit.unlink', 'shortcuts.unlink', unlink),
    { id: 'undo', keys: ['Ctrl+Z'], label: () => t('edit.undo'), help: 'shortcuts.undoRedo', toolbar: true, enabled: () => editing() && s.editor.canUndo(), run: () => s.editor.undo() },
    { id: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], label: () => t('edit.redo'), help: 'shortcuts.undoRedo', toolbar: true, enabled: () => editing() && s.editor.canRedo(), run: () => s.editor.redo() },
    { id: 'next-low', keys: ['g'], label: () => t('edit.nextLow'), help: 'shortcuts.jump', toolbar: true, enabled: editing, run: () => s.actions.jumpRow('low') },
    { id: 'next-unconfirmed', keys: ['u'], label: () => t('edit.nextUnconfirmed'), help: 'shortcuts.jump', toolbar: true, enabled: editing, run: () => s.actions.jumpRow('unconfirmed') },
    {
      id: 'realign',
      keys: [],
      label: () => t(s.editor.realigning() ? 'reader.aligning' : 'edit.realign'),
      toolbar: true,
      enabled: () => editing() && !s.editor.realigning(),
      run: () => void s.editor.realign(),
    },
    { id: 'annotate', keys: ['a'], label: () => t('annotate.annotateSelection'), help: 'shortcuts.annotate', enabled: () => !!s.selection(), run: () => s.actions.annotateSelection() },
    { id: 'next-annotation', keys: ['n'], label: () => t('shortcuts.nextPrev'), help: 'shortcuts.nextPrev', enabled: () => s.annotations().length > 0, run: () => s.actions.stepAnnotation(1) },
    { id: 'previous-annotation', keys: ['p'], label: () => t('shortcuts.nextPrev'), help: 'shortcuts.nextPrev', enabled: () => s.annotations().length > 0, run: () => s.actions.stepAnnotation(-1) },
    { id: 'next-flag', keys: ['f'], label: () => t('shortcuts.flags'), help: 'shortcuts.flags', enabled: () => s.checks.counts().all > 0, run: () => void s.actions.stepFlag(1) },
    { id: 'previous-flag', keys: ['Shift+F'], label: () => t('shortcuts.flags'), help: 'shortcuts.flags', enabled: () => s.checks.counts().all > 0, run: () => void s.actions.stepFlag(-1) },
    { id: 'edit-annotation', keys: ['e'], label: () => t('shortcuts.edit'), help: 'shortcuts.edit', enabled: () => !!current(), run: () => s.actions.setEditorTarget({ kind: 'edit', annotation: current()! }) },
    {
      id: 'resolve-annotation',
      keys: ['r'],
      label: () => t('shortcuts.resolve'),
      help: 'shortcuts.resolve',
      enabled: () => !!current(),
      run: () => void s.annotationWrites.toggleStatus(current()!),
    },
    { id: 'help', keys: ['?'], label: () => t('app.shortcuts'), help: 'shortcuts.help', enabled: () => true, run: () => s.actions.setHelp(true) },
  ];
}
