import type { TextQuoteSelector } from '../model';
import { approxSearch, editDistance } from './approx';
import { foldKey, toOriginalRange, type FoldedText } from './fold';

/**
 * Finding a quote in one folded paragraph, exactly or approximately, and scoring each hit by
 * quote, prefix, suffix and position — the scheme of Hypothesis's match-quote.ts.
 */

export interface QuoteCandidate {
  /** UTF-16 offsets in the original paragraph text. */
  start: number;
  end: number;
  /** Edit distance between the folded quote and the folded hit. */
  errors: number;
  /** Weighted score in [0, 1]; 1 is quote, both contexts and position all equal. */
  score: number;
}

const QUOTE_WEIGHT = 50; // the quote itself is the strongest evidence
const PREFIX_WEIGHT = 20; // context tells repeated words apart ("غليزمان" occurs twice in seed 003)
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2; // tie-breaker only: offsets shift whenever text is inserted before

/**
 * Lowest overall score a fuzzy hit needs. With both contexts intact the error budget below is
 * the only limit (a quote 25% wrong scores 0.86); with both contexts gone a hit must be ≥ 97%
 * right (one slip in 36 letters) — a short, changed quote in a rewritten sentence is more
 * likely a different place than the same one, so it becomes an orphan for a human to judge.
 */
export const MIN_FUZZY_SCORE = 0.55;

/** Errors a fuzzy match may have: a quarter of the quote, none for quotes of ≤ 3 letters. */
export function maxErrorsFor(quoteKeyLength: number): number {
  return Math.min(256, Math.floor(quoteKeyLength / 4)); // 256 bounds the cost on huge spans
}

export interface QuoteQuery {
  quote: TextQuoteSelector;
  /** Where the quote started before the text changed (original offset), when known. */
  hint?: number;
}

interface FoldedQuery {
  exact: string;
  prefix: string;
  suffix: string;
  hint: number | undefined;
}

function foldQuery(q: QuoteQuery): FoldedQuery {
  return { exact: foldKey(q.quote.exact), prefix: foldKey(q.quote.prefix), suffix: foldKey(q.quote.suffix), hint: q.hint };
}

/** 1 when a context matches the text next to the hit, falling with its edit distance. */
function contextScore(expected: string, actual: string): number {
  if (expected.length === 0) return 1; // nothing was stored (start or end of paragraph)
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

function scoreHit(text: FoldedText, q: FoldedQuery, from: number, to: number, errors: number): QuoteCandidate {
  const key = text.key;
  const before = key.slice(Math.max(0, from - q.prefix.length), from);
  const after = key.slice(to, to + q.suffix.length);
  const { start, end } = toOriginalRange(text, from, to);
  const quoteScore = 1 - errors / Math.max(1, q.exact.length);
  const positionScore = q.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(start - q.hint) / Math.max(1, text.source.length));
  const weighted =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * contextScore(q.prefix, before) +
    SUFFIX_WEIGHT * contextScore(q.suffix, after) +
    POSITION_WEIGHT * positionScore;
  const score = weighted / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { start, end, errors, score };
}

/** Every exact occurrence of the folded quote, scored (overlapping ones included). */
export function exactCandidates(text: FoldedText, query: QuoteQuery): QuoteCandidate[] {
  const q = foldQuery(query);
  if (q.exact.length === 0) return rawCandidates(text, query);
  const out: QuoteCandidate[] = [];
  for (let i = text.key.indexOf(q.exact); i !== -1; i = text.key.indexOf(q.exact, i + 1)) {
    out.push(scoreHit(text, q, i, i + q.exact.length, 0));
  }
  return out;
}

/**
 * A quote made only of what folding removes (a lone harakah or ZWNJ) has an empty key; it can
 * only be found verbatim in the original text.
 */
function rawCandidates(text: FoldedText, query: QuoteQuery): QuoteCandidate[] {
  const exact = query.quote.exact;
  const out: QuoteCandidate[] = [];
  if (exact.length === 0) return out;
  for (let i = text.source.indexOf(exact); i !== -1; i = text.source.indexOf(exact, i + 1)) {
    const positionScore = query.hint === undefined ? 1 : 1 - Math.min(1, Math.abs(i - query.hint) / Math.max(1, text.source.length));
    out.push({ start: i, end: i + exact.length, errors: 0, score: 0.9 + 0.1 * positionScore });
  }
  return out;
}

/** Approximate occurrences within the error budget whose score passes MIN_FUZZY_SCORE. */
export function fuzzyCandidates(text: FoldedText, query: QuoteQuery): QuoteCandidate[] {
  const q = foldQuery(query);
  const maxErrors = maxErrorsFor(q.exact.length);
  if (maxErrors === 0) return [];
  return approxSearch(text.key, q.exact, maxErrors)
    .filter((m) => m.end > m.start)
    .map((m) => scoreHit(text, q, m.start, m.end, m.errors))
    .filter((c) => c.score >= MIN_FUZZY_SCORE);
}

/** The highest-scoring candidate; on a tie the earlier one, so results are deterministic. */
export function best<T extends { score: number }>(candidates: readonly T[]): T | null {
  let top: T | null = null;
  for (const c of candidates) if (!top || c.score > top.score) top = c;
  return top;
}
