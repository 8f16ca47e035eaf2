/**
 * The stretch of a long text that plays the part of one report. Questions a check or the
 * comparable mode asks of "the document" (is this fact told once or twice? are these two
 * spellings of one name?) mean one report; in a book, or a day's reports pasted as one, they
 * are asked of the stretch around the paragraph instead. The span is about the longest news
 * report, so a report is always read whole.
 */
export const REPORT_SPAN = 51;

/** The REPORT_SPAN paragraphs around paragraph u of a text of n, first and last: the whole text when it is no longer. */
export function reportAround(u: number, n: number): [number, number] {
  if (n <= REPORT_SPAN) return [0, n - 1];
  const lo = Math.min(Math.max(0, u - (REPORT_SPAN >> 1)), n - REPORT_SPAN);
  return [lo, lo + REPORT_SPAN - 1];
}

/** Index of the first value ≥ v in an ascending list. */
export function firstAtLeast(list: readonly number[], v: number): number {
  let [lo, hi] = [0, list.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many values of an ascending list lie in the stretch [lo, hi]. */
export function countWithin(list: readonly number[], [lo, hi]: [number, number]): number {
  return firstAtLeast(list, hi + 1) - firstAtLeast(list, lo);
}
