import { ClueReader, forEachWordSpan, lowerVocabulary } from '../align/extract';
import { sampleEvenly } from '../align/lexicon';
import type { Bead, Paragraph } from '../model';
import { linkedBeads } from './beads';
import { foldFigures, numberKey } from './numbers';
import { numberPhrases, parseToken } from './numberWords';
import { lexStem, wordTable, type LexiconSide } from '../text/wordTable';
import { tokenize } from './tokens';
import { ARABIC, docTokens, forEachPieceWord, pieceWords, stretchTokens, type DocTokens } from './docTokens';
import type { CheckDoc, CheckInput, Side } from './types';

/**
 * Whether a sentence's content is in the other version of its bead, judged by what it says
 * rather than how long it is: its figures (digits of every system, numbers in words, months),
 * its names (consonant skeletons both documents write) and its words that a lexicon learnt
 * from this very pair translates. A sentence whose facts are nowhere in the other side was
 * dropped from it, even when lengths fit; a sentence that carries the facts of two counts as
 * covering both, however the sentence aligner grouped them.
 *
 * How often a fact finds its counterpart in a true translation, and how often by chance in
 * a neighbouring passage of the same document, is measured on the pair itself (its sentence
 * links), so a free literary translation and a close news one each set their own rates.
 */

/** A sentence of a bead side, numbered as the aligner numbers them (through paragraphs in order). */
export interface Piece {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** Letters and digits in it (the unit of every length ratio). */
  letters: number;
}

/** How many pieces sentencePieces gives the paragraphs: the numbering sentence links index. */
export function sentenceCount(doc: CheckDoc, indices: number[]): number {
  return indices.reduce((n, i) => n + (doc.paragraphs[i] ? Math.max(1, doc.paragraphs[i]!.sentences.length) : 0), 0);
}

/** Sentences of a bead side in the aligner's numbering. */
export function sentencePieces(doc: CheckDoc, indices: number[]): Piece[] {
  return indices.flatMap((i) => {
    const p: Paragraph | undefined = doc.paragraphs[i];
    if (!p) return [];
    const spans = p.sentences.length ? p.sentences : [{ start: 0, end: p.text.length }];
    return spans.map((s) => {
      const text = p.text.slice(s.start, s.end);
      return { paragraph: i, start: s.start, end: s.end, text, letters: letters(text) };
    });
  });
}

/** What one stretch of text says that the other side can confirm. */
export interface Facts {
  /** One entry per distinct word: its lexicon key and the name skeletons it may hide. */
  words: Array<{ key: string | null; names: string[]; stem: string | null }>;
  numbers: string[];
  /** Every key and skeleton (and two-word skeleton) of the text, for lookups as a target. */
  keys: Set<string>;
  /** Stems of its words, for the lexicon learnt from other translations. */
  stems: Set<string>;
  names: Set<string>;
  numberSet: Set<string>;
  /** Figures written as digits or copied in Latin letters: what a translation keeps as it is. */
  literal: Set<string>;
  letters: number;
}

/** A word's entry in Facts.words, with what tells two words of a sentence apart. */
interface WordFact {
  key: string | null;
  names: string[];
  stem: string | null;
  /** Its key, else its first name skeleton, else the word. */
  id: string;
  /** Shared by the words of one id: the last reading (factsOf's stamp) that listed one of them. */
  merge: { stamp: number };
  /** Its names long enough to be facts. */
  longNames: string[];
}

/** What count() looks up for a word entry: its lexicon partners, general-lexicon stems and shared names. */
interface Probe {
  /** facts()'s merge key, numbered. */
  id: number;
  partners: string[] | undefined;
  stems: string[] | undefined;
  names: string[];
  /** Whether the pair can confirm it at all. */
  fact: boolean;
}

const emptyFacts = (): Facts => ({ words: [], numbers: [], keys: new Set(), stems: new Set(), names: new Set(), numberSet: new Set(), literal: new Set(), letters: 0 });

/** Letters and digits of a text (code points), counted without building a string. */
export function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const cp = s.codePointAt(i)!;
      if (cp > 0xffff) {
        i++;
        // Two units, as the length of the text with everything else removed would count it.
        if (LETTER_OR_DIGIT.test(String.fromCodePoint(cp))) n += 2;
        continue;
      }
    }
    let v = BMP[c]!;
    if (v === -1) v = BMP[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
    n += v;
  }
  return n;
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per UTF-16 unit: 1 letter or digit, 0 not, −1 not tested yet. */
const BMP = new Int8Array(0x10000).fill(-1);
const DIGITS = /\d+(?:[.,]\d+)*/g;

/**
 * Per word of a document's token table, whether numberPhrases can start a phrase at it (2),
 * or not (1), or not asked yet (0): a phrase starts only at a number word, so tokens
 * [from, to) none of which is one hold no phrase. Whether a word is Arabic script is read
 * from its letters, so it is the word's. Owned by the document, as its token table is.
 */
const numberWordsOf = new WeakMap<CheckDoc, Uint8Array>();

function noNumberWord(doc: CheckDoc, from: number, to: number): boolean {
  const t: DocTokens = docTokens(doc);
  let known = numberWordsOf.get(doc);
  if (!known) numberWordsOf.set(doc, (known = new Uint8Array(t.words.length)));
  for (let k = from; k < to; k++) {
    const n = t.word[k]!;
    let v = known[n]!;
    if (v === 0) v = known[n] = parseToken({ text: t.words[n]!, arabic: (t.flags[k]! & ARABIC) !== 0 }) === undefined ? 1 : 2;
    if (v === 2) return false;
  }
  return true;
}

/** Verdict on one sentence against a target text. */
export interface Judgement {
  /** Facts of the sentence that the pair can confirm at all. */
  facts: number;
  /** Of those, found in the target. */
  found: number;
  /** log P(found | chance) − log P(found | translated): above 0 looks untranslated. */
  llr: number;
}

/** Fewer links than this cannot say how often facts cross: no judgement. */
const MIN_LINKS = 3;
/** Rates kept off 0 and 1, where one fact would decide everything. */
const clamp = (p: number) => Math.min(0.97, Math.max(0.02, p));

interface Rates {
  /** Share of facts found in the sentence's own counterpart. */
  hit: number;
  /** Share found in a neighbouring link's other side of `len` letters. */
  chance: number;
  len: number;
}

/**
 * Log-likelihood ratio of finding `found` of `total` facts in a target `span` typical links
 * long, chance against a translation (below zero: the target translates the sentence).
 */
function foundLlr(found: number, total: number, r: Pick<Rates, 'hit' | 'chance'>, span: number): number {
  const chance = clamp(1 - Math.pow(1 - r.chance, span));
  const hit = clamp(Math.max(r.hit, chance + 0.05));
  return found * Math.log(chance / hit) + (total - found) * Math.log((1 - chance) / (1 - hit));
}

export class BeadContent {
  private readonly readers: [ClueReader, ClueReader];
  private readonly lex: [Map<string, string[]>, Map<string, string[]>] = [new Map(), new Map()];
  private shared = { names: new Set<string>(), numbers: new Set<string>() };
  /** Stem partners from other translations, A side's then B side's (none for a pair of other languages). */
  private readonly general: [LexiconSide, LexiconSide] | null;
  private rates: [Rates, Rates] | null = null;

  constructor(
    private readonly input: CheckInput,
    private readonly piecesOf: (bead: Bead) => [Piece[], Piece[]] = (bead) => [sentencePieces(input.a, bead.a), sentencePieces(input.b, bead.b)],
  ) {
    const lower = (d: CheckDoc) => lowerVocabulary(d.paragraphs.map((p) => p.text));
    this.readers = [new ClueReader(lower(input.a)), new ClueReader(lower(input.b))];
    this.latin = [isLatinDoc(input.a), isLatinDoc(input.b)];
    const en = (d: CheckDoc) => d.lang.startsWith('en');
    const general = en(input.a) ? wordTable(input.b.lang) : en(input.b) ? wordTable(input.a.lang) : null;
    this.general = general && (en(input.a) ? general : [general[1], general[0]]);
    this.learn();
  }

  /**
   * Facts of each piece, per side, for as long as the caller keeps the piece: a book's
   * sentences are read bead by bead, and their facts need not outlive their bead.
   */
  private readonly pieceFacts: [WeakMap<Piece, Facts>, WeakMap<Piece, Facts>] = [new WeakMap(), new WeakMap()];

  /** Facts of some pieces of one side, read as one text (each piece read once). */
  facts(side: Side, pieces: Piece[]): Facts {
    if (pieces.length === 1) return this.factsOf(side, pieces[0]!);
    const f = emptyFacts();
    const seen = new Set<string>();
    for (const pc of pieces) {
      const g = this.factsOf(side, pc);
      f.letters += g.letters;
      for (const w of g.words) {
        const id = w.key ?? w.names[0] ?? '';
        if (!seen.has(id)) (seen.add(id), f.words.push(w));
      }
      for (const n of g.numbers) if (!f.numberSet.has(n)) (f.numberSet.add(n), f.numbers.push(n));
      for (const k of g.keys) f.keys.add(k);
      for (const k of g.stems) f.stems.add(k);
      for (const k of g.names) f.names.add(k);
      for (const k of g.literal) f.literal.add(k);
      // Where a Latin-script text's words wait for copies: in its number set only.
      for (const k of g.numberSet) f.numberSet.add(k);
    }
    return f;
  }

  private factsOf(side: Side, pc: Piece): Facts {
    const cache = this.pieceFacts[side === 'a' ? 0 : 1];
    let f = cache.get(pc);
    if (f) return f;
    f = emptyFacts();
    const s0 = side === 'a' ? 0 : 1;
    const words = this.wordFacts[s0]!;
    const byNumber = (this.wordFactsByNumber[s0] ??= new Array<WordFact>(docTokens(this.input[side]).words.length));
    const factOf = (raw: string): WordFact => {
      let w = words.get(raw);
      if (!w) words.set(raw, (w = this.wordFact(side, raw)));
      return w;
    };
    // A word is listed once per reading, by id: a stamp on the id's entry stands for a set.
    const stamp = ++this.readings;
    f.letters = pc.letters;
    let prev: string[] = [];
    const text = pc.text;
    const note = (w: WordFact): void => {
      for (const s of w.longNames) f.names.add(s);
      // Two words written as one name ("خليل زاد" for "Khalilzad"), as the aligner reads them.
      const second = w.names[0];
      if (second !== undefined) for (const p of prev) if (p.length + second.length >= 3) f.names.add(p + second);
      prev = w.names;
      if (w.key !== null) f.keys.add(w.key);
      if (w.stem !== null) f.stems.add(w.stem);
      if (w.merge.stamp === stamp) return;
      w.merge.stamp = stamp;
      f.words.push(w);
    };
    // The piece's words from its document's token table, each looked up by its number there;
    // read afresh where the table cannot tell.
    if (!forEachPieceWord(this.input[side], pc, (n, raw) => note((byNumber[n] ??= factOf(raw)))))
      forEachWordSpan(text, (start, end) => note(factOf(text.slice(start, end))));
    for (const n of this.numbers(side, pc, f.literal)) if (!f.numberSet.has(n)) (f.numberSet.add(n), f.numbers.push(n));
    this.latinWords(side, text, f);
    cache.set(pc, f);
    return f;
  }

  /** What one distinct word of a side gives, read once per run (a book repeats its words). */
  private readonly wordFacts: [Map<string, WordFact>, Map<string, WordFact>] = [new Map(), new Map()];
  /** The same, by the word's number in its document's token table (docTokens). */
  private readonly wordFactsByNumber: [WordFact[] | null, WordFact[] | null] = [null, null];

  private wordFact(side: Side, raw: string): WordFact {
    const c = this.readers[side === 'a' ? 0 : 1]!.word(raw);
    const general = this.general?.[side === 'a' ? 0 : 1];
    // Only stems the lexicon knows: the others can neither be looked up nor be found.
    const stem = c.key === null || !general?.has(lexStem(c.key)) ? null : lexStem(c.key);
    const id = c.key ?? c.names[0] ?? raw;
    let merge = this.merges.get(id);
    if (!merge) this.merges.set(id, (merge = { stamp: 0 }));
    return { key: c.key, names: c.names, stem, id, merge, longNames: c.names.filter((s) => s.length >= 3) };
  }

  /** factsOf's readings so far, each a stamp; per word id, the entry its words share. */
  private readings = 0;
  private readonly merges = new Map<string, { stamp: number }>();

  /**
   * Latin-script words. In a text of another script they are copied from the source (a name,
   * an acronym, a brand) and count as figures; in a Latin-script text every word is where
   * such a copy is looked for.
   */
  private latinWords(side: Side, text: string, f: Facts): void {
    const latinDoc = this.latin[side === 'a' ? 0 : 1];
    for (const m of text.matchAll(LATIN_WORD)) {
      const w = `L${m[0].toLowerCase()}`;
      if (latinDoc) f.numberSet.add(w);
      else if (m[0].length >= 2 && !f.numberSet.has(w)) (f.numberSet.add(w), f.numbers.push(w), f.literal.add(w));
    }
  }

  /** Per side, whether the document is mostly written in Latin letters. */
  private readonly latin: [boolean, boolean];

  /** Figures of a piece: digits of every system and numbers in words (a lone 0 or 1 is too often no figure). */
  private numbers(side: Side, pc: Piece, literal: Set<string>): string[] {
    const out: string[] = [];
    for (const m of foldFigures(pc.text).matchAll(DIGITS)) {
      const k = numberKey(m[0]);
      out.push(k);
      literal.add(k);
    }
    // The piece's words from its document's token table where it can tell, else read afresh;
    // most sentences have no number word, and their words need not be listed to find none.
    const doc = this.input[side];
    const span = stretchTokens(doc, pc);
    if (!span || !noNumberWord(doc, span[0], span[1])) for (const ph of numberPhrases(pieceWords(doc, pc) ?? tokenize(pc.text))) out.push(String(ph.value));
    return out.filter((v) => v !== '0' && v !== '1');
  }

  /**
   * Facts of `f` the pair can confirm, and how many of them `target` confirms (leaving out
   * the target's items `taken` says other sentences account for).
   */
  count(side: Side, f: Facts, target: Facts, taken?: (id: string) => boolean): { facts: number; found: number; figures: number; figuresFound: number } {
    const lex = this.lex[side === 'a' ? 0 : 1]!;
    const general = this.general?.[side === 'a' ? 0 : 1];
    let facts = 0;
    let found = 0;
    let figures = 0;
    let figuresFound = 0;
    const free = (set: Set<string>, tag: string) => (taken ? (x: string) => set.has(x) && !taken(tag + x) : (x: string) => set.has(x));
    const [inKeys, inStems, inNames] = [free(target.keys, 'k'), free(target.stems, 's'), free(target.names, 'n')];
    for (const w of f.words) {
      const partners = w.key === null ? undefined : lex.get(w.key);
      const stems = w.stem === null ? undefined : general?.get(w.stem);
      const names = w.names.filter((s) => this.shared.names.has(s));
      if (!partners && !stems && !names.length) continue;
      facts++;
      if (partners?.some(inKeys) || stems?.some(inStems) || names.some(inNames)) found++;
    }
    for (const n of f.numbers) {
      if (!this.shared.numbers.has(n)) {
        // A figure the pair's other side never writes: what it says is kept as written by a
        // translation, so its absence is evidence in itself. A name may recur in the other
        // side's sentence as often as here, so what neighbours take is not subtracted.
        if (!f.literal.has(n)) continue;
        figures++;
        if (target.numberSet.has(n)) figuresFound++;
        continue;
      }
      facts++;
      if (target.numberSet.has(n) && !taken?.(`#${n}`)) found++;
    }
    return { facts, found, figures, figuresFound };
  }

  /**
   * What in `target` the facts of `f` would be the translation of: for each fact found, the
   * first key, stem, name or figure of the target that confirms it. With `names`, also every
   * other name skeleton of the target that confirms it: a name found by its key is found by
   * its skeleton too (count() takes either), so whoever takes the name must take both.
   */
  matches(side: Side, f: Facts, target: Facts, names = false): string[] {
    const lex = this.lex[side === 'a' ? 0 : 1]!;
    const general = this.general?.[side === 'a' ? 0 : 1];
    const out: string[] = [];
    for (const w of f.words) {
      const k = w.key === null ? undefined : lex.get(w.key)?.find((p) => target.keys.has(p));
      const st = k !== undefined || w.stem === null ? undefined : general?.get(w.stem)?.find((p) => target.stems.has(p));
      const first = k !== undefined ? `k${k}` : st !== undefined ? `s${st}` : undefined;
      if (first !== undefined) out.push(first);
      for (const x of w.names) {
        if (!this.shared.names.has(x) || !target.names.has(x)) continue;
        if (first === undefined || names) out.push(`n${x}`);
        if (!names) break;
      }
    }
    for (const n of f.numbers) if (target.numberSet.has(n)) out.push(`#${n}`);
    return out;
  }

  /** How many pieces of a side hold each key, stem, name and figure (the ids of matches()). */
  static items(f: Facts): string[] {
    return [...[...f.keys].map((k) => `k${k}`), ...[...f.stems].map((k) => `s${k}`), ...[...f.names].map((k) => `n${k}`), ...[...f.numberSet].map((k) => `#${k}`)];
  }

  /** How a sentence of `side` fares against a target text of the other side. */
  judge(side: Side, f: Facts, target: Facts, taken?: (id: string) => boolean): Judgement | null {
    if (!this.rates) return null;
    const counts = this.count(side, f, target, taken);
    return { facts: counts.facts, found: counts.found, llr: this.llrOf(side, counts, target.letters) };
  }

  /** judge's verdict from the counts and the target's letters (rates known). */
  private llrOf(side: Side, c: { facts: number; found: number; figures: number; figuresFound: number }, targetLetters: number): number {
    const r = this.rates![side === 'a' ? 0 : 1]!;
    // A longer target finds more by chance: chance per letter-length of a typical link.
    const span = Math.max(0.25, targetLetters / r.len);
    let llr = foundLlr(c.found, c.facts, r, span);
    if (c.figures) llr += FIGURE_WEIGHT * foundLlr(c.figuresFound, c.figures, this.figureRates![side === 'a' ? 0 : 1]!, span);
    return llr;
  }

  /**
   * For runs of a bead's sentences, judge's llr both ways summed (0 for a way it cannot
   * judge): what `judge('a', facts(a run), facts(b run))` and the reverse give, for every
   * link a search over the bead's sentences prices. Each sentence's facts are read once and
   * each fact is looked up once against each sentence of the other side, so a link is
   * counted from those answers instead of by merging its runs' facts and looking every
   * fact up again: a union's set holds an item exactly when one of its sentences' sets does.
   */
  runLinks(pa: Piece[], pb: Piece[]): (i0: number, da: number, j0: number, db: number) => number {
    if (!this.rates) return () => 0;
    const fa = pa.map((pc) => this.factsOf('a', pc));
    const fb = pb.map((pc) => this.factsOf('b', pc));
    const [ra, rb] = [this.sideRuns('a', fa, fb), this.sideRuns('b', fb, fa)];
    const letters = (fs: Facts[], from: number, count: number): number => {
      let n = 0;
      for (let k = from; k < from + count; k++) n += fs[k]!.letters;
      return n;
    };
    return (i0, da, j0, db) =>
      this.llrOf('a', ra(i0, da, j0, db), letters(fb, j0, db)) + this.llrOf('b', rb(j0, db, i0, da), letters(fa, i0, da));
  }

  /**
   * count(side, facts of own[from, from + n), facts of other[j0, j0 + m)) for any runs, from
   * each fact's answers per sentence of the other side. The run's words and figures are
   * deduplicated as facts() merges them: a word by its key, else first name, the first kept;
   * a figure when an earlier sentence of the run has it.
   */
  private sideRuns(side: Side, own: Facts[], other: Facts[]): (from: number, n: number, j0: number, m: number) => { facts: number; found: number; figures: number; figuresFound: number } {
    const q = other.length;
    // Per sentence, where its word entries start in the flat arrays; per entry its merge id
    // and, per sentence of the other side, whether that sentence confirms it (0 when it is no fact).
    const starts = new Int32Array(own.length + 1);
    let e = 0;
    own.forEach((f, k) => ((starts[k] = e), (e += f.words.length)));
    starts[own.length] = e;
    const ids = new Int32Array(e);
    const fact = new Uint8Array(e);
    const hits = new Uint8Array(e * q);
    e = 0;
    for (const f of own)
      for (const w of f.words) {
        const p = this.probe(side, w);
        ids[e] = p.id;
        if (p.fact) {
          fact[e] = 1;
          for (let j = 0; j < q; j++) {
            const t = other[j]!;
            if (p.partners?.some((x) => t.keys.has(x)) || p.stems?.some((x) => t.stems.has(x)) || p.names.some((x) => t.names.has(x))) hits[e * q + j] = 1;
          }
        }
        e++;
      }
    const anyIn = (set: (t: Facts) => Set<string>, x: string, j0: number, m: number): boolean => {
      for (let j = j0; j < j0 + m; j++) if (set(other[j]!).has(x)) return true;
      return false;
    };
    const numberSet = (t: Facts) => t.numberSet;
    return (from, n, j0, m) => {
      const stamp = ++this.stamp;
      let facts = 0;
      let found = 0;
      let figs = 0;
      let figsFound = 0;
      for (let x = starts[from]!; x < starts[from + n]!; x++) {
        const id = ids[x]!;
        if (this.seen[id] === stamp) continue;
        this.seen[id] = stamp;
        if (!fact[x]) continue;
        facts++;
        for (let j = j0; j < j0 + m; j++)
          if (hits[x * q + j]) {
            found++;
            break;
          }
      }
      for (let k = from; k < from + n; k++) {
        for (const v of own[k]!.numbers) {
          let earlier = false;
          for (let b = from; b < k && !earlier; b++) earlier = own[b]!.numberSet.has(v);
          if (earlier) continue;
          if (!this.shared.numbers.has(v)) {
            let literal = false;
            for (let b = from; b < from + n && !literal; b++) literal = own[b]!.literal.has(v);
            if (!literal) continue;
            figs++;
            if (anyIn(numberSet, v, j0, m)) figsFound++;
            continue;
          }
          facts++;
          if (anyIn(numberSet, v, j0, m)) found++;
        }
      }
      return { facts, found, figures: figs, figuresFound: figsFound };
    };
  }

  /** Run stamps per merge id (sideRuns), so that a run counts each word once without a set. */
  private seen = new Int32Array(1024);
  private stamp = 0;
  /** Merge ids (facts()'s dedup key: the key, else the first name) by number. */
  private readonly mergeIds = new Map<string, number>();
  /** Per word entry and side, what count() looks up for it, once: the pair's lexicon and shared names are fixed once learnt. */
  private readonly probes: [WeakMap<object, Probe>, WeakMap<object, Probe>] = [new WeakMap(), new WeakMap()];

  private probe(side: Side, w: Facts['words'][number]): Probe {
    const cache = this.probes[side === 'a' ? 0 : 1];
    let p = cache.get(w);
    if (p) return p;
    const key = w.key ?? w.names[0] ?? '';
    let id = this.mergeIds.get(key);
    if (id === undefined) {
      this.mergeIds.set(key, (id = this.mergeIds.size));
      if (id >= this.seen.length) {
        const grown = new Int32Array(this.seen.length * 2);
        grown.set(this.seen);
        this.seen = grown;
      }
    }
    const partners = w.key === null ? undefined : this.lex[side === 'a' ? 0 : 1]!.get(w.key);
    const stems = w.stem === null ? undefined : this.general?.[side === 'a' ? 0 : 1]?.get(w.stem);
    const names = w.names.filter((x) => this.shared.names.has(x));
    p = { id, partners, stems, names, fact: !!partners || !!stems || names.length > 0 };
    cache.set(w, p);
    return p;
  }

  /** Lexicon, shared names and numbers, and the pair's rates, from its sentence links. */
  private learn(): void {
    const pieces: Array<[Piece[], Piece[]]> = [];
    for (const bead of linkedBeads(this.input.beads)) {
      const [pa, pb] = this.piecesOf(bead);
      for (const [sa, sb] of linksOf(bead, pa.length, pb.length)) {
        if (sa.length && sb.length) pieces.push([sa.map((i) => pa[i]!), sb.map((i) => pb[i]!)]);
      }
    }
    // Reading facts is the costly part: a book's rates and lexicon come from a sample of links.
    const links = sampleEvenly(pieces, LEX_SAMPLE).map(([a, b]): [Facts, Facts] => [this.facts('a', a), this.facts('b', b)]);
    const names = (side: 0 | 1) => new Set(links.flatMap((l) => [...l[side].names]));
    const [na, nb] = [names(0), names(1)];
    this.shared.names = new Set([...na].filter((s) => nb.has(s)));
    const nums = (side: 0 | 1) => new Set(links.flatMap((l) => l[side].numbers));
    const [ua, ub] = [nums(0), nums(1)];
    this.shared.numbers = new Set([...ua].filter((n) => ub.has(n)));
    const keys = (f: Facts) => f.words.flatMap((w) => (w.key === null ? [] : [w.key]));
    const lexicon = strictLexicon(
      links.map(([a]) => keys(a)),
      links.map(([, b]) => keys(b)),
    );
    for (const [a, b] of lexicon) {
      push(this.lex[0], a, b);
      push(this.lex[1], b, a);
    }
    if (links.length < MIN_LINKS) return;
    this.rates = [this.rateOf('a', links), this.rateOf('b', links)];
    this.figureRates = [this.figureRateOf(0, links), this.figureRateOf(1, links)];
  }

  private figureRates: [FigureRates, FigureRates] | null = null;

  /**
   * How often a figure written as it is (digits, a Latin-script word in another script) is in
   * its link's other side, and in the link two away's, each pulled towards a prior by a few
   * figures' weight: a pair with few figures still gets a rate.
   */
  private figureRateOf(own: 0 | 1, links: Array<[Facts, Facts]>): FigureRates {
    const other = own ? 0 : 1;
    let n = 0;
    let hits = 0;
    let cn = 0;
    let chits = 0;
    links.forEach((l, k) => {
      const next = links[k + 2] ?? links[k - 2];
      for (const x of l[own].numbers) {
        if (!l[own].literal.has(x)) continue;
        n++;
        if (l[other].numberSet.has(x)) hits++;
        if (!next) continue;
        cn++;
        if (next[other].numberSet.has(x)) chits++;
      }
    });
    return { hit: (hits + FIGURE_PRIOR * 0.5) / (n + FIGURE_PRIOR), chance: (chits + FIGURE_PRIOR * 0.1) / (cn + FIGURE_PRIOR) };
  }

  /** Hit rate against each link's own other side, chance rate against the next link's. */
  private rateOf(side: Side, links: Array<[Facts, Facts]>): Rates {
    const [own, other] = side === 'a' ? [0, 1] : [1, 0];
    let facts = 0;
    let hits = 0;
    let cFacts = 0;
    let cHits = 0;
    let len = 0;
    let far = 0;
    links.forEach((l, k) => {
      const h = this.count(side, l[own]!, l[other]!);
      facts += h.facts;
      hits += h.found;
      // The link two away: a neighbour's topic, not the sentence split off this one.
      const next = links[k + 2] ?? links[k - 2];
      if (!next) return;
      const c = this.count(side, l[own]!, next[other]!);
      cFacts += c.facts;
      cHits += c.found;
      len += next[other]!.letters;
      far++;
    });
    return { hit: hits / Math.max(1, facts), chance: cHits / Math.max(1, cFacts), len: len / Math.max(1, far) || 1 };
  }
}

interface FigureRates {
  hit: number;
  chance: number;
}

/** A word in Latin letters (with the digits of a model name such as SS19). */
const LATIN_WORD = /[A-Za-z][A-Za-z0-9]*/g;

/** Whether most letters of a document's first paragraphs are Latin. */
function isLatinDoc(doc: CheckDoc): boolean {
  let latin = 0;
  let all = 0;
  for (const p of doc.paragraphs.slice(0, 50)) {
    latin += (p.text.match(/[A-Za-z]/g) ?? []).length;
    all += letters(p.text);
  }
  return latin > all / 2;
}

/**
 * Weight of a figure the other side never writes, against a word's: a digit or a copied name
 * is the same in any translation, where a word's lexicon partner may simply be another word.
 */
const FIGURE_WEIGHT = 2;
/** Figures' worth of prior (hit 0.5, chance 0.1) in a pair's figure rates. */
const FIGURE_PRIOR = 4;

/** Links sampled for the lexicon: more add little and cost quadratic word pairs each. */
const LEX_SAMPLE = 800;
/**
 * Meetings a word pair needs: a dropped sentence meets its bead's other words once, and a
 * pair learnt from that meeting would confirm the very sentence it should find missing.
 */
const LEX_MIN_COUNT = 3;
/** Dice a pair needs: words that keep meeting and rarely appear apart. */
const LEX_MIN_DICE = 0.5;
/** Words in more than this share of links are function words. */
const LEX_MAX_SHARE = 0.25;

/**
 * Word pairs of the two sides that keep meeting in the same sentence links (Dice over
 * links), stricter than the aligner's lexicon: a fact confirmed by chance hides an omission.
 */
export function strictLexicon(unitsA: string[][], unitsB: string[][]): Array<[string, string]> {
  const idx = sampleEvenly(
    unitsA.map((_, k) => k),
    LEX_SAMPLE,
  );
  const sides = (units: string[][]) => idx.map((k) => [...new Set(units[k])]);
  const [sa, sb] = [sides(unitsA), sides(unitsB)];
  const freq = (ss: string[][]) => {
    const f = new Map<string, number>();
    for (const s of ss) for (const w of s) f.set(w, (f.get(w) ?? 0) + 1);
    return f;
  };
  const [fa, fb] = [freq(sa), freq(sb)];
  const limit = Math.max(LEX_MIN_COUNT, LEX_MAX_SHARE * idx.length);
  // Useful words numbered, so that a pair is counted under a number rather than a joined
  // string: a sample holds far more word pairs than words.
  const numbered = (f: Map<string, number>) => {
    const ids = new Map<string, number>();
    for (const [w, n] of f) if (n >= LEX_MIN_COUNT && n <= limit) ids.set(w, ids.size);
    return ids;
  };
  const [ida, idb] = [numbered(fa), numbered(fb)];
  const [wordsA, wordsB] = [[...ida.keys()], [...idb.keys()]];
  const nb = idb.size;
  const meet = pairCounter(ida.size * nb);
  for (let k = 0; k < sa.length; k++) {
    const wb: number[] = [];
    for (const b of sb[k]!) {
      const j = idb.get(b);
      if (j !== undefined) wb.push(j);
    }
    for (const a of sa[k]!) {
      const i = ida.get(a);
      if (i === undefined) continue;
      for (const j of wb) meet.add(i * nb + j);
    }
  }
  const out: Array<[string, string]> = [];
  for (const pair of meet.order) {
    const n = meet.count(pair);
    const [a, b] = [wordsA[Math.floor(pair / nb)]!, wordsB[pair % nb]!];
    if (n >= LEX_MIN_COUNT && (2 * n) / (fa.get(a)! + fb.get(b)!) >= LEX_MIN_DICE) out.push([a, b]);
  }
  return out;
}

/** Most pairs counted in a flat table (four bytes each); beyond, a map of the pairs met. */
const DENSE_PAIRS = 1 << 22;

/** Counts of numbered pairs, and the pairs in the order first met. */
function pairCounter(size: number): { add: (pair: number) => void; count: (pair: number) => number; order: number[] } {
  const order: number[] = [];
  if (size <= DENSE_PAIRS) {
    const counts = new Int32Array(size);
    return { add: (p) => void (counts[p]++ === 0 && order.push(p)), count: (p) => counts[p]!, order };
  }
  const counts = new Map<number, number>();
  return { add: (p) => void (counts.set(p, (counts.get(p) ?? 0) + 1).get(p) === 1 && order.push(p)), count: (p) => counts.get(p)!, order };
}

function push(m: Map<string, string[]>, k: string, v: string): void {
  const xs = m.get(k);
  if (xs) xs.push(v);
  else m.set(k, [v]);
}

/** A bead's sentence links, or one link of all its sentences when the aligner gave none. */
export function linksOf(bead: Bead, na: number, nb: number): Array<[number[], number[]]> {
  return bead.sentences ?? [[range(na), range(nb)]];
}

const range = (n: number) => Array.from({ length: n }, (_, k) => k);
