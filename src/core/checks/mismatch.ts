import type { Bead, Flag } from '../model';
import { beadTokens, linkedBeads, relativePos, sideIndices, type BeadToken } from './beads';
import { makeFlag } from './flag';
import { anchorMatch, crossMatch, latinVariants, mayBeClose, prepareWords, readingDistance, skeletonMask, type CrossMatch, type PreparedWords } from './match';
import { nameSkeleton } from '../text/names';
import { runsOf, type Mention } from './mentions';
import { hasArticle, isArabicStopword } from './stoplists';
import { loweredOf, mentionsOf, storySpellings, type StorySpelling } from './story';
import { editDistance, langName, scriptOfLang } from './tokens';
import { latinKey, transliterate } from './translit';
import type { CheckDoc, CheckInput, Side } from './types';
import { bestGap, betterSpelling, gapWithin, isCommonArabic, isCommonEnglish, likeName, nameForms, readsSource, SURE_GAP, wordParts, writes } from './modelMatch';
import { englishWordByHash, isBorneName, isEnglishWord, isKnownName, isPlaceName, knownOrPlaceByHash } from './knownNames';
import { arabicLetters, latinLetters, MATCH_GAP, romanise, SpellingSet, translitScore } from './translitModel';
import { VariantIndex } from './variantIndex';
import { editsByHash, knownNeighbours, knownSlip, SLIP_GAP, SLIP_MARGIN, unseenDifference } from './knownSlip';
import { nameLogProb } from './nameLetters';
import { isDictionaryArabic } from './arabicWords';
import { PairMemo } from './pairMemo';
import { memoPerWord } from '../text/memo';
import { namedTranslations, otherStem, translationStems } from './conventional';
import { lexStem, wordTable } from '../text/wordTable';

/**
 * Check 2, "name does not match its source". In each linked bead, every Latin name is looked
 * up among the Arabic-script words of the other side by consonant skeleton. A name that finds
 * its counterpart anchors its neighbours: in "Zawassi Khalilzad" ↔ "زلماي خليل زاد",
 * Khalilzad anchors on خليل زاد, so Zawassi must be زلماي, and it does not read like it.
 * Only neighbours are judged: a lone name without counterpart may be a translation or an
 * addition, and comparing it with arbitrary words would flag half the article.
 * A second rule uses the rest of the story: when other documents spell a matched name in a
 * way that reads closer to the source ("Ayman" for أيمن, where this one writes "Iman").
 */

interface Roles {
  latin: Side;
  arabic: Side;
}

function crossRoles(input: CheckInput): Roles | null {
  const sa = scriptOfLang(input.a.lang);
  const sb = scriptOfLang(input.b.lang);
  if (sa === 'latin' && sb === 'arabic') return { latin: 'a', arabic: 'b' };
  if (sa === 'arabic' && sb === 'latin') return { latin: 'b', arabic: 'a' };
  return null;
}

/** Arabic words (token indices, inclusive) a Latin name was matched to. */
interface Counterpart {
  from: number;
  to: number;
  exact: boolean;
}

interface Ctx {
  input: CheckInput;
  roles: Roles;
  latin: CheckDoc;
  arabic: CheckDoc;
  bead: Bead;
  tokens: BeadToken[];
  story: StorySpelling[];
  /** The story's spellings by latinKey. */
  storyByKey: Map<string, StorySpelling>;
  /** The story's one-word spellings, in story order. */
  storyWords: StorySpelling[];
  /** Indexes storyWords. */
  storyIndex: VariantIndex<StorySpelling>;
  /** Story spellings that write a form (storyWriters), per form. */
  writers: Map<string, StorySpelling[]>;
  /** storyCloser's answers, per spelling, then per source words. */
  closer: Map<string, Map<string, StorySpelling | null>>;
  /** The story's spellings in a trie, for ruling most of them out per form at once (built when first asked). */
  storySet: { set: SpellingSet | null; letters?: Set<string> };
  /** The bead's candidate anchor spans (anchorSpans), built when first asked. */
  spans?: AnchorSpan[];
  /** The Latin side's mentions in the bead, every run. */
  mentions: Mention[];
  /** How many times the Latin document writes each mention's spelling as a name. */
  written: Map<string, number>;
  /** The bead's Arabic-script words that are neither function nor common words (nameWords). */
  nameLike?: number[];
  /** Per token, its stem as the word table keys it ('' for words never a translation here). */
  stems?: string[];
  /** Per token, its word's preparation (tokenPreps), null for a word not in Arabic script. */
  preps?: Array<SpanPrep | null>;
  /** The source side's words in Latin letters, lower-cased (keptInLatin), built when first asked. */
  latinWords?: Set<string>;
}

function words(ctx: Ctx, c: Counterpart): string[] {
  return ctx.tokens.slice(c.from, c.to + 1).map((t) => t.text);
}

/** A word or word pair of the bead that may anchor a name. */
interface AnchorSpan {
  from: number;
  to: number;
  prep: SpanPrep;
}

/**
 * What anchoring asks of a word or word pair, whatever bead it stands in: worked out once per
 * distinct span of the run, with each name's answer, since a book's names meet the same
 * source words bead after bead.
 */
interface SpanPrep {
  /** The words, then (a hyphenated word) each part alone; the first that anchors is used. */
  choices: PreparedWords[];
  /** The fewest and most consonants of any choice's skeletons. */
  minLength: number;
  maxLength: number;
  /** The letters of every choice's skeletons (skeletonMask). */
  mask: number;
  /** For a single word, the word pairs it starts, by their second word. */
  pairs?: Map<string, SpanPrep>;
  /**
   * For a single word, what the other rules ask of it, each worked out when first asked: kept
   * with its preparation, so that a bead looks each of its words up once for all of them.
   */
  nameLike?: boolean;
  dictionary?: boolean;
  stem?: string;
}

/** Single words' preparations; a word pair's is kept with its first word's (SpanPrep.pairs). */
const singleSpans = new Map<string, SpanPrep>();
/**
 * Per Latin spelling, per preparation, the first choice's match that anchors the name, or
 * null (spanMatch). Keyed by the preparation itself: a name is asked of every span of its
 * bead, and an object is found by identity, where a spelling would be compared letter by letter.
 */
const spanAnswers = new Map<string, Map<SpanPrep, CrossMatch | null>>();
/** Spans and answers held; all are let go past the limit, so memory stays bounded on any book. */
let spanCount = 0;
const SPAN_LIMIT = 300_000;

/** A word's preparation, made when first asked. */
function wordPrep(word: string): SpanPrep {
  const hit = singleSpans.get(word);
  if (hit) return hit;
  // "داعش-خراسان", "سان‌پائولو": a part of a hyphenated or joined word may be the name on its own.
  const parts = wordParts(word);
  const prep = newPrep(parts.length > 1 ? [[word], ...parts.map((p) => [p])] : [[word]]);
  singleSpans.set(word, prep);
  return prep;
}

/**
 * The preparation of a word pair, kept with its first word's (`prep`, from wordPrep): a bead
 * asks for every word and the pair it starts, so the pair costs one lookup more, not two.
 */
function pairPrep(prep: SpanPrep, first: string, second: string): SpanPrep {
  const pairs = (prep.pairs ??= new Map());
  let hit = pairs.get(second);
  if (!hit) pairs.set(second, (hit = newPrep([[first, second]])));
  return hit;
}

function newPrep(lists: string[][]): SpanPrep {
  if (spanCount >= SPAN_LIMIT) {
    singleSpans.clear();
    spanAnswers.clear();
    spanCount = 0;
  }
  spanCount++;
  const choices = lists.map(prepareWords);
  return {
    choices,
    minLength: Math.min(...choices.map((c) => c.minLength)),
    maxLength: Math.max(...choices.map((c) => c.maxLength)),
    mask: skeletonMask(choices.flatMap((c) => c.skeletons)),
  };
}

/** The first choice of a span that anchors the name, with its match; remembered in the spelling's `answers`. */
function spanMatch(answers: Map<SpanPrep, CrossMatch | null>, prep: SpanPrep, latin: string, skeleton: string): CrossMatch | null {
  let match = answers.get(prep);
  if (match !== undefined) return match;
  match = null;
  for (const choice of prep.choices) if ((match = anchorMatch(latin, choice, skeleton))) break;
  answers.set(prep, match);
  spanCount++;
  return match;
}

/** Per token of the bead, its word's preparation (null for a word not in Arabic script). */
function tokenPreps(ctx: Ctx): Array<SpanPrep | null> {
  return (ctx.preps ??= ctx.tokens.map((t) => (t.arabic ? wordPrep(t.text) : null)));
}

/** The bead's word and word-pair spans, for all the names of the bead. */
function anchorSpans(ctx: Ctx): AnchorSpan[] {
  if (ctx.spans) return ctx.spans;
  const t = ctx.tokens;
  const preps = tokenPreps(ctx);
  const out: AnchorSpan[] = [];
  for (let i = 0; i < t.length; i++) {
    const prep = preps[i];
    if (!prep) continue;
    out.push({ from: i, to: i, prep });
    const next = t[i + 1];
    if (next && next.arabic && !next.afterBreak) out.push({ from: i, to: i + 1, prep: pairPrep(prep, t[i]!.text, next.text) });
  }
  return (ctx.spans = out);
}

/** Best anchor for a name: closest skeleton, then closest relative position; single words first. */
function findAnchor(ctx: Ctx, m: Mention, pos: number, taken: Set<number>): Counterpart | null {
  let best: (Counterpart & { score: number }) | null = null;
  const t = ctx.tokens;
  const skeleton = nameSkeleton(m.text);
  const n = skeleton.length;
  const letters = skeletonMask([skeleton]);
  const spans = anchorSpans(ctx);
  const english = isEnglishWord(m.text) || isCommonEnglish(m.text);
  // Asked after the spans are prepared, which may let all the answers go.
  let answers = spanAnswers.get(m.text);
  if (!answers) spanAnswers.set(m.text, (answers = new Map()));
  for (const span of spans) {
    const { from: i, to, prep } = span;
    // Skeletons more than two consonants apart are never close (surelyNotClose).
    if (n === 0 || n + 2 < prep.minLength || n - 2 > prep.maxLength) continue;
    // Nor are skeletons that lack too many of the name's letters: most words of a bead, ruled
    // out without asking the name's answers.
    if (!mayBeClose(letters, prep.mask)) continue;
    if (taken.has(i) || taken.has(to)) continue;
    const match = spanMatch(answers, prep, m.text, skeleton);
    if (!match) continue;
    // An English word ("Bridge", "Highest") meets common words of the bead by its consonants
    // alone: taking one for its counterpart would leave the name it stands beside unjudged.
    if (english && !match.exact && commonSpan(ctx, i, to)) continue;
    // Skeleton distance dominates; position breaks ties (a name said twice); pairs last.
    const score = match.distance * 10 + Math.abs(pos - t[i]!.pos) + (to - i) * 0.01;
    if (!best || score < best.score) best = { from: i, to, exact: match.exact, score };
  }
  return best;
}

/** Whether every word of a span is a function or common word. */
function commonSpan(ctx: Ctx, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (!commonWord(ctx.tokens[i]!.text)) return false;
  return true;
}

/** Up to two name-like Arabic words right before (or after) an anchor, nearest last (first). */
function neighbourWindow(ctx: Ctx, anchor: Counterpart, dir: -1 | 1, taken: Set<number>): number[] {
  const t = ctx.tokens;
  const out: number[] = [];
  let edge = dir < 0 ? anchor.from : anchor.to;
  while (out.length < 2) {
    const j = edge + dir;
    const tok = t[j];
    // A break (punctuation, paragraph end) lies before t[edge] going left, before t[j] going right.
    const broken = dir < 0 ? t[edge]!.afterBreak : tok?.afterBreak;
    if (!tok || broken || !tok.arabic || taken.has(j) || isArabicStopword(tok.text) || isCommonArabic(tok.text)) break;
    out.push(j);
    edge = j;
  }
  if (dir < 0) out.reverse();
  // The far word of two must not carry the article ("الأمريكي زلماي"): that is a title or
  // an adjective, not part of the name; a lone article-word is never a given name.
  const far = dir < 0 ? out[0] : out[out.length - 1];
  if (out.length === 2 && hasArticle(t[far!]!.text)) out.splice(dir < 0 ? 0 : 1, 1);
  if (out.length === 1 && hasArticle(t[out[0]!]!.text)) return [];
  return out;
}

/** The window's sub-runs touching the anchor, shortest first. */
function subWindows(win: number[], dir: -1 | 1): Counterpart[] {
  if (win.length === 0) return [];
  const near = dir < 0 ? win[win.length - 1]! : win[0]!;
  const out: Counterpart[] = [{ from: near, to: near, exact: false }];
  if (win.length === 2) out.push({ from: win[0]!, to: win[1]!, exact: false });
  return out;
}

function checkRun(ctx: Ctx, run: Mention[], flags: Flag[]): void {
  const latinIdx = sideIndices(ctx.bead, ctx.roles.latin);
  const pos = run.map((m) => relativePos(ctx.latin, latinIdx, m.paragraph, m.start));
  const taken = new Set<number>();
  const anchors = run.map((m, k) => {
    const a = findAnchor(ctx, m, pos[k]!, taken);
    if (a) for (let i = a.from; i <= a.to; i++) taken.add(i);
    return a;
  });
  // A name the skeletons miss may still write a word of the bead by the learned model.
  run.forEach((m, k) => {
    if (anchors[k]) return;
    const a = modelAnchor(ctx, m, taken);
    if (a) {
      anchors[k] = a;
      for (let i = a.from; i <= a.to; i++) taken.add(i);
    }
  });
  if (run.length > 1 && !anchors.some((a) => a !== null)) {
    const a = looseAnchor(ctx, run, pos, taken);
    if (a) {
      anchors[a.k] = a.c;
      for (let i = a.c.from; i <= a.c.to; i++) taken.add(i);
    }
  }
  const counterparts: Array<Counterpart | null> = [...anchors];
  const judged = new Set<number>();
  // Where each mention stands in the source: its anchor, or the words its neighbour's window
  // gave it, matched or not. Two garbled names side by side ("Format Wife Mendoza" for هرنان
  // دیگو مندوزا) leave the outer one no anchor beside it: it is judged from the place its
  // neighbour took, on the next word out, as each word of a name stands on its own source word.
  const placed: Array<Counterpart | null> = [...anchors];
  for (let wave = [...run.keys()]; wave.length; ) {
    const next: number[] = [];
    for (const k of wave) {
      const m = run[k]!;
      if (placed[k] || judged.has(k)) continue;
      const after = placed[k + 1];
      const before = placed[k - 1];
      const [anchor, dir] = after ? [after, -1 as const] : before ? [before, 1 as const] : [null, 1 as const];
      if (!anchor) continue;
      const win = neighbourWindow(ctx, anchor, dir, taken);
      if (win.length === 0) continue;
      judged.add(k);
      const subs = subWindows(win, dir);
      const ok = subs.find((c) => crossMatch(m.text, words(ctx, c)).close || writes(m.text, words(ctx, c)));
      placed[k] = ok ?? subs[0]!;
      next.push(k - 1, k + 1);
      if (ok) counterparts[k] = { ...ok, exact: crossMatch(m.text, words(ctx, ok)).exact };
      // A name the source keeps in Latin letters ("Ri Yong Ho به مجمع …") stands there as it is,
      // not in place of the words beside its neighbour's counterpart.
      else if (keptInLatin(ctx, m.text)) continue;
      // A capitalised common word ("North", "Father") is a title or a translation, not a name,
      // and a spelling real people or places bear ("Korean") is one written on purpose;
      // a name that resembles the words strongly is written differently, not replaced
      // ("Xherdan" شيردان); one with no consonant in common is not about them ("Fall" دق أجراس).
      else if (!isBorneName(m.text) && !isPlaceName(m.text) && !isCommonEnglish(m.text) && !isEnglishWord(m.text) && replaced(m, words(ctx, { from: win[0]!, to: win[win.length - 1]!, exact: false })))
        flags.push(ruled('replaced', sourceDiffers(ctx, m, { from: win[0]!, to: win[win.length - 1]!, exact: false }))!);
      // A common word where a given name stands before its surname ("Pocket Sturridge" for
      // ليام ستوريدج): the source word reads as a name real people bear and the word does not write it.
      else if (dir < 0 && !inTitleCase(ctx.latin, m) && readsAsGivenName(m, ctx.tokens[win[win.length - 1]!]!.text) && !translates(ctx, m.text, win[win.length - 1]!) && !claimedElsewhere(ctx, run, ctx.tokens[win[win.length - 1]!]!.text) && !usedAsWord(ctx, m, win[win.length - 1]!))
        flags.push(ruled('given-name', sourceDiffers(ctx, m, { from: win[win.length - 1]!, to: win[win.length - 1]!, exact: false }))!);
    }
    wave = next.filter((k) => k >= 0 && k < run.length);
  }
  run.forEach((m, k) => {
    // The source may keep a name in Latin letters ("قناة Telma"): then it writes the name as it is.
    if (keptInLatin(ctx, m.text)) return;
    const c = counterparts[k];
    let f: Flag | null = null;
    if (c) {
      // A counterpart the model finds no likeness in was a coincidence of skeletons, unless a slip
      // of the name is the source's own reading of it ("Murchiue" for مورچی): then it was the
      // name's, garbled past the model's likeness.
      const unrelated = bestGap(m.text, words(ctx, c)).gap > UNRELATED_GAP;
      f = storyDiffers(ctx, m, c) ?? (unrelated ? modelDiffers(ctx, m, c, true) ?? loneDiffers(ctx, m, taken) : modelDiffers(ctx, m, c));
    } else if (!judged.has(k)) f = loneDiffers(ctx, m, taken);
    else if (placed[k]) f = placedDiffers(ctx, m, placed[k]!);
    f ??= slipDiffers(ctx, m, counterparts, k);
    f ??= looksSlip(ctx, m, counterparts, k);
    f ??= translatedSlip(ctx, m, counterparts, k);
    if (f && writtenRunTogether(ctx, m.text)) f = null;
    if (f) flags.push(f);
  });
}

/**
 * Whether a source word run together with its neighbour begins or ends with the name, read
 * as the model writes it ("الجمهوريينجون" for "Republicans John", "فيوريكقال" for "Furyk
 * said"): human text drops spaces, and the name then has no word of its own to match. The
 * other part must be a common or function word, so that a name's own ending is not taken for one.
 * Asked only of a mention about to be flagged.
 */
function writtenRunTogether(ctx: Ctx, text: string): boolean {
  for (const t of ctx.tokens) {
    if (!t.arabic) continue;
    for (const part of runParts(t.text)) if (gapWithin(text, part, MATCH_GAP) <= MATCH_GAP) return true;
  }
  return false;
}

/**
 * The parts of a word that another part, a common or function word, is run together with,
 * in writtenRunTogether's order. Remembered per word: every mention about to be flagged asks
 * it of every word of its bead, and cutting each word at each letter made strings by the million.
 */
const runParts = memoPerWord((word: string): readonly string[] => {
  const w = arabicLetters(word);
  const out: string[] = [];
  for (let k = RUN_PART; k <= w.length - RUN_PART; k++) {
    const [head, tail] = [w.slice(0, k), w.slice(k)];
    if (commonWord(tail)) out.push(head);
    if (commonWord(head)) out.push(tail);
  }
  return out.length === 0 ? NO_PARTS : out;
});
const NO_PARTS: readonly string[] = [];

function commonWord(w: string): boolean {
  return isCommonArabic(w) || isArabicStopword(w);
}

/** The fewest letters each of two words run together keeps: fewer are a clitic or a single letter. */
const RUN_PART = 3;

/** Whether the bead's source side writes this spelling itself, in Latin letters. */
function keptInLatin(ctx: Ctx, text: string): boolean {
  ctx.latinWords ??= new Set(ctx.tokens.filter((t) => !t.arabic).map((t) => t.text.toLowerCase()));
  return ctx.latinWords.size > 0 && ctx.latinWords.has(text.toLowerCase());
}

/**
 * A single word no list knows: not a common or dictionary English word, a known name or a
 * place. Remembered per spelling: three rules ask it of every mention.
 */
const unlisted = memoPerWord(
  (text: string): boolean => /^\p{L}+$/u.test(text) && !isCommonEnglish(text) && !isEnglishWord(text) && !isBorneName(text) && !isPlaceName(text),
);

/** The bead tokens that other mentions of the run already stand on: not this one's to take. */
function othersTokens(counterparts: Array<Counterpart | null>, k: number): Set<number> {
  const others = new Set<number>();
  counterparts.forEach((c, j) => {
    if (c && j !== k) for (let i = c.from; i <= c.to; i++) others.add(i);
  });
  return others;
}

/**
 * A name a letter away from a real name that writes a word of the bead far better, the word
 * not being another name's counterpart in the run ("Londn" where the source has لندن).
 */
function slipDiffers(ctx: Ctx, m: Mention, counterparts: Array<Counterpart | null>, k: number): Flag | null {
  // "I've": a contraction, not a name. A plural of a known name is not spared here: its
  // neighbours never drop the final s ("Jonis" is not "Joni" plural).
  if (!unlisted(m.text)) return null;
  // Three letters are a letter from a known name far too often ("Tye", "Kye", "Dyl" are real).
  if (latinLetters(m.text).length < SLIP_MIN_LETTERS) return null;
  const others = othersTokens(counterparts, k);
  // A dictionary word of the other language is weak evidence of a name, too weak to stand for
  // a known name's counterpart on a letter's difference: real names the lists lack are
  // often a letter from one, and the bead's common words give them many chances.
  const idx = nameWords(ctx, others).filter((i) => !dictionaryAt(ctx, i));
  const slip = knownSlip(m.text, idx.map((i) => ctx.tokens[i]!.text));
  if (!slip) return null;
  // The name as written may have its own counterpart in the bead, written as well as the
  // suggestion writes its word ("Taha" and طه beside طفلا, "child", which "Tala" writes): then
  // the source holds the name as written, and the slip would take another word for it.
  const slipWord = ctx.tokens[idx[slip.word]!]!.text;
  const own = nameWords(ctx, others).some((i) => ctx.tokens[i]!.text !== slipWord && gapWithin(m.text, [ctx.tokens[i]!.text], SLIP_GAP) <= slip.gap);
  if (own) return null;
  const c = { from: idx[slip.word]!, to: idx[slip.word]!, exact: false };
  return ruled('known-slip', modelFlag(ctx, m, c, words(ctx, c), slip.text, bestGap(slip.text, words(ctx, c)).form, true));
}

/**
 * A spelling no list knows whose letters run as no name's or word's do, one letter from a
 * known name or an English word that does not ("Cosngress", "Methoditht", "Englihsh"):
 * machine translation's slips of words and famous names, which the source need not
 * transliterate closely (الكونغرس, انگلیسی). The look of the letters is the evidence, and a
 * word of the bead that the spelling it suggests writes is the corroboration.
 */
function looksSlip(ctx: Ctx, m: Mention, counterparts: Array<Counterpart | null>, k: number): Flag | null {
  if (!unlisted(m.text) || inflected(m.text) || PRODUCT_CASE.test(m.text)) return null;
  const w = latinLetters(m.text);
  if (w.length < LOOKS_SLIP_MIN_LETTERS) return null;
  const best = looksBetter(w);
  if (!best) return null;
  const others = othersTokens(counterparts, k);
  // The bead word the suggestion writes best is its source; one it does not write at all is no evidence.
  // Titles and common words too: a word's translation may be one ("الكونغرس"; "چین", China, is also a fold).
  let at = -1;
  let gap = Infinity;
  ctx.tokens.forEach((t, i) => {
    if (!t.arabic || others.has(i)) return;
    const g = gapWithin(best.text, [t.text], LOOKS_SLIP_GAP);
    if (g < gap) [at, gap] = [i, g];
  });
  if (at < 0) return null;
  // The look of the letters is a prior; the source is the evidence. A spelling that writes the
  // source word as a real name would, about as well as the suggestion does, is what the
  // translator wrote for it ("Yaqzan" for يقظان, though "Yazan" looks more like a name).
  if (gapWithin(m.text, [ctx.tokens[at]!.text], SLIP_GAP) <= gap + SLIP_MARGIN) return null;
  const c = { from: at, to: at, exact: false };
  const source = words(ctx, c);
  const sourceText = source.join(' ');
  const { form } = bestGap(best.text, source);
  const reading = likeName(romanise(form).text, m.text);
  const story = storySpells(ctx, best.text) ? storyWriters(ctx, form).find((s) => latinLetters(s.text) === best.text) : undefined;
  const suggestion = story?.text ?? likeName(best.text, m.text);
  const said = `“${m.text}” is spelled as no name or word is; a letter away, “${suggestion}” is ${best.word ? 'a word' : 'a name'}, and ${langName(ctx.arabic.lang)} has ${sourceText} (${reading})`;
  return ruled('looks-slip', sourceFlag(ctx, m, c, { sourceText, reading, suggestion, story, said }));
}

/**
 * A spelling no list knows, one letter from a word or famous name whose conventional
 * translation the bead holds ("Russua" where Arabic has روسيا, CLDR's Russia; "Sneptember"
 * beside سپتامبر): the source says what was meant, in its own words rather than a
 * transliteration, so a reading the model finds close either way is no counter-evidence.
 */
function translatedSlip(ctx: Ctx, m: Mention, counterparts: Array<Counterpart | null>, k: number): Flag | null {
  if (!unlisted(m.text) || inflected(m.text)) return null;
  const w = latinLetters(m.text);
  if (w.length < SLIP_MIN_LETTERS) return null;
  const others = othersTokens(counterparts, k);
  const stems = stemsOf(ctx);
  for (const s of realEdits(w)) {
    const { stems: wanted, named } = translationStems(s, ctx.arabic.lang, lexStem(w));
    if (!wanted.size) continue;
    // Months and countries are common words of news, and CLDR says what they translate;
    // a common word the word table pairs with a word is too often there by chance.
    const at = stems.findIndex((x, i) => x !== '' && !others.has(i) && wanted.has(x) && (named || !isCommonArabic(ctx.tokens[i]!.text)));
    if (at < 0) continue;
    // A demonym is its country and a letter ("Bahraini", "Kazakhstani"), and the source writes
    // it as the country with the nisba ending (بحريني, قزاقستانی): its translation, not a slip.
    if ((w === `${s}i` || w === `${s}n`) && NISBA.test(ctx.tokens[at]!.text)) continue;
    const c = { from: at, to: at, exact: false };
    const sourceText = words(ctx, c).join(' ');
    const suggestion = likeName(s, m.text);
    const said = `“${m.text}” is spelled as no name or word is; a letter away, “${suggestion}” is, and ${langName(ctx.arabic.lang)} has ${sourceText}, its usual translation`;
    return ruled('translated-slip', sourceFlag(ctx, m, c, { sourceText, reading: transliterate(sourceText), suggestion, story: null, said }));
  }
  return null;
}

/** The nisba ending of a demonym (ي, Persian ی), with a feminine or plural ending after it. */
const NISBA = /[يی]\u0651?(?:ة|ه|ون|ين|ان|ها)?$/u;

/**
 * The words and known names a letter from the letters (edits, in its order), long enough to be
 * judged a slip of: what translatedSlip tries, remembered per spelling, since a book writes
 * each name many times and the lists do not change.
 */
const realEdits: (w: string) => readonly string[] = memoPerWord((w) => Object.freeze(editsByHash(w, SLIP_MIN_LETTERS, wordOrNameByHash, isPlaceName)));

/** For editsByHash: an English word or a known name or place (1), a hash CLDR's places share (2), else 0. */
function wordOrNameByHash(h: number): 0 | 1 | 2 {
  return englishWordByHash(h) ? 1 : knownOrPlaceByHash(h);
}

const LOOKS_SLIP_MIN_LETTERS = 5;
/**
 * Two capitals before the lower-case letters ("GDict", "KPovModeler", "GTlsCertificate"): a
 * program's or a type's name, whose letters run as no word's on purpose, not a slip of a word.
 */
const PRODUCT_CASE = /^\p{Lu}{2,}\p{Ll}/u;
/**
 * How much more like a name (nats, nameLetters.ts) the spelling a letter away must look: chosen
 * on the translit dev split, where real names the lists lack rarely have such a neighbour.
 */
const LOOKS_SLIP_BY = 10;
/** How loosely the suggestion may write the source word it is shown beside (UNRELATED_GAP). */
const LOOKS_SLIP_GAP = 20;

/** The known name or English word one edit from the letters that looks most like a name, when it looks much more so. */
const looksBetter: (w: string) => { text: string; word: boolean } | null = memoPerWord((w) => {
  const look = nameLogProb(w);
  let best: { s: string; gain: number } | null = null;
  // Only a word or known name can be the suggestion: realEdits keeps just those, in edits'
  // order, so the look of the letters is asked of a few spellings rather than of every edit.
  for (const s of realEdits(w)) {
    if (s.length < LOOKS_SLIP_MIN_LETTERS) continue;
    const gain = nameLogProb(s) - look;
    if (gain < LOOKS_SLIP_BY || (best && gain <= best.gain)) continue;
    best = { s, gain };
  }
  return best ? { text: best.s, word: !isKnownName(best.s) && !isPlaceName(best.s) } : null;
}, 20_000);

/** An inflected English word the word list lacks ("Promoted", "Backed"): its stem is a word. */
function inflected(text: string): boolean {
  const w = latinLetters(text);
  const m = /^(.{3,}?)(ed|d|ing|s|es|er|ers)$/.exec(w);
  return !!m && (isEnglishWord(m[1]!) || isEnglishWord(m[1]! + 'e'));
}

/** The shortest name judged a slip of a known one. */
const SLIP_MIN_LETTERS = 4;

/**
 * A source word that a name of the bead outside the run writes ("Dr James Vann … the Brentwood
 * Imperial Youth Band" ↔ "جيمس فان … فرقة"): it is that name's counterpart, not a given name
 * the run's word replaced, unless the source writes the word again.
 */
function claimedElsewhere(ctx: Ctx, run: Mention[], word: string): boolean {
  // Each of the word's occurrences may be claimed once: "Sarah Palin … Hoggery Palin" has two سارا.
  const claimers = writersOf(ctx, word, (o) => !run.includes(o));
  return claimers > 0 && claimers >= timesWritten(ctx, word);
}

/** Whether a name reads as the source word: close skeletons, or the model writes it. */
function writesWord(name: string, word: string): boolean {
  return crossMatch(name, [word]).close || writes(name, [word]);
}

/**
 * "Iranian" for ایرانی, "Iraqis" for العراقيين: a word of a place or people, which English
 * derives with -ian, -an, -i, -ese or -ish and Arabic and Persian with a final ي (and its
 * feminine and plurals): it writes the word when its stem writes the word's stem.
 */
function demonymWrites(name: string, word: string): boolean {
  const en = demonymStem(name);
  if (!en) return false;
  const ar = demonymStemArabic(word);
  if (!ar) return false;
  return crossMatch(en, [ar]).close || writes(en, [ar]);
}

/**
 * Whether a people's word names the place a spelling names ("Mexican", "Mexico"; "Catalans",
 * "Catalonia"): the translation chose the place or its people's word, and neither is a
 * misspelling of the other, whichever the source reads closer to.
 */
function placeOfPeople(name: string, place: string): boolean {
  const stem = demonymStem(name);
  // English puts -i only after a consonant (Iraqi, Omani, Somali): "Molinai" is Molina with a letter added.
  if (stem === '' || /[aeiou]is?$/i.test(name)) return false;
  return place.toLowerCase().startsWith(stem.toLowerCase());
}

/** demonymWrites' stems, '' where the word has no such ending; remembered per word, since every word of a bead is asked of every capitalised word. */
const demonymStem = memoPerWord((name: string): string => /^(\p{L}{3,}?)(?:ians?|ans?|is?|ese|ish)$/u.exec(name)?.[1] ?? '');
const demonymStemArabic = memoPerWord((word: string): string => /^(.{3,}?)\u064a(?:\u0647|\u0648\u0646|\u064a\u0646)?$/u.exec(arabicLetters(word))?.[1] ?? '');

/** How many of the bead's mentions that `include` keeps write the source word. */
function writersOf(ctx: Ctx, word: string, include: (o: Mention) => boolean): number {
  return ctx.mentions.filter((o) => include(o) && writesWord(o.text, word)).length;
}

/** How many times the bead's source side writes the word. */
function timesWritten(ctx: Ctx, word: string): number {
  return ctx.tokens.filter((t) => t.text === word).length;
}

/**
 * A source word the bead writes more often than its English names account for is a common
 * word there ("تیم", team, before two club names; "باران", rain, twice): reading one of its
 * occurrences as a given name the English word replaced needs more than the word alone.
 */
function usedAsWord(ctx: Ctx, m: Mention, i: number): boolean {
  const word = ctx.tokens[i]!.text;
  const times = timesWritten(ctx, word);
  if (times < 2) return false;
  const mine = ctx.mentions.filter((o) => o.text === m.text).length;
  return times > mine + writersOf(ctx, word, (o) => o.text !== m.text);
}

/**
 * Whether a mention stands in a title-cased sentence ("Voters Ahead of Midterms With …"),
 * where a capital says no more than at a sentence start.
 */
function inTitleCase(doc: CheckDoc, m: Mention): boolean {
  const p = doc.paragraphs[m.paragraph]!;
  // Remembered per sentence (or paragraph): several rules ask it of every mention there.
  const s = p.sentences.find((x) => x.start <= m.start && m.start < x.end);
  const key: object = s ?? p;
  let title = titleCased.get(key);
  if (title === undefined) {
    const text = p.text.slice(s?.start ?? 0, s?.end ?? p.text.length);
    const long = text.match(/\p{L}{4,}/gu) ?? [];
    // A paragraph that is one line without a stop is a label or a heading ("Vertical Kana
    // Alternates"), title-cased with fewer words than a sentence.
    const label = text.trim() === p.text.trim() && !/[.!?:;]["”’)]*$/u.test(text.trim());
    title = long.length >= (label ? LABEL_MIN_WORDS : TITLE_MIN_WORDS) && long.every((w) => /^\p{Lu}/u.test(w));
    titleCased.set(key, title);
  }
  return title;
}
const titleCased = new WeakMap<object, boolean>();

/** Fewest long words that make a title-cased sentence: short ones may be names alone. */
const TITLE_MIN_WORDS = 4;
/** Fewest long words that make a title-cased label; two may be a name alone ("Rowan Atkinson"). */
const LABEL_MIN_WORDS = 3;

/**
 * Whether the source word at token i is a usual translation of the English word (the word table
 * pairs their stems): "Judge" for قاضی is translated, though قاضی also reads as the name Qadi.
 */
function translates(ctx: Ctx, text: string, i: number): boolean {
  const stem = stemsOf(ctx)[i];
  return !!stem && translationStems(latinLetters(text), ctx.arabic.lang).stems.has(stem);
}

/** An English word standing where the source has a word that romanises to a known name. */
function readsAsGivenName(m: Mention, word: string): boolean {
  // "John" is a dictionary word too, but a name first.
  if (!(isCommonEnglish(m.text) || isEnglishWord(m.text)) || isKnownName(m.text) || hasArticle(word)) return false;
  // A dictionary word is no name of the lists' (they leave those out) unless running text
  // inflects it as a word: its reading as a known name is chance ("Island" for ليصبح, "to become").
  if (isDictionaryArabic(word)) return false;
  if (bestGap(m.text, [word]).gap <= UNRELATED_GAP) return false;
  // The word may carry a clitic ("وكيلي", and Kelly): each of its forms is read.
  return nameForms(word).some((f) => {
    const r = romanise(f).text;
    if (r.length < 3 || isEnglishWord(r)) return false;
    // The model's reading, or a known name a letter from it that writes the word ("christin", Christine).
    return isKnownName(r) || knownNeighbours(r).some((k) => !isEnglishWord(k) && writes(k, [f]));
  });
}

/** A gap past which a name and the words beside its anchor are not one spelling of each other. */
const REPLACED_GAP = 20;

/**
 * The name took the place of the source words: unlike them by the model, yet sharing consonants.
 * Read the other way too: a name whose letters are mostly the source's own romanisation is a
 * spelling of it the table rarely saw ("Kavanaugh" for کاوانا, "Tsouvallaris" for سوالاریس),
 * and common words of the other language are a translation ("Air" for هوایی), not a name.
 */
function replaced(m: Mention, source: string[]): boolean {
  // A hyphenated compound ("Jae-in") is several words, which the source may write apart.
  if (m.text.includes('-')) return false;
  if (bestGap(m.text, source).gap <= REPLACED_GAP || crossMatch(m.text, source).distance > 2) return false;
  if (source.every((w) => isCommonArabic(w) || isArabicStopword(w))) return false;
  const mine = latinLetters(m.text);
  const theirs = romanise(source.join('')).text;
  return editDistance(mine, theirs) > Math.max(mine.length, theirs.length) / 2;
}

/** Real spellings of real names and places are not slips, whatever the source reads closest to. */
function judgedByModel(m: Mention): boolean {
  return judgedSpelling(m.text);
}

/** judgedByModel per spelling: asked of every mention with or without a counterpart. */
const judgedSpelling = memoPerWord((text: string): boolean => {
  // A hyphenated compound ("Rhein-Neckar-Arena", "R-Arizona") is several words, judged apart or not at all.
  if (text.includes('-') || isCommonEnglish(text) || isEnglishWord(text) || latinKey(text).length < 3) return false;
  // A plural of a real name is real too ("Koreas").
  return ![text, text.replace(/s$/, '')].some((t) => isBorneName(t) || isPlaceName(t));
});

/** Arabic-script words of the bead that could be a name's counterpart: no function or common words. */
function nameWords(ctx: Ctx, taken: Set<number>): number[] {
  // Which words are name-like does not change within a bead: worked out once per bead.
  if (!ctx.nameLike) {
    const like: number[] = [];
    const preps = tokenPreps(ctx);
    for (let i = 0; i < ctx.tokens.length; i++) {
      const p = preps[i];
      if (p && (p.nameLike ??= isNameLikeArabic(ctx.tokens[i]!.text))) like.push(i);
    }
    ctx.nameLike = like;
  }
  return taken.size ? ctx.nameLike.filter((i) => !taken.has(i)) : ctx.nameLike.slice();
}

/** Neither a function word nor a common word. */
function isNameLikeArabic(word: string): boolean {
  return !isArabicStopword(word) && !isCommonArabic(word);
}

/** Whether the bead's Arabic-script word at token i is a dictionary word (isDictionaryArabic). */
function dictionaryAt(ctx: Ctx, i: number): boolean {
  return (tokenPreps(ctx)[i]!.dictionary ??= isDictionaryArabic(ctx.tokens[i]!.text));
}

/** Per token, its stem as the word table keys it, '' for a function word or one not in Arabic script. */
function stemsOf(ctx: Ctx): string[] {
  const preps = tokenPreps(ctx);
  return (ctx.stems ??= ctx.tokens.map((t, i) => {
    const p = preps[i];
    return p ? (p.stem ??= isArabicStopword(t.text) ? '' : otherStem(t.text)) : '';
  }));
}

/** The bead word the name writes best by the model, when it writes one. */
function modelAnchor(ctx: Ctx, m: Mention, taken: Set<number>): Counterpart | null {
  let best: { i: number; gap: number } | null = null;
  for (const i of nameWords(ctx, taken)) {
    const g = anchorGap.get(m.text, ctx.tokens[i]!.text);
    if (g <= MATCH_GAP_ANCHOR && (!best || g < best.gap)) best = { i, gap: g };
  }
  return best ? { from: best.i, to: best.i, exact: false } : null;
}

/**
 * A run of names none of which anchors ("Gusty Kovacic" for ماتيو كوفاتشيتش: a garbled given
 * name, and a surname the source writes by its sound, too loosely to anchor alone): the one that
 * writes a bead word most closely, within LOOSE_GAP, where that word stands about where the name
 * stands and has name-like words beside it on each side the run goes on, as a name of several
 * words has in the source. Its neighbours are then judged against the words beside it.
 */
function looseAnchor(ctx: Ctx, run: Mention[], pos: number[], taken: Set<number>): { k: number; c: Counterpart } | null {
  const t = ctx.tokens;
  const free = new Set(nameWords(ctx, taken));
  const nameLikeAt = (j: number) => free.has(j) && !dictionaryAt(ctx, j);
  let best: { k: number; i: number; gap: number } | null = null;
  for (let k = 0; k < run.length; k++) {
    const m = run[k]!;
    for (const i of free) {
      if (Math.abs(t[i]!.pos - pos[k]!) > WORD_FOR_NAME_POS) continue;
      if (k < run.length - 1 && !(t[i + 1] && !t[i + 1]!.afterBreak && nameLikeAt(i + 1))) continue;
      if (k > 0 && (t[i]!.afterBreak || !nameLikeAt(i - 1))) continue;
      const g = gapWithin(m.text, t[i]!.text, LOOSE_GAP);
      if (g <= LOOSE_GAP && (!best || g < best.gap)) best = { k, i, gap: g };
    }
  }
  return best ? { k: best.k, c: { from: best.i, to: best.i, exact: false } } : null;
}

/** How loosely a name of an unanchored run may write the word it anchors on (looseAnchor). */
const LOOSE_GAP = 10;

/** How closely a name writes a word by the model when it may anchor there (modelAnchor), else Infinity; per pair. */
const anchorGap = new PairMemo<number>((latin, w) => {
  // Skeletons far apart never write each other: skip the model for them.
  if (crossMatch(latin, [w]).distance > 2) return Infinity;
  return gapWithin(latin, w, MATCH_GAP_ANCHOR);
});

/** A gap past which the model sees no likeness at all between a name and a word. */
const UNRELATED_GAP = 20;

/** Anchoring on the model alone asks for a closer reading than judging a known counterpart. */
const MATCH_GAP_ANCHOR = 4;

/**
 * A name whose counterpart is known but which a slip away would write it much better
 * ("Khaman" for هامان): flagged with the better spelling, from the story when it has it.
 * `sureOnly`: only a slip that is the source's own reading (readsSource) counts.
 */
function modelDiffers(ctx: Ctx, m: Mention, c: Counterpart, sureOnly = false): Flag | null {
  if (!judgedByModel(m)) return null;
  const source = words(ctx, c);
  const { form } = bestGap(m.text, source);
  const better = betterSpelling(m.text, form);
  if (!better) return null;
  const sure = readsSource(better.gap, better.own);
  if (sureOnly && !sure) return null;
  return ruled('model', modelFlag(ctx, m, c, source, better.text, form, sure || (looksUnlikeName(m.text, better.text) && writtenOnce(ctx, m))));
}

/**
 * A judged name whose neighbour's window gave it a place but no counterpart ("Dewa" beside روب,
 * on ديوار): modelDiffers against the word it stands on. The word is where the name should
 * stand, not shown to write it, so the slip is believed only towards a spelling the story or the
 * lists know: the source's own reading alone may be a letter it drops (لوندوال for Lundvald).
 */
function placedDiffers(ctx: Ctx, m: Mention, c: Counterpart): Flag | null {
  const f = modelDiffers(ctx, m, c, bestGap(m.text, words(ctx, c)).gap > UNRELATED_GAP);
  if (!f || f.data?.suggestionFrom === 'story') return f;
  const letters = latinLetters(String(f.suggestion ?? ''));
  return isKnownName(letters) || isPlaceName(letters) || isEnglishWord(letters) ? f : null;
}

/**
 * A name with no counterpart found: the bead's name-like word whose skeleton is close and that
 * a slip away from the name writes much better. Common English words are never judged.
 */
function loneDiffers(ctx: Ctx, m: Mention, taken: Set<number>): Flag | null {
  if (!judgedByModel(m)) return null;
  let best: { i: number; text: string; gap: number; form: string; sure: boolean; unlike: boolean } | null = null;
  for (const i of nameWords(ctx, taken)) {
    const b = loneSlip.get(m.text, ctx.tokens[i]!.text);
    if (b && (!best || b.gap < best.gap)) best = { i, ...b };
  }
  if (!best) return null;
  const c = { from: best.i, to: best.i, exact: false };
  return ruled('lone', modelFlag(ctx, m, c, words(ctx, c), best.text, best.form, best.sure || (best.unlike && writtenOnce(ctx, m))));
}

/** The slip of a name that writes a word much better (loneDiffers), when the skeletons are close enough to ask; per pair. */
const loneSlip = new PairMemo<{ text: string; gap: number; form: string; sure: boolean; unlike: boolean } | null>((latin, w) => {
  if (!wordParts(w).some((part) => crossMatch(latin, [part]).distance <= 2)) return null;
  const { form } = bestGap(latin, [w]);
  const b = betterSpelling(latin, form);
  return b ? { text: b.text, gap: b.gap, form, sure: readsSource(b.gap, b.own), unlike: looksUnlikeName(latin, b.text) } : null;
});

/**
 * The prior a slip towards a spelling no list knows may stand on (modelFlag): the letters as
 * written run as names' letters do not, by LOOKS_SLIP_BY nats against the spelling the source
 * reads better ("Thtruan" for استروان, Struan; "Tuermes" for تيرميز, Termes), the two kinds of
 * evidence looksSlip asks of a slip towards a known name. A real name the lists lack may look
 * that odd ("Dyteon" for دايتون, Dayton), but is then written so on purpose, and more than once
 * as a rule (writtenOnce).
 */
function looksUnlikeName(latin: string, letters: string): boolean {
  return nameLogProb(letters) - nameLogProb(latinLetters(latin)) >= LOOKS_SLIP_BY;
}

/** The document writes this spelling once as a name: a slip, where a spelling said again is chosen. */
function writtenOnce(ctx: Ctx, m: Mention): boolean {
  return (ctx.written.get(m.text) ?? 0) <= 1;
}

function modelFlag(ctx: Ctx, m: Mention, c: Counterpart, source: string[], letters: string, form: string, known = false): Flag | null {
  const sourceText = source.join(' ');
  const reading = likeName(romanise(form).text, m.text);
  // A known name a slip away is the suggestion unless the story spells it so too.
  // A known spelling is suggested from the story only if the story spells it so: when no
  // spelling there has its letters, the story's writers of the form need not be sought.
  // A story spelling that is no variant of the name ("Ri" beside "Furyk", both read in فريق) writes
  // the word for another name, or by chance: it says nothing of what this one should be. A name
  // too short to have variants (latinVariants) may still be a letter off ("Iyr" for Ayr).
  const variant = (s: StorySpelling) => latinVariants(s.text, m.text) || editDistance(s.key, latinKey(m.text)) <= 1;
  const story = !known || storySpells(ctx, letters)
    ? storyWriters(ctx, form).find((s) => s.key !== latinKey(m.text) && (known ? latinLetters(s.text) === letters : variant(s)))
    : undefined;
  // The prior of the noisy channel: a slip is believed towards a spelling that the story or
  // the name lists know, not towards one nobody is known to bear ("Dyteon" is a real name
  // the lists lack, and its source writes "Dyton" a little better).
  if (!known && !story && !isKnownName(letters) && !isPlaceName(letters) && !isEnglishWord(letters)) return null;
  // "Korean" where the story writes "Korea": a derived word, not a slip.
  if (story && latinKey(m.text).startsWith(story.key)) return null;
  const suggestion = story?.text ?? likeName(letters, m.text);
  const said = `${langName(ctx.arabic.lang)} has ${sourceText} (${reading}), which “${m.text}” does not write; “${suggestion}” does`;
  return sourceFlag(ctx, m, c, { sourceText, reading, suggestion, story, said });
}

/** A source-differs flag; the suggestion comes from the story when it names a spelling there. */
function sourceFlag(
  ctx: Ctx,
  m: Mention,
  c: Counterpart,
  f: { sourceText: string; reading: string; suggestion: string; story: StorySpelling | null | undefined; said: string },
): Flag {
  const { story, suggestion } = f;
  const support = story ? `; ${story.docIds.join(', ')} spell${story.docIds.length === 1 ? 's' : ''} it ${story.text}` : '';
  return nameMismatchFlag(ctx, m, c, {
    evidence: f.said + support,
    suggestion,
    data: {
      kind: 'source-differs',
      text: m.text,
      sourceText: f.sourceText,
      sourceReading: f.reading,
      suggestion,
      suggestionFrom: story ? 'story' : 'transliteration',
      ...(story ? { supportedBy: story.docIds } : {}),
    },
  });
}

/** Whether a one-word story spelling has these letters (latinLetters), known without seeking the form's writers. */
function storySpells(ctx: Ctx, letters: string): boolean {
  ctx.storySet.letters ??= new Set(ctx.storyWords.map((s) => latinLetters(s.text)));
  return ctx.storySet.letters.has(letters);
}

/**
 * The first two one-word story spellings that write an Arabic-script form, remembered per
 * form. Story keys are distinct, so at most one of them is the name's own: the first of the
 * two that is not is the first in the whole story.
 */
function storyWriters(ctx: Ctx, form: string): StorySpelling[] {
  let hit = ctx.writers.get(form);
  if (!hit) {
    hit = [];
    // Only one-word spellings are asked for, so only they are walked.
    const set = (ctx.storySet.set ??= new SpellingSet(ctx.storyWords.map((s) => s.text)));
    // Only spellings the model's bound keeps for some form of the word can write it, and
    // only through the forms that kept them: writes(s.text, [form]) without bounding again
    // the forms the walk already ruled out.
    const keptBy = new Map<number, string[]>();
    for (const f of nameForms(form))
      for (const k of set.within(f, MATCH_GAP)) {
        const fs = keptBy.get(k);
        if (fs) fs.push(f);
        else keptBy.set(k, [f]);
      }
    for (const k of [...keptBy.keys()].sort((x, y) => x - y)) {
      const s = ctx.storyWords[k]!;
      if (keptBy.get(k)!.some((f) => translitScore(s.text, f).gap <= MATCH_GAP)) hit.push(s);
      if (hit.length === 2) break;
    }
    ctx.writers.set(form, hit);
  }
  return hit;
}

/** The spelling the story supports for Arabic word(s): closest skeleton, then letters, then documents. */
function bestSpelling(ctx: Ctx, source: string[], not: string): StorySpelling | null {
  const notKey = latinKey(not);
  // A pure function of the story, the words and the key left out: a book flags the same
  // name against the same words chapter after chapter, and each answer scans the whole story.
  let memo = bestSpellings.get(ctx.story);
  if (!memo) bestSpellings.set(ctx.story, (memo = new Map()));
  const key = `${notKey}\u241f${source.join('\u241f')}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const arabic = source.join(' ');
  const scored = ctx.story
    .filter((s) => s.key !== notKey && crossMatch(s.text, source).close)
    .map((s) => ({ s, d: crossMatch(s.text, source).distance, r: readingDistance(s.text, arabic) }));
  scored.sort((x, y) => x.d - y.d || x.r - y.r || y.s.docIds.length - x.s.docIds.length || y.s.count - x.s.count);
  const best = scored[0]?.s ?? null;
  memo.set(key, best);
  return best;
}

/** bestSpelling's answers, per run (its story), per key left out and source words. */
const bestSpellings = new WeakMap<readonly StorySpelling[], Map<string, StorySpelling | null>>();

function spanOf(ctx: Ctx, m: Mention, c: Counterpart) {
  if (ctx.roles.latin === 'a') return { side: 'a' as const, paragraph: m.paragraph, start: m.start, end: m.end, text: m.text };
  const first = ctx.tokens[c.from]!;
  const sameParagraph = ctx.tokens.slice(c.from, c.to + 1).filter((t) => t.paragraph === first.paragraph);
  const last = sameParagraph[sameParagraph.length - 1]!;
  const text = ctx.arabic.paragraphs[first.paragraph]!.text.slice(first.start, last.end);
  return { side: 'a' as const, paragraph: first.paragraph, start: first.start, end: last.end, text };
}

function paragraphsOf(ctx: Ctx) {
  return { a: ctx.bead.a, b: ctx.bead.b };
}

function sourceDiffers(ctx: Ctx, m: Mention, c: Counterpart): Flag {
  const source = words(ctx, c);
  const sourceText = source.join(' ');
  const reading = transliterate(sourceText);
  const story = bestSpelling(ctx, source, m.text);
  const suggestion = story?.text ?? reading;
  const said = `${langName(ctx.arabic.lang)} has ${sourceText} (${reading}) where ${langName(ctx.latin.lang)} has “${m.text}”`;
  return sourceFlag(ctx, m, c, { sourceText, reading, suggestion, story, said });
}

/** A name-mismatch flag on the mention's span; the two kinds differ only in what they say. */
function nameMismatchFlag(ctx: Ctx, m: Mention, c: Counterpart, said: Pick<Parameters<typeof makeFlag>[0], 'evidence' | 'suggestion' | 'data'>): Flag {
  const span = spanOf(ctx, m, c);
  return makeFlag({
    check: 'name-mismatch',
    docId: ctx.input.a.id,
    span: { side: span.side, paragraph: span.paragraph, start: span.start, end: span.end },
    text: span.text,
    paragraphs: paragraphsOf(ctx),
    ...said,
  });
}

/**
 * Another document spells this name so that it reads closer to the source: flag when its
 * skeleton matches the source exactly and ours does not ("Waltz" for والتز, not "Walz"), or
 * its letters are two or more edits closer ("Ayman" for أيمن, not "Iman").
 */
function storyDiffers(ctx: Ctx, m: Mention, c: Counterpart): Flag | null {
  const source = words(ctx, c);
  // A name people bear set against common words only ("John" at كان, "was") met them by chance.
  if (isBorneName(m.text) && source.every(commonWord)) return null;
  const arabic = source.join(' ');
  const latinId = ctx.roles.latin === 'a' ? ctx.input.a.id : ctx.input.b.id;
  const best = storyCloser(ctx, m.text, source, arabic, latinId);
  if (!best) return null;
  const docs = best.docIds.filter((d) => d !== latinId);
  return ruled('story', nameMismatchFlag(ctx, m, c, {
    evidence: `${docs.join(', ')} write${docs.length === 1 ? 's' : ''} “${best.text}”, closer to ${langName(ctx.arabic.lang)} ${arabic} (${transliterate(arabic)}) than “${m.text}”`,
    suggestion: best.text,
    data: {
      kind: 'story-differs',
      text: m.text,
      sourceText: arabic,
      sourceReading: transliterate(arabic),
      suggestion: best.text,
      suggestionFrom: 'story',
      supportedBy: docs,
    },
  }));
}

/**
 * The story spelling, in another document, that reads closer to the source words than the
 * name does (storyDiffers), or null. Remembered per run, per spelling and source words: a book
 * meets the same name beside the same words again and again, and the story does not change.
 */
function storyCloser(ctx: Ctx, text: string, source: string[], arabic: string, latinId: string): StorySpelling | null {
  let byArabic = ctx.closer.get(text);
  if (!byArabic) ctx.closer.set(text, (byArabic = new Map()));
  let best = byArabic.get(arabic);
  // Another document of the story writes the name as this one does: the story spells it both
  // ways, so it is no evidence against this spelling (two people, "Lynsey" and "Lindsey", or
  // a translator's reading of the source that the other reports share). Not so for an English
  // word ("North" put for Norton): the other documents may write it as the word it is.
  if (best === undefined && !isEnglishWord(text) && !isCommonEnglish(text) && ctx.storyByKey.get(latinKey(text))?.docIds.some((d) => d !== latinId)) best = null;
  if (best === undefined) {
    const mine = readingDistance(text, arabic);
    const mineExact = crossMatch(text, source).exact;
    const better = ctx.storyIndex
      .variantsOf(text)
      .filter((s) => s.docIds.some((d) => d !== latinId))
      .map((s) => ({ s, r: readingDistance(s.text, arabic), exact: crossMatch(s.text, source).exact }))
      .filter((x) => x.r < mine && ((x.exact && !mineExact) || mine - x.r >= 2));
    // Skeletons and letter counts also bring another of the story's names closer ("Jong" for
    // جوني, "France" for فرانسوا, where "Johnny" and "Francois" are right): the learned model
    // must read the story's spelling in the source better than the name as written, too.
    const mineGap = better.length ? bestGap(text, source).gap : 0;
    best = better.filter((x) => !placeOfPeople(text, x.s.text) && bestGap(x.s.text, source).gap < mineGap).sort((x, y) => x.r - y.r || y.s.docIds.length - x.s.docIds.length)[0]?.s ?? null;
    byArabic.set(arabic, best);
  }
  return best;
}

/**
 * A word no name list knows written where the source has a name ("Trauma" where Persian has ترامپ):
 * machine translation reads an unknown name as a word it knows. The rules above spare
 * capitalised words, which are titles and translations as often as not ("Lake", "Rangers");
 * here one is judged only against a source word that no other name of the bead writes,
 * that reads as a real name (the name lists, or a letter from its reading), and whose name
 * is a spelling close to the word as written, which does not write the source at all.
 */
function wordsForNames(ctx: Ctx, mentions: Mention[], flags: Flag[], lowered: Mention[] = []): void {
  // A known name is a real spelling whatever word it also is ("Hunt", "Trump"); a plural
  // names a team or a body ("Rangers", "Hearts"), which the source writes as the English word.
  // An inflected word the word list lacks ("Hailed" for Harlem, هارلم) is read the same way: the
  // source word must still read as a known name that the word, as written, does not write at all.
  // A capital the document otherwise writes small (loweredCapitals) is read here too: the
  // source must still hold a known name the word misses, as for any mention.
  const candidates = [...mentions, ...lowered];
  // A plural is kept when the document writes the word small: no team or body is then meant ("Days").
  const plain = candidates.filter((m) => !m.initial && /^\p{L}+$/u.test(m.text) && !isBorneName(m.text) && !isPlaceName(m.text) && (lowered.includes(m) || !isPlural(m.text)));
  // An English word people also bear ("Crash", "Media", "Best": the name lists hold most short
  // words as surnames) is a name when the source writes it by its sound; one the source does not
  // write, standing where the source has another name all but exactly, was put in its place.
  // Judged on stronger terms than other words (borneFor), and never let into `plain`, whose
  // other mentions claim the source words they write.
  const borne = candidates.filter((m) => !m.initial && /^\p{L}+$/u.test(m.text) && isBorneName(m.text) && (isEnglishWord(m.text) || isCommonEnglish(m.text)) && !isPlaceName(m.text) && !isPlural(m.text));
  if (!plain.length && !borne.length) return;
  // Whether another name of the bead writes the word, asked only of words that come that far.
  const claimed = new Map<number, boolean>();
  let capitalised: string[] | null = null;
  const demonyms = (): string[] =>
    (capitalised ??= sideIndices(ctx.bead, ctx.roles.latin).flatMap((k) => ctx.latin.paragraphs[k]!.text.match(/\p{Lu}\p{Ll}{3,}/gu) ?? []));
  const claimedBy = (i: number) => {
    let c = claimed.get(i);
    if (c === undefined) {
      const w = ctx.tokens[i]!.text;
      // A people's or place's word claims its source word too ("Iranian", ایرانی), though not a name mention.
      // Each time the source writes the word may be claimed once: a name spelled right once and
      // replaced by a word once leaves the second هارلم to the word.
      const by = mentions.filter((o) => !plain.includes(o) && writesWord(o.text, w)).length;
      c = (by > 0 && by >= timesWritten(ctx, w)) || demonyms().some((d) => demonymWrites(d, w));
      claimed.set(i, c);
    }
    return c;
  };
  const free = nameWords(ctx, new Set()).filter((i) => !dictionaryAt(ctx, i));
  const latinIdx = sideIndices(ctx.bead, ctx.roles.latin);
  for (const m of [...plain, ...borne]) {
    if (inTitleCase(ctx.latin, m)) continue;
    const isBorne = !plain.includes(m);
    const english = isEnglishWord(m.text) || isCommonEnglish(m.text);
    const pos = relativePos(ctx.latin, latinIdx, m.paragraph, m.start);
    let best: { i: number; name: string; gap: number; form: string } | null = null;
    for (const i of free) {
      const w = ctx.tokens[i]!.text;
      // Where the name stands in the sentence, its source stands too, give or take the word order.
      if (Math.abs(ctx.tokens[i]!.pos - pos) > WORD_FOR_NAME_POS) continue;
      const cand = nameForWord.get(m.text, w);
      if (cand && english && readThroughArticle(w)) continue;
      if (cand && (!best || cand.gap < best.gap) && !claimedBy(i) && !usedAsWord(ctx, m, i) && (!isBorne || borneFor(ctx, m, i, cand.gap))) best = { i, ...cand };
    }
    // A word people bear that no known name a letter or two away explains ("Job" where the
    // source has جيم, Jim) may still stand in a name's place: judged on borneInPlace's terms.
    if (!best && isBorne) best = borneInPlace(ctx, m, free, pos, claimedBy);
    if (!best) continue;
    // A spelling no word list has, said again in the document, is chosen: a real name the lists
    // lack, which the source writes by its sound ("Dyteon" for دايتون, which reads as Dayton).
    // Only a letter's slip (one edit) from the name the source holds says it was mistyped.
    if (!english && !lowered.includes(m) && !inflected(m.text) && !writtenOnce(ctx, m) && editDistance(best.name, latinLetters(m.text)) > 1) continue;
    // A word derived from the name the source word reads as ("Democratic" where Persian has
    // دموکرات, Democrat) translates it: the word's letters begin with the name's stem.
    if (derivedFrom(m.text, best.name)) continue;
    // A word the source writes as it is said elsewhere in the bead ("Zone" beside زون) was
    // translated by its sound there, not put in a name's place.
    if (writesOwnWord(ctx, m.text) || keptInLatin(ctx, m.text)) continue;
    const c = { from: best.i, to: best.i, exact: false };
    const source = words(ctx, c);
    const sourceText = source.join(' ');
    const reading = likeName(romanise(best.form).text, m.text);
    const story = storyWriters(ctx, best.form).find((s) => s.key !== latinKey(m.text));
    const suggestion = story?.text ?? likeName(best.name, m.text);
    const said = `${langName(ctx.arabic.lang)} has ${sourceText} (${reading}), a name that “${m.text}” does not write; “${suggestion}” does`;
    flags.push(ruled('word-for-name', sourceFlag(ctx, m, c, { sourceText, reading, suggestion, story, said }))!);
  }
}

/** A word that is a name's stem (the name less a plural s) and more: "Democratic" of "Democrats", "Korean" of "Korea". */
function derivedFrom(word: string, name: string): boolean {
  const w = latinLetters(word);
  const stem = latinLetters(name).replace(/s$/, '');
  return stem.length >= DERIVED_STEM && w.length > stem.length && w.startsWith(stem);
}
/** The shortest stem a derived word is told by: shorter ones begin too many unrelated words. */
const DERIVED_STEM = 4;

/**
 * Whether the source word carries the article before a word of its own ("Asim" read in العظيم,
 * "the great"; not بالين, Palin, whose ال is the name's): a word with the article is a noun or an
 * adjective, which an English word standing there translates, as in "the Great Basin". Asked
 * for English words only: a garbled spelling ("Seyria") is a name's wherever the source writes it.
 */
function readThroughArticle(w: string): boolean {
  return hasArticle(w) && nameForms(w).some((f) => f.startsWith('\u0627\u0644') && f.length > ARTICLE_STEM);
}
/** Letters (article included) past which nameForms reads a word as the article and a word. */
const ARTICLE_STEM = 4;

/**
 * The stronger terms on which a word people bear stands for a name (wordsForNames): the source
 * word reads as the known name all but exactly, carries no article (a title or a translation),
 * is missed by the word by far more than a loose spelling would, and no other mention of the
 * bead writes it.
 */
function borneFor(ctx: Ctx, m: Mention, i: number, gap: number): boolean {
  const w = ctx.tokens[i]!.text;
  if (gap > SURE_GAP || hasArticle(w)) return false;
  if (gapWithin(m.text, w, BORNE_MISS) <= BORNE_MISS) return false;
  return !ctx.mentions.some((o) => o !== m && o.text !== m.text && writesWord(o.text, w));
}

/**
 * The source word a word people bear stands in place of when it is no slip of that name
 * (wordsForNames): the one free source word near its place that the model reads as a known
 * name all but exactly, that the word neither writes (borneFor) nor translates (the word
 * table: "Black" beside أسود is a translation). Only when the place holds one such word: with
 * two, which one the word stood for is a guess.
 */
function borneInPlace(ctx: Ctx, m: Mention, free: number[], pos: number, claimedBy: (i: number) => boolean): { i: number; name: string; gap: number; form: string } | null {
  // A word the bead translates anywhere ("Secretary" beside أمين) is there as the word it is.
  const own = translationStems(latinLetters(m.text), ctx.arabic.lang).stems;
  if (own.size && stemsOf(ctx).some((x) => x !== '' && own.has(x))) return null;
  const mine = latinLetters(m.text);
  let found: { i: number; name: string; gap: number; form: string } | null = null;
  for (const i of free) {
    const w = ctx.tokens[i]!.text;
    if (Math.abs(ctx.tokens[i]!.pos - pos) > WORD_FOR_NAME_POS) continue;
    let cand: { name: string; gap: number; form: string } | null = null;
    // The word whole, as written: a name read in a word less a clitic or an ending (کنار, "beside",
    // as Nar) is most often that word, and the word table knows the word as a translation of
    // other words, not of the name it reads as (حصار, siege, read as Hassar).
    const form = nameForms(w)[0]!;
    const r = latinLetters(romanise(form).text);
    // Machine translation puts a word that looks like the name in its place ("Job" for Jim, "Law"
    // for Liam): the same first letter and at most WORD_FOR_NAME_EDITS apart, short words too.
    if (r.length >= 3 && r[0] === mine[0] && editDistance(r, mine) <= WORD_FOR_NAME_EDITS && isKnownName(r) && !isEnglishWord(r) && !isCommonEnglish(r) && !translatesOther(ctx, i, r)) {
      const gap = gapWithin(r, form, SURE_GAP);
      if (gap <= SURE_GAP) cand = { name: r, gap, form };
    }
    if (!cand || claimedBy(i) || usedAsWord(ctx, m, i) || translates(ctx, m.text, i) || !borneFor(ctx, m, i, cand.gap)) continue;
    if (found && found.i !== i) return null;
    found = { i, ...cand };
  }
  return found;
}

/**
 * Whether the word table pairs the source word at token i with English words, none of them
 * the name it reads as: it is a word the translations render by its sense.
 */
function translatesOther(ctx: Ctx, i: number, name: string): boolean {
  const stem = stemsOf(ctx)[i];
  const partners = stem ? wordTable(ctx.arabic.lang)?.[1].get(stem) : undefined;
  return !!partners?.length && !partners.includes(lexStem(name));
}

/** How far (nats) a word people bear must miss the source word it is read in place of. */
const BORNE_MISS = 15;

/**
 * Whether the word as written writes a name-like word of the bead (nameWords): its own
 * counterpart, written by its sound. A function or common word it happens to write is no
 * such evidence: short words write many of them by chance.
 */
function writesOwnWord(ctx: Ctx, latin: string): boolean {
  return nameWords(ctx, new Set()).some((i) => gapWithin(latin, ctx.tokens[i]!.text, WORD_FOR_NAME_GAP) <= WORD_FOR_NAME_GAP);
}

/**
 * An English word two letters or fewer from a country, month or weekday whose CLDR translation
 * the bead holds, where the English side of the bead does not name it ("Egret" where Arabic
 * has مصر, Egypt): machine translation's similar word for a conventional name. A word the
 * source translates by itself, or one derived from the name ("Russian", "Iraqi"), is not one.
 */
function wordsForNamed(ctx: Ctx, mentions: Mention[], flags: Flag[]): void {
  const named = namedTranslations(ctx.arabic.lang);
  if (!named.size) return;
  // Read only for a mention that comes that far: most beads have none.
  let stems: string[] | null = null;
  let present: Set<string> | null = null;
  let said: Set<string> | null = null;
  for (const m of mentions) {
    if (m.initial || !/^\p{L}+$/u.test(m.text) || !isEnglishWord(m.text) || isBorneName(m.text) || isPlaceName(m.text) || inTitleCase(ctx.latin, m)) continue;
    const x = latinLetters(m.text);
    if (x.length < SLIP_MIN_LETTERS || named.has(x)) continue;
    stems ??= stemsOf(ctx);
    present ??= new Set(stems);
    const own = translationStems(x, ctx.arabic.lang).stems;
    if ([...own].some((t) => present!.has(t))) continue;
    // Only names with the word's first letter can pass the first test: the rest are not walked.
    for (const [w, wanted] of namedByFirstLetter(named).get(x[0]!) ?? []) {
      said ??= new Set(mentions.map((o) => latinLetters(o.text)));
      if (Math.abs(w.length - x.length) > 1 || said.has(w) || x.startsWith(w.slice(0, -1)) || w.startsWith(x.slice(0, -1))) continue;
      if (editDistance(w, x) > WORD_FOR_NAME_EDITS) continue;
      const at = stems.findIndex((t) => t !== '' && wanted.has(t));
      if (at < 0) continue;
      const c = { from: at, to: at, exact: false };
      const sourceText = words(ctx, c).join(' ');
      const suggestion = likeName(w, m.text);
      const text = `${langName(ctx.arabic.lang)} has ${sourceText}, the usual translation of “${suggestion}”, where ${langName(ctx.latin.lang)} has the word “${m.text}”`;
      flags.push(ruled('word-for-named', sourceFlag(ctx, m, c, { sourceText, reading: transliterate(sourceText), suggestion, story: null, said: text }))!);
      break;
    }
  }
}

/**
 * CLDR's names (namedTranslations) by their first letter, in the map's order: wordsForNamed asks
 * every English word of a book about the names that share its first letter only.
 */
function namedByFirstLetter(named: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Array<[string, ReadonlySet<string>]>> {
  let byLetter = namedLetters.get(named);
  if (!byLetter) {
    byLetter = new Map();
    for (const entry of named) {
      const list = byLetter.get(entry[0][0] ?? '');
      if (list) list.push(entry);
      else byLetter.set(entry[0][0] ?? '', [entry]);
    }
    namedLetters.set(named, byLetter);
  }
  return byLetter;
}
const namedLetters = new WeakMap<ReadonlyMap<string, ReadonlySet<string>>, Map<string, Array<[string, ReadonlySet<string>]>>>();

/**
 * The known name that a word as written may stand for in a source word (wordsForNames): the
 * first of those its reading or a letter from it writes closest, within MATCH_GAP, or null.
 * A pure function of the spelling and the word, so remembered per pair.
 */
const nameForWord = new PairMemo<{ name: string; gap: number; form: string } | null>((latin, w) => {
  const mine = latinLetters(latin);
  let best: { name: string; gap: number; form: string } | null = null;
  for (const form of nameForms(w)) {
    const r = latinLetters(romanise(form).text);
    // A known name one slip from the reading (knownNeighbours) is at most NEIGHBOUR_EDITS
    // from it, so it comes within WORD_FOR_NAME_EDITS of the spelling only when the reading
    // comes within both: most words' readings do not, and their neighbours are not sought.
    const near = editDistance(r, mine) <= WORD_FOR_NAME_EDITS + NEIGHBOUR_EDITS ? knownNeighbours(r) : [];
    for (const k of [r, ...near]) {
      // A name the source writes shortened ("McGregor" گرگور) holds the shorter one whole.
      if (k === mine || mine.includes(k) || unseenDifference(mine, k) || editDistance(k, mine) > (Math.min(k.length, mine.length) <= SHORT_WORD ? 1 : WORD_FOR_NAME_EDITS) || !(isKnownName(k) || isPlaceName(k))) continue;
      const gap = gapWithin(k, form, MATCH_GAP);
      if (gap <= MATCH_GAP && (!best || gap < best.gap)) best = { name: k, gap, form };
    }
  }
  // A word as written that writes the source word is a spelling of it, not a word read for a
  // name. Asked last: few words have a name a letter or two from the spelling, and the
  // model's bound is the dearest question here.
  if (!best || gapWithin(latin, w, WORD_FOR_NAME_GAP) <= WORD_FOR_NAME_GAP) return null;
  // An English word is written in Arabic script as it is said: "Writer" رايتر, "Knight" نايت.
  const said = spokenStart(mine);
  if (said !== mine && gapWithin(said, w, WORD_FOR_NAME_GAP) <= WORD_FOR_NAME_GAP) return null;
  return best;
});

/** English letters not said at the start of a word (wr, kn, gn, ps, pn): the word as it sounds. */
function spokenStart(letters: string): string {
  return /^(?:wr|kn|gn|ps|pn)/.test(letters) ? letters.slice(1) : letters;
}

/**
 * The most edits (editDistance) a knownNeighbours spelling is from the spelling it is a slip
 * of: one letter, or two for a swapped pair or a letter group ("th" for "s").
 */
const NEIGHBOUR_EDITS = 2;

/** A word this far (nats) from the source word is not a spelling of it. */
const WORD_FOR_NAME_GAP = 10;
/** How many letters a word read in place of a name may differ from it; one in a short word. */
const WORD_FOR_NAME_EDITS = 2;
/** Longest word held to one differing letter: two would make most short words any short name. */
const SHORT_WORD = 3;
/** How far apart (share of the bead side) a word and the source word it replaced may stand. */
const WORD_FOR_NAME_POS = 0.3;

/** An English plural ("Rangers"): the word less its s is a word too. */
function isPlural(word: string): boolean {
  return /[^s]s$/i.test(word) && isEnglishWord(word.slice(0, -1));
}

/**
 * Which rule of this check made a flag, for benchmarks that count false alarms by rule
 * without reading them.
 */
export const mismatchRule = new WeakMap<Flag, string>();

function ruled(rule: string, f: Flag | null): Flag | null {
  if (f) mismatchRule.set(f, rule);
  return f;
}

/** Check 2: names in linked beads whose counterpart across scripts reads differently. */
export function checkNameMismatch(input: CheckInput): Flag[] {
  const roles = crossRoles(input);
  if (!roles) return [];
  const latin = input[roles.latin];
  const arabic = input[roles.arabic];
  const story = storySpellings([latin, ...(input.others ?? [])]);
  // The spellings of one word, in story order: what the story rules suggest from.
  const storyWords = story.filter((s) => !s.text.includes(' '));
  const storyIndex = new VariantIndex(storyWords);
  const storyByKey = new Map(story.map((s) => [s.key, s]));
  const writers = new Map<string, StorySpelling[]>();
  const closer = new Map<string, Map<string, StorySpelling | null>>();
  const storySet: Ctx['storySet'] = { set: null };
  // A compound's parts are judged apart: the other script often writes them apart ("Mills-Hicks" میلز هیکس).
  const all = mentionsOf(latin, true);
  const byParagraph = mentionsByParagraph(all);
  const loweredByParagraph = mentionsByParagraph(loweredOf(latin));
  const written = new Map<string, number>();
  for (const m of all) written.set(m.text, (written.get(m.text) ?? 0) + 1);
  const flags: Flag[] = [];
  for (const bead of linkedBeads(input.beads)) {
    const inBead = mentionsIn(byParagraph, sideIndices(bead, roles.latin));
    const lowered = mentionsIn(loweredByParagraph, sideIndices(bead, roles.latin));
    if (!inBead.length && !lowered.length) continue;
    const tokens = beadTokens(arabic, sideIndices(bead, roles.arabic));
    const ctx: Ctx = { input, roles, latin, arabic, bead, tokens, story, storyByKey, storyWords, storyIndex, writers, closer, storySet, mentions: inBead, written };
    for (const run of runsOf(inBead)) checkRun(ctx, run, flags);
    wordsForNames(ctx, inBead, flags, lowered);
    wordsForNamed(ctx, inBead, flags);
  }
  return dedupe(flags);
}

/** Mentions per paragraph, so that each bead finds its own without scanning the document. */
function mentionsByParagraph(mentions: Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = out.get(m.paragraph);
    if (list) list.push(m);
    else out.set(m.paragraph, [m]);
  }
  return out;
}

/** The mentions of some paragraphs in reading order (as the document lists them). */
function mentionsIn(byParagraph: Map<number, Mention[]>, paragraphs: number[]): Mention[] {
  const sorted = [...new Set(paragraphs)].sort((x, y) => x - y);
  return sorted.flatMap((p) => byParagraph.get(p) ?? []);
}

function dedupe(flags: Flag[]): Flag[] {
  const seen = new Set<string>();
  return flags.filter((f) => !seen.has(f.id) && (seen.add(f.id), true));
}

