import { foldForMatch } from '../text/normalize';
import { arabicForms } from './tokens';
import { memoPerWord } from '../text/memo';

/**
 * Numbers written in words, read to their value: Arabic and Persian cardinals and ordinals
 * ("مائة وعشرة", "العاشرة بعد المائة", "صد و ده", "صد و دهم" are all 110) and English ones
 * ("one hundred and ten", "twenty-first"). A phrase is a run of number words joined by "و" /
 * "and" (and Arabic "بعد" before a hundred or a thousand: المادة العاشرة بعد المائة is Article
 * 110). Words are compared folded by foldForMatch (ة → ه, أ → ا, ئ → ي, ی → ي, ک → ك).
 */

type Kind = 'unit' | 'hundred' | 'scale';
export interface Entry {
  value: number;
  kind: Kind;
}

const table = new Map<string, Entry>();
function add(kind: Kind, value: number, words: string): void {
  for (const w of words.split(' ')) if (w) table.set(foldForMatch(w), { value, kind });
}

// Arabic cardinals (masculine and feminine, nominative and oblique) and ordinals.
const AR_UNITS: Array<[number, string]> = [
  [1, 'واحد واحده احد احدي اول اولي حادي حاديه'],
  [2, 'اثنان اثنين اثنتان اثنتين اثنا اثني اثنتا اثنتي ثاني ثانيه'],
  [3, 'ثلاث ثلاثه ثالث ثالثه'],
  [4, 'اربع اربعه رابع رابعه'],
  [5, 'خمس خمسه خامس خامسه'],
  [6, 'ست سته سادس سادسه'],
  [7, 'سبع سبعه سابع سابعه'],
  [8, 'ثمان ثماني ثمانيه ثامن ثامنه'],
  [9, 'تسع تسعه تاسع تاسعه'],
  [10, 'عشر عشره عاشر عاشره'],
  [20, 'عشرون عشرين'],
  [30, 'ثلاثون ثلاثين'],
  [40, 'اربعون اربعين'],
  [50, 'خمسون خمسين'],
  [60, 'ستون ستين'],
  [70, 'سبعون سبعين'],
  [80, 'ثمانون ثمانين'],
  [90, 'تسعون تسعين'],
];
for (const [v, ws] of AR_UNITS) add('unit', v, ws);
add('hundred', 100, 'مئه مائه مئويه');
add('unit', 200, 'مئتان مئتين مائتان مائتين');
for (const [v, stem] of [[3, 'ثلاث'], [4, 'اربع'], [5, 'خمس'], [6, 'ست'], [7, 'سبع'], [8, 'ثمان'], [9, 'تسع']] as const) {
  add('unit', v * 100, `${stem}مئه ${stem}مائه`);
}
add('scale', 1000, 'الف الاف آلاف');
add('unit', 2000, 'الفان الفين');
add('scale', 1e6, 'مليون ملايين');
add('scale', 1e9, 'مليار مليارات');

// Persian cardinals; ordinals add م (دهم) or مين (دهمين), except اول and نخست.
const FA: Array<[number, string]> = [
  [1, 'يك'], [2, 'دو'], [3, 'سه'], [4, 'چهار'], [5, 'پنج'], [6, 'شش'], [7, 'هفت'], [8, 'هشت'], [9, 'نه'],
  [10, 'ده'], [11, 'يازده'], [12, 'دوازده'], [13, 'سيزده'], [14, 'چهارده'], [15, 'پانزده'], [16, 'شانزده'],
  [17, 'هفده'], [18, 'هجده هيجده'], [19, 'نوزده'], [20, 'بيست'], [30, 'سي'], [40, 'چهل'], [50, 'پنجاه'],
  [60, 'شصت'], [70, 'هفتاد'], [80, 'هشتاد'], [90, 'نود'], [200, 'دويست'], [300, 'سيصد'], [400, 'چهارصد'],
  [500, 'پانصد'], [600, 'ششصد'], [700, 'هفتصد'], [800, 'هشتصد'], [900, 'نهصد'],
];
for (const [v, ws] of FA) for (const w of ws.split(' ')) add('unit', v, `${w} ${w}م ${w}مين`);
add('unit', 1, 'نخست نخستين');
add('unit', 3, 'سوم سومين');
add('hundred', 100, 'صد صدم صدمين يكصد');
add('scale', 1000, 'هزار هزارم');
add('scale', 1e6, 'ميليون');
add('scale', 1e9, 'ميليارد');

// English.
const EN = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
EN.forEach((w, i) => add('unit', i + 1, w));
const EN_ORD = 'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth'.split(' ');
EN_ORD.forEach((w, i) => add('unit', i + 1, w));
'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').forEach((w, i) => add('unit', (i + 2) * 10, `${w} ${w.slice(0, -1)}ieth`));
add('hundred', 100, 'hundred hundredth');
add('scale', 1000, 'thousand thousandth');
add('scale', 1e6, 'million millionth');
add('scale', 1e9, 'billion billionth');
add('unit', 12, 'dozen');

/** ASCII codes that some word of the table starts with. */
const ASCII_FIRST = new Uint8Array(0x80);
for (const w of table.keys()) if (w.charCodeAt(0) < 0x80) ASCII_FIRST[w.charCodeAt(0)] = 1;

/** The entry of a word: the word as folded, its clitic-free forms, then without the article. */
function entryOf(word: string, arabic: boolean): Entry | undefined {
  if (arabic) return arabicEntry(word);
  // Most words of a Latin text are ruled out by their first letter, without lower-casing them.
  const c = word.charCodeAt(0);
  if (c < 0x80 && !ASCII_FIRST[c >= 0x41 && c <= 0x5a ? c + 0x20 : c]) return undefined;
  return table.get(word.toLowerCase());
}

/** The entry of an Arabic-script word (entryOf), for a caller that remembers it with more of the word's facts. */
export function arabicNumberEntry(word: string): Entry | undefined {
  for (const f of arabicForms(word)) {
    const e = table.get(f) ?? table.get(f.replace(/^ال/, '')) ?? table.get(f.replace(/^و?ال/, ''));
    if (e) return e;
  }
  return undefined;
}

/** Remembered per word: every Arabic-script word of a book is asked, most of them many times. */
const arabicEntry = memoPerWord(arabicNumberEntry);

export interface NumberPhrase {
  /** Token indices, inclusive. */
  from: number;
  to: number;
  value: number;
}

const JOINERS = new Set(['و', 'and']);

/** Whether a token starts with the conjunction و fused to a number word ("وعشرون"). */
function fusedAnd(word: string): boolean {
  return /^[\u0648]/.test(word) && word.length > 2;
}

/**
 * Number phrases among tokens (text and whether it is Arabic-script). English hyphenated
 * numbers ("twenty-one") are read as one token. A lone word counts too ("عشرين" is 20).
 */
export function numberPhrases(tokens: ReadonlyArray<{ text: string; arabic: boolean }>, arabicEntries?: ReadonlyArray<Entry | undefined>): NumberPhrase[] {
  // `arabicEntries`: the Arabic tokens' entries (arabicNumberEntry) by token index, when the caller has them.
  const parse = (k: number): Entry[] | undefined => {
    const t = tokens[k];
    if (!t) return undefined;
    if (t.arabic && arabicEntries) {
      const e = arabicEntries[k];
      return e ? [e] : undefined;
    }
    return parseToken(t);
  };
  const out: NumberPhrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = parse(i);
    if (!first) {
      i++;
      continue;
    }
    const parts: Entry[][] = [first];
    let to = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j]!;
      const low = t.text.toLowerCase();
      if (JOINERS.has(low) && parse(j + 1)) continue;
      // "العاشرة بعد المائة": a number after a hundred or a thousand.
      if (t.arabic && low === 'بعد') {
        const next = parse(j + 1);
        if (next?.length === 1 && next[0]!.kind !== 'unit') {
          parts.push([{ value: next[0]!.value, kind: 'unit' }]);
          to = j + 1;
          j++;
          continue;
        }
        break;
      }
      const e = parse(j);
      if (!e) break;
      // Arabic and Persian join units with و, fused ("وعشرون") or apart ("بیست و یک").
      // A teen is written without it ("الحادي عشر", "ثلاثة عشر").
      const prev = parts[parts.length - 1]!;
      const teen = e[0]!.value === 10 && prev[0]!.value < 10;
      if (t.arabic && e[0]!.kind === 'unit' && prev[0]!.kind === 'unit' && !teen && !fusedAnd(t.text) && tokens[j - 1]!.text !== 'و') break;
      parts.push(e);
      to = j;
    }
    out.push({ from: i, to, value: valueOf(parts.flat()) });
    i = to + 1;
  }
  return out;
}

export function parseToken(t: { text: string; arabic: boolean }): Entry[] | undefined {
  if (!t.arabic && t.text.includes('-')) {
    const es = t.text.split('-').map((p) => entryOf(p, false));
    return es.every(Boolean) ? (es as Entry[]) : undefined;
  }
  const e = entryOf(t.text, t.arabic);
  return e ? [e] : undefined;
}

/** Units add up, a hundred multiplies what is before it, a scale closes a group. */
function valueOf(entries: Entry[]): number {
  let total = 0;
  let current = 0;
  for (const e of entries) {
    if (e.kind === 'unit') current += e.value;
    else if (e.kind === 'hundred') current = current && current < 100 ? current * 100 : current + 100;
    else {
      total += (current || 1) * e.value;
      current = 0;
    }
  }
  return total + current;
}
