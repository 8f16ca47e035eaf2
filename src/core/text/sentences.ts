import type { Sentence } from '../model';

/**
 * Sentence boundaries inside one paragraph. Intl.Segmenter knows Latin punctuation and
 * abbreviations; Arabic and Persian add the question mark ؟ and, in long run-on sentences,
 * nothing else reliable. We split after . ! ? ؟ … and also after ؛ (Arabic semicolon), which
 * Arabic news prose uses where English would end a sentence. The comma ، is not a boundary,
 * nor an ellipsis before an Arabic-script word (ellipsisBeforeCaseless).
 */

const EXTRA_BOUNDARY = /[؟؛۔]["'”»)\]]*\s+/g;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Returns spans covering the paragraph's non-space text, in order and non-overlapping. */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const cuts = new Set<number>();
  const latin = /^en/i.test(lang);
  for (const seg of segmenterFor(lang).segment(text)) if (!(latin ? afterAbbreviation(text, seg.index) : afterLatinAbbreviation(text, seg.index)) && !ellipsisBeforeCaseless(text, seg.index)) cuts.add(seg.index);
  for (const m of text.matchAll(EXTRA_BOUNDARY)) cuts.add(m.index + m[0].length);
  cuts.add(text.length);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Sentence[] = [];
  let start = 0;
  for (const cut of sorted) {
    if (cut <= start) continue;
    const span = trimSpan(text, start, cut);
    if (span) out.push(mergeIfFragment(out, span, text));
    start = cut;
  }
  return dedupeMerged(out);
}

/**
 * Titles that stand before a name and are not written at a sentence's end; the segmenter
 * cuts after them ("Mr." | "Adams said"), leaving a fragment no translation has.
 */
const TITLES = new Set(
  'mr mrs ms messrs dr st rev revd fr prof gen sen rep gov lt col capt cpt sgt cpl pvt maj adm cmdr cdr det insp supt hon pres mt ft gens sens reps'.split(' '),
);
/** Words that open a sentence after a dotted acronym ("…in the U.S. The next day…"). */
const OPENERS = new Set(
  'the a an he she it they we i you but and this that these those there then in on at for if when while after before as so his her its their our my some many most meanwhile however also now last one what why how who'.split(' '),
);

/**
 * Whether the segmenter's cut at `at` follows an ellipsis between two words of a script without
 * capitals (Arabic, Persian). An ellipsis ends an English sentence only before a capital ("very
 * inquisitive ... they aren't out to hurt you" is one sentence); Arabic script cannot say, and its
 * translations copy the English pause mid-sentence ("كنجكاو هستند ... بیرون نیستند"), so a cut
 * there would leave half a sentence that no translation has alone. After a Latin word the cut
 * stands: "Loading... وتابع" is a page's placeholder and the next sentence.
 */
function ellipsisBeforeCaseless(text: string, at: number): boolean {
  return /\p{Lo}\p{M}*\s*(?:\.\.\.|…)\s+$/u.test(text.slice(Math.max(0, at - 12), at)) && /^\p{Lo}/u.test(text.slice(at, at + 2));
}

/** Whether the segmenter's cut at `at` follows an abbreviation inside the sentence. */
function afterAbbreviation(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  const next = /^\s*["“‘'(]?(\p{L}+)/u.exec(text.slice(at, at + 40))?.[1];
  if (!before || !next || !before.endsWith('.')) return false;
  const word = before.replace(/^["“‘'(]+/, '').slice(0, -1);
  if (TITLES.has(word.toLowerCase()) && /^\p{Lu}/u.test(next)) return true;
  // An initial: "P. Diddy", "John F. Kennedy".
  if (/^\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(next)) return true;
  // A dotted acronym before a word that does not open a sentence: "U.S. Army".
  return /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && /^\p{Lu}/u.test(next) && !OPENERS.has(next.toLowerCase());
}

/**
 * Whether the cut at `at` follows an abbreviation written in Latin letters before a Latin
 * name, inside a text of another language: a Persian or Arabic translation copies "Dr.
 * PawPaw", "Dionisio A. Lind" or "P. Diddy" as the source writes them, and its segmenter,
 * reading that language's rules, ends a sentence at each stop.
 */
function afterLatinAbbreviation(text: string, at: number): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 24), at))?.[1]?.replace(/^["“‘'(«]+/, '');
  return !!before && /^[A-Za-z.]+\.$/.test(before) && /^\s*["“‘'(«]?[A-Z]/.test(text.slice(at, at + 4)) && afterAbbreviation(text, at);
}

function trimSpan(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A piece with no letter (a lone quote mark or "...") belongs to the sentence before it;
 * splitting there would give the reader a sentence made only of punctuation.
 */
function mergeIfFragment(out: Sentence[], span: Sentence, text: string): Sentence {
  const prev = out[out.length - 1];
  if (prev && !/\p{L}|\p{N}/u.test(text.slice(span.start, span.end))) {
    prev.end = span.end;
    return prev;
  }
  return span;
}

function dedupeMerged(spans: Sentence[]): Sentence[] {
  return spans.filter((s, i) => spans.indexOf(s) === i);
}
