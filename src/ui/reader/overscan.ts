/**
 * How many rows a virtual list draws beyond the screen, by how the list is moving. Rows off
 * screen are drawn so that the next frame finds them ready; a row that no coming frame will
 * show is pure cost, and building rows is most of a scrolling frame's work.
 *
 * - Still: a margin on both sides, for the keyboard and for the first wheel turn either way.
 * - Scrolling: the margin ahead, one row behind (the way back is not where the list goes).
 * - Flinging (more than a screen a frame, as when dragging the scrollbar): the next frame
 *   lands beyond any margin, so one row ahead and none behind.
 */
export type Motion = 'still' | 'scrolling' | 'flinging';

/** Rows drawn beyond the screen edge while still, and ahead while scrolling. */
export const OVERSCAN = 4;

/** How a list moves that went `jumpPx` since the last scroll event (still is told by a timer). */
export function motionOf(jumpPx: number, viewportPx: number): 'scrolling' | 'flinging' {
  return jumpPx > viewportPx ? 'flinging' : 'scrolling';
}

/** Rows to draw ahead of and behind the screen (ahead is the direction of travel). */
export function margins(motion: Motion): { ahead: number; behind: number } {
  if (motion === 'still') return { ahead: OVERSCAN, behind: OVERSCAN };
  if (motion === 'scrolling') return { ahead: OVERSCAN, behind: 1 };
  return { ahead: 1, behind: 0 };
}

/**
 * The indices to draw, given the rows on screen (`first`..`last`), the row count and the
 * direction of travel (+1 down the list, -1 up; still lists use `margins('still')`). `keep`
 * (the row holding the focus) is drawn wherever it is: removing it would drop the keyboard
 * user's place to the page's start.
 */
export function rowsToDraw(first: number, last: number, count: number, motion: Motion, direction: 1 | -1, keep = -1): number[] {
  if (count <= 0 || last < first) return [];
  const { ahead, behind } = margins(motion);
  const before = direction > 0 ? behind : ahead;
  const after = direction > 0 ? ahead : behind;
  const start = Math.max(0, first - before);
  const end = Math.min(count - 1, last + after);
  const out = Array.from({ length: end - start + 1 }, (_, i) => start + i);
  if (keep >= 0 && keep < count && (keep < start || keep > end)) keep < start ? out.unshift(keep) : out.push(keep);
  return out;
}
