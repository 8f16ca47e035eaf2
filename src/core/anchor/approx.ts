/**
 * Approximate string matching on folded keys: Sellers' dynamic programme (the pattern may
 * start anywhere in the text) with Ukkonen's cut-off, so a search with at most k errors costs
 * about O(k·n) instead of O(m·n). Plain code-unit comparison; folding happened before.
 */

export interface ApproxMatch {
  /** Start and end (exclusive) in the searched text. */
  start: number;
  end: number;
  /** Edit distance (insertions, deletions, substitutions) between pattern and text[start, end). */
  errors: number;
}

/** Levenshtein distance; used on the short prefix and suffix contexts (≤ 32 units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Int32Array(b.length + 1).map((_, j) => j);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/**
 * Every end position where `pattern` matches `text` with at most `maxErrors` edits, with the
 * smallest error count for that end. Values above maxErrors are capped at maxErrors + 1: they
 * are all "too far", and capping makes rows skipped by the cut-off safe to resume.
 */
export function matchEnds(text: string, pattern: string, maxErrors: number): Array<{ end: number; errors: number }> {
  const m = pattern.length;
  const cap = maxErrors + 1;
  const col = new Int32Array(m + 1).map((_, i) => Math.min(i, cap));
  let lastActive = Math.min(maxErrors, m); // deepest row whose value is ≤ maxErrors
  let computedTo = m; // rows of the previous column that hold real (capped) values
  const out: Array<{ end: number; errors: number }> = [];
  for (let j = 1; j <= text.length; j++) {
    const t = text.charCodeAt(j - 1);
    const top = Math.min(lastActive + 1, m);
    let diag = 0; // D[0][j-1]: a match may start anywhere, so row 0 is always 0
    for (let i = 1; i <= top; i++) {
      const left = i <= computedTo ? col[i]! : cap;
      const cost = pattern.charCodeAt(i - 1) === t ? 0 : 1;
      const v = Math.min(diag + cost, col[i - 1]! + 1, left + 1, cap);
      diag = left;
      col[i] = v;
    }
    computedTo = top;
    lastActive = top;
    while (lastActive > 0 && col[lastActive]! > maxErrors) lastActive--;
    if (lastActive === m) out.push({ end: j, errors: col[m]! });
  }
  return out;
}

/**
 * The start that gives the fewest errors for a match ending at `end`: the same programme run
 * backwards (reversed pattern against the text before `end`, anchored at `end`).
 */
export function matchStart(text: string, pattern: string, end: number, maxErrors: number): ApproxMatch {
  const m = pattern.length;
  const from = Math.max(0, end - m - maxErrors);
  const width = end - from;
  // row[j]: distance between the last i pattern units and the last j text units before end.
  let prev = new Int32Array(width + 1).map((_, j) => j);
  let cur = new Int32Array(width + 1);
  for (let i = 1; i <= m; i++) {
    cur[0] = i;
    const p = pattern.charCodeAt(m - i);
    for (let j = 1; j <= width; j++) {
      const cost = p === text.charCodeAt(end - j) ? 0 : 1;
      cur[j] = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  let best = 0;
  for (let j = 1; j <= width; j++) {
    // Ties go to the length closest to the pattern's, which keeps a boundary letter inside.
    const better = prev[j]! < prev[best]! || (prev[j] === prev[best] && Math.abs(j - m) < Math.abs(best - m));
    if (better) best = j;
  }
  return { start: end - best, end, errors: prev[best]! };
}

/**
 * Approximate occurrences of `pattern` in `text`: one per run of adjacent acceptable ends (the
 * run's best end), so a single fuzzy hit is not reported once per neighbouring offset.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number): ApproxMatch[] {
  if (pattern.length === 0) return [];
  const ends = matchEnds(text, pattern, maxErrors);
  const out: ApproxMatch[] = [];
  let runBest: { end: number; errors: number } | null = null;
  let prevEnd = -2;
  const flush = () => {
    if (runBest) out.push(matchStart(text, pattern, runBest.end, maxErrors));
  };
  for (const e of ends) {
    if (e.end !== prevEnd + 1) {
      flush();
      runBest = e;
    } else if (runBest && e.errors < runBest.errors) {
      runBest = e;
    }
    prevEnd = e.end;
  }
  flush();
  return out;
}
