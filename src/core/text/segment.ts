import type { Paragraph, ParagraphKind } from '../model';
import { classifyParagraphs, type KindGuess } from './boilerplate';
import { splitSentences } from './sentences';
import { toNfc } from './normalize';
import { lineRule } from './boilerplate';
import { isInvisible } from '../formats/decode';

/**
 * Paragraph segmentation. Web copy-paste gives one paragraph per line; hand-written files
 * give blocks separated by blank lines, sometimes hard-wrapped. Every non-empty line starts
 * a paragraph unless it visibly continues the previous one: the previous line stops without
 * sentence punctuation and this one starts in lower case (or the previous one ends on a
 * comma or hyphen), as when a wrap or a stray blank line split a sentence.
 */

const ENDS_SENTENCE = /[.!?؟…:;؛"'”’»)\]*]\s*$/u;
const ENDS_OPEN = /[,،\-–]\s*$/u;
const STARTS_LOWER = /^["'“‘«(]?\p{Ll}/u;
const LIST_OR_HEADING = /^(\s*([-*•+]|\d+[.)]|#{1,6})\s)/u;

export function continues(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!p || !n || LIST_OR_HEADING.test(n)) return false;
  // A URL, share bar or placeholder never continues prose, and a sentence does not
  // continue from one script into another (a Persian masthead line above an English URL).
  if (lineRule(n) || lineRule(p) || scriptOfEdge(p, 'end') !== scriptOfEdge(n, 'start')) return false;
  if (ENDS_OPEN.test(p)) return true;
  return !ENDS_SENTENCE.test(p) && STARTS_LOWER.test(n);
}

function scriptOfEdge(s: string, edge: 'start' | 'end'): 'arabic' | 'other' {
  const letters = s.match(/\p{L}/gu) ?? [];
  const ch = edge === 'start' ? letters[0] : letters[letters.length - 1];
  return ch && /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]/.test(ch) ? 'arabic' : 'other';
}

/** Splits NFC text into paragraph strings, joining lines that continue a sentence. */
export function splitParagraphs(text: string): string[] {
  const lines = toNfc(text)
    .split('\n')
    .map((l) => l.replace(/[\t \u00a0]+/g, ' ').trim());
  const out: string[] = [];
  for (const line of lines) {
    // A line of only zero-width characters or direction marks would be an invisible paragraph.
    if (!line || isInvisible(line)) continue;
    const last = out[out.length - 1];
    if (last !== undefined && continues(last, line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

export interface SegmentOptions {
  lang?: string;
  /** Kinds a user set by hand, by paragraph index; they win over the rules. */
  kindOverrides?: Record<number, ParagraphKind>;
}

/** The app's one segmentation: paragraphs, their kinds and their sentences. */
export function segment(text: string, options: SegmentOptions = {}): Paragraph[] {
  return segmentWithProgress(text, options, undefined, Infinity);
}

/** One paragraph of the result: the user's kind wins over the rules' guess. */
function makeParagraph(index: number, text: string, guess: KindGuess, options: SegmentOptions): Paragraph {
  const override = options.kindOverrides?.[index];
  return {
    index,
    text,
    sentences: splitSentences(text, options.lang),
    kind: override ?? guess.kind,
    ...(guess.reason ? { kindReason: guess.reason } : {}),
    ...(override ? { kindByUser: true } : {}),
  };
}

/** Paragraphs whose sentences are split between two progress reports. */
const PROGRESS_CHUNK = 2000;

/**
 * The same paragraphs as `segment` (equal output), reporting progress in [0, 1] as it goes:
 * splitting and the document-wide kind rules are one step each, then sentences are split in
 * chunks of paragraphs, a report after each. For books, where `segment` runs for seconds.
 */
export function segmentWithProgress(
  text: string,
  options: SegmentOptions = {},
  onProgress: (fraction: number) => void = () => {},
  chunk = PROGRESS_CHUNK,
): Paragraph[] {
  const texts = splitParagraphs(text);
  onProgress(0.1);
  const kinds = classifyParagraphs(texts);
  onProgress(0.2);
  const out: Paragraph[] = [];
  const size = Math.max(1, chunk);
  for (let from = 0; from < texts.length; from += size) {
    const to = Math.min(texts.length, from + size);
    for (let index = from; index < to; index++) out.push(makeParagraph(index, texts[index]!, kinds[index]!, options));
    onProgress(0.2 + (0.8 * to) / texts.length);
  }
  if (texts.length === 0) onProgress(1);
  return out;
}
