import type { Paragraph, Sentence } from '../model';
import { ClueReader, forEachNumber, forEachWordSpan, lowerOfSplit, type NameKeying } from './extract';
import { IntList, IntPairMap } from './intpairs';

/**
 * A document read once. Each distinct word becomes a token id and each paragraph a range
 * of one flat token array; the sentences of a paragraph are sub-ranges of it. Lexicon keys,
 * name skeletons (of one word or of two adjacent ones) and numbers get document-wide ids.
 * Both search passes and the sentence links inside beads then read integers: the clues of
 * any unit are exactly what ClueReader.read would give for its text (tests check this), at
 * no further reading cost. items.ts maps these ids to the item ids both documents share.
 */

/** Strings interned in order of first appearance (the order the aligner's sets keep). */
export class Strings {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  id(s: string): number {
    let id = this.ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(s, id);
      this.list.push(s);
    }
    return id;
  }
}

/**
 * Words interned straight from spans of text: a hash of the UTF-16 units finds the word's
 * id, and a string is made only for a word seen for the first time (no garbage per word).
 */
class WordTable {
  readonly list: string[] = [];
  private slots = new Int32Array(1 << 12).fill(-1);

  id(text: string, start: number, end: number): number {
    const mask = this.slots.length - 1;
    let s = hashOf(text, start, end) & mask;
    for (;;) {
      const id = this.slots[s]!;
      if (id === -1) break;
      if (sameText(this.list[id]!, text, start, end)) return id;
      s = (s + 1) & mask;
    }
    const id = this.list.length;
    this.list.push(text.slice(start, end));
    this.slots[s] = id;
    if (this.list.length * 2 > mask) this.rehash();
    return id;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = this.slots.length - 1;
    this.list.forEach((w, id) => {
      let s = hashOf(w, 0, w.length) & mask;
      while (this.slots[s] !== -1) s = (s + 1) & mask;
      this.slots[s] = id;
    });
  }
}

/** FNV-1a over UTF-16 units. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

function sameText(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Sentences of a paragraph as token and number ranges, when its spans allow (see `regular`). */
interface SentenceRanges {
  tok0: IntList;
  tok1: IntList;
  num0: IntList;
  num1: IntList;
  len: number[];
}

/** Length a unit counts for: characters, without spaces and Arabic short-vowel marks. */
export function unitLength(text: string, start = 0, end = text.length): number {
  let n = 0;
  for (let k = start; k < end; k++) if (!isUncounted(text.charCodeAt(k))) n++;
  return n;
}

/** JavaScript's \s, Arabic harakat (U+064B–065F), superscript alef, tatweel and ZWNJ. */
function isUncounted(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    c === 0x0640 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x200c ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Sentence index of each span [start, end), or -1 when it is not inside exactly one sentence. */
class SentenceCursor {
  private k = 0;
  constructor(private readonly spans: readonly Sentence[]) {}
  place(start: number, end: number): number {
    while (this.k < this.spans.length && start >= this.spans[this.k]!.end) this.k++;
    const s = this.spans[this.k];
    return s && start >= s.start && end <= s.end ? this.k : -1;
  }
}

/** Spans sorted, disjoint and inside the text, as segment() makes them. */
function wellFormed(spans: readonly Sentence[], length: number): boolean {
  let prev = 0;
  for (const s of spans) {
    if (s.start < prev || s.end < s.start || s.end > length) return false;
    prev = s.end;
  }
  return true;
}

export class DocText {
  readonly reader: ClueReader;
  /** Token ids of all paragraphs, in order; paragraph p is tokens[parTok[p], parTok[p + 1]). */
  readonly tokens: Int32Array;
  readonly parTok: Int32Array;
  /** Number ids of all paragraphs, in order; paragraph p is numbers[parNum[p], parNum[p + 1]). */
  readonly numbers: Int32Array;
  readonly parNum: Int32Array;
  /** Length (unitLength) of each paragraph. */
  readonly len: Float64Array;
  /** Sentences of paragraph p are sentences parSent[p]..parSent[p + 1] − 1 (empty when not regular). */
  readonly parSent: Int32Array;
  readonly sentTok0: Int32Array;
  readonly sentTok1: Int32Array;
  readonly sentNum0: Int32Array;
  readonly sentNum1: Int32Array;
  readonly sentLen: Float64Array;
  /**
   * 1 when every word and number of the paragraph lies inside one of its sentence spans,
   * so sentence clues are sub-ranges. (Always so for segment()'s spans; other spans are
   * read from their texts instead.)
   */
  readonly regular: Uint8Array;

  /** Lexicon key of each token (an index into keys), or −1. */
  readonly tokKey: Int32Array;
  /** Name skeletons of token t: tokNames[tokNameOff[t], tokNameOff[t + 1]), as written first. */
  readonly tokNames: Int32Array;
  readonly tokNameOff: Int32Array;
  readonly keys = new Strings();
  readonly numberKeys = new Strings();
  /** Skeletons of single names and of adjacent pairs, in one table (a pair may spell a name). */
  readonly skeletons = new Strings();
  /** Skeletons that occur as a name (three classes or more), and as a pair, in order of appearance. */
  readonly nameOrder: number[] = [];
  readonly pairOrder: number[] = [];
  /** (skeleton of a word, first skeleton of the next word) → skeleton of the pair. */
  readonly pairs: IntPairMap;
  private readonly isName: boolean[] = [];
  private readonly isPair: boolean[] = [];

  constructor(paragraphs: Paragraph[], keying: NameKeying) {
    const words = new WordTable();
    const tokens = new IntList(1 << 16);
    const numbers = new IntList(1 << 10);
    const n = paragraphs.length;
    this.parTok = new Int32Array(n + 1);
    this.parNum = new Int32Array(n + 1);
    this.len = new Float64Array(n);
    this.parSent = new Int32Array(n + 1);
    this.regular = new Uint8Array(n);
    const sent: SentenceRanges = { tok0: new IntList(), tok1: new IntList(), num0: new IntList(), num1: new IntList(), len: [] };
    // Sentence index of each token and number of the paragraph being read.
    const tokSent: number[] = [];
    const numSent: number[] = [];
    paragraphs.forEach((p, k) => {
      const firstTok = tokens.length;
      const firstNum = numbers.length;
      if (p.sentences.length === 0) {
        // No sentences split (the CLI's paragraph links): the paragraph is its one sentence.
        this.readWhole(p.text, words, tokens, numbers);
        this.parTok[k + 1] = tokens.length;
        this.parNum[k + 1] = numbers.length;
        this.len[k] = unitLength(p.text);
        this.regular[k] = 1;
        sent.tok0.push(firstTok);
        sent.tok1.push(tokens.length);
        sent.num0.push(firstNum);
        sent.num1.push(numbers.length);
        sent.len.push(this.len[k]!);
        this.parSent[k + 1] = sent.len.length;
        return;
      }
      const spans = p.sentences.length ? p.sentences : [{ start: 0, end: p.text.length }];
      const where = new SentenceCursor(spans);
      tokSent.length = 0;
      numSent.length = 0;
      forEachWordSpan(p.text, (start, end) => {
        tokens.push(words.id(p.text, start, end));
        tokSent.push(where.place(start, end));
      });
      const numbersAt = new SentenceCursor(spans);
      forEachNumber(p.text, (key, start, end) => {
        numbers.push(this.numberKeys.id(key));
        numSent.push(numbersAt.place(start, end));
      });
      this.parTok[k + 1] = tokens.length;
      this.parNum[k + 1] = numbers.length;
      this.len[k] = unitLength(p.text);
      const ok = wellFormed(spans, p.text.length) && !tokSent.includes(-1) && !numSent.includes(-1);
      this.regular[k] = ok ? 1 : 0;
      if (ok) addSentences(sent, p.text, spans, tokSent, firstTok, numSent, firstNum);
      this.parSent[k + 1] = sent.len.length;
    });
    this.tokens = tokens.toArray();
    this.numbers = numbers.toArray();
    this.sentTok0 = sent.tok0.toArray();
    this.sentTok1 = sent.tok1.toArray();
    this.sentNum0 = sent.num0.toArray();
    this.sentNum1 = sent.num1.toArray();
    this.sentLen = Float64Array.from(sent.len);
    this.reader = new ClueReader(lowerOfSplit([words.list]), keying);
    const tokNames = new IntList();
    this.tokKey = new Int32Array(words.list.length);
    this.tokNameOff = new Int32Array(words.list.length + 1);
    words.list.forEach((w, t) => {
      const c = this.reader.wordOnce(w);
      this.tokKey[t] = c.key === null ? -1 : this.keys.id(c.key);
      for (const s of c.names) tokNames.push(this.nameId(s));
      this.tokNameOff[t + 1] = tokNames.length;
    });
    this.tokNames = tokNames.toArray();
    // About one distinct pair per four words in news text; the map grows if there are more.
    this.pairs = new IntPairMap(this.tokens.length >> 2);
    this.internPairs();
  }

  /** Tokens and numbers of a text read as one sentence. */
  private readWhole(text: string, words: WordTable, tokens: IntList, numbers: IntList): void {
    forEachWordSpan(text, (start, end) => tokens.push(words.id(text, start, end)));
    forEachNumber(text, (key) => numbers.push(this.numberKeys.id(key)));
  }

  private nameId(s: string): number {
    const id = this.skeletons.id(s);
    if (s.length >= 3 && !this.isName[id]) {
      this.isName[id] = true;
      this.nameOrder.push(id);
    }
    return id;
  }

  /** Every pair of adjacent names in the document, in order of appearance. */
  private internPairs(): void {
    const visit = (a: number, b: number): void => {
      if (this.pairs.get(a, b) !== -1) return;
      const sk = this.skeletons.list;
      const id = this.skeletons.id(sk[a]! + sk[b]!);
      this.pairs.set(a, b, id);
      if (!this.isPair[id]) {
        this.isPair[id] = true;
        this.pairOrder.push(id);
      }
    };
    for (let p = 0; p < this.parTok.length - 1; p++) this.forEachPair(this.parTok[p]!, this.parTok[p + 1]!, visit);
  }

  /**
   * Each pair (skeleton of a word, first skeleton of the next word) in tokens [t0, t1) that
   * ClueReader counts: the second word keeps its spelling (clitics attach to the first
   * only), and pairs shorter than three classes are too common to be evidence.
   */
  forEachPair(t0: number, t1: number, visit: (a: number, b: number) => void): void {
    const { tokens, tokNames, tokNameOff } = this;
    const sk = this.skeletons.list;
    for (let k = t0 + 1; k < t1; k++) {
      const cur = tokens[k]!;
      if (tokNameOff[cur] === tokNameOff[cur + 1]) continue;
      const second = tokNames[tokNameOff[cur]!]!;
      const prev = tokens[k - 1]!;
      for (let x = tokNameOff[prev]!; x < tokNameOff[prev + 1]!; x++) {
        const a = tokNames[x]!;
        if (sk[a]!.length + sk[second]!.length >= 3) visit(a, second);
      }
    }
  }

  /** Lexicon keys of paragraph p, in order, repeats kept (what the lexicon counts). */
  wordsOf(p: number): string[] {
    const out: string[] = [];
    for (let k = this.parTok[p]!; k < this.parTok[p + 1]!; k++) {
      const key = this.tokKey[this.tokens[k]!]!;
      if (key >= 0) out.push(this.keys.list[key]!);
    }
    return out;
  }
}

/** Token and number ranges of each sentence, from the sentence index of each token and number. */
function addSentences(out: SentenceRanges, text: string, spans: readonly Sentence[], tokSent: number[], firstTok: number, numSent: number[], firstNum: number): void {
  let t = 0;
  let x = 0;
  spans.forEach((s, k) => {
    out.tok0.push(firstTok + t);
    while (t < tokSent.length && tokSent[t] === k) t++;
    out.tok1.push(firstTok + t);
    out.num0.push(firstNum + x);
    while (x < numSent.length && numSent[x] === k) x++;
    out.num1.push(firstNum + x);
    out.len.push(unitLength(text, s.start, s.end));
  });
}
