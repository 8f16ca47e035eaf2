import { memoPerWord } from '../text/memo';
import { foldForMatch } from '../text/normalize';

/**
 * A rough Latin reading of an Arabic-script name, for evidence ("زلماي (Zalmay)") and as the
 * last-resort suggestion when no document of the story spells the name in Latin letters.
 * Arabic script leaves short vowels unwritten, so the reading guesses: long-vowel letters
 * become vowels, and an "a" goes between two opening consonants ("zlmay" → "Zalmay"). It is
 * a hint for a reviewer, never a standard romanisation.
 */

const LETTERS: Record<string, string> = {
  '\u0627': 'a', // ا
  '\u0621': '', // ء
  '\u0628': 'b',
  '\u067e': 'p', // پ
  '\u062a': 't',
  '\u062b': 'th',
  '\u062c': 'j',
  '\u0686': 'ch', // چ
  '\u062d': 'h',
  '\u062e': 'kh',
  '\u062f': 'd',
  '\u0630': 'dh',
  '\u0631': 'r',
  '\u0632': 'z',
  '\u0698': 'zh', // ژ
  '\u0633': 's',
  '\u0634': 'sh',
  '\u0635': 's',
  '\u0636': 'd',
  '\u0637': 't',
  '\u0638': 'z',
  '\u0639': '', // ع: no Latin letter; news spellings drop it
  '\u063a': 'gh',
  '\u0641': 'f',
  '\u06a4': 'v',
  '\u0642': 'q',
  '\u0643': 'k',
  '\u06af': 'g', // گ
  '\u0644': 'l',
  '\u0645': 'm',
  '\u0646': 'n',
  '\u0647': 'h',
};
const WAW = '\u0648';
const YEH = '\u064a';
const HEH = '\u0647';
const ALEF = '\u0627';

function isVowelOut(s: string): boolean {
  return /^[aeiou]$/.test(s);
}

/** Reads one word (folded: Persian ی and ک are Arabic ي and ك here). */
function readWord(word: string): string {
  let w = foldForMatch(word).replace(/[^\u0621-\u06ff]/g, '');
  let prefix = '';
  if (w.startsWith('\u0627\u0644') && w.length > 3) {
    prefix = 'al-';
    w = w.slice(2);
  }
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i]!;
    const prevOut = out[out.length - 1] ?? '';
    const nextCh = w[i + 1];
    if (ch === WAW) out += i === 0 || nextCh === ALEF || isVowelOut(prevOut) ? 'w' : 'u';
    else if (ch === YEH) out += i === 0 || nextCh === ALEF || nextCh === WAW || (isVowelOut(prevOut) && i === w.length - 1) || prevOut === 'a' ? 'y' : 'i';
    else if (ch === HEH && i === w.length - 1 && i > 0) out += 'a'; // final ه writes a vowel
    else out += LETTERS[ch] ?? '';
  }
  return prefix + out;
}

/** "zlmay" → "zalmay": a word cannot open on two consonants in these languages. */
function openVowel(word: string): string {
  const m = /^(kh|gh|sh|th|dh|zh|ch|[bcdfghjklmnpqrstvwxyz])([bcdfghjklmnpqrstvxz])/.exec(word);
  return m ? `${m[1]}a${word.slice(m[1]!.length)}` : word;
}

/**
 * Raw reading without guessed vowels or the article, for comparing letters with a Latin
 * spelling (latinKey drops "al-" too: "al-Qaeda" and "Qaeda" are one spelling).
 */
export function readingKey(name: string): string {
  return name
    .split(/[\s\u200c]+/)
    .filter(Boolean)
    .map((w) => readWord(w).replace(/^al-/, ''))
    .join('');
}

/** A readable guess: "زلماي" → "Zalmay", "سراج الدين" → "Saraj al-Din". */
export function transliterate(name: string): string {
  return name
    .split(/[\s\u200c]+/)
    .filter(Boolean)
    .map((w) => {
      const r = readWord(w);
      const parts = r.startsWith('al-') ? ['al-', r.slice(3)] : ['', r];
      const body = openVowel(parts[1]!);
      const cap = body.charAt(0).toUpperCase() + body.slice(1);
      return parts[0] + cap;
    })
    .join(' ');
}

/** A Latin spelling reduced for letter comparison: lower case, no accents, no doubled letters. */
export const latinKey: (name: string) => string = memoPerWord(latinKeyOf);

function latinKeyOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^(al|el)[-‐ʼ'’ ]+/, '')
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
}
