import { arabicStem } from '../align/extract';
import { memoPerWord } from '../text/memo';
import { foldForWords } from '../text/normalize';
import { lexStem, wordTable } from '../text/wordTable';

/**
 * How a word or a famous name is conventionally translated into Arabic or Persian, read off
 * real data rather than a hand list: CLDR's names of countries, months and weekdays (Intl,
 * in Node and every browser) and the English–Arabic/Persian word table learnt from human
 * translations (src/core/text/wordTable.ts). Translations are compared as the word table
 * keys words: folded, article and conjunction off, cut to a stem.
 */

/** The stem a word of the other side is compared by (the word table's keying). */
export const otherStem: (word: string) => string = memoPerWord((word) => lexStem(arabicStem(foldForWords(word).replace(/\s+/g, ''))));

type Lang = 'ar' | 'fa';

const cldr: Partial<Record<Lang, Map<string, Set<string>>>> = {};

/** English one-word names of countries, months and weekdays → their stems in the language (CLDR). */
function cldrNames(lang: Lang): Map<string, Set<string>> {
  let m = cldr[lang];
  if (m) return m;
  m = new Map();
  const add = (en: string | undefined, other: string | undefined) => {
    if (!en || !other || /\s/.test(en.trim())) return;
    const key = en.toLowerCase();
    const s = m!.get(key) ?? new Set<string>();
    for (const w of other.split(/\s+/)) if (w) s.add(otherStem(w));
    m!.set(key, s);
  };
  try {
    const enNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    const otherNames = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (let i = 0; i < 26; i++)
      for (let j = 0; j < 26; j++) {
        const code = String.fromCharCode(65 + i, 65 + j);
        add(enNames.of(code), otherNames.of(code));
      }
    // Persian writes the Gregorian months by their European names only in the Gregorian calendar.
    const locale = lang === 'fa' ? 'fa-u-ca-gregory' : lang;
    const enMonth = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
    const otherMonth = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const enDay = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
    const otherDay = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let k = 0; k < 12; k++) {
      const d = new Date(Date.UTC(2021, k, 15));
      add(enMonth.format(d), otherMonth.format(d));
    }
    for (let k = 0; k < 7; k++) {
      const d = new Date(Date.UTC(2021, 0, 3 + k));
      add(enDay.format(d), otherDay.format(d));
    }
  } catch {
    // No CLDR data in this runtime: the word table still speaks.
  }
  cldr[lang] = m;
  return m;
}

/** CLDR's one-word names of countries, months and weekdays with their stems in the language. */
export function namedTranslations(lang: string): ReadonlyMap<string, ReadonlySet<string>> {
  const l = langOf(lang);
  return l ? cldrNames(l) : new Map();
}

function langOf(lang: string): Lang | null {
  return lang.startsWith('ar') ? 'ar' : lang.startsWith('fa') || lang.startsWith('prs') ? 'fa' : null;
}

/**
 * Stems of the conventional translations of an English word or name (lower-case letters)
 * in the language: CLDR's when it names a country, month or weekday (named), else the word table's.
 */
export function translationStems(letters: string, lang: string, notStem = ''): { stems: ReadonlySet<string>; named: boolean } {
  const l = langOf(lang);
  if (!l) return NONE;
  const named = cldrNames(l).get(letters);
  if (named) return { stems: named, named: true };
  // The word table knows stems only: one shared with the spelling judged says nothing of which was meant.
  if (lexStem(letters) === notStem) return NONE;
  const partners = wordTable(l)?.[0].get(lexStem(letters));
  return partners ? { stems: new Set(partners), named: false } : NONE;
}

const NONE = { stems: new Set<string>(), named: false };

