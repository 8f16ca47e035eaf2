import { forEachToken, type Token } from './tokens';
import type { CheckDoc } from './types';

/**
 * A document's tokens, read once for all the checks: every paragraph tokenized once, as
 * tokenize reads it, and every distinct word kept once. The checks each read the pair's
 * documents paragraph by paragraph, and a book's words then cost one scan and one string
 * each instead of one per check; a word met again is the same string, whose hash its first
 * lookup already made, so the checks' per-word memos find it without hashing it again.
 *
 * Owned by the document (a WeakMap keyed by it) and let go with it, as the other per-document
 * memos of the checks are: a CheckDoc is not changed once checked (the worker gets a fresh one
 * per run), and two documents never share a table.
 */
export interface DocTokens {
  /** Each distinct token text once. */
  readonly words: readonly string[];
  /** Per paragraph, the number of its first token; the last entry is the document's token count. */
  readonly from: Int32Array;
  /** Per token, its text's number in `words`. */
  readonly word: Int32Array;
  /** Per token, its UTF-16 offset in its paragraph; it ends its word's length later. */
  readonly start: Int32Array;
  /** Per token, ARABIC and AFTER_BREAK bits (Token's arabic and afterBreak). */
  readonly flags: Uint8Array;
}

export const ARABIC = 1;
export const AFTER_BREAK = 2;

const tables = new WeakMap<CheckDoc, DocTokens>();

/** The document's tokens, read when first asked. */
export function docTokens(doc: CheckDoc): DocTokens {
  let t = tables.get(doc);
  if (!t) tables.set(doc, (t = readTokens(doc)));
  return t;
}

function readTokens(doc: CheckDoc): DocTokens {
  const number = new Map<string, number>();
  const words: string[] = [];
  const from = new Int32Array(doc.paragraphs.length + 1);
  // Typed arrays grown as the document is read, then cut to its token count: a book's tokens
  // held in plain arrays while it is read would take several times the room.
  let word = new Int32Array(1024);
  let start = new Int32Array(1024);
  let flags = new Uint8Array(1024);
  let n = 0;
  doc.paragraphs.forEach((p, i) => {
    from[i] = n;
    const text = p.text;
    forEachToken(text, (s, e, _index, arabic, afterBreak) => {
      if (n === word.length) [word, start, flags] = [grown(word), grown(start), grown(flags)];
      const w = text.slice(s, e);
      let id = number.get(w);
      if (id === undefined) {
        number.set(w, (id = words.length));
        words.push(w);
      }
      word[n] = id;
      start[n] = s;
      flags[n] = (arabic ? ARABIC : 0) | (afterBreak ? AFTER_BREAK : 0);
      n++;
    });
  });
  from[doc.paragraphs.length] = n;
  return { words, from, word: word.slice(0, n), start: start.slice(0, n), flags: flags.slice(0, n) };
}

/** The array with twice the room, its contents kept. */
function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

/** What tokenize gives for paragraph `i` of the document (none past its end), read from its table. */
export function tokensOf(doc: CheckDoc, i: number): Token[] {
  const t = docTokens(doc);
  const out: Token[] = [];
  if (i < 0 || i >= doc.paragraphs.length) return out;
  const first = t.from[i]!;
  for (let k = first; k < t.from[i + 1]!; k++) {
    const [text, start, f] = [t.words[t.word[k]!]!, t.start[k]!, t.flags[k]!];
    out.push({ text, start, end: start + text.length, index: k - first, arabic: (f & ARABIC) !== 0, afterBreak: (f & AFTER_BREAK) !== 0 });
  }
  return out;
}

/** A stretch of a paragraph: `text` standing at `start` of paragraph `paragraph` (omissions' sentence pieces). */
interface Stretch {
  paragraph: number;
  start: number;
  text: string;
}

/**
 * The tokens of the document's table that make up a stretch, [from, to), as tokenize reads the
 * stretch's text alone; null where the table cannot tell: the text is not the paragraph's
 * there, or a word of the paragraph runs across the stretch's edge.
 */
export function stretchTokens(doc: CheckDoc, piece: Stretch): [number, number] | null {
  const p = doc.paragraphs[piece.paragraph];
  const { start, text } = piece;
  if (!p || !p.text.startsWith(text, start)) return null;
  const end = start + text.length;
  const t = docTokens(doc);
  let from = t.from[piece.paragraph]!;
  const last = t.from[piece.paragraph + 1]!;
  // Tokens are in reading order: skip those before the stretch; one that runs into it straddles its edge.
  while (from < last && t.start[from]! < start) if (t.start[from]! + t.words[t.word[from++]!]!.length > start) return null;
  let to = from;
  while (to < last && t.start[to]! < end) if (t.start[to]! + t.words[t.word[to++]!]!.length > end) return null;
  return [from, to];
}

/**
 * The words of a stretch as forEachWordSpan reads its text alone, each as its number and text
 * in the document's table. False, having read nothing, where the table cannot tell
 * (stretchTokens), or the stretch holds a ZWNJ (tokenize keeps one between letters inside a
 * word, forEachWordSpan splits there).
 */
export function forEachPieceWord(doc: CheckDoc, piece: Stretch, at: (word: number, text: string) => void): boolean {
  const span = piece.text.includes('\u200c') ? null : stretchTokens(doc, piece);
  if (!span) return false;
  const t = docTokens(doc);
  for (let k = span[0]; k < span[1]; k++) at(t.word[k]!, t.words[t.word[k]!]!);
  return true;
}

/** The words tokenize finds in a stretch's text, with their script, read from the table; null where it cannot tell (stretchTokens). */
export function pieceWords(doc: CheckDoc, piece: Stretch): Array<{ text: string; arabic: boolean }> | null {
  const span = stretchTokens(doc, piece);
  if (!span) return null;
  const t = docTokens(doc);
  const out: Array<{ text: string; arabic: boolean }> = [];
  for (let k = span[0]; k < span[1]; k++) out.push({ text: t.words[t.word[k]!]!, arabic: (t.flags[k]! & ARABIC) !== 0 });
  return out;
}
