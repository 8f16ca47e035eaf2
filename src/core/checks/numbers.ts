import type { Bead, Flag } from '../model';
import { foldDigits, foldForMatch } from '../text/normalize';
import { linkedBeads, sideIndices, sideLength } from './beads';
import { makeFlag } from './flag';
import { arabicNumberEntry, numberPhrases, parseToken, type Entry } from './numberWords';
import { arabicForms, langName, type Token } from './tokens';
import { ARABIC, docTokens, tokensOf } from './docTokens';
import { memoPerWord } from '../text/memo';
import type { CheckDoc, CheckInput, Side } from './types';

/**
 * Check 4, numbers: a figure on one side of a linked bead that the other side lacks or writes
 * differently. Digits of every system are folded to ASCII and separators read ("2,500",
 * "٢٬٥٠٠" and "۲٬۵۰۰" are 2500). Numbers in words ("twenty", "عشرين", "بیست", "العاشرة بعد
 * المائة" for 110: numberWords.ts) and Hijri years
 * only ever confirm a figure, never raise a flag: a translator may spell a number out, and
 * Arabic duals ("أسبوعين", two weeks) hide numbers no word list can find. Months are
 * compared as a set ("يناير/كانون الثاني" is January twice).
 */

export interface NumberItem {
  /** Comparison key: "2500", "2.5", "month:8". */
  value: string;
  kind: 'digits' | 'word' | 'month';
  paragraph: number;
  start: number;
  end: number;
  /** Relative position in the bead side, for pairing repeated values. */
  pos: number;
  /** The figure times the scale word after it ("۵۹۰ هزار": "590000"), when one follows. */
  scaled?: string;
  /** A figure with one dot before three digits, read as thousands ("76.000": "76000"). */
  grouped?: string;
  /** A decade: "1980s", or a word naming one ("الثمانينيات", value "80"). */
  decade?: boolean;
  /** A time of day written with a dot ("7.55am"): its hour and minutes. */
  clock?: [string, string];
  /** Digits written on to Latin letters ("x86", "ISO9660", "Win32"): part of a name or code. */
  code?: boolean;
}

const DIGITS = /\d+(?:[.,]\d+)*/g;
/** What follows a time of day written "7.55am", "5.30 p.m.". */
const CLOCK_AFTER = /^\s?[ap]\.?m\b/i;

/** "2,500" → "2500", "2.5" → "2.5", "2,5" → "2.5" (a decimal comma has no group of three). */
/**
 * A text with Arabic-Indic and Persian digits as ASCII ones, of the same length (every digit
 * and separator is one unit). Persian and Arabic writers also group thousands with the Arabic
 * comma ("30،000"), which elsewhere separates list items: between digits before a group of
 * three it is read as a thousands comma.
 */
export function foldFigures(text: string): string {
  return foldDigits(text).replace(/(?<=\d)\u060c(?=\d{3}(?!\d))/g, ',');
}

export function numberKey(raw: string): string {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return raw.replace(/,/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(raw) && raw.split('.').length > 2) return raw.replace(/\./g, '');
  return raw.replace(/,/g, '.').replace(/^0+(?=\d)/, '');
}

const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/**
 * Gregorian month names in Arabic script, from CLDR through Intl: Arabic (Egypt's and the Gulf's),
 * the Levant's (كانون الثاني, شباط, …), and Iran's Persian, plus spellings CLDR lacks that news
 * writes (يونيه, جولای, اگوست). Folded as words are (ژوئن and ژوین are one key).
 */
const MONTH_LOCALES = ['ar', 'ar-SY', 'fa'];
const MONTH_SPELLINGS: Record<string, number> = { يونيه: 6, يوليه: 7, جولای: 7, اگوست: 8 };
/**
 * Names only some regions use, which other texts use as words: جوان is June in Tunis and
 * "young" in Tehran; ماي, اوت. They, and names of one or two letters, count as months beside a
 * figure or after the word "month".
 */
const REGIONAL_MONTH_LOCALES = ['fa-AF', 'ar-MA', 'ar-TN'];
const MONTH_WORDS = new Set(['ماه', 'شهر']);

interface MonthTables {
  single: ReadonlyMap<string, number>;
  /**
   * Each regional name's month, the language in whose texts it needs no context (Dari's, in
   * Persian), and for a name of one or two letters, the language whose own name it is (مه, Persian).
   */
  regional: ReadonlyMap<string, { month: number; ownLang: string | null; shortIn?: string }>;
  /** Names of two words, by their words joined with a space. */
  pairs: ReadonlyMap<string, number>;
  /** The first words of `pairs`: only after one of them is the next word read. */
  pairFirsts: ReadonlySet<string>;
}
let monthTables: MonthTables | null = null;
const arabicMonths = (): MonthTables => (monthTables ??= buildMonthTables());
function buildMonthTables(): MonthTables {
  const single = new Map<string, number>();
  const regional = new Map<string, { month: number; ownLang: string | null; shortIn?: string }>();
  const pairs = new Map<string, number>();
  const names = (locale: string): string[] => {
    const format = new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, { month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, m) => foldForMatch(format.format(new Date(Date.UTC(2021, m, 15)))));
  };
  // One or two letters (اب, مه, می) are words far more often than months: they need context.
  for (const locale of MONTH_LOCALES)
    names(locale).forEach((name, m) => {
      if (name.includes(' ')) pairs.set(name, m + 1);
      else if (name.length > 2) single.set(name, m + 1);
      else regional.set(name, { month: m + 1, ownLang: null, shortIn: locale.split('-')[0]! });
    });
  for (const [w, m] of Object.entries(MONTH_SPELLINGS)) single.set(foldForMatch(w), m);
  // Dari's names are months in any Persian text (the language tag does not tell Kabul from
  // Tehran); the Maghreb's are words or names across the Arab world (ماي: Theresa May).
  for (const locale of REGIONAL_MONTH_LOCALES)
    names(locale).forEach((name, m) => {
      if (!single.has(name) && !regional.has(name)) regional.set(name, { month: m + 1, ownLang: locale === 'fa-AF' && name.length > 2 ? 'fa' : null });
    });
  return { single, regional, pairs, pairFirsts: new Set([...pairs.keys()].map((p) => p.split(' ')[0]!)) };
}
/**
 * The Solar Hijri months by number, in Iran's names and Afghanistan's (حمل, ثور, … اسد, …),
 * from CLDR through Intl. Iran's names alone mean a text counts in Solar months, so that its
 * Gregorian months cannot be compared; Afghanistan's are also common words (اسد "lion", جدی
 * "serious"), so they count as months only after a day's number ("۲۴ اسد").
 */
interface SolarMonthTable {
  number: ReadonlyMap<string, number>;
  iran: ReadonlySet<string>;
}
let solarMonths: SolarMonthTable | null = null;
const solarMonthTable = (): SolarMonthTable => (solarMonths ??= buildSolarMonthTable());
function buildSolarMonthTable(): SolarMonthTable {
  const number = new Map<string, number>();
  const iran = new Set<string>();
  const numbers = new Intl.DateTimeFormat('en-u-ca-persian', { month: 'numeric', timeZone: 'UTC' });
  for (const locale of ['fa-IR', 'fa-AF']) {
    const names = new Intl.DateTimeFormat(`${locale}-u-ca-persian`, { month: 'long', timeZone: 'UTC' });
    // The first of each Solar month falls within a Gregorian year's 12 months: ask every 10 days.
    for (let d = 0; d < 366; d += 10) {
      const date = new Date(Date.UTC(2021, 0, 1 + d));
      const name = foldForMatch(names.format(date));
      number.set(name, Number(numbers.format(date)));
      if (locale === 'fa-IR') iran.add(name);
    }
  }
  return { number, iran };
}

/** Day, month and year of a Gregorian date in the Solar Hijri calendar (CLDR's, through Intl). */
const SOLAR_DATE = new Intl.DateTimeFormat('en-u-ca-persian', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
function solarDate(year: number, month: number, day: number): { month: number; day: number } {
  const parts = SOLAR_DATE.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { month: part('month'), day: part('day') };
}

/** Abbreviations news writes with a full stop ("Sept.", "Oct. 31"); May needs none. */
const EN_MONTH_ABBREVIATIONS = new Map([...EN_MONTHS.map((m, i) => [m.slice(0, 3), i] as const), ['sept', 8]]);

/** The month's index (0 for January) a capitalised English word names, or -1. */
export function englishMonth(word: string, dotAfter: boolean): number {
  const lower = word.toLowerCase();
  const i = EN_MONTHS.indexOf(lower);
  if (i >= 0 || !dotAfter) return i;
  return EN_MONTH_ABBREVIATIONS.get(lower) ?? -1;
}

/** Longest English month name: longer words need no lower-casing to be ruled out. */
const EN_MONTH_MAX = Math.max(...EN_MONTHS.map((m) => m.length));

/** Words before a name that "May" may be (Theresa May, Mrs May), not a month. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'lady', 'dame', 'sir', 'minister']);

/**
 * The month tokens[k] names, if it names one. `w` is arabicMonthWord(word) for an Arabic-script
 * word, null for another; `nearFigure` says whether a figure stands next to a token.
 */
function monthOf(text: string, lang: string, tokens: Token[], k: number, w: ArabicMonthWord | null, nearFigure: (t: Token) => boolean): number | undefined {
  const word = tokens[k]!.text;
  const prev = tokens[k - 1];
  if (!w) {
    // Lower-case ASCII first letters (most words) cannot be capitals: no lower-casing needed.
    // "mid-September": the month is the word's last part.
    // Tested for a dash first: the pattern is asked of every word of a book, few of which have one.
    const dash = word.includes('-') || word.includes('‐') ? /^\p{Ll}+[-‐](?=[^-‐]+$)/u.exec(word) : null;
    const part = dash ? word.slice(dash[0].length) : word;
    const c = part.charCodeAt(0);
    if (part.length > EN_MONTH_MAX || (c >= 0x61 && c <= 0x7a)) return undefined;
    const i = englishMonth(part, text.charAt(tokens[k]!.end) === '.');
    // "May" and "March" are also a verb; capitalised, they are months.
    if (i < 0 || !/^\p{Lu}/u.test(part)) return undefined;
    // "May" after a capitalised word that does not start a sentence, or after a title, is a
    // surname (Theresa May, Mrs May), unless a figure stands beside it ("May 30").
    if (i === 4 && prev && !tokens[k]!.afterBreak && /^\p{Lu}/u.test(prev.text) && !nearFigure(tokens[k]!)) {
      const sentenceStart = /(^|[.!?:"“«]\s*)$/.test(text.slice(0, prev.start));
      if (!sentenceStart || HONORIFICS.has(prev.text.toLowerCase())) return undefined;
    }
    return i + 1;
  }
  const next = tokens[k + 1];
  if (next !== undefined && w.pairFirst !== null) {
    const pair = arabicMonths().pairs.get(`${w.pairFirst} ${foldForMatch(next.text)}`);
    if (pair) return pair;
  }
  if (w.month !== null) return w.month;
  // A region's name in a text of its language is a month there (جون in Dari); elsewhere it needs context.
  const r = w.regional;
  if (r && (r.ownLang === lang || (prev && MONTH_WORDS.has(foldForMatch(prev.text))) || nearFigure(tokens[k]!))) return r.month;
  return undefined;
}

/**
 * What an Arabic-script word says of months, remembered per word (every word of a book is
 * asked): the month it names alone, its folded form when it may start a two-word month, and
 * whether it names a Solar Hijri month.
 */
interface ArabicMonthWord {
  month: number | null;
  /** The month the word names in some regions only (REGIONAL_MONTH_LOCALES), context needed but in ownLang. */
  regional: { month: number; ownLang: string | null; shortIn?: string } | null;
  pairFirst: string | null;
  solar: boolean;
  /** The Solar Hijri month the word names when a day's figure comes before it (solarMonthTable). */
  solarNumber: number | null;
}

/** A day of a Solar Hijri month as written ("۲۴ اسد"): the day's figure and the month's number. */
interface SolarDay {
  day: NumberItem;
  month: number;
}
function arabicMonthWord(word: string): ArabicMonthWord {
  // The word's first form is the word folded (arabicForms).
  const forms = arabicForms(word);
  const months = arabicMonths();
  const month = forms.map((f) => months.single.get(f)).find((n) => n !== undefined) ?? null;
  const regional = forms.map((f) => months.regional.get(f)).find((n) => n !== undefined) ?? null;
  const pairFirst = months.pairFirsts.has(forms[0]!) ? forms[0]! : null;
  const solarTable = solarMonthTable();
  const solarNumber = forms.map((f) => solarTable.number.get(f)).find((n) => n !== undefined) ?? null;
  return { month, regional, pairFirst, solar: forms.some((f) => solarTable.iran.has(f)), solarNumber };
}

/** Words that scale the figure before them (thousand, million, billion in the three languages). */
const SCALES: ReadonlySet<number> = new Set([1e3, 1e6, 1e9]);

/** Numbers, number words and months of some paragraphs of a document. */
export function numberItems(doc: CheckDoc, indices: number[]): NumberItem[] {
  return readNumbers(doc, indices).items;
}

/**
 * numberItems, and whether the paragraphs name a Solar Hijri month, read in one pass over
 * each paragraph's words (the months check needs both for every bead).
 */
function readNumbers(doc: CheckDoc, indices: number[]): { items: NumberItem[]; solar: boolean; solarDays: SolarDay[]; maybeMonths: NumberItem[] } {
  const out: NumberItem[] = [];
  const maybeMonths: NumberItem[] = [];
  const solarDays: SolarDay[] = [];
  let solar = false;
  // relativePos, with the side's length and each paragraph's offset summed once.
  const total = Math.max(1, sideLength(doc, indices));
  const before = new Map<number, number>();
  let sum = 0;
  for (const i of indices) {
    if (!before.has(i)) before.set(i, sum);
    sum += doc.paragraphs[i]?.text.length ?? 0;
  }
  for (const i of indices) {
    const text = doc.paragraphs[i]?.text ?? '';
    const offset = before.get(i)!;
    const folded = foldFigures(text);
    for (const m of folded.matchAll(DIGITS)) {
      const item: NumberItem = { value: numberKey(m[0]), kind: 'digits', paragraph: i, start: m.index, end: m.index + m[0].length, pos: (offset + m.index) / total };
      const clock = /^(\d{1,2})[.:](\d\d)$/.exec(m[0]);
      // "7.55am" is the hour and the minutes, which the other side may write "۷:۵۵".
      if (clock && CLOCK_AFTER.test(text.slice(item.end, item.end + 6))) item.clock = [numberKey(clock[1]!), numberKey(clock[2]!)];
      // "the 1980s", "دهه ۱۹۸۰" (Persian: the decade of 1980).
      if (/0$/.test(item.value) && (/^['’]?s\b/.test(text.slice(item.end, item.end + 3)) || /دهه\s*$/.test(text.slice(Math.max(0, item.start - 6), item.start)))) item.decade = true;
      // "76.000": thousands grouped with a dot, as Arabic news often writes them.
      if (/^\d{1,3}\.\d{3}$/.test(m[0])) item.grouped = m[0].replace('.', '');
      if (/[A-Za-z]/.test(text.charAt(m.index - 1))) item.code = true;
      out.push(item);
    }
    // Most paragraphs have no word that names a number, month or decade: nothing to read in their words.
    if (wordsQuiet(doc, i)) continue;
    const tokens = tokensOf(doc, i);
    // Each Arabic word looked up once, for its number word, month and decade alike.
    const words = tokens.map((t) => (t.arabic ? arabicNumberWord(t.text) : null));
    for (const ph of numberPhrases(tokens, words.map((w) => w?.entry))) {
      const [from, to] = [tokens[ph.from]!, tokens[ph.to]!];
      // "590 thousand", "۵۹۰ هزار", "٣ ملايين": the figure also stands for its value scaled, which
      // the other side may write in full ("590,000"); or it may write the figure and scale too.
      const figure = ph.from === ph.to && SCALES.has(ph.value) ? out.find((x) => x.kind === 'digits' && x.paragraph === i && x.end <= from.start && /^\s+$/.test(text.slice(x.end, from.start))) : undefined;
      if (figure && Number.isFinite(Number(figure.value))) figure.scaled = numberKey(String(Number(figure.value) * ph.value));
      out.push({ value: String(ph.value), kind: 'word', paragraph: i, start: from.start, end: to.end, pos: (offset + from.start) / total });
    }
    // Whether a figure of this paragraph stands next to a token (a comma or a space between).
    const nearFigure = (t: Token) =>
      out.some((x) => x.kind === 'digits' && x.paragraph === i && (/^[\s,]{1,2}$/.test(text.slice(x.end, t.start)) || /^[\s,]{1,2}$/.test(text.slice(t.end, x.start))));
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const nw = words[k] ?? null;
      const w = nw && nw.month;
      if (w?.solar) solar = true;
      if (w?.solarNumber) {
        // "۲۴ اسد": the day's figure just before the month's name.
        const day = out.find((x) => x.kind === 'digits' && x.paragraph === i && x.end <= t.start && /^\s*$/.test(text.slice(x.end, t.start)));
        if (day && Number(day.value) >= 1 && Number(day.value) <= 31) {
          solar = true;
          solarDays.push({ day, month: w.solarNumber });
        }
      }
      const tens = nw && nw.decade;
      if (tens !== null) out.push({ value: String(tens), kind: 'word', decade: true, paragraph: i, start: t.start, end: t.end, pos: (offset + t.start) / total });
      const month = monthOf(text, doc.lang, tokens, k, w, nearFigure);
      const maybe = month === undefined ? maybeMonthOf(t.text, w, doc.lang) : undefined;
      if (month !== undefined) out.push({ value: `month:${month}`, kind: 'month', paragraph: i, start: t.start, end: t.end, pos: (offset + t.start) / total });
      else if (maybe !== undefined) maybeMonths.push({ value: `month:${maybe}`, kind: 'month', paragraph: i, start: t.start, end: t.end, pos: (offset + t.start) / total });
    }
  }
  return { items: out, solar, solarDays, maybeMonths };
}

/**
 * Per word of a document's token table (docTokens), whether readNumbers' reading of the words
 * of a paragraph can take nothing from it, whatever stands beside it: no number word, month,
 * possible month or decade. Asked per word number, so a book's words are judged once each;
 * owned by the document, as its token table is.
 */
const quietWords = new WeakMap<CheckDoc, Uint8Array>();
const UNKNOWN = 0;
const QUIET = 1;
const SAYS = 2;

/** Whether no word of paragraph `i` gives readNumbers anything (wordQuiet). */
function wordsQuiet(doc: CheckDoc, i: number): boolean {
  const t = docTokens(doc);
  let quiet = quietWords.get(doc);
  if (!quiet) quietWords.set(doc, (quiet = new Uint8Array(t.words.length)));
  for (let k = t.from[i]!; k < t.from[i + 1]!; k++) {
    const n = t.word[k]!;
    let q = quiet[n]!;
    if (q === UNKNOWN) q = quiet[n] = wordQuiet(t.words[n]!, (t.flags[k]! & ARABIC) !== 0, doc.lang) ? QUIET : SAYS;
    if (q === SAYS) return false;
  }
  return true;
}

/**
 * Whether a word gives readNumbers nothing wherever it stands: numberPhrases starts no phrase
 * at it, monthOf and maybeMonthOf find no month in it, and (Arabic script) it names no decade.
 * Whether a word is Arabic script is read from its letters alone, so it is the word's.
 */
function wordQuiet(word: string, arabic: boolean, lang: string): boolean {
  if (arabic) {
    const nw = arabicNumberWord(word);
    const m = nw.month;
    return nw.entry === undefined && nw.decade === null && m.month === null && m.regional === null && m.pairFirst === null && !m.solar && m.solarNumber === null;
  }
  if (parseToken({ text: word, arabic: false }) !== undefined) return false;
  if (maybeMonthOf(word, null, lang) !== undefined) return false;
  // monthOf's test of a word of another script, with a dot after it or not.
  const dash = word.includes('-') || word.includes('‐') ? /^\p{Ll}+[-‐](?=[^-‐]+$)/u.exec(word) : null;
  const part = dash ? word.slice(dash[0].length) : word;
  const c = part.charCodeAt(0);
  if (part.length > EN_MONTH_MAX || (c >= 0x61 && c <= 0x7a)) return true;
  return englishMonth(part, true) < 0 || !/^\p{Lu}/u.test(part);
}

/**
 * The month a word may name but says nothing of alone: the document's language's own name of
 * one or two letters with no figure beside it (Persian مه, "fog" as often as May), or an English
 * abbreviation without its dot ("Apr", a calendar's label). It answers the other side's month,
 * never raises a flag. Another region's name is not one: جوان is "young" in Persian, June in Tunis.
 */
function maybeMonthOf(word: string, w: ArabicMonthWord | null, lang: string): number | undefined {
  if (w) return w.regional?.shortIn === lang ? w.regional.month : undefined;
  if (!/^\p{Lu}\p{Ll}{2,3}$/u.test(word)) return undefined;
  const i = EN_MONTH_ABBREVIATIONS.get(word.toLowerCase());
  return i === undefined ? undefined : i + 1;
}

/**
 * The tens an Arabic word for a decade names ("الثمانينيات", the eighties: 80), with the
 * article or a one-letter preposition before it, or null.
 */
const DECADE_TENS: Record<string, number> = { عشرين: 20, ثلاثين: 30, اربعين: 40, خمسين: 50, ستين: 60, سبعين: 70, ثمانين: 80, تسعين: 90 };
function arabicDecade(word: string): number | null {
  const m = /^(?:[وبلفك]?ال|[وبلفك])?(\p{L}+)يات$/u.exec(foldForMatch(word));
  return m ? (DECADE_TENS[m[1]!] ?? null) : null;
}

/** What an Arabic-script word says of months and decades, remembered per word: one lookup for every word of a book. */
const arabicNumberWord = memoPerWord(
  (word: string): { month: ArabicMonthWord; decade: number | null; entry: Entry | undefined } => ({ month: arabicMonthWord(word), decade: arabicDecade(word), entry: arabicNumberEntry(word) }),
);

function aliases(x: NumberItem): string[] {
  const out = yearAliases(x.value);
  if (x.scaled) out.push(x.scaled);
  if (x.grouped) out.push(x.grouped);
  return out;
}

/** Gregorian years a Hijri year may stand for (solar: +621/622; lunar: ×0.97 + 622). */
function yearAliases(value: string): string[] {
  const y = Number(value);
  if (!/^\d{4}$/.test(value) || y < 1300 || y > 1500) return [value];
  const lunar = Math.round(y * 0.970224 + 621.5643);
  return [value, String(y + 621), String(y + 622), String(lunar - 1), String(lunar), String(lunar + 1)];
}

/** A figure worth a flag: not a single digit (often spelt out) unless it is a percentage. */
function flaggable(item: NumberItem, text: string): boolean {
  if (item.kind === 'word') return false;
  if (item.kind === 'month') return true;
  return item.value.replace('.', '').length >= 2 || /^\s*(%|٪|percent|per cent)/.test(text.slice(item.end));
}

interface Pairing {
  pairs: Array<[NumberItem, NumberItem]>;
  restA: NumberItem[];
  restB: NumberItem[];
}

/** Pairs items that `same` accepts, nearest positions first; returns pairs and leftovers. */
export function pairUp(as: NumberItem[], bs: NumberItem[], same: (x: NumberItem, y: NumberItem) => boolean): Pairing {
  const cands: Array<[number, number, number]> = [];
  as.forEach((x, i) => bs.forEach((y, j) => same(x, y) && cands.push([Math.abs(x.pos - y.pos), i, j])));
  cands.sort((p, q) => p[0] - q[0]);
  const ua = new Set(as.map((_, i) => i));
  const ub = new Set(bs.map((_, j) => j));
  const pairs: Array<[NumberItem, NumberItem]> = [];
  for (const [, i, j] of cands) {
    if (ua.has(i) && ub.has(j)) {
      ua.delete(i);
      ub.delete(j);
      pairs.push([as[i]!, bs[j]!]);
    }
  }
  return { pairs, restA: [...ua].map((i) => as[i]!), restB: [...ub].map((j) => bs[j]!) };
}

/** One figure, whatever its digits (a Hijri year counts as the Gregorian years it may be). */
export function sameNumber(x: NumberItem, y: NumberItem): boolean {
  if (x.kind === 'month' || y.kind === 'month') return false;
  // "the 1980s" and "the eighties" (الثمانينيات): the word names no century.
  if (x.decade && y.decade && (x.kind === 'word') !== (y.kind === 'word')) {
    const [digits, word] = x.kind === 'word' ? [y, x] : [x, y];
    return digits.value.slice(-2) === word.value;
  }
  const ya = aliases(x);
  return aliases(y).some((v) => ya.includes(v));
}

interface BeadCtx {
  input: CheckInput;
  bead: Bead;
}

function docOf(ctx: BeadCtx, side: Side): CheckDoc {
  return side === 'a' ? ctx.input.a : ctx.input.b;
}

function display(doc: CheckDoc, item: NumberItem): string {
  return doc.paragraphs[item.paragraph]!.text.slice(item.start, item.end);
}

/** "August" and "2021" next to each other are one date: one flag over both. */
function mergeAdjacent(doc: CheckDoc, items: NumberItem[]): NumberItem[] {
  const sorted = [...items].sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  const out: NumberItem[] = [];
  for (const it of sorted) {
    const last = out[out.length - 1];
    const gap = last && last.paragraph === it.paragraph ? doc.paragraphs[it.paragraph]!.text.slice(last.end, it.start) : null;
    if (last && gap !== null && /^[\s,،/-]{0,3}$/.test(gap) && (last.kind === 'month') !== (it.kind === 'month')) {
      out[out.length - 1] = { ...last, end: it.end, value: `${last.value} ${it.value}` };
    } else out.push(it);
  }
  return out;
}

function noun(item: NumberItem): string {
  if (item.value.includes(' ')) return 'date';
  return item.kind === 'month' ? 'month' : 'number';
}

function flagFor(ctx: BeadCtx, side: Side, item: NumberItem, kind: string, other?: NumberItem): Flag {
  const doc = docOf(ctx, side);
  const otherSide: Side = side === 'a' ? 'b' : 'a';
  const otherDoc = docOf(ctx, otherSide);
  const text = display(doc, item);
  const [me, them] = [langName(doc.lang), langName(otherDoc.lang)];
  const evidence =
    kind === 'number-differs'
      ? `${me} has ${text} where ${them} has ${display(otherDoc, other!)}`
      : `${me} has ${text} here; the ${them} has no such ${noun(item)}`;
  return makeFlag({
    check: 'number-mismatch',
    docId: doc.id,
    span: { side, paragraph: item.paragraph, start: item.start, end: item.end },
    text,
    paragraphs: { a: ctx.bead.a, b: ctx.bead.b },
    evidence,
    ...(other ? { suggestion: display(otherDoc, other) } : {}),
    data: { kind, text, value: item.value, ...(other ? { otherValue: other.value, sourceText: display(otherDoc, other) } : {}) },
  });
}

/**
 * Figures that number their paragraphs, as verses and list items are numbered: one at a
 * paragraph's start or end that runs on by one from the figure at the same edge of the
 * paragraph before or after. One side may number its verses and the other leave that to the
 * page, so such a figure says nothing about the text's own numbers. Per document, by paragraph:
 * the offsets of its numbering figures.
 */
function numbering(doc: CheckDoc): ReadonlyMap<number, ReadonlySet<number>> {
  let found = numberingOf.get(doc);
  if (found) return found;
  found = new Map();
  const edges = doc.paragraphs.map((p) => {
    const text = foldFigures(p.text);
    const lead = LEADING_FIGURE.exec(text);
    const trail = TRAILING_FIGURE.exec(text);
    return [lead ? { value: Number(lead[1]), start: lead.index + lead[0].indexOf(lead[1]!) } : null, trail ? { value: Number(trail[1]), start: trail.index + trail[0].indexOf(trail[1]!) } : null] as const;
  });
  let count = 0;
  for (let i = 0; i < edges.length; i++) {
    for (const side of [0, 1] as const) {
      const e = edges[i]![side];
      if (!e) continue;
      const before = edges[i - 1]?.[side];
      const after = edges[i + 1]?.[side];
      if (before?.value !== e.value - 1 && after?.value !== e.value + 1) continue;
      const starts = found.get(i) ?? new Set<number>();
      found.set(i, starts.add(e.start));
      count++;
    }
  }
  if (count < NUMBERING_MIN) found.clear();
  numberingOf.set(doc, found);
  return found;
}

const numberingOf = new WeakMap<CheckDoc, Map<number, Set<number>>>();
const LEADING_FIGURE = /^\s*[([﴿]?\s*(\d{1,4})\s*[)\]﴾.:-]?(?=\s)/u;
const TRAILING_FIGURE = /(?<=\s)[([﴿]?\s*(\d{1,4})\s*[)\]﴾]?\s*$/u;
/** Fewer numbering figures than this in a document are more likely figures of its text. */
const NUMBERING_MIN = 3;

function beadFlags(ctx: BeadCtx): Flag[] {
  const [da, db] = [ctx.input.a, ctx.input.b];
  const ra = readNumbers(da, sideIndices(ctx.bead, 'a'));
  const rb = readNumbers(db, sideIndices(ctx.bead, 'b'));
  const [ia, ib] = [ra.items, rb.items];
  // "15 August 2021" and "۲۴ اسد ۱۴۰۰" are one date: its two day figures are not two numbers.
  const sameDay = new Set([...datedDays(da, ia, rb.solarDays), ...datedDays(db, ib, ra.solarDays)]);
  const num = (xs: NumberItem[]) => xs.filter((x) => x.kind !== 'month' && !sameDay.has(x));
  const paired = pairUp(num(ia), num(ib), sameNumber);
  const spaced = new Set([
    ...spacedRuns(da, paired.restA, paired.restB),
    ...spacedRuns(db, paired.restB, paired.restA),
    ...clockParts(db, paired.restA, paired.restB),
    ...clockParts(da, paired.restB, paired.restA),
  ]);
  const numbered = (doc: CheckDoc) => (x: NumberItem) => x.kind === 'digits' && numbering(doc).get(x.paragraph)?.has(x.start) === true;
  const [na, nb] = [numbered(da), numbered(db)];
  const [ua, ub] = [paired.restA.filter((x) => !spaced.has(x) && !na(x)), paired.restB.filter((x) => !spaced.has(x) && !nb(x))];
  const keep = (doc: CheckDoc, xs: NumberItem[]) => xs.filter((x) => flaggable(x, doc.paragraphs[x.paragraph]!.text));
  const flags: Flag[] = [];
  // A figure on each side near the same place, of the same shape (year or not): one number changed.
  const isYear = (x: NumberItem) => /^(19|20)\d\d$/.test(x.value);
  const changed = pairUp(keep(da, ua), keep(db, ub), (x, y) => isYear(x) === isYear(y) && Math.abs(x.pos - y.pos) < 0.25);
  for (const [x, y] of changed.pairs) flags.push(flagFor(ctx, 'a', x, 'number-differs', y));
  // "the 1930s" with no figure across: the other side may name the decade in words we cannot
  // read; flagged alone only when that side names a decade (الثمانينيات) and it is another.
  const decadeKept = (others: NumberItem[]) => (x: NumberItem) => !x.decade || others.some((y) => y.decade);
  // The digits of a name or code ("x86", "ISO9660") are a figure to compare, but a translation
  // may leave out, write out or translate the name as a whole: with no figure left unmatched
  // across, they are no flag.
  const kept = (others: NumberItem[], left: NumberItem[]) => (x: NumberItem) => decadeKept(others)(x) && !(x.code && !left.length);
  const [fa, fb] = [changed.restA.filter(kept(ib, changed.restB)), changed.restB.filter(kept(ia, changed.restA))];
  const months = ra.solar || rb.solar ? { a: [], b: [] } : monthsUnmatched(ia, ib, ra.maybeMonths, rb.maybeMonths);
  for (const x of mergeAdjacent(da, [...fa, ...months.a])) flags.push(flagFor(ctx, 'a', x, 'number-added'));
  for (const y of mergeAdjacent(db, [...fb, ...months.b])) flags.push(flagFor(ctx, 'b', y, 'number-missing'));
  return flags;
}

/**
 * The day figures of Gregorian dates on one side ("15 August", "August 15", with the year after
 * them if written) that the other side writes as a Solar Hijri day, and those Solar days: both
 * stand for one date. Without a year the date may fall a day either way.
 */
function datedDays(doc: CheckDoc, items: NumberItem[], solarDays: SolarDay[]): NumberItem[] {
  if (!solarDays.length) return [];
  const out: NumberItem[] = [];
  const near = (x: NumberItem, y: NumberItem) =>
    x.paragraph === y.paragraph && /^[\s,]{0,2}$/.test(doc.paragraphs[x.paragraph]!.text.slice(Math.min(x.end, y.end), Math.max(x.start, y.start)));
  for (const m of items.filter((x) => x.kind === 'month')) {
    const month = Number(m.value.slice('month:'.length));
    const day = items.find((x) => x.kind === 'digits' && near(x, m) && /^\d{1,2}$/.test(x.value) && Number(x.value) >= 1 && Number(x.value) <= 31);
    if (!day) continue;
    const year = items.find((x) => x !== day && x.kind === 'digits' && /^(19|20)\d\d$/.test(x.value) && x.start > m.start && (near(x, m) || near(x, day)));
    // Without a year, Nowruz may fall a day either way of where a given year puts it; a leap
    // year stands for all, so that 29 February is a day.
    const shifts = year ? [0] : [-1, 0, 1];
    const candidates = shifts.map((s) => solarDate(year ? Number(year.value) : 2020, month, Number(day.value) + s));
    const match = solarDays.find((s) => candidates.some((c) => c.month === s.month && c.day === Number(s.day.value)));
    if (match) out.push(day, match.day);
  }
  return out;
}

/**
 * Figures in groups one space apart on one side ("0800 555 111", "116 123": telephone numbers)
 * that the other side writes as one run of digits, and that run: one number.
 */
function spacedRuns(doc: CheckDoc, rest: NumberItem[], otherRest: NumberItem[]): NumberItem[] {
  const wanted = new Map(otherRest.filter((y) => /^\d{4,}$/.test(y.value)).map((y) => [y.value, y]));
  if (!wanted.size) return [];
  const digits = rest.filter((x) => x.kind === 'digits' && /^\d+$/.test(doc.paragraphs[x.paragraph]!.text.slice(x.start, x.end)));
  digits.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
  const out: NumberItem[] = [];
  for (let from = 0; from < digits.length; from++) {
    let raw = doc.paragraphs[digits[from]!.paragraph]!.text.slice(digits[from]!.start, digits[from]!.end);
    for (let to = from + 1; to < digits.length; to++) {
      const [x, y] = [digits[to - 1]!, digits[to]!];
      if (x.paragraph !== y.paragraph || doc.paragraphs[x.paragraph]!.text.slice(x.end, y.start) !== ' ') break;
      raw += doc.paragraphs[y.paragraph]!.text.slice(y.start, y.end);
      const whole = wanted.get(numberKey(foldDigits(raw)));
      if (whole) {
        out.push(...digits.slice(from, to + 1), whole);
        wanted.delete(whole.value);
        from = to;
        break;
      }
    }
  }
  return out;
}

/** Times of day on one side ("7.55am") that the other writes as hour and minutes ("۷:۵۵"), and those. */
function clockParts(otherDoc: CheckDoc, rest: NumberItem[], otherRest: NumberItem[]): NumberItem[] {
  const out: NumberItem[] = [];
  for (const x of rest) {
    if (!x.clock) continue;
    const hour = otherRest.find((h) => h.kind === 'digits' && h.value === x.clock![0] && !out.includes(h));
    const minutes = hour && otherRest.find((m) => m.kind === 'digits' && m.paragraph === hour.paragraph && m.value === x.clock![1] && /^\s?[:.]\s?$/.test(otherDoc.paragraphs[m.paragraph]!.text.slice(hour.end, m.start)));
    if (hour && minutes) out.push(x, hour, minutes);
  }
  return out;
}

/**
 * Months one side names and the other does not (as sets), where a word the other side has
 * that may name the month (maybeMonthOf) also answers it; the caller rules out Solar months.
 */
function monthsUnmatched(ia: NumberItem[], ib: NumberItem[], maybeA: NumberItem[], maybeB: NumberItem[]): { a: NumberItem[]; b: NumberItem[] } {
  const ma = ia.filter((x) => x.kind === 'month');
  const mb = ib.filter((x) => x.kind === 'month');
  const va = new Set([...ma, ...maybeA].map((x) => x.value));
  const vb = new Set([...mb, ...maybeB].map((x) => x.value));
  return { a: ma.filter((x) => !vb.has(x.value)), b: mb.filter((x) => !va.has(x.value)) };
}

/** Check 4 over every linked bead. */
export function checkNumbers(input: CheckInput): Flag[] {
  return linkedBeads(input.beads).flatMap((bead) => beadFlags({ input, bead }));
}
