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

/**
 * The words of a piece of a paragraph (`text` standing at `start` of paragraph `paragraph`), as
 * forEachWordSpan reads the piece's text alone, each as its number and text in the document's
 * table. False, having read nothing, where the table cannot tell: the text is not the
 * paragraph's there, a word of the paragraph runs across the piece's edge, or the piece holds a
 * ZWNJ (tokenize keeps one between letters inside a word, forEachWordSpan splits there).
 */
export function forEachPieceWord(doc: CheckDoc, piece: { paragraph: number; start: number; text: string }, at: (word: number, text: string) => void): boolean {
  const p = doc.paragraphs[piece.paragraph];
  const { start, text } = piece;
  if (!p || !p.text.startsWith(text, start) || text.includes('\u200c')) return false;
  const end = start + text.length;
  const t = docTokens(doc);
  let k = t.from[piece.paragraph]!;
  const last = t.from[piece.paragraph + 1]!;
  // Tokens are in reading order: skip those before the piece; one that runs into it straddles its edge.
  while (k < last && t.start[k]! < start) if (t.start[k]! + t.words[t.word[k++]!]!.length > start) return false;
  let stop = k;
  while (stop < last && t.start[stop]! < end) if (t.start[stop]! + t.words[t.word[stop++]!]!.length > end) return false;
  for (; k < stop; k++) at(t.word[k]!, t.words[t.word[k]!]!);
  return true;
}
