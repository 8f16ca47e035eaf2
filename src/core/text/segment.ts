import type { Paragraph, ParagraphKind } from '../model';
import { classifyParagraphs, type KindGuess } from './boilerplate';
import { splitSentences } from './sentences';
import { toNfc } from './normalize';
import { lineRule } from './boilerplate';
import { isInvisible } from '../formats/decode';
import { endsWithOneOf, fewWords } from './lineEnds';

/**
 * Paragraph segmentation. Web copy-paste gives one paragraph per line; hand-written files
 * give blocks separated by blank lines, sometimes hard-wrapped. Every non-empty line starts
 * a paragraph unless it visibly continues the previous one: the previous line stops without
 * sentence punctuation and this one starts in lower case (or the previous one ends on a
 * comma or hyphen), as when a wrap or a stray blank line split a sentence.
 */

/** `/[.!?؟…:;؛"'”’»)\]*]\s*$/u`, read from the line's end. */
const endsSentence = endsWithOneOf('.!?؟…:;؛"\'”’»)]*');
/** `/[,،\-–]\s*$/u`. */
const endsOpen = endsWithOneOf(',،-–');
const STARTS_LOWER = /^["'“‘«(]?\p{Ll}/u;
const LIST_OR_HEADING = /^(\s*([-*•+]|\d+[.)]|#{1,6})\s)/u;

export function continues(prev: string, next: string): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  if (!p || !n || LIST_OR_HEADING.test(n)) return false;
  // The cheap tests first: most line breaks end a sentence.
  if (!endsOpen(p) && (endsSentence(p) || !STARTS_LOWER.test(n))) return false;
  // A URL, share bar or placeholder never continues prose, and a sentence does not
  // continue from one script into another (a Persian masthead line above an English URL).
  return !lineRule(n) && !lineRule(p) && scriptOfEdge(p, 'end') === scriptOfEdge(n, 'start');
}

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]/;
const LETTER = /\p{L}/u;

/** Script of the first (or last) letter of a line, found from that edge. */
function scriptOfEdge(s: string, edge: 'start' | 'end'): 'arabic' | 'other' {
  const chars = Array.from(edge === 'start' ? s.slice(0, 400) : s.slice(-400));
  if (edge === 'end') chars.reverse();
  let ch = chars.find((c) => LETTER.test(c));
  // Past the window (a line of 400 non-letters), the whole line as before.
  if (ch === undefined && s.length > 400) {
    const letters = s.match(/\p{L}/gu) ?? [];
    ch = edge === 'start' ? letters[0] : letters[letters.length - 1];
  }
  return ch && ARABIC_LETTER.test(ch) ? 'arabic' : 'other';
}

/**
 * Share of line breaks that the wrap rule would join, above which a file is hard-wrapped
 * (most of its lines end mid-sentence). Below it, the file writes one paragraph per line
 * and a line without final punctuation is a heading, a label or a table cell.
 */
const WRAPPED_SHARE = 0.2;
/**
 * In a one-paragraph-per-line file, a line this long that stops mid-sentence before a
 * lower-case line was cut by a stray break (web copy-paste); a shorter one is a heading
 * or a label ("Example 11.5. Recipient checks" above a configuration line).
 */
const CUT_LINE = 60;
/** Wrapped lines stay under about 80 characters; a file with many longer ones is not wrapped. */
const LONG_LINE = 100;
/** A wrapped line fills at least this share of the file's width (see fileWidth). */
const WRAP_FILL = 0.5;
const LONG_SHARE = 0.1;

/**
 * A command or path on a line of its own ("sha256sum filename.iso", "/etc/fstab"): a
 * manual sets it apart from the sentence around it, which goes on in the next line.
 */
const CODE_TOKEN = /\w[./=_\\]\w|(^|\s)[/~$#-]/u;
/** A command or path on a line of its own is a few words: at most this many. */
const FEW_TOKENS = 6;
/** A shell prompt or comment opening the line ("# apt install", "$ ssh"). */
const PROMPT = /^[#$>]\s/u;
/** Characters of code and configuration that prose hardly writes. */
const CODE_CHARS = /[{}[\];=<>|\\#$]/gu;
/** Share of such characters above which a line is code ("group { next-server 10.0.0.3; …"). */
const CODE_SHARE = 0.03;

function isCodeLine(line: string): boolean {
  if (PROMPT.test(line)) return true;
  if (fewWords(line, FEW_TOKENS) && CODE_TOKEN.test(line) && !/[.!?؟]$/u.test(line)) return true;
  return (line.match(CODE_CHARS)?.length ?? 0) >= Math.max(3, CODE_SHARE * line.length);
}

/** One word without a sentence end: a table cell ("proc", "ceil"), not the tail of a cut sentence. */
const LONE_WORD = /^\S+$/u;

/** A line that is a cell or a command of its own, whatever comes before it. */
function standsAlone(line: string): boolean {
  return isCodeLine(line) || (LONE_WORD.test(line) && !endsSentence(line));
}

/** Whether `next` continues `prev` in a file that writes one paragraph per line. */
function continuesLine(prev: string, next: string): boolean {
  if (prev.length < CUT_LINE || endsSentence(prev) || !STARTS_LOWER.test(next)) return false;
  return !standsAlone(next) && !isCodeLine(prev) && continues(prev, next);
}

/** Line k starts in lower case after a line that does not end a sentence. */
function openBreak(lines: string[], k: number): boolean {
  return k > 0 && k < lines.length && !endsSentence(lines[k - 1]!) && STARTS_LOWER.test(lines[k]!);
}

/**
 * A stray break cuts one sentence once; a run of such breaks is a list whose items go on
 * from a lead-in ("…depends on" / "the tasks you select," / "which packages are needed,"),
 * each item a line of its own in a file of one paragraph per line.
 */
function inList(lines: string[], k: number): boolean {
  return openBreak(lines, k - 1) || openBreak(lines, k + 1);
}

/** Share of lines at or under a file's width: wrapped lines stop at it, a few run past. */
const WIDTH_QUANTILE = 0.9;

/** Width the file's lines are written to: a high quantile of their lengths, at most LONG_LINE. */
function fileWidth(lines: string[]): number {
  if (!lines.length) return 0;
  const lengths = lines.map((l) => l.length).sort((x, y) => x - y);
  return Math.min(LONG_LINE, lengths[Math.min(lengths.length - 1, Math.floor(WIDTH_QUANTILE * lengths.length))]!);
}

/**
 * Runs of tabs, spaces and no-break spaces that are not already one space: replacing them
 * with one space gives what replacing every run would, and leaves a line without them as it
 * is, with no new string made for each line of a book.
 */
const SPACE_RUN = /[\t \u00a0]{2,}|[\t\u00a0]/g;

/**
 * Splits NFC text into paragraph strings, following the file's own convention: lines that
 * continue a sentence are joined in a hard-wrapped file, and only lines visibly cut by a
 * stray break in a file of one paragraph per line.
 */
export function splitParagraphs(text: string): string[] {
  const lines = toNfc(text)
    .split('\n')
    .map((l) => l.replace(SPACE_RUN, ' ').trim())
    // A line of only zero-width characters or direction marks would be an invisible paragraph.
    .filter((l) => l && !isInvisible(l));
  let joins = 0;
  let long = 0;
  const width = fileWidth(lines);
  for (let k = 0; k < lines.length; k++) {
    if (lines[k]!.length > LONG_LINE) long++;
    // A wrap cuts a line near the file's width; a short line above a lower-case one is a
    // label or a table cell above its value ("Absolute Value" above "ceil"), no wrap.
    if (k > 0 && lines[k - 1]!.length >= WRAP_FILL * width && !standsAlone(lines[k]!) && !isCodeLine(lines[k - 1]!) && continues(lines[k - 1]!, lines[k]!)) joins++;
  }
  const wrapped = joins >= WRAPPED_SHARE * (lines.length - 1) && long <= LONG_SHARE * lines.length;
  const out: string[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const last = out[out.length - 1];
    // In a file of one paragraph per line, whether a line was cut is read off that line,
    // not off the paragraph it joined: a long line cut before a command does not pull the
    // short lines after the command in as well.
    const joined = last !== undefined && (wrapped ? continues(last, line) : continuesLine(lines[k - 1]!, line) && !inList(lines, k));
    if (joined) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out.some((p) => p.length > MAX_PARAGRAPH) ? out.flatMap(splitOverlong) : out;
}

/**
 * Longest paragraph kept whole. News paragraphs run to a few hundred characters and a book's
 * longest to a few thousand; a longer "paragraph" is a file with no line breaks (a whole book
 * on one line), which as one block would have the reader lay out megabytes of text at once.
 */
export const MAX_PARAGRAPH = 10_000;

const SENTENCE_END = /[.!?؟…۔]["'”’»)\]]*\s/gu;

/** Cuts an overlong paragraph at sentence ends (else at a space) into pieces of at most MAX_PARAGRAPH. */
function splitOverlong(p: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (p.length - from > MAX_PARAGRAPH) {
    const window = p.slice(from, from + MAX_PARAGRAPH);
    let cut = -1;
    for (const m of window.matchAll(SENTENCE_END)) cut = m.index + m[0].length;
    if (cut < MAX_PARAGRAPH / 2) cut = window.lastIndexOf(' ') + 1;
    if (cut < MAX_PARAGRAPH / 2) {
      cut = MAX_PARAGRAPH;
      if (/[\ud800-\udbff]/.test(window[cut - 1]!)) cut--; // never between the halves of a surrogate pair
    }
    const piece = p.slice(from, from + cut).trim();
    if (piece) out.push(piece);
    from += cut;
  }
  const rest = p.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

export interface SegmentOptions {
  lang?: string;
  /** Kinds a user set by hand, by paragraph index; they win over the rules. */
  kindOverrides?: Record<number, ParagraphKind>;
  /** False leaves sentences out (empty lists): paragraph alignment does not need them. */
  sentences?: boolean;
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
    sentences: options.sentences === false ? [] : splitSentences(text, options.lang),
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
