import { memoPerWord } from './memo';
import { foldForMatch } from './normalize';

/**
 * Cross-script name skeletons. A proper name written in Latin letters and the same name in
 * Arabic or Persian letters share their consonants, not their vowels: "Trump" and "ترامب",
 * "Khalilzad" and "خليل زاد", "Haqqani" and "حقاني". The skeleton keeps one class letter per
 * consonant, drops vowels (and the long-vowel letters ا و ي written inside a word), and puts
 * consonants that transliterations swap into one class (p/b, v/f, g/j/q/k, s/sh, t/th...).
 * Two spellings of one name usually get the same skeleton; a garbled one ('Zawassi' for
 * زلماي) usually does not. It is a comparison key only, never shown to a reader.
 *
 * Classes: B F T D S Z K H L M N R, plus W and Y for a word-initial w/v/و and y/ي.
 */

/** Arabic-script letters (after foldForMatch) to their class; absent letters are vowels. */
const ARABIC_CLASS: Record<string, string> = {
  '\u0628': 'B', // ب
  '\u067e': 'B', // پ
  '\u0641': 'F', // ف
  '\u06a4': 'F', // ڤ
  '\u062a': 'T', // ت
  '\u0637': 'T', // ط
  '\u062b': 'T', // ث (th)
  '\u062f': 'D', // د
  '\u0636': 'D', // ض
  '\u0633': 'S', // س
  '\u0635': 'S', // ص
  '\u0634': 'S', // ش
  '\u0632': 'Z', // ز
  '\u0630': 'Z', // ذ (dh, z in Persian)
  '\u0638': 'Z', // ظ
  '\u0698': 'Z', // ژ
  '\u0642': 'K', // ق
  '\u0643': 'K', // ك (Persian ک is folded to it)
  '\u06af': 'K', // گ
  '\u063a': 'K', // غ
  '\u062e': 'K', // خ
  '\u062c': 'K', // ج
  '\u0686': 'K', // چ
  '\u062d': 'H', // ح
  '\u0647': 'H', // ه (dropped at the end of a word, where it writes a vowel)
  '\u0644': 'L', // ل
  '\u0645': 'M', // م
  '\u0646': 'N', // ن
  '\u0631': 'R', // ر
};
const WAW = 0x0648;
const YEH = 0x064a;
const HEH = 0x0647;

/** Latin digraphs that write one consonant, longest first. */
const LATIN_DIGRAPHS: Array<[string, string]> = [
  ['sch', 'S'],
  ['kh', 'K'],
  ['gh', 'K'],
  ['ch', 'K'],
  ['ck', 'K'],
  ['qu', 'K'],
  ['sh', 'S'],
  ['zh', 'Z'],
  ['th', 'T'],
  ['dh', 'Z'],
  ['ph', 'F'],
];
/** LATIN_DIGRAPHS by first letter, in their order: each letter tries only its own. */
const DIGRAPHS_BY_FIRST = new Map<string, Array<[string, string]>>();
for (const d of LATIN_DIGRAPHS) DIGRAPHS_BY_FIRST.set(d[0][0]!, [...(DIGRAPHS_BY_FIRST.get(d[0][0]!) ?? []), d]);
const LATIN_CLASS: Record<string, string> = {
  b: 'B', p: 'B', f: 'F', v: 'F', t: 'T', d: 'D', s: 'S', z: 'Z', k: 'K', q: 'K', g: 'K',
  j: 'K', h: 'H', l: 'L', m: 'M', n: 'N', r: 'R', x: 'KS',
};
const LATIN_VOWEL = /[aeiouyw]/;

/** True when the word is written (mostly) in Arabic script. */
export function isArabicScript(word: string): boolean {
  let arabic = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return false; // any A–Z, a–z
    if (c >= 0x0600 && c <= 0x06ff) arabic = true;
  }
  return arabic;
}

/** Repeated classes ("Haqqani", "خليل") are one consonant for matching purposes. */
function collapse(skeleton: string): string {
  // Skeletons are ASCII class letters: code units are characters.
  let k = 1;
  while (k < skeleton.length && skeleton.charCodeAt(k) !== skeleton.charCodeAt(k - 1)) k++;
  if (k >= skeleton.length) return skeleton;
  let out = skeleton.slice(0, k);
  for (; k < skeleton.length; k++) if (skeleton.charCodeAt(k) !== skeleton.charCodeAt(k - 1)) out += skeleton[k];
  return out;
}

function latinSkeleton(word: string): string {
  // Strip accents (é -> e) and an article prefix ("al-Qaeda", "el-Sisi"): the Arabic side
  // strips its ال the same way, so both keep only the name.
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/^(al|el|ul)[-‐ʼ'’]/, '');
  w = w.replace(/['’ʼ`‐-]/g, '');
  let out = '';
  for (let i = 0; i < w.length; ) {
    const di = DIGRAPHS_BY_FIRST.get(w[i]!)?.find(([g]) => w.startsWith(g, i));
    if (di) {
      out += di[1];
      i += di[0].length;
      continue;
    }
    const ch = w[i]!;
    // "ng" before a consonant or at the end is one sound (Washington ~ واشنطن).
    if (ch === 'n' && w[i + 1] === 'g' && !/[aeiouy]/.test(w[i + 2] ?? '')) {
      out += 'N';
      i += 2;
      continue;
    }
    if (i === 0 && (ch === 'w' || ch === 'y') && /[aeiou]/.test(w[1] ?? '')) out += ch === 'w' ? 'W' : 'Y';
    else if (ch === 'c') out += /[eiy]/.test(w[i + 1] ?? '') ? 'S' : 'K';
    else if (!LATIN_VOWEL.test(ch)) out += LATIN_CLASS[ch] ?? '';
    i++;
  }
  return out;
}

/** ARABIC_CLASS by code unit from U+0600 (the empty string for a vowel). */
const ARABIC_CLASS_AT: string[] = Array.from({ length: 0x100 }, (_, k) => ARABIC_CLASS[String.fromCharCode(0x600 + k)] ?? '');
const OUTSIDE_LETTERS = /[^\u0621-\u06ff]/g;

function arabicSkeleton(word: string): string {
  let w = foldForMatch(word);
  // Letters outside ء–ۿ are dropped (the test is cheaper than the replace, which most words do not need).
  OUTSIDE_LETTERS.lastIndex = 0;
  if (OUTSIDE_LETTERS.test(w)) w = w.replace(OUTSIDE_LETTERS, '');
  // The article: "الظواهري" is "Zawahiri", as "al-Zawahiri" is on the Latin side.
  const from = w.length > 4 && w.charCodeAt(0) === 0x0627 && w.charCodeAt(1) === 0x0644 ? 2 : 0;
  const last = w.length - from - 1;
  let out = '';
  for (let i = 0; i <= last; i++) {
    const c = w.charCodeAt(from + i);
    if (i === 0 && c === WAW) out += 'W';
    else if (i === 0 && c === YEH) out += 'Y';
    else if (c === HEH && i === last && i > 0) continue;
    else out += ARABIC_CLASS_AT[c - 0x600]!;
  }
  return out;
}

/**
 * The consonant skeleton of one name (a word, or several words written together: pass
 * "خليل زاد" to compare with "Khalilzad"). Empty when the word has no consonant.
 */
export const nameSkeleton: (name: string) => string = memoPerWord(skeletonOf);

/**
 * nameSkeleton without its memory, for a caller that asks each word once (a document's
 * distinct words): there the memory only adds a lookup and a store per word.
 */
export function skeletonOf(name: string): string {
  // One word (what the aligner passes, tens of thousands of times) needs no splitting.
  if (!/[\s\u200c]/.test(name)) return collapse(name ? partSkeleton(name) : '');
  const parts = name.split(/[\s\u200c]+/).filter(Boolean);
  return collapse(parts.map(partSkeleton).join(''));
}

function partSkeleton(part: string): string {
  return isArabicScript(part) ? arabicSkeleton(part) : latinSkeleton(part);
}

/** Edit distance between two skeletons (they are short, so the plain algorithm is fine). */
export function skeletonDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Whether two skeletons plausibly write the same name: equal, or one edit apart when the
 * longer has four classes or more and the shorter three ("Walz" WLZ ~ "والتز" WLTZ,
 * "Boehler" BHLR ~ "بولر" BLR). Shorter skeletons have too few consonants to survive an
 * edit and stay distinctive.
 */
export function skeletonsMatch(sa: string, sb: string): boolean {
  if (sa.length < 2 || sb.length < 2) return false;
  if (sa === sb) return true;
  return Math.max(sa.length, sb.length) >= 4 && Math.min(sa.length, sb.length) >= 3 && skeletonDistance(sa, sb) <= 1;
}

/** Whether two spellings plausibly write the same name (see skeletonsMatch). */
export function namesMatch(a: string, b: string): boolean {
  return skeletonsMatch(nameSkeleton(a), nameSkeleton(b));
}

/** Every skeleton one deletion away, for indexing near matches without comparing all pairs. */
export function skeletonDeletions(skeleton: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < skeleton.length; i++) out.add(skeleton.slice(0, i) + skeleton.slice(i + 1));
  return [...out];
}
