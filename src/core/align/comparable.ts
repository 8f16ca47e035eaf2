import { CHANNEL_LEXICON, CHANNEL_NAME, CHANNEL_NUMBER, docVocabulary, type LexiconLink, type PairVocabulary } from './items';
import { priorLinks, userLexiconLinks } from './lexicon';
import { Progress } from './progress';
import { DEFAULT_VARIANCE, KIND_BODY, KIND_BOILERPLATE } from './score';
import { forEachWordSpan, splitWords } from './extract';
import { buildTables, prepareSides, sameScript, type PairTables, type SideUnits } from './table';
import type { AlignDoc, AlignOptions, Link } from './types';
import newsDf from './news-df.json';
import { englishMonth } from '../checks/numbers';
import { countWithin, reportAround } from '../text/stretch';

/**
 * Comparable mode: related reports that are not translations of each other (seed 002 vs
 * 000) share facts, not order. Every pair of paragraphs that shares rare enough names,
 * numbers or words, one of them told in at most two paragraphs of each report (of each
 * report-sized stretch, in a longer text), becomes a
 * link, scored by how surprising those shared facts are across the story (factWeights),
 * each name counted once; the rest stays unlinked. No order is imposed.
 */

/**
 * Shared facts (nats) below which two paragraphs are not linked: one fact found in a single
 * paragraph of each report is enough, a name the whole story repeats is not.
 */
const MIN_GAIN = 5;
/** Links kept per paragraph, best first, so a paragraph naming everyone does not link everywhere. */
const MAX_PER_PARAGRAPH = 3;
/** Gain at which the score reaches 1 − 1/e. */
const SCORE_SCALE = 10;
/** An item in more than this share of either report's paragraphs is the story's subject, not a fact. */
const MAX_SHARE = 0.25;
/** How much a shared item of each channel counts: figures and dates most, names next, terms least. */
const CHANNEL_FACT = [1, 0.8, 0.5];
/**
 * Body paragraphs of one report (in a longer text, of the report-sized stretch around a
 * link: text/stretch.ts) a fact may be in and still pin a link down: a report states
 * a fact once, and may recall it once more (a lede, then the body); its headline and
 * captions restate the body and are not counted. A name or word in more
 * paragraphs of either report is the story's setting ("Kabul", "Islamic"): it adds to a
 * link's weight but cannot make one, since such items turn up together in every paragraph
 * on that part of the story, not independently.
 */
const MAX_SPECIFIC = 2;
/**
 * News rarity (newsRarity) below which a shared word is the language of news, not a fact:
 * half way on its log scale, a word in more than about one news document in twelve
 * ("also", "officials", "years"). Below it a word's weight is small anyway; the floor keeps
 * many such words from adding up to a link, and out of the evidence shown.
 */
const MIN_WORD_RARITY = 0.5;
/** Shortest spelling two different names may share a link through ("Oman" is not "Iman"). */
const MIN_NEAR_NAME = 6;

const NEWS_DOCS: number = newsDf.documents;
const NEWS_DF: Record<string, number> = newsDf.df;
const NEWS_NUMBERS: Record<string, number> = newsDf.numbers;

/**
 * How much a word says in any news report, from 0 (in every document of real English news)
 * to 1 (in none): "also" or "government" link nothing, "embassy" or "annual" do. Words of
 * other scripts have no background here and count fully.
 */
function newsRarity(word: string): number {
  return rarityOf(NEWS_DF[word.toLowerCase()] ?? 0);
}

/**
 * The same for a figure: "20" (years, people) is in many news reports and says little alone,
 * "2500" or "114000" in none. Years are not in the table and count fully: a year dates a fact.
 */
function figureRarity(key: string): number {
  return rarityOf(NEWS_NUMBERS[key] ?? 0);
}

function rarityOf(df: number): number {
  return Math.log((NEWS_DOCS + 1) / (df + 1)) / Math.log(NEWS_DOCS + 1);
}

/**
 * Weight of each item as a shared fact: its surprise in a paragraph of each report,
 * ln(n_A / df_A) + ln(n_B / df_B), so Khalilzad or a sum named once on each side weighs
 * about 2 ln n and a name in every paragraph nothing.
 */
function factWeights(pair: PairTables, sides: [SideUnits, SideUnits], group: Int32Array, englishSide: 0 | 1): FactWeights {
  const t = pair.table;
  const count = pair.space.count;
  // Counted by fact, not by item: the forms of one stem ("release", "released") are one fact.
  const df = [new Float64Array(count), new Float64Array(count)] as const;
  // Body paragraphs telling each fact, in order: a headline or a caption restates the body.
  const told: [number[][], number[][]] = [[], []];
  const units = [0, 0];
  for (const s of [0, 1] as const) {
    t.items[s].forEach((list, u) => {
      if (sides[s].kind[u] === KIND_BOILERPLATE) return;
      units[s]!++;
      for (const g of new Set(Array.from(list, (x) => group[x]!))) {
        df[s][g]! += 1;
        if (sides[s].kind[u] === KIND_BODY) (told[s][g] ??= []).push(u);
      }
    });
  }
  const common = (x: number): boolean => df[0][group[x]!]! > MAX_SHARE * units[0]! || df[1][group[x]!]! > MAX_SHARE * units[1]!;
  const out = new Float64Array(count);
  for (let x = 0; x < count; x++) {
    const [fa, fb] = [df[0][group[x]!]!, df[1][group[x]!]!];
    if (!fa || !fb || common(x)) continue;
    const channel = pair.space.channel[x]!;
    const word = wordOf(pair.space.label[x]!, englishSide);
    // A month dates a fact as a year does; how often news names one depends on when it was written.
    const background = channel === CHANNEL_NUMBER ? figureRarity(pair.space.label[x]!) : englishMonth(word, false) >= 0 ? 1 : newsRarity(word);
    if (channel === CHANNEL_LEXICON && background < MIN_WORD_RARITY) continue;
    out[x] = (CHANNEL_FACT[channel] ?? 0) * background * (Math.log(units[0]! / fa) + Math.log(units[1]! / fb));
  }
  for (const x of namesOfCommonPeople(pair, common)) out[x] = 0;
  for (const x of nearShortNames(pair)) out[x] = 0;
  const lengths = [t.items[0].length, t.items[1].length] as const;
  const tellings = (s: 0 | 1, x: number, u: number): number => {
    const at = told[s][group[x]!];
    if (!at) return 0;
    return countWithin(at, reportAround(u, lengths[s]));
  };
  return { weight: out, specific: (x, p, q) => tellings(0, x, p) <= MAX_SPECIFIC && tellings(1, x, q) <= MAX_SPECIFIC };
}

interface FactWeights {
  weight: Float64Array;
  /** Whether item x is told at most MAX_SPECIFIC times in the report-sized stretches (text/stretch.ts) around paragraphs p (A) and q (B). */
  specific: (x: number, p: number, q: number) => boolean;
}


/**
 * The fact each item stands for. Word links that share a word on either side, or an
 * English stem, are one fact: "interests" and "interventionist" both read as مقابل are one
 * Arabic word, "release" and "released" one English one. Other items stand for themselves.
 */
function factGroups(pair: PairTables, englishSide: 0 | 1): Int32Array {
  const { count, channel, label, word } = pair.space;
  const parent = Int32Array.from({ length: count }, (_, x) => x);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  const seen = new Map<string, number>();
  const join = (key: string, x: number): void => {
    const y = seen.get(key);
    if (y === undefined) seen.set(key, x);
    else parent[find(x)] = find(y);
  };
  for (let x = 0; x < count; x++) {
    if (channel[x] !== CHANNEL_LEXICON) continue;
    join(`a${word[0][x]}`, x);
    join(`b${word[1][x]}`, x);
    join(`s${englishStem(wordOf(label[x]!, englishSide))}`, x);
  }
  return Int32Array.from({ length: count }, (_, x) => find(x));
}

/**
 * A word's stem for matching the same fact written in another form: reports paraphrase
 * one another, so "released" meets "release" and "releasing", "organizations" meets
 * "organization". Only inflections are cut (-s, -es, -ed, -ing, and a final e), never a
 * derivational suffix, so "nation" and "national" stay two words.
 */
export function englishStem(word: string): string {
  const lower = word.toLowerCase();
  let w = lower;
  if (/[^a-z]/.test(w) || /(ss|us|is)$/.test(w)) return w;
  if (/ies$/.test(w) && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/(ch|sh|x|z|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) w = w.slice(0, -1);
  else if (/ied$/.test(w) && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/ed$/.test(w) && w.length > 5) w = w.slice(0, -2);
  else if (/ing$/.test(w) && w.length > 6) w = w.slice(0, -3);
  // "stopped" → "stopp" → "stop"; "planning" → "plann" → "plan".
  if (w !== lower && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w.replace(/e$/, '');
}

/**
 * In one language, links between the words of A and B that share a stem (four letters or
 * more, not a name: a word that is also a name counts once, as the name).
 */
function sameStemLinks(vocab: PairVocabulary, nameKeys: Set<string>): LexiconLink[] {
  const byStem = new Map<string, string[]>();
  for (const w of vocab.words[1]) {
    if (w.length < 4 || nameKeys.has(w)) continue;
    const st = englishStem(w);
    byStem.set(st, [...(byStem.get(st) ?? []), w]);
  }
  const out: LexiconLink[] = [];
  for (const a of vocab.words[0]) {
    if (a.length < 4 || nameKeys.has(a)) continue;
    for (const b of byStem.get(englishStem(a)) ?? []) out.push({ a, b, pA: 0.5, pB: 0.5 });
  }
  return out;
}


/** Lower-cased words a text only ever writes capitalized: names and titles, which skeletons match. */
function alwaysCapitalized(texts: string[]): Set<string> {
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const t of texts) for (const w of splitWords(t)) (/^\p{Lu}/u.test(w) ? upper : lower).add(w.toLowerCase());
  return new Set([...upper].filter((w) => !lower.has(w)));
}
/** The word of an item's label: a lexicon label is "a=b" (the word of the English side), a name's is its key. */
function wordOf(label: string, englishSide: 0 | 1): string {
  const eq = label.indexOf('=');
  return eq > 0 ? (englishSide ? label.slice(eq + 1) : label.slice(0, eq)) : label;
}

/**
 * Names matched one edit apart although one spelling is short: within one script, "Oman"
 * and "Iman" are two names, while "Galzman" and "Gulzman" may well be one.
 */
function nearShortNames(pair: PairTables): number[] {
  const out: number[] = [];
  for (const [b, a] of pair.vocab.names) {
    if (a === b || Math.min(a.length, b.length) >= MIN_NEAR_NAME) continue;
    const id = pair.space.names[1].get(b);
    if (id !== undefined) out.push(id);
  }
  return out;
}

/**
 * Names that are one of the story's common names in another form: "Donald" and "Donald
 * Trump" when "Trump" is in every paragraph. A two-word name holding a common one is that
 * person, and so is each word inside it.
 */
function namesOfCommonPeople(pair: PairTables, common: (x: number) => boolean): number[] {
  const { channel, label } = pair.space;
  const names: number[] = [];
  for (let x = 0; x < pair.space.count; x++) if (channel[x] === CHANNEL_NAME && label[x]!.length >= 3) names.push(x);
  const commonLabels = names.filter(common).map((x) => label[x]!);
  const out: number[] = [];
  for (const p of names) {
    if (common(p) || !commonLabels.some((c) => c.length < label[p]!.length && label[p]!.includes(c))) continue;
    out.push(p);
    for (const x of names) if (x !== p && label[p]!.includes(label[x]!)) out.push(x);
  }
  return out;
}

/**
 * Shared items with each name counted once: "Donald", "Trump" and "Donald Trump" are one
 * name (a skeleton inside another's), counted at the weight of its strongest form.
 */
function distinctFacts(shared: number[], weight: Float64Array, pair: PairTables): number[] {
  const byWeight = [...new Set(shared)].filter((x) => weight[x]! > 0).sort((x, y) => weight[y]! - weight[x]! || x - y);
  const kept: number[] = [];
  const label = pair.space.label;
  for (const x of byWeight) {
    const isName = pair.space.channel[x] === CHANNEL_NAME;
    const same = isName && kept.some((k) => pair.space.channel[k] === CHANNEL_NAME && (label[k]!.includes(label[x]!) || label[x]!.includes(label[k]!)));
    if (!same) kept.push(x);
  }
  return kept;
}

/**
 * The names of one paragraph written next to each other, as groups of items: "Zalmay
 * Khalilzad", "Camp David", "President Donald Trump" are one name each, however many of
 * their words the other report also writes. Words count as neighbours only with nothing
 * but spaces between them ("Iran, Russia and China" are three).
 */
interface NameRun {
  items: number[];
  /** Where the run is written in the paragraph, for the evidence shown. */
  start: number;
  end: number;
}

function nameRuns(text: string, s: 0 | 1, sides: [SideUnits, SideUnits], pair: PairTables): NameRun[] {
  const names = (t: string): number[] => Array.from(itemIds(sides[s], t, s, pair)).filter((x) => pair.space.channel[x] === CHANNEL_NAME);
  const runs: NameRun[] = [];
  let run: NameRun | null = null;
  let prev: { word: string; start: number; end: number; own: number[] } | null = null;
  let inRun = false;
  let waiting = false;
  const close = (): void => {
    if (run && run.items.length > 1) runs.push({ ...run, items: [...new Set(run.items)] });
    run = null;
  };
  forEachWordSpan(text, (start, end) => {
    const word = text.slice(start, end);
    const own = names(word);
    const adjacent = prev !== null && /^[ \u00a0\u200c]+$/.test(text.slice(prev.end, start));
    // A pair's own item ("Camp David", "خليل زاد"), not the items of its two words read again.
    const single = new Set([...own, ...(adjacent ? prev!.own : [])]);
    const both = adjacent ? names(`${prev!.word} ${word}`).filter((x) => !single.has(x)) : [];
    // A word with no name of its own may still begin a pair with the next ("زلماي خليل
    // زاد"): the run waits one word before it ends.
    const continues = adjacent && run !== null && (inRun || waiting);
    if (both.length) {
      if (!continues) {
        close();
        run = { items: [], start: prev!.start, end };
      }
    } else if (own.length) {
      if (!(adjacent && run !== null && inRun)) {
        close();
        run = { items: [], start, end };
      }
    }
    waiting = !own.length && !both.length && adjacent && run !== null && inRun;
    if (!own.length && !both.length && !waiting) close();
    inRun = own.length > 0 || both.length > 0;
    if (run && inRun) {
      run.items.push(...own, ...both);
      run.end = end;
    }
    prev = { word, start, end, own };
  });
  close();
  return runs;
}

/**
 * Shared items with each name counted once: a name written with its neighbours in either
 * paragraph (nameRuns) is one fact with them, at the weight of its strongest item.
 */
function oncePerName(shared: number[], weight: Float64Array, runs: NameRun[]): number[] {
  const byWeight = [...shared].sort((x, y) => weight[y]! - weight[x]! || x - y);
  const kept: number[] = [];
  for (const x of byWeight) if (!kept.some((k) => runs.some((r) => r.items.includes(k) && r.items.includes(x)))) kept.push(x);
  return kept;
}

/** Item id → B paragraphs holding it. */
function postings(items: Int32Array[], count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  items.forEach((list, q) => {
    for (const x of list) out[x]!.push(q);
  });
  return out;
}

interface Candidate {
  a: number;
  b: number;
  gain: number;
  shared: number[];
}

/**
 * Pairs sharing at least one item, with their summed gain, via an inverted index; a pair is
 * a candidate when the gain is enough and one of its facts is specific around it (MAX_SPECIFIC).
 */
function candidates(pair: PairTables, sides: [SideUnits, SideUnits], texts: [string[], string[]], englishSide: 0 | 1): Candidate[] {
  const t = pair.table;
  const group = factGroups(pair, englishSide);
  const { weight, specific } = factWeights(pair, sides, group, englishSide);
  const post = postings(t.items[1], pair.space.count);
  const runCache: [Map<number, NameRun[]>, Map<number, NameRun[]>] = [new Map(), new Map()];
  const runsOf = (s: 0 | 1, u: number): NameRun[] => {
    let r = runCache[s].get(u);
    if (!r) runCache[s].set(u, (r = nameRuns(texts[s][u]!, s, sides, pair)));
    return r;
  };
  const out: Candidate[] = [];
  t.items[0].forEach((list, p) => {
    if (sides[0].kind[p] === KIND_BOILERPLATE) return;
    const byB = new Map<number, Candidate>();
    for (const x of list) {
      if (!(weight[x]! > 0)) continue;
      for (const q of post[x]!) {
        if (sides[1].kind[q] === KIND_BOILERPLATE) continue;
        let c = byB.get(q);
        if (!c) byB.set(q, (c = { a: p, b: q, gain: 0, shared: [] }));
        c.shared.push(x);
      }
    }
    for (const c of byB.values()) {
      const seen = new Set<number>();
      c.shared = distinctFacts(c.shared.filter((x) => !seen.has(group[x]!) && seen.add(group[x]!)), weight, pair);
      if (c.shared.filter((x) => pair.space.channel[x] === CHANNEL_NAME).length > 1) c.shared = oncePerName(c.shared, weight, [...runsOf(0, p), ...runsOf(1, c.b)]);
      c.gain = c.shared.reduce((sum, x) => sum + weight[x]!, 0);
      if (c.gain >= MIN_GAIN && c.shared.some((x) => specific(x, c.a, c.b))) out.push(c);
    }
  });
  return out;
}

/** Keeps a candidate only if it is among the best few of both its paragraphs. */
function keepBest(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((x, y) => y.gain - x.gain);
  const usedA = new Map<number, number>();
  const usedB = new Map<number, number>();
  return sorted.filter((c) => {
    const na = usedA.get(c.a) ?? 0;
    const nb = usedB.get(c.b) ?? 0;
    if (na >= MAX_PER_PARAGRAPH || nb >= MAX_PER_PARAGRAPH) return false;
    usedA.set(c.a, na + 1);
    usedB.set(c.b, nb + 1);
    return true;
  });
}

/** The words of a paragraph that carry an item, for a readable evidence string. */
function surface(text: string, side: 0 | 1, item: number, sides: [SideUnits, SideUnits], pair: PairTables): string {
  const words = splitWords(text);
  const ids = (w: string[]): Int32Array => itemIds(sides[side], w.join(' '), side, pair);
  for (const w of words) if (ids([w]).includes(item)) return w;
  for (let k = 0; k + 1 < words.length; k++) if (ids([words[k]!, words[k + 1]!]).includes(item)) return `${words[k]} ${words[k + 1]}`;
  return pair.space.label[item]!;
}

function itemIds(side: SideUnits, text: string, s: 0 | 1, pair: PairTables): Int32Array {
  const clues = side.doc.reader.read(text);
  const ids: number[] = [];
  for (const n of [...clues.names, ...clues.pairs]) {
    const id = pair.space.names[s].get(n);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

/** The whole name an item is part of in a paragraph ("Zalmay Khalilzad"), if it is written with neighbours. */
function runSurface(text: string, s: 0 | 1, item: number, sides: [SideUnits, SideUnits], pair: PairTables): string | undefined {
  const run = nameRuns(text, s, sides, pair).find((r) => r.items.includes(item));
  return run && text.slice(run.start, run.end);
}

/** The facts that made a link, strongest first (already in that order). */
function evidenceOf(c: Candidate, a: AlignDoc, b: AlignDoc, sides: [SideUnits, SideUnits], pair: PairTables): string[] {
  return c.shared.map((x) => {
      if (pair.space.channel[x] === CHANNEL_NUMBER) return `number ${pair.space.label[x]}`;
      if (pair.space.channel[x] === CHANNEL_LEXICON) return `term ${pair.space.label[x]}`;
      const sa = runSurface(a.paragraphs[c.a]!.text, 0, x, sides, pair) ?? surface(a.paragraphs[c.a]!.text, 0, x, sides, pair);
      const sb = runSurface(b.paragraphs[c.b]!.text, 1, x, sides, pair) ?? surface(b.paragraphs[c.b]!.text, 1, x, sides, pair);
      return sa === sb ? `name ${sa}` : `name ${sa} ~ ${sb}`;
    });
}

/** Links between paragraphs of two related reports, ordered by A then B paragraph. */
export function alignComparable(a: AlignDoc, b: AlignDoc, options: AlignOptions = {}): Link[] {
  const progress = new Progress(options.onProgress, options.signal);
  progress.stage(0, 0.5);
  const sides = prepareSides(a.paragraphs, b.paragraphs);
  const vocab = docVocabulary([sides[0].doc, sides[1].doc]);
  const same = sameScript(a.paragraphs, b.paragraphs);
  // In one language, shared rare words are facts too ("annual report", "praised"); a word
  // that is also a name is counted once, as the name.
  const nameKeys = new Set([...vocab.names.keys(), ...vocab.names.values()]);
  // The side whose words the news background and the stems read.
  const englishSide = b.lang.startsWith('en') && !a.lang.startsWith('en') ? 1 : 0;
  const capital = alwaysCapitalized((englishSide ? b : a).paragraphs.map((p) => p.text));
  // Across English and Arabic or Persian, the words the checks' general word table pairs
  // (learnt from news translations): "annual report" is التقرير السنوي. Names are left to
  // the skeletons, which match them better than any table.
  const words = same ? sameStemLinks(vocab, nameKeys) : priorLinks(vocab, a.lang, b.lang).filter((l) => {
    const en = englishSide ? l.b : l.a;
    // A month is capitalised but no name: "March" and مارس share no skeleton.
    if (englishMonth(en, false) >= 0) return true;
    return en.length >= 4 && !capital.has(en);
  });
  const pair = buildTables(sides[0], sides[1], vocab, [...userLexiconLinks(options.lexicon ?? []), ...words], { ratio: 1, variance: DEFAULT_VARIANCE });
  progress.stage(0.5, 1);
  const kept = keepBest(candidates(pair, sides, [a.paragraphs.map((p) => p.text), b.paragraphs.map((p) => p.text)], englishSide));
  const links = kept.map((c) => ({
    a: c.a,
    b: c.b,
    score: 1 - Math.exp(-c.gain / SCORE_SCALE),
    evidence: evidenceOf(c, a, b, sides, pair),
  }));
  progress.done();
  return links.sort((x, y) => x.a - y.a || x.b - y.b);
}
