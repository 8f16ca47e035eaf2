import type { FlagOccurrence } from '../model';
import { memoPerWord } from '../text/memo';
import { nameSkeleton, skeletonDeletions } from '../text/names';
import { MIN_LETTERS, arabicSkeletons, halfEditSkeletons, anchorMatch, latinVariantsKeyed, lengthsMayVary, prepareWords, readingCost, readingDistance, surelyNotClose, weightedDistance, type PreparedWords } from './match';
import { hasArticle, isArabicStopword } from './stoplists';
import { mentionsOf } from './story';
import { arabicForms, isArticle, scriptOfLang } from './tokens';
import { AFTER_BREAK, ARABIC, docTokens } from './docTokens';
import { latinKey } from './translit';
import type { CheckDoc, Entity, Spelling } from './types';

/**
 * Entities: spellings that write one person or place. Latin spellings are joined when
 * latinVariants says so (close skeletons, close letters, not an inflection); an Arabic-script
 * word joins the entity whose Latin spelling it matches across scripts.
 */

/** A spelling occurrence in one document. */
export interface NameHit {
  docId: string;
  text: string;
  /** Latin key of the spelling, or of the Latin spelling an Arabic word matched. */
  latin: string;
  occurrence: FlagOccurrence;
  /** Consonant skeleton of what is written (the matched clitic-free form for Arabic). */
  skeleton: string;
}

/** Appends to a list in a map of lists (copying the list each time is quadratic in a book). */
function pushTo<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Union-find over spelling keys. */
class Groups {
  private parent = new Map<string, string>();
  find(x: string): string {
    let p = this.parent.get(x) ?? x;
    if (p !== x) {
      p = this.find(p);
      this.parent.set(x, p);
    }
    return p;
  }
  union(x: string, y: string): void {
    const [a, b] = [this.find(x), this.find(y)].sort();
    if (a !== b) this.parent.set(b!, a!);
  }
}

/**
 * Stricter than latinVariants, because grouping has no source word to confirm it: the first
 * letter must agree (Khan is not Ghani), vowels aside for longer names (Iman and Oman stay
 * apart, both being short).
 */
export function sameEntity(x: string, y: string): boolean {
  return sameEntityKeyed(x, latinKey(x), nameSkeleton(x), y, latinKey(y), nameSkeleton(y));
}

/** sameEntity for spellings whose latinKey and nameSkeleton are already known (a and sx for x, b and sy for y). */
function sameEntityKeyed(x: string, a: string, sx: string, y: string, b: string, sy: string): boolean {
  if (!latinVariantsKeyed(x, a, sx, y, b, sy)) return false;
  if (a[0] === b[0]) return true;
  // A first letter machine translation confuses, the rest the same: Gorea / Korea, Kholt / Holt.
  const rest = (w: string) => w.replace(/^(kh|gh|th|dh|sh|[kgqchszj])/, '');
  if (rest(a) === rest(b) && rest(a).length >= 3) return true;
  return Math.min(a.length, b.length) > 4 && /[aeiou]/.test(a[0]!) && /[aeiou]/.test(b[0]!);
}

/** Groups Latin spellings (by latinKey) into entities; returns key → group representative. */
export function groupSpellings(texts: string[]): (key: string) => string {
  const byKey = new Map<string, string>();
  for (const t of texts) if (!byKey.has(latinKey(t))) byKey.set(latinKey(t), t);
  const groups = new Groups();
  // Only spellings with the same skeleton or one deletion apart can be variants: index them.
  const index = new Map<string, string[]>();
  // Keys too short to be variants (latinVariants) are never joined: left out of the search.
  const long = [...byKey].filter(([key]) => key.length >= MIN_LETTERS);
  for (const [key, text] of long) {
    const s = nameSkeleton(text);
    for (const k of [s, ...skeletonDeletions(s)]) pushTo(index, k, key);
  }
  // Each key's skeleton once: the index brings every key together with many others, and
  // latinVariants' first tests need only the lengths.
  const skeletons = new Map(long.map(([key, text]) => [key, nameSkeleton(text)]));
  for (const [key, text] of long) {
    const s = skeletons.get(key)!;
    const near = new Set([s, ...skeletonDeletions(s)].flatMap((k) => index.get(k) ?? []));
    for (const other of near) {
      const so = skeletons.get(other)!;
      if (other === key || !lengthsMayVary(key.length, other.length, s.length, so.length)) continue;
      if (sameEntityKeyed(text, key, s, byKey.get(other)!, other, so)) groups.union(key, other);
    }
  }
  return (key) => groups.find(key);
}

/** Latin name hits of a document. */
export function latinHits(doc: CheckDoc): NameHit[] {
  return mentionsOf(doc).map((m) => ({
    docId: doc.id,
    text: m.text,
    latin: latinKey(m.text),
    occurrence: { paragraph: m.paragraph, start: m.start, end: m.end },
    skeleton: m.skeleton,
  }));
}

/**
 * Latin spellings by every skeleton within half an edit of theirs, for cross-script lookup.
 * Only skeletons within half an edit of a word's can pass plausibleDistance, and that
 * relation is symmetric (an h dropped one way is an h added the other, a NEAR swap swaps
 * back), so the index lists each spelling under its own skeleton's half-edit forms and a word
 * asks with its skeleton alone: one lookup per skeleton of the word, where listing the word's
 * forms cost a dozen strings for every word pair of a book, nine in ten of which meet no name.
 */
class SkeletonIndex {
  private readonly near = new Map<string, Candidate[]>();

  constructor(spellings: string[]) {
    let order = 0;
    for (const text of new Set(spellings)) {
      const s = nameSkeleton(text);
      if (s.length < 2) continue; // too short to find across scripts without context
      const c = { text, skeleton: s, order: order++ };
      for (const k of halfEditSkeletons(s)) pushTo(this.near, k, c);
    }
  }

  /** The spellings whose skeleton is within half an edit of `skeleton`, in the pool's order. */
  closeTo(skeleton: string): readonly Candidate[] {
    return this.near.get(skeleton) ?? NONE;
  }
}

const NONE: readonly Candidate[] = Object.freeze([]);

/** A Latin spelling of the pool with its skeleton, worked out once for every word asking. */
interface Candidate {
  text: string;
  skeleton: string;
  /** Place in the pool, for breaking ties as the pool's order does. */
  order: number;
}

/**
 * Arabic-script words (and adjacent pairs) of a document that write one of the Latin
 * spellings. A match needs the anchor test and letters that read alike, so قبل ("before")
 * is not Kabul although both have the skeleton KBL.
 */
export function arabicHits(doc: CheckDoc, latinSpellings: string[]): NameHit[] {
  // The variants checks of both sides ask for the same document and pool: compute once. Keyed
  // by the pool in its order, not as a set: of spellings that write a word equally well the
  // pool's first is taken, so the same set in another order may read a word otherwise.
  const key = [...new Set(latinSpellings)].join('\u241f');
  const memo = hitMemo.get(doc) ?? new Map<string, NameHit[]>();
  hitMemo.set(doc, memo);
  let hits = memo.get(key);
  if (!hits) {
    hits = computeArabicHits(doc, latinSpellings);
    memo.clear(); // one pool per document is the common case; keep memory flat
    memo.set(key, hits);
  }
  return hits;
}

const hitMemo = new WeakMap<CheckDoc, Map<string, NameHit[]>>();

/** Per document, per word or word pair (DocWords.spanKey), per Latin spelling: bestMatch's score, or NOT_PLAUSIBLE. */
const scoreMemo = new WeakMap<CheckDoc, Map<number, Map<string, number>>>();
const NOT_PLAUSIBLE = -1;

/**
 * A document's Arabic-script words, split once for every scan of it: each distinct word
 * numbered, each article paragraph's Arabic tokens as word numbers, offsets and whether
 * punctuation comes before them. Scans then judge words and word pairs by number. The tokens
 * of all paragraphs sit in one set of arrays: four small typed arrays per paragraph cost a
 * book several times their contents in per-object overhead, held as long as the document.
 */
interface DocWords {
  words: string[];
  /** Per word number: a function word, never a hit's first word. */
  stop: Uint8Array;
  /** Per paragraph, where its tokens start in the arrays below (one more entry, the end); a paragraph that is no article's has none. */
  from: Int32Array;
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  afterBreak: Uint8Array;
}

const docWordsMemo = new WeakMap<CheckDoc, DocWords>();

function docWords(doc: CheckDoc): DocWords {
  let dw = docWordsMemo.get(doc);
  if (dw) return dw;
  // Read from the document's token table: its words are numbered there already, so a word
  // gets its number here by the table's, without its text being sliced or hashed again.
  const table = docTokens(doc);
  const number = new Int32Array(table.words.length).fill(-1);
  const words: string[] = [];
  const from = new Int32Array(doc.paragraphs.length + 1);
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const afterBreak: number[] = [];
  doc.paragraphs.forEach((p, i) => {
    from[i] = ids.length;
    if (!isArticle(p)) return;
    // Two Arabic tokens are adjacent only when nothing was tokenized between them.
    let last = -2;
    const first = table.from[i]!;
    for (let k = first; k < table.from[i + 1]!; k++) {
      const f = table.flags[k]!;
      if (!(f & ARABIC)) continue;
      const w = table.word[k]!;
      let id = number[w]!;
      if (id < 0) {
        number[w] = id = words.length;
        words.push(table.words[w]!);
      }
      const index = k - first;
      ids.push(id);
      starts.push(table.start[k]!);
      ends.push(table.start[k]! + words[id]!.length);
      afterBreak.push(f & AFTER_BREAK || index !== last + 1 ? 1 : 0);
      last = index;
    }
  });
  from[doc.paragraphs.length] = ids.length;
  const stop = new Uint8Array(words.length);
  words.forEach((w, i) => (stop[i] = isArabicStopword(w) ? 1 : 0));
  dw = { words, stop, from, ids: Int32Array.from(ids), starts: Int32Array.from(starts), ends: Int32Array.from(ends), afterBreak: Uint8Array.from(afterBreak) };
  docWordsMemo.set(doc, dw);
  return dw;
}

/** A number per word (its own) or word pair (past all words'), for keying judgements. */
function spanKey(dw: DocWords, first: number, second: number): number {
  return second < 0 ? first : (first + 1) * dw.words.length + second;
}

/** Judgements per span key: an array for words, a map for the sparser pairs. */
class Judged {
  private readonly words: Array<SpanMatch | null | undefined> = [];
  private readonly pairs = new Map<number, SpanMatch | null>();
  constructor(private readonly n: number) {}
  get(key: number): SpanMatch | null | undefined {
    return key < this.n ? this.words[key] : this.pairs.get(key);
  }
  set(key: number, m: SpanMatch | null): void {
    if (key < this.n) this.words[key] = m;
    else this.pairs.set(key, m);
  }
}

/**
 * A document's last scan, kept so that a larger pool that starts with the same spellings (the
 * name index asks with the whole story's, the variants check with the pair's) judges only its
 * new spellings per word instead of scanning the document's words against all of them again.
 */
interface Scan {
  pool: string[];
  index: SkeletonIndex;
  judged: Judged;
}
const lastScan = new WeakMap<CheckDoc, Scan>();

function computeArabicHits(doc: CheckDoc, latinSpellings: string[]): NameHit[] {
  const pool = [...new Set(latinSpellings)];
  const prev = lastScan.get(doc);
  const extended = prev && prev.pool.length < pool.length && prev.pool.every((t, i) => pool[i] === t) ? prev : null;
  const index = new SkeletonIndex(extended ? pool.slice(extended.pool.length) : pool);
  let whole: SkeletonIndex | null = null;
  const dw = docWords(doc);
  // A book writes the same words and word pairs thousands of times: judge each once.
  const judged = new Judged(dw.words.length);
  // Another pool (the name index asks with the whole story's spellings) meets the same
  // words and mostly the same spellings: their scores are kept with the document.
  let scores = scoreMemo.get(doc);
  if (!scores) scoreMemo.set(doc, (scores = new Map()));
  const known = scores;
  const judge = (first: number, second: number): SpanMatch | null => {
    const key = spanKey(dw, first, second);
    let m = judged.get(key);
    if (m === undefined) {
      const ws = second < 0 ? [dw.words[first]!] : [dw.words[first]!, dw.words[second]!];
      const skeletons = second < 0 ? arabicSkeletons(ws) : pairSkeletons(ws[0]!, ws[1]!);
      const scoresOf = (): Map<string, number> => {
        let perWord = known.get(key);
        if (!perWord) known.set(key, (perWord = new Map()));
        return perWord;
      };
      m = bestMatch(ws, skeletons, index, scoresOf);
      if (extended) {
        // The best of the old spellings against the best of the new: the strictly closer one
        // is the whole pool's answer; a tie goes by the whole pool's order, so it is asked.
        let old = extended.judged.get(key);
        if (old === undefined) extended.judged.set(key, (old = bestMatch(ws, skeletons, extended.index, scoresOf)));
        if (!m || (old && old.score < m.score)) m = old;
        else if (old && old.score === m.score) m = bestMatch(ws, skeletons, (whole ??= new SkeletonIndex(pool)), scoresOf);
      }
      judged.set(key, m);
    }
    return m;
  };
  const out: NameHit[] = [];
  const { ids, starts, ends, afterBreak } = dw;
  for (let paragraph = 0; paragraph < doc.paragraphs.length; paragraph++) {
    const n = dw.from[paragraph + 1]!;
    for (let i = dw.from[paragraph]!; i < n; i++) {
      const id = ids[i]!;
      if (dw.stop[id]) continue;
      let best = judge(id, -1);
      let to = i;
      if (i + 1 < n && !afterBreak[i + 1]) {
        // A pair wins over its first word only when strictly closer.
        const pair = judge(id, ids[i + 1]!);
        if (pair && (!best || pair.score < best.score)) {
          best = pair;
          to = i + 1;
        }
      }
      if (best) {
        const end = ends[to]!;
        const occurrence = { paragraph, start: starts[i]!, end };
        out.push({ docId: doc.id, text: doc.paragraphs[paragraph]!.text.slice(starts[i]!, end), latin: best.key, occurrence, skeleton: best.skeleton });
        if (to > i) i++; // a pair consumed the next word
      }
    }
  }
  if (!extended) lastScan.set(doc, { pool, index, judged });
  return out;
}

/**
 * arabicSkeletons([first, second]), from the words' own skeletons: clitics come off the first
 * word only, and the skeleton of words written apart is their parts' skeletons run together,
 * a class shared across the join counted once (names.ts collapse). A book has tens of
 * thousands of distinct word pairs, each asked once per scan; this costs a concatenation
 * per form instead of skeletonising a new two-word string.
 */
function pairSkeletons(first: string, second: string): string[] {
  const tail = nameSkeleton(second);
  const out = new Set<string>();
  for (const head of formSkeletons(first)) out.add(head && tail && head[head.length - 1] === tail[0] ? head + tail.slice(1) : head + tail);
  out.delete('');
  return [...out];
}

/** The skeleton of each of a word's clitic-free forms (arabicForms), in their order. */
const formSkeletons = memoPerWord((word: string): readonly string[] => Object.freeze(arabicForms(word).map(nameSkeleton)));

/** The Latin spelling Arabic word(s) write best, how closely, and with which skeleton. */
interface SpanMatch {
  latin: string;
  /** latinKey(latin), for every hit the match makes. */
  key: string;
  score: number;
  skeleton: string;
}

/**
 * The closest plausible candidate for the words (whose arabicSkeletons are `skeletons`), if
 * any; of equally close ones the first in the order the words' skeletons, their one-deletion
 * forms and then the pool list them (the order candidates are met in does not matter).
 */
function bestMatch(ws: string[], skeletons: readonly string[], index: SkeletonIndex, scoresOf: () => Map<string, number>): SpanMatch | null {
  let best: Candidate | null = null;
  let bestScore = Infinity;
  let scores: Map<string, number> | null = null;
  let p: PreparedWords | null = null;
  for (const s of skeletons) {
    for (const c of index.closeTo(s)) {
      scores ??= scoresOf();
      let score = scores.get(c.text);
      if (score === undefined) {
        p ??= prepareWords(ws);
        const d = plausibleDistance(c.text, p);
        score = d === null ? NOT_PLAUSIBLE : d + readingDistance(c.text, p.text) / 10;
        scores.set(c.text, score);
      }
      if (score === NOT_PLAUSIBLE || score > bestScore) continue;
      if (best && score === bestScore && !listedBefore(c, best, skeletons)) continue;
      best = c;
      bestScore = score;
    }
  }
  return best ? { latin: best.text, key: latinKey(best.text), score: bestScore, skeleton: bestSkeleton(best.text, ws) } : null;
}

/**
 * Whether `c` comes before `d` in the order spellings were once gathered for a word: by the
 * first of the word's skeletons, then of its one-deletion forms, that the spelling's skeleton
 * or one of its own one-deletion forms equals; then by the pool's order.
 */
function listedBefore(c: Candidate, d: Candidate, skeletons: readonly string[]): boolean {
  const rc = firstListing(c, skeletons);
  const rd = firstListing(d, skeletons);
  return rc !== rd ? rc < rd : c.order < d.order;
}

function firstListing(c: Candidate, skeletons: readonly string[]): number {
  const own = withDeletions(c.skeleton);
  let at = 0;
  for (const s of skeletons) for (const k of withDeletions(s)) {
    if (own.includes(k)) return at;
    at++;
  }
  return at;
}

/**
 * Without a bead to narrow the search, a whole document's words meet every name: ask for
 * letters that read alike (a quarter of the name may differ), skeletons within half an edit, no article unless the Latin
 * spelling has one ("التابعون" is not Taliban), and no function word in a pair. The anchor's
 * skeleton distance when the hit is plausible, else null.
 */
function plausibleDistance(latin: string, p: PreparedWords): number | null {
  const m = surelyNotClose(latin, p) ? null : anchorMatch(latin, p);
  if (!m || m.distance > 0.5) return null;
  const words = p.words;
  if (words.some((w) => isArabicStopword(w))) return null;
  if (hasArticle(words[0]!) && !/^(al|el)\b/i.test(latin)) return null;
  // A quarter of the letters: "Bouhler" ~ بولر (1.5 of 7) passes, تطالب ("demands") for
  // Taliban and بدون ("without") for Biden do not.
  return readingCost(latin, p.text) <= Math.max(1.5, latinKey(latin).length / 4) ? m.distance : null;
}

/** The form's skeleton closest to the Latin spelling's (clitic strippings give several). */
function bestSkeleton(latin: string, words: string[]): string {
  const ls = nameSkeleton(latin);
  const all = arabicSkeletons(words);
  return [...all].sort((x, y) => weightedDistance(ls, x) - weightedDistance(ls, y))[0] ?? '';
}

/** A skeleton and its one-deletion forms, remembered per skeleton (asked again at every tie). */
const withDeletions = memoPerWord((s: string): readonly string[] => Object.freeze([s, ...skeletonDeletions(s)]));

/** Hits grouped by entity representative. */
export function groupHits(hits: NameHit[], groupOf: (key: string) => string): Map<string, NameHit[]> {
  const out = new Map<string, NameHit[]>();
  for (const h of hits) {
    pushTo(out, groupOf(h.latin), h);
  }
  return out;
}

/** Spellings of a group's hits per document and text, in first-occurrence order. */
export function spellingsOf(hits: NameHit[]): Spelling[] {
  // Per document, then per text: a book's group has thousands of hits, and a key string
  // built for each would be made, hashed and thrown away hit after hit.
  const byDoc = new Map<string, Map<string, Spelling>>();
  const out: Spelling[] = [];
  for (const h of hits) {
    let byText = byDoc.get(h.docId);
    if (!byText) byDoc.set(h.docId, (byText = new Map()));
    let s = byText.get(h.text);
    if (!s) {
      byText.set(h.text, (s = { docId: h.docId, text: h.text, occurrences: [] }));
      out.push(s);
    }
    s.occurrences.push(h.occurrence);
  }
  return out;
}

/**
 * Check 3, the story-wide name index: every entity of the story with its spellings per
 * document, the preferred spelling (most documents, then most mentions, among Latin ones)
 * and the documents that spell it otherwise. Entities met only once in one document are
 * left out: they cannot disagree with anything.
 */
export function nameIndex(docs: CheckDoc[]): Entity[] {
  const latinDocs = docs.filter((d) => scriptOfLang(d.lang) === 'latin');
  const hits = latinDocs.flatMap(latinHits);
  const spellings = [...new Set(hits.map((h) => h.text))];
  const groupOf = groupSpellings(spellings);
  // Not push(...hits): a book's hundreds of thousands of hits overflow the call stack.
  for (const d of docs) if (scriptOfLang(d.lang) === 'arabic') for (const h of arabicHits(d, spellings)) hits.push(h);
  const entities: Entity[] = [];
  for (const [, group] of groupHits(hits, groupOf)) {
    const sp = spellingsOf(group);
    const docIds = new Set(sp.map((s) => s.docId));
    if (docIds.size < 2 && group.length < 2) continue;
    const preferred = preferredLatin(sp);
    const prefKey = latinKey(preferred);
    const prefSkeleton = nameSkeleton(preferred);
    const disagreeing = [...docIds].filter((d) => group.some((h) => h.docId === d && !agrees(h, prefKey, prefSkeleton)));
    entities.push({ id: `${prefSkeleton}:${prefKey}`, preferred, spellings: sp, disagreeing });
  }
  return entities.sort((x, y) => count(y) - count(x) || (x.id < y.id ? -1 : 1));
}

/** A Latin hit agrees when spelt the same (latinKey); an Arabic one when its skeleton (nameSkeleton) is the same. */
function agrees(h: NameHit, prefKey: string, prefSkeleton: string): boolean {
  return /[a-z]/i.test(h.text) ? h.latin === prefKey : h.skeleton === prefSkeleton;
}

function count(e: Entity): number {
  return e.spellings.reduce((n, s) => n + s.occurrences.length, 0);
}

/** The Latin spelling most documents use, then the most used; Arabic only if no Latin one. */
export function preferredLatin(sp: Spelling[]): string {
  const tally = new Map<string, { text: string; docs: Set<string>; n: number }>();
  for (const s of sp) {
    if (!/[a-z]/i.test(s.text)) continue;
    const k = latinKey(s.text);
    const t = tally.get(k) ?? { text: s.text, docs: new Set<string>(), n: 0 };
    t.docs.add(s.docId);
    t.n += s.occurrences.length;
    tally.set(k, t);
  }
  const best = [...tally.values()].sort((x, y) => y.docs.size - x.docs.size || y.n - x.n)[0];
  return best?.text ?? sp[0]?.text ?? '';
}
