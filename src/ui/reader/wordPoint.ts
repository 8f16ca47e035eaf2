import { offsetIn } from '../annotate/selection';

/** The paragraph offset of the character under a point, when the point is on a character. */
export function wordPoint(x: number, y: number): { para: HTMLElement; offset: number } | null {
  const pos = document.caretPositionFromPoint?.(x, y);
  const node = pos?.offsetNode;
  const p = node && (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('.para p');
  const para = p?.closest<HTMLElement>('.para');
  if (!pos || !p || !para || node.nodeType !== Node.TEXT_NODE) return null;
  // The caret sits between characters: the character under the point is before or after it.
  for (const at of [pos.offset, pos.offset - 1]) {
    if (at < 0 || at >= (node.textContent?.length ?? 0)) continue;
    const r = document.createRange();
    r.setStart(node, at);
    r.setEnd(node, at + 1);
    const box = r.getBoundingClientRect();
    if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return { para, offset: offsetIn(p, node, at) };
  }
  return null;
}
