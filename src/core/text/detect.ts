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
const PERSIAN_ONLY = /[\u067e\u0686\u0698\u06af\u06a9\u06cc]/g;
const ARABIC_ONLY = /[\u0629\u0643\u064a\u0649]/g;
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN = /[A-Za-z\u00c0-\u024f]/;

export function countScripts(text: string): { latin: number; arabic: number; other: number } {
  let latin = 0;
  let arabic = 0;
  let other = 0;
  for (const ch of text) {
    if (LATIN.test(ch)) latin++;
    else if (ARABIC_SCRIPT.test(ch)) {
      if (/\p{L}/u.test(ch)) arabic++;
    } else if (/\p{L}/u.test(ch)) other++;
  }
  return { latin, arabic, other };
}

export function detectLanguage(text: string): Detection {
  const { latin, arabic, other } = countScripts(text);
  const total = latin + arabic + other;
  if (total === 0) return { lang: 'und', dir: 'ltr', script: 'none', confidence: 0 };
  if (arabic >= latin && arabic >= other) {
    const persian = (text.match(PERSIAN_ONLY) ?? []).length;
    const arabicOnly = (text.match(ARABIC_ONLY) ?? []).length;
    // Ties (no distinctive letter at all) go to Arabic, the larger readership of the script.
    const lang: KnownLang = persian > arabicOnly ? 'fa' : 'ar';
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
