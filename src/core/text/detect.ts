import type { Dir, KnownLang } from '../model';

/**
 * Script and language detection for English, Arabic and Persian by counting letters.
 * Deliberately tiny: these three languages differ by script, and Arabic and Persian by a
 * handful of letters that each writes and the other does not.
 */

export type Script = 'latin' | 'arabic' | 'other' | 'none';

export interface Detection {
  lang: KnownLang | 'und';
  dir: Dir;
  script: Script;
  /** Share of letters in the winning script, in [0, 1]. */
  confidence: number;
}

// Persian writes پ چ ژ گ, Persian kaf ک and Persian yeh ی; Arabic writes ة ك ي ى and never
// needs the four extra letters. Counted per occurrence, each is weak evidence on its own.
const PERSIAN_ONLY = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/;
const ARABIC_ONLY = /[\u0629\u0643\u064a\u0649]/;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;
const LETTER = /\p{L}/u;

const C_UNKNOWN = 0;
const C_NONE = 1;
const C_LATIN = 2;
const C_ARABIC = 3;
const C_PERSIAN_ONLY = 4;
const C_ARABIC_ONLY = 5;
const C_OTHER = 6;

function classify(ch: string): number {
  if (LATIN.test(ch)) return C_LATIN;
  if (ARABIC_SCRIPT.test(ch)) {
    if (!LETTER.test(ch)) return C_NONE;
    return PERSIAN_ONLY.test(ch) ? C_PERSIAN_ONLY : ARABIC_ONLY.test(ch) ? C_ARABIC_ONLY : C_ARABIC;
  }
  return LETTER.test(ch) ? C_OTHER : C_NONE;
}

/**
 * Class of each UTF-16 unit, filled the first time it is seen: books ask about millions of
 * characters, drawn from a few hundred distinct ones, and a regular expression per
 * character was most of the time spent reading a book.
 */
const CLASS = new Uint8Array(0x10000);

interface Counts {
  latin: number;
  arabic: number;
  other: number;
  persianOnly: number;
  arabicOnly: number;
}

function count(text: string): Counts {
  const c: Counts = { latin: 0, arabic: 0, other: 0, persianOnly: 0, arabicOnly: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let k: number;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A character outside the first plane (rare): classified as it comes.
      k = classify(String.fromCodePoint(text.codePointAt(i)!));
      i++;
    } else {
      k = CLASS[code]!;
      if (k === C_UNKNOWN) k = CLASS[code] = classify(text[i]!);
    }
    if (k === C_LATIN) c.latin++;
    else if (k === C_OTHER) c.other++;
    else if (k >= C_ARABIC) {
      c.arabic++;
      if (k === C_PERSIAN_ONLY) c.persianOnly++;
      else if (k === C_ARABIC_ONLY) c.arabicOnly++;
    }
  }
  return c;
}

export function countScripts(text: string): { latin: number; arabic: number; other: number } {
  const { latin, arabic, other } = count(text);
  return { latin, arabic, other };
}

export function detectLanguage(text: string): Detection {
  const { latin, arabic, other, persianOnly, arabicOnly } = count(text);
  const total = latin + arabic + other;
  if (total === 0) return { lang: 'und', dir: 'ltr', script: 'none', confidence: 0 };
  if (arabic >= latin && arabic >= other) {
    // Ties (no distinctive letter at all) go to Arabic, the larger readership of the script.
    const lang: KnownLang = persianOnly > arabicOnly ? 'fa' : 'ar';
    return { lang, dir: 'rtl', script: 'arabic', confidence: arabic / total };
  }
  if (latin >= other) {
    // Only English among Latin-script languages is known; a user can override.
    return { lang: 'en', dir: 'ltr', script: 'latin', confidence: latin / total };
  }
  return { lang: 'und', dir: 'ltr', script: 'other', confidence: other / total };
}

/** Direction for any language tag, for user-chosen languages too. */
export function dirOf(lang: string): Dir {
  const base = lang.toLowerCase().split('-')[0] ?? '';
  return ['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug'].includes(base) ? 'rtl' : 'ltr';
}
