/**
 * Keyboard movement between paragraphs of the reader: up and down move along a column, the
 * side arrows move across columns in reading direction (so in a right-to-left interface the
 * left arrow goes to the next column, which sits further left).
 */
export function moveFocus(e: KeyboardEvent, root: HTMLElement): void {
  const from = (e.target as HTMLElement).closest<HTMLElement>('.para');
  if (!from || (e.target as HTMLElement).closest('button, input, select, textarea')) return;
  const row = Number(from.dataset.row);
  const col = Number(from.dataset.col);
  const rtl = getComputedStyle(root).direction === 'rtl';
  let target: HTMLElement | null = null;
  const inCol = (c: number) => [...root.querySelectorAll<HTMLElement>(`.para[data-col="${c}"]`)];
  switch (e.key) {
    case 'ArrowDown':
    case 'j':
      target = inCol(col).find((p) => Number(p.dataset.row) > row) ?? null;
      break;
    case 'ArrowUp':
    case 'k':
      target = inCol(col).reverse().find((p) => Number(p.dataset.row) < row) ?? null;
      break;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const forward = (e.key === 'ArrowRight') !== rtl;
      const cols = forward ? [col + 1, col + 2] : [col - 1, col - 2];
      for (const c of cols) {
        const cands = inCol(c);
        if (!cands.length) continue;
        target = cands.find((p) => Number(p.dataset.row) >= row) ?? cands[cands.length - 1]!;
        break;
      }
      break;
    }
    default:
      return;
  }
  if (target) {
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  }
}
