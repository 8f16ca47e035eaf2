import type { ParagraphIndex, Utf16Offset } from '../model';
import { foldKey, foldWithMap, toOriginalRange } from '../anchor/fold';
import { foldForMatch } from './normalize';

/**
 * Search across every column of a story. Matching happens on comparison keys (foldWithMap:
 * Arabic/Persian letter variants, diacritics, tatweel and ZWNJ ignored, digits folded, Latin
 * lower-cased, white space collapsed), but every hit is answered in UTF-16 offsets of the
 * paragraph text a user reads, so the reader can highlight it.
 *
 * Speed: the keys of all paragraphs are folded once into one string (the index); a query is
 * then one `indexOf` scan over it, and only the hits that are returned are mapped back.
 */

/** What search reads of a document: its id and its paragraphs' text. */
export interface SearchableDoc {
  id: string;
  paragraphs: ReadonlyArray<{ text: string }>;
}

export interface SearchHit {
  docId: string;
  paragraph: ParagraphIndex;
  /** Range of the match in the original paragraph text (end exclusive). */
  start: Utf16Offset;
  end: Utf16Offset;
}

export interface SearchResults {
  /** The first `limit` hits, in document order then paragraph order then position. */
  hits: SearchHit[];
  /** Every hit, including those beyond `limit`. */
  total: number;
}

export interface SearchIndex {
  /** Keys of every paragraph of every document, each followed by SEPARATOR. */
  readonly haystack: string;
  /** paraStarts[k]: offset in haystack of the k-th paragraph's key (over all documents). */
  readonly paraStarts: Int32Array;
  /** For the k-th paragraph: index into docs, and its paragraph index in that document. */
  readonly paraDoc: Int32Array;
  readonly paraIndex: Int32Array;
  readonly docs: ReadonlyArray<SearchableDoc>;
}

/** Keys never hold a line break (white space folds to ' '), so a match cannot span two paragraphs. */
const SEPARATOR = '\n';
/** Enough for a results list; a caller may ask for more. */
export const DEFAULT_SEARCH_LIMIT = 200;

/** Folded form of each UTF-16 unit (BMP character); NOT_YET until first seen. */
const NOT_YET = '\u0001';
const unitFolds: string[] = new Array<string>(0x10000).fill(NOT_YET);
/** Same for characters outside the BMP (emoji, rare scripts), bounded like fold.ts's cache. */
const pairFolds = new Map<string, string>();
const WHITE = /\s/u;

function foldOne(ch: string): string {
  const f = foldForMatch(ch);
  return f.length > 0 && WHITE.test(f) ? ' ' : f;
}

/**
 * Exactly `foldWithMap(text).key` (a test holds them equal), without the offset map and with
 * a table lookup per character: the index folds whole books, where foldKey takes seconds.
 */
export function fastKey(text: string): string {
  const parts: string[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let folded: string;
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (c >= 0xd800 && c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
      const pair = text.slice(i, i + 2);
      i++;
      folded = pairFolds.get(pair) ?? foldOne(pair);
      if (pairFolds.size < 8192) pairFolds.set(pair, folded);
    } else {
      folded = unitFolds[c]!;
      if (folded === NOT_YET) folded = unitFolds[c] = foldOne(String.fromCharCode(c));
    }
    if (folded.length === 0) continue;
    if (folded === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else lastWasSpace = false;
    parts.push(folded);
  }
  return parts.join('');
}

/** Folds every paragraph once: linear in the text, a few hundred ms for 100,000 paragraphs. */
export function buildSearchIndex(docs: ReadonlyArray<SearchableDoc>): SearchIndex {
  const builder = new IndexBuilder(docs);
  builder.step(Infinity);
  return builder.result();
}

/** Paragraphs folded between two pauses when the index is built in steps. */
const STEP_PARAGRAPHS = 5000;

/**
 * The same index, built in steps with `pause()` between them, so that a page building the
 * index of a book (about 1 s for 100,000 paragraphs) never blocks its main thread for long.
 */
export async function buildSearchIndexInSteps(
  docs: ReadonlyArray<SearchableDoc>,
  pause: () => Promise<void>,
  chunk = STEP_PARAGRAPHS,
): Promise<SearchIndex> {
  const builder = new IndexBuilder(docs);
  while (!builder.step(chunk)) await pause();
  return builder.result();
}

/** Folds paragraphs into one haystack, a given number of paragraphs per step. */
class IndexBuilder {
  private readonly paraStarts: Int32Array;
  private readonly paraDoc: Int32Array;
  private readonly paraIndex: Int32Array;
  private readonly parts: string[] = [];
  private offset = 0;
  private k = 0;
  private d = 0;
  private i = 0;

  constructor(private readonly docs: ReadonlyArray<SearchableDoc>) {
    const n = docs.reduce((sum, doc) => sum + doc.paragraphs.length, 0);
    this.paraStarts = new Int32Array(n);
    this.paraDoc = new Int32Array(n);
    this.paraIndex = new Int32Array(n);
  }

  /** Folds up to `count` more paragraphs; true when every paragraph is in. */
  step(count: number): boolean {
    for (let done = 0; done < count && this.d < this.docs.length; done++) {
      const paragraphs = this.docs[this.d]!.paragraphs;
      if (this.i >= paragraphs.length) {
        this.d++;
        this.i = 0;
        done--;
        continue;
      }
      const key = fastKey(paragraphs[this.i]!.text);
      this.paraStarts[this.k] = this.offset;
      this.paraDoc[this.k] = this.d;
      this.paraIndex[this.k] = this.i;
      this.k++;
      this.i++;
      this.parts.push(key, SEPARATOR);
      this.offset += key.length + SEPARATOR.length;
    }
    return this.d >= this.docs.length;
  }

  result(): SearchIndex {
    const { paraStarts, paraDoc, paraIndex, docs } = this;
    return { haystack: this.parts.join(''), paraStarts, paraDoc, paraIndex, docs };
  }
}

/** The query as a key: folded like the text, surrounding spaces dropped. */
export function queryKey(query: string): string {
  return foldKey(query).trim();
}

/** Which paragraph (over all documents) holds haystack offset `at`. */
function paragraphAt(index: SearchIndex, at: number): number {
  let lo = 0;
  let hi = index.paraStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (index.paraStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every non-overlapping match of the query; the first `limit` mapped to original offsets. */
export function searchIndex(index: SearchIndex, query: string, options: { limit?: number } = {}): SearchResults {
  const needle = queryKey(query);
  const limit = options.limit ?? DEFAULT_SEARCH_LIMIT;
  const hits: SearchHit[] = [];
  if (!needle) return { hits, total: 0 };
  const { haystack } = index;
  let total = 0;
  // Folding a paragraph with its offset map is the costly step: done once per hit paragraph.
  let mappedPara = -1;
  let mapped: ReturnType<typeof foldWithMap> | undefined;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    total++;
    if (hits.length >= limit) continue;
    const k = paragraphAt(index, at);
    const doc = index.docs[index.paraDoc[k]!]!;
    const para = index.paraIndex[k]!;
    if (k !== mappedPara) {
      mapped = foldWithMap(doc.paragraphs[para]!.text);
      mappedPara = k;
    }
    const from = at - index.paraStarts[k]!;
    const range = toOriginalRange(mapped!, from, from + needle.length);
    hits.push({ docId: doc.id, paragraph: para, start: range.start, end: range.end });
  }
  return { hits, total };
}

/** One-off search (builds the index each call); keep an index with buildSearchIndex to repeat. */
export function searchDocuments(
  docs: ReadonlyArray<SearchableDoc>,
  query: string,
  options: { limit?: number } = {},
): SearchResults {
  if (!queryKey(query)) return { hits: [], total: 0 };
  return searchIndex(buildSearchIndex(docs), query, options);
}
