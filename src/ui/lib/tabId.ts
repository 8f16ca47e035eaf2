import { newId } from '../../core/ids';

const KEY = 'tarjuman.tabId';
let fallback: string | undefined;

/**
 * This tab's id: kept in sessionStorage, which each tab has to itself and which survives a
 * reload of that tab, so a tab's undo history is still its own after a reload. (A tab made
 * by the browser's "Duplicate tab" starts with a copy of it, and so shares the history.)
 */
export function tabId(): string {
  try {
    let id = sessionStorage.getItem(KEY);
    if (!id) {
      id = newId('tab');
      sessionStorage.setItem(KEY, id);
    }
    return id;
  } catch {
    // Storage refused (a sandboxed frame): one id for this page's life.
    return (fallback ??= newId('tab'));
  }
}
