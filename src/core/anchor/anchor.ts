import type { TextPositionSelector, TextQuoteSelector, Utf16Offset } from '../model';
import { CoreError } from '../model';
import { canonicalRange, foldKey, foldWithMap, type FoldedText } from './fold';
import { best, exactCandidates, fuzzyCandidates } from './quote';

/**
 * describe(text, start, end) → selectors and anchor(text, selectors) → range, mirroring each
 * other as in Hypothesis's client. A span lives inside one paragraph; offsets are UTF-16
 * offsets into that paragraph's original (NFC) text.
 */

export type AnchorSelector = TextQuoteSelector | TextPositionSelector;
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface AnchoredRange {
  start: Utf16Offset;
  end: Utf16Offset;
  method: AnchorMethod;
}

/** Context kept on each side of a quote, as in Hypothesis: enough to tell repeats apart. */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

const MARK = /\p{M}/u;
const isMarkAt = (text: string, i: number) => i >= 0 && i < text.length && MARK.test(String.fromCodePoint(text.codePointAt(i)!));

/**
 * Moves offsets to whole characters and then to the canonical form anchor() answers in: never
 * half a surrogate pair (emoji), never a letter without its harakat or tatweel, no invisible
 * ZWNJ at the edges. A span described here comes back from anchor() with the same offsets.
 */
function snapSpan(text: string, start: number, end: number): [number, number] {
  let s = start > 0 && isLowSurrogate(text.charCodeAt(start)) && isHighSurrogate(text.charCodeAt(start - 1)) ? start - 1 : start;
  const e = end < text.length && isLowSurrogate(text.charCodeAt(end)) && isHighSurrogate(text.charCodeAt(end - 1)) ? end + 1 : end;
  while (s > 0 && isMarkAt(text, s) && !isLowSurrogate(text.charCodeAt(s))) s--; // back to the base letter
  const canonical = canonicalRange(foldWithMap(text), s, e);
  return canonical ? [canonical.start, canonical.end] : [s, e];
}

function checkSpan(text: string, start: number, end: number): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    const message = `The span ${start}–${end} is outside a paragraph of ${text.length} characters.`;
    throw new CoreError('invalid-format', message, { start, end, length: text.length, detail: message });
  }
  if (start === end) throw new CoreError('empty-input', 'An annotation needs at least one selected character.');
}

/** The two W3C selectors of a span: its quote with ≤ 32 characters of context, and its offsets. */
export function describe(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  checkSpan(text, start, end);
  const [s, e] = snapSpan(text, start, end);
  let prefixFrom = Math.max(0, s - CONTEXT_LENGTH);
  if (isLowSurrogate(text.charCodeAt(prefixFrom)) && prefixFrom > 0) prefixFrom++; // no half pair
  let suffixTo = Math.min(text.length, e + CONTEXT_LENGTH);
  if (suffixTo < text.length && isHighSurrogate(text.charCodeAt(suffixTo - 1))) suffixTo--;
  return [
    { type: 'TextQuoteSelector', exact: text.slice(s, e), prefix: text.slice(prefixFrom, s), suffix: text.slice(e, suffixTo) },
    { type: 'TextPositionSelector', start: s, end: e },
  ];
}

export function quoteOf(selectors: readonly AnchorSelector[]): TextQuoteSelector | undefined {
  return selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

export function positionOf(selectors: readonly AnchorSelector[]): TextPositionSelector | undefined {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
}

/**
 * Whether the stored contexts still surround [start, end). Checked on keys, and on a window
 * a few times the context's length so folded-away marks cannot push letters out of it.
 */
function contextsFit(text: string, start: number, end: number, quote: TextQuoteSelector): boolean {
  const prefix = foldKey(quote.prefix);
  const suffix = foldKey(quote.suffix);
  const window = 4 * CONTEXT_LENGTH; // room for harakat, tatweel and ZWNJ between letters
  const before = foldKey(text.slice(Math.max(0, start - window), start));
  const after = foldKey(text.slice(end, end + window));
  return (prefix === '' || before.endsWith(prefix)) && (suffix === '' || after.startsWith(suffix));
}

/**
 * The position selector alone, if it still points at the quote and its contexts. Hypothesis
 * checks the quote only; with one-letter quotes that accepts whatever letter slid into the old
 * offsets, so the contexts must fit too. Compared on folded keys, so a letter variant swapped
 * in place (ي for ی) does not force a search.
 */
export function anchorByPosition(text: string, selectors: readonly AnchorSelector[]): AnchoredRange | null {
  const pos = positionOf(selectors);
  if (!pos || pos.start < 0 || pos.end > text.length || pos.start >= pos.end) return null;
  const quote = quoteOf(selectors);
  if (quote) {
    const slice = text.slice(pos.start, pos.end);
    const sameQuote = slice === quote.exact || (foldKey(slice) === foldKey(quote.exact) && foldKey(slice) !== '');
    if (!sameQuote || !contextsFit(text, pos.start, pos.end, quote)) return null;
  }
  return { start: pos.start, end: pos.end, method: 'position' };
}

/** Exact then fuzzy quote search in one folded paragraph; the position only breaks ties. */
export function anchorByQuote(folded: FoldedText, quote: TextQuoteSelector, hint?: number): AnchoredRange | null {
  const query = hint === undefined ? { quote } : { quote, hint };
  const exact = best(exactCandidates(folded, query));
  if (exact) return { start: exact.start, end: exact.end, method: 'quote' };
  const fuzzy = best(fuzzyCandidates(folded, query));
  return fuzzy ? { start: fuzzy.start, end: fuzzy.end, method: 'fuzzy' } : null;
}

/**
 * Finds the span the selectors describe in `text`: the position when it still holds the
 * quote, else the quote (exact, then approximate). Null means an orphan — the caller keeps it.
 */
export function anchor(text: string, selectors: readonly AnchorSelector[]): AnchoredRange | null {
  const byPosition = anchorByPosition(text, selectors);
  if (byPosition) return byPosition;
  const quote = quoteOf(selectors);
  if (!quote) return null;
  return anchorByQuote(foldWithMap(text), quote, positionOf(selectors)?.start);
}
