/**
 * Normalisation for matching, never for display: the text a user reads is only NFC-composed.
 * Folding (digits, Arabic/Persian letter variants, diacritics) produces comparison keys.
 */

/** Canonical composition plus unified line endings; the only change made to stored text. */
export function toNfc(text: string): string {
  const nfc = text.normalize('NFC');
  // Most files have no carriage return: a search for one is far cheaper than the replace.
  return nfc.includes('\r') ? nfc.replace(/\r\n?/g, '\n') : nfc;
}

const ARABIC_INDIC_ZERO = 0x0660; // ٠..٩
const PERSIAN_ZERO = 0x06f0; // ۰..۹

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits become ASCII; separators ٫ ٬ become . and , */
export function foldDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c === 0x066b) return '.';
    if (c === 0x066c) return ',';
    const zero = c >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_INDIC_ZERO;
    return String(c - zero);
  });
}

/** Harakat, Quranic marks, superscript alef: optional in running text, so ignored in keys. */
const ARABIC_DIACRITICS = /[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const TATWEEL = /\u0640/g;
/** ZWNJ and friends join or split Persian words visually; they carry no letters. */
const ZERO_WIDTH = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Letter variants that writers and keyboards swap freely: alef forms, Persian and Arabic
 * yeh/kaf, teh marbuta and heh, waw/yeh with hamza. Folding them lets "كابول" find "کابل"'s
 * letters and Persian "ی" find Arabic "ي".
 */
const LETTER_FOLDS: Record<string, string> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064a', // ى alef maksura
  '\u06cc': '\u064a', // ی Persian yeh
  '\u06d2': '\u064a', // ے
  '\u0626': '\u064a', // ئ
  '\u06a9': '\u0643', // ک Persian kaf
  '\u06aa': '\u0643', // ڪ
  '\u0629': '\u0647', // ة teh marbuta
  '\u06c0': '\u0647', // ۀ
  '\u06d5': '\u0647', // ە
  '\u0624': '\u0648', // ؤ
};
const LETTER_FOLD_RE = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/**
 * Code units every step of foldForMatch leaves alone: lower-case ASCII letters and the
 * Arabic-script base letters that are no fold source. None is a mark or composes under
 * NFC, none has case, so a word made only of them is its own key (most words of running
 * Arabic and Persian text are: the aligner folds tens of thousands per document).
 */
const FOLD_FIXED = ((): Uint8Array => {
  const fixed = new Uint8Array(0x0700);
  for (let c = 0x61; c <= 0x7a; c++) fixed[c] = 1; // a–z
  for (let c = 0x0621; c <= 0x063a; c++) fixed[c] = 1; // ء–غ
  for (let c = 0x0641; c <= 0x064a; c++) fixed[c] = 1; // ف–ي
  for (const c of [0x067e, 0x0686, 0x0698, 0x06a4, 0x06af]) fixed[c] = 1; // پ چ ژ ڤ گ
  for (const ch of Object.keys(LETTER_FOLDS)) fixed[ch.charCodeAt(0)] = 0;
  return fixed;
})();

function isFoldFixed(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= FOLD_FIXED.length || FOLD_FIXED[c] === 0) return false;
  }
  return true;
}

/** A comparison key: NFC, digits folded, Arabic/Persian variants folded, lower case. */
export function foldForMatch(text: string): string {
  if (isFoldFixed(text)) return text;
  return foldDigits(text.normalize('NFC'))
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(ZERO_WIDTH, '')
    .replace(LETTER_FOLD_RE, (ch) => LETTER_FOLDS[ch] ?? ch)
    .toLowerCase();
}

/** Same as foldForMatch but keeps ZWNJ positions as spaces, for word splitting in Persian. */
export function foldForWords(text: string): string {
  return foldForMatch(text.replace(/\u200c/g, ' '));
}
