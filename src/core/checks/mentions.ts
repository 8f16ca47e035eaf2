import type { Paragraph } from '../model';
import { firstAtLeast } from '../text/stretch';
import { nameSkeleton } from '../text/names';
import { stripPossessive, isArticle, type Token } from './tokens';
import { tokensOf } from './docTokens';
import type { CheckDoc } from './types';
import { isEnglishWord } from './knownNames';

/**
 * Name candidates in Latin text, found without a model: a capitalised word is a name when
 * the document also writes it capitalised in mid-sentence, or, at the start of a sentence,
 * when it is neither a common word (stoplist) nor written in lower case in the text around it,
 * nor in lower case anywhere in the document unless capitalised in mid-sentence nearby. A
 * title-case headline's capitals say no more than a sentence start's.
 * Adjacent names form a run ("Zawassi Khalilzad"); "al", "bin" and the like may sit inside.
 */

export interface Mention {
  text: string;
  paragraph: number;
  start: number;
  end: number;
  /** Index of the token in its paragraph, for adjacency. */
  token: number;
  /** Mentions sharing a run id are one multi-word name. */
  run: number;
  skeleton: string;
  /** Opens a sentence or quotation, where a capital says nothing. */
  initial: boolean;
}

/**
 * Capitalised words that are not names: function words that open sentences, titles,
 * months and days, institutions and demonyms. Lower case; kept short on purpose, since a
 * word written in lower case in the text around it is excluded anyway.
 */
const STOP = new Set(
  (
    'a an the and or but if of in on at to for from by with as into over under after before during since until ' +
    'about against between through without within while when where whether which who whom whose what why how ' +
    'this that these those there here it its he she they we you i his her their our your them him us me my ' +
    'is was are were be been has had have do does did will would can could should may might must not no yes ' +
    'all any some many most more much other another each every both either neither such only also even still ' +
    'however meanwhile although though because so then thus therefore moreover nonetheless nevertheless whereas ' +
    'according last first next new one two three four five six seven eight nine ten ' +
    'mr mrs ms dr sir president minister ministry secretary general senator representative ambassador envoy ' +
    'chief spokesman spokesperson deputy prime foreign interior defense defence state states united nations ' +
    'department office house white council security network news islamic republic emirates arab international ' +
    'airport institute college university group army forces force command central national congress parliament ' +
    'government embassy party front resistance affairs intelligence service agency community committee court ' +
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'american americans afghan afghans arabs muslim muslims western european russian chinese iranian indian ' +
    'pakistani republican republicans democrat democrats democratic taliban’s outlook source'
  ).split(' '),
);
/** Words before a noun that no name follows: articles, possessives, demonstratives, "most". */
const DETERMINERS = new Set('a an the this that these those his her its their our your my thy thine whose most'.split(' '));
/** Months and weekdays: capitalised by convention, and translated, not written by their sound. */
const CONVENTIONAL = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);
/** Particles inside names ("Ayman al-Zawahiri", "Osama bin Laden"): part of a run, not names. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'abu', 'de', 'van', 'von', 'ul', 'ud', 'der', 'la', 'le']);
const PARTICLE_MAX = Math.max(...[...PARTICLES].map((p) => p.length));

/** A particle, asked of every word of a document: longer words are not lower-cased to find out. */
function isParticle(word: string): boolean {
  return word.length <= PARTICLE_MAX && PARTICLES.has(word.toLowerCase());
}

const CAPITALISED = /^\p{Lu}/u;
/** CAPITALISED.test by code unit when the first letter is ASCII: asked of every word of a book. */
function capitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : CAPITALISED.test(w);
}
// With a plural s ("AMs", "MPs"): a body of members, not a name.
const ACRONYM = /^[\p{Lu}\d-]{2,6}s?$/u;
/** A contraction ("We've", "They're", "Don't"): its first part says whether it is a common word. */
const CONTRACTION = /^(\p{L}+?)(?:n['’]t|['’](?:ve|re|ll|d|m))$/u;

/** Whether the token opens a sentence (or a quotation), where capitals say nothing. */
function sentenceInitial(p: Paragraph, t: Token, lastStart = lastSentenceStart(p)): boolean {
  // Read back from the token, instead of matching patterns on everything before it (a long
  // paragraph made that quadratic): k is the last character before the token that is not
  // an opening quote, bracket or space.
  const text = p.text;
  let k = t.start - 1;
  while (k >= 0 && isOpening(text.charCodeAt(k))) k--;
  if (k < 0) return true;
  // A sentence starting after k starts at the token, behind nothing but openers (or later).
  if (lastStart > k) return true;
  let j = t.start - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  return j >= 0 && ENDERS.has(text.charCodeAt(j));
}

/** The latest start of the paragraph's sentences (whether one starts after an offset), or -1. */
function lastSentenceStart(p: Paragraph): number {
  let last = -1;
  for (const s of p.sentences) if (s.start > last) last = s.start;
  return last;
}

/** What \s matches, by code unit. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What may stand between a sentence start and its first word. */
const OPENERS: ReadonlySet<number> = new Set([...'"\'“‘«(['].map((ch) => ch.charCodeAt(0)));
function isOpening(c: number): boolean {
  return OPENERS.has(c) || isSpace(c);
}
/** What ends a sentence or opens a quotation, before the spaces ahead of the word. */
const ENDERS: ReadonlySet<number> = new Set([...'.!?:;"“”«([—–'].map((ch) => ch.charCodeAt(0)));

/**
 * Paragraphs each side of a word within which the document's other uses of it are read: a few
 * pages of prose. Whether a word is a name is a question about the stretch of text it stands
 * in, not about the whole document: a book's chapters each have their own cast and vocabulary,
 * and a name one chapter writes as a common word elsewhere ("Rain", "Will") stays a name where
 * it is one. A short piece, a news article, is read whole from any of its paragraphs.
 */
const VOCAB_WINDOW = 25;

/** Where the document writes each word (lower-cased key) small, and capitalised in mid-sentence: sorted paragraph indexes. */
interface Vocabulary {
  lower: Map<string, number[]>;
  midCapital: Map<string, number[]>;
}

function noteAt(m: Map<string, number[]>, key: string, i: number): void {
  const at = m.get(key);
  if (!at) m.set(key, [i]);
  else if (at[at.length - 1] !== i) at.push(i);
}

/** Whether the word is written (in the given way) within VOCAB_WINDOW paragraphs of paragraph i. */
function near(m: Map<string, number[]>, key: string, i: number): boolean {
  const at = m.get(key);
  if (!at) return false;
  const k = firstAtLeast(at, i - VOCAB_WINDOW);
  return k < at.length && at[k]! <= i + VOCAB_WINDOW;
}

/**
 * What both mention finders read of a document before judging its capitals: where it writes each
 * word, and per paragraph which tokens stand in a title stretch (titleStretches, null where none
 * does). Kept per document: name mismatch asks for a document's lowered capitals after its
 * mentions, and reading a book's vocabulary is most of either's cost.
 */
interface Reading {
  vocab: Vocabulary;
  titles: Array<boolean[] | null>;
}

/** Per document, read whole and with its compounds in parts (paragraphTokens): their token indexes differ. */
const readings = [new WeakMap<CheckDoc, Reading>(), new WeakMap<CheckDoc, Reading>()] as const;

/**
 * The document's tokens per paragraph (none for a paragraph that is no article's); with `parts`,
 * a hyphenated Latin compound is read as its parts ("Ann-Laure", "Mills-Hicks", "mid-October"):
 * each part is a word of its own, capitalised or not, and the other script often writes the
 * parts apart.
 */
function paragraphTokens(doc: CheckDoc, parts = false, wholeOf?: Map<number, Token[]>): Token[][] {
  return doc.paragraphs.map((p, i) => {
    if (!isArticle(p)) return [];
    const whole = tokensOf(doc, i);
    if (!parts) return whole;
    const split = hyphenParts(whole);
    if (split !== whole) wholeOf?.set(i, whole);
    return split;
  });
}

/**
 * The tokens with each Latin compound split at its hyphens, indexes renumbered in order; a
 * compound made only of English and function words stays whole.
 */
function hyphenParts(ts: Token[]): Token[] {
  if (!ts.some((t) => !t.arabic && HYPHEN.test(t.text))) return ts;
  const out: Token[] = [];
  let split = false;
  for (const t of ts) {
    const parts = t.arabic ? [] : t.text.split(HYPHEN);
    // A compound of English words ("All-Merciful", "self-made") is an English word, translated, not written by sound.
    if (parts.length < 2 || parts.every((x) => STOP.has(x.toLowerCase()) || isEnglishWord(x))) {
      out.push({ ...t, index: out.length });
      continue;
    }
    split = true;
    let at = t.start;
    parts.forEach((part, k) => {
      out.push({ text: part, start: at, end: at + part.length, index: out.length, arabic: false, afterBreak: k === 0 ? t.afterBreak : false });
      at += part.length + 1;
    });
  }
  // Nothing split: the same tokens, which tells readingOf the paragraph reads as it does whole.
  return split ? out : ts;
}
/** A hyphen, ASCII or Unicode, as tokenize lets one inside a word. */
const HYPHEN = /[-‐]/;

/**
 * The document's reading from its tokens. In parts, where the whole reading is known, it is
 * that reading with only the paragraphs whose compounds were split (`wholeOf`: their whole
 * tokens) read again: a book has few, and reading it again was most of the second reading's cost.
 */
function readingOf(doc: CheckDoc, tokens: Token[][], parts = false, wholeOf?: Map<number, Token[]>): Reading {
  let reading = readings[parts ? 1 : 0].get(doc);
  if (reading) return reading;
  const whole = parts && wholeOf ? readings[0].get(doc) : undefined;
  if (whole) reading = partsFromWhole(doc, tokens, wholeOf!, whole);
  else {
    const lower = new Map<string, number[]>();
    const midCapital = new Map<string, number[]>();
    const titles: Array<boolean[] | null> = [];
    doc.paragraphs.forEach((p, i) => titles.push(noteParagraph(p, i, tokens[i]!, lower, midCapital)));
    reading = { vocab: { lower, midCapital }, titles };
  }
  readings[parts ? 1 : 0].set(doc, reading);
  return reading;
}

/** Paragraph i's words noted in the vocabulary; its title stretches returned (null where none). */
function noteParagraph(p: Paragraph, i: number, ts: Token[], lower: Map<string, number[]>, midCapital: Map<string, number[]>): boolean[] | null {
  if (!ts.length) return null;
  const lastStart = lastSentenceStart(p);
  const title = titleStretches(ts);
  ts.forEach((t, k) => {
    if (t.arabic) return;
    const w = stripPossessive(t).text;
    if (!capitalised(w)) noteAt(lower, w.toLowerCase(), i);
    // A headline capitalises its words as a sentence start does: no sign of a name.
    else if (!title[k] && !sentenceInitial(p, t, lastStart)) noteAt(midCapital, w.toLowerCase(), i);
  });
  return title.includes(true) ? title : null;
}

/**
 * The reading in parts, from the whole one: equal to reading the parts afresh, since a key's
 * paragraphs are the sorted set of those that note it. Lists the whole reading holds are copied
 * before they change.
 */
function partsFromWhole(doc: CheckDoc, tokens: Token[][], wholeOf: Map<number, Token[]>, whole: Reading): Reading {
  const lower = new Map(whole.vocab.lower);
  const midCapital = new Map(whole.vocab.midCapital);
  const titles = whole.titles.slice();
  const own = new Set<number[]>();
  for (const [i, wts] of wholeOf) {
    const p = doc.paragraphs[i]!;
    const [wl, wm] = [new Map<string, number[]>(), new Map<string, number[]>()];
    noteParagraph(p, i, wts, wl, wm);
    const [pl, pm] = [new Map<string, number[]>(), new Map<string, number[]>()];
    titles[i] = noteParagraph(p, i, tokens[i]!, pl, pm);
    renote(lower, wl, pl, i, own);
    renote(midCapital, wm, pm, i, own);
  }
  return { vocab: { lower, midCapital }, titles };
}

/** Paragraph i taken out of the lists of the keys it noted (`before`) and put in those it notes now (`after`). */
function renote(m: Map<string, number[]>, before: Map<string, number[]>, after: Map<string, number[]>, i: number, own: Set<number[]>): void {
  for (const key of before.keys()) {
    if (after.has(key)) continue;
    const at = m.get(key)!.filter((x) => x !== i);
    if (!at.length) {
      m.delete(key);
      continue;
    }
    m.set(key, at);
    own.add(at);
  }
  for (const key of after.keys()) {
    if (before.has(key)) continue;
    let at = m.get(key);
    if (!at) {
      m.set(key, (at = [i]));
      own.add(at);
      continue;
    }
    if (!own.has(at)) {
      m.set(key, (at = at.slice()));
      own.add(at);
    }
    at.splice(firstAtLeast(at, i), 0, i);
  }
}

/** Whether the word is a name in paragraph i; `title`: it stands in a title-case stretch. */
function isNameToken(w: string, initial: boolean, v: Vocabulary, i: number, title = false): boolean {
  const key = w.toLowerCase();
  if (neverName(w, key)) return false;
  if (near(v.lower, key, i)) return false;
  const contracted = CONTRACTION.exec(key)?.[1];
  if (contracted && (STOP.has(contracted) || near(v.lower, contracted, i))) return false;
  if (!initial && !title) return true;
  // A capital that says nothing, on a word the document writes small elsewhere ("Now", "Take"):
  // only the word capitalised in mid-sentence nearby makes it a name.
  if (v.lower.has(key) && !near(v.midCapital, key, i)) return false;
  if (!initial) return true;
  // At a sentence start a capital proves nothing: rely on the rest of the text around it, and on
  // English word shapes that are rarely names ("Cleaning", "Reportedly").
  return near(v.midCapital, key, i) || !/(ing|ed|ly|ness|ment|tion)$/.test(key);
}

/** Whether the word is no name wherever it stands (`key`: the word lower-cased). */
function neverName(w: string, key: string): boolean {
  return !capitalised(w) || w.length < 2 || ACRONYM.test(w) || STOP.has(key) || PARTICLES.has(key);
}

/** Whether the answer for the word can differ between paragraphs (it is written small or in mid-sentence somewhere). */
function placeDependent(w: string, initial: boolean, v: Vocabulary): boolean {
  const key = w.toLowerCase();
  const contracted = CONTRACTION.exec(key)?.[1];
  return v.lower.has(key) || (initial && v.midCapital.has(key)) || (contracted !== undefined && v.lower.has(contracted));
}

/**
 * Name mentions of a Latin-script document, in reading order. `parts`: a hyphenated compound is
 * read as its parts (paragraphTokens), as a check against the other script wants; the name index
 * and the spelling groups keep it whole.
 */
export function latinMentions(doc: CheckDoc, parts = false): Mention[] {
  return readCapitals(doc, parts, null);
}

/**
 * latinMentions and loweredCapitals of a document, read in one pass over its tokens: name
 * mismatch wants both, and tokenizing a book again was most of the second's cost.
 */
export function mentionsAndLowered(doc: CheckDoc, parts = false): { mentions: Mention[]; lowered: Mention[] } {
  const lowered: Mention[] = [];
  return { mentions: readCapitals(doc, parts, lowered), lowered };
}

/** latinMentions; loweredCapitals pushed onto `lowered` on the way, when given. */
function readCapitals(doc: CheckDoc, parts: boolean, lowered: Mention[] | null): Mention[] {
  const wholeOf = new Map<number, Token[]>();
  const tokens = paragraphTokens(doc, parts, wholeOf);
  const { vocab, titles } = readingOf(doc, tokens, parts, wholeOf);
  const out: Mention[] = [];
  let run = 0;
  // Whether a word is a name depends on the word, whether it opens a sentence and the document: asked once per word and place.
  const names = [new Map<string, boolean>(), new Map<string, boolean>(), new Map<string, boolean>()] as const;
  // Words the document writes small or in mid-sentence are asked per paragraph, the rest once.
  const nameToken = (w: string, initial: boolean, title: boolean, i: number): boolean => {
    // A word written small is never a name (isNameToken's first test): most of a book's words,
    // and most are written small somewhere, so would be asked afresh at every place.
    if (!capitalised(w)) return false;
    const memo = names[initial ? 1 : title ? 2 : 0];
    let v = memo.get(w);
    if (v === undefined) {
      // A word no name anywhere ("The" opening sentences) is answered once, like any other.
      if (placeDependent(w, initial || title, vocab) && !neverName(w, w.toLowerCase())) return isNameToken(w, initial, vocab, i, title);
      memo.set(w, (v = isNameToken(w, initial, vocab, i, title)));
    }
    return v;
  };
  doc.paragraphs.forEach((p, i) => {
    let open = false;
    const ts = tokens[i]!;
    if (!ts.length) return;
    const lastStart = lastSentenceStart(p);
    const title = titles[i];
    ts.forEach((raw, k) => {
      if (lowered) loweredAt(p, i, ts, k, lastStart, title, vocab, lowered);
      const t = stripPossessive(raw);
      const particle = !raw.afterBreak && isParticle(t.text);
      if (particle) return; // transparent inside a run, never a name itself
      // A word written small is never a name (nameToken): where it stands is not asked.
      const initial = !t.arabic && capitalised(t.text) && sentenceInitial(p, t, lastStart);
      // In a headline a capital says no more than at a sentence start.
      const name = !t.arabic && nameToken(t.text, initial, title?.[k] ?? false, i);
      if (!name) {
        open = false;
        return;
      }
      if (!open || raw.afterBreak) run++;
      open = true;
      out.push({ text: t.text, paragraph: i, start: t.start, end: t.end, token: t.index, run, skeleton: nameSkeleton(t.text), initial });
    });
  });
  return out;
}

/** Fewest letters of a word read as a name's capital although the document writes it small. */
const LOWERED_MIN_LETTERS = 4;

/**
 * Capitalised words in mid-sentence that are no mention: the text around them also writes them in
 * lower case, or they are common words ("Days", "Based", "Party"). Machine translation that read a
 * name as a word keeps the name's capital, so such a capital is evidence, weaker than a
 * mention's, that a name stood there: only rules that also read the source may use them.
 * Left out where a capital says nothing: sentence openers, all-caps words, months and weekdays,
 * headlines, and nouns after an article or possessive.
 */
export function loweredCapitals(doc: CheckDoc, parts = false): Mention[] {
  const tokens = paragraphTokens(doc, parts);
  const { vocab, titles } = readingOf(doc, tokens, parts);
  const out: Mention[] = [];
  doc.paragraphs.forEach((p, i) => {
    const ts = tokens[i]!;
    if (!ts.length) return;
    const lastStart = lastSentenceStart(p);
    const title = titles[i];
    for (let k = 0; k < ts.length; k++) loweredAt(p, i, ts, k, lastStart, title, vocab, out);
  });
  return out;
}

/** Token k of paragraph i pushed onto `out` when it is a lowered capital (loweredCapitals). */
function loweredAt(p: Paragraph, i: number, ts: Token[], k: number, lastStart: number, title: boolean[] | null | undefined, vocab: Vocabulary, out: Mention[]): void {
  const raw = ts[k]!;
  if (raw.arabic || raw.text.length < LOWERED_MIN_LETTERS) return;
  const t = stripPossessive(raw);
  const w = t.text;
  if (w.length < LOWERED_MIN_LETTERS || !capitalised(w) || !/^\p{Lu}\p{Ll}+$/u.test(w)) return;
  const key = w.toLowerCase();
  if (!(near(vocab.lower, key, i) || STOP.has(key)) || CONVENTIONAL.has(key)) return;
  // A name takes no article or possessive: "the Almighty", "His Cause" are a noun's reverent capital.
  if (k > 0 && DETERMINERS.has(ts[k - 1]!.text.toLowerCase())) return;
  if (sentenceInitial(p, t, lastStart) || title?.[k]) return;
  out.push({ text: w, paragraph: i, start: t.start, end: t.end, token: t.index, run: -1, skeleton: nameSkeleton(w), initial: false });
}

/** Long words each side read to tell a headline run into the text from a name among words. */
const STRETCH_WORDS = 3;

/**
 * Whether the word stands among capitals only: a headline the paragraph runs into its first
 * sentence ("… Moved to a Tent Camp on the Texas Border The number …"), where a capital says nothing.
 */
function inTitleStretch(long: Token[], k: number): boolean {
  // Read in place: asked of every long word of a book, where copying its neighbours out was garbage.
  const from = Math.max(0, k - STRETCH_WORDS);
  const to = Math.min(long.length, k + 1 + STRETCH_WORDS);
  if (to - from - 1 < STRETCH_WORDS) return false;
  for (let j = from; j < to; j++) if (j !== k && !capitalised(long[j]!.text)) return false;
  return true;
}

/**
 * Per token of a paragraph, whether it is a long word standing in a title stretch (inTitleStretch).
 * Long words only: a headline's short function words stay small ("Moved to a Tent Camp").
 */
function titleStretches(ts: Token[]): boolean[] {
  const long: Token[] = [];
  const at: number[] = [];
  ts.forEach((x, k) => {
    if (!x.arabic && x.text.length >= LOWERED_MIN_LETTERS) {
      at.push(k);
      long.push(x);
    }
  });
  const out = new Array<boolean>(ts.length).fill(false);
  long.forEach((_, j) => {
    if (inTitleStretch(long, j)) out[at[j]!] = true;
  });
  return out;
}

/** Mentions grouped by run, in order. */
export function runsOf(mentions: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && last[0]!.run === m.run) last.push(m);
    else out.push([m]);
  }
  return out;
}
