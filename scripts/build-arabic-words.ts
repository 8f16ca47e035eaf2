/**
 * Builds src/core/checks/arabic-words.json: Arabic and Persian dictionary words (Debian's
 * hunspell-ar 3.2 stems; the Persian words of Lilak as packaged by the devDependency
 * @cspell/dict-fa-ir, Apache 2.0; notices in arabic-words.LICENSE.md),
 * so that the name checks can tell a common word of the other script from a name in text
 * nobody tuned them on (the NTREX common-word list only knows the development half's words).
 * Dictionaries list names too (یونان, اسکار, آمازون), so a word is left out when it is a name
 * of the translit train splits or the model reads it as a name the lists know (its
 * romanisation, or a known name one letter from it that writes the word within 2 nats).
 * Words of 3 to 8 letters after folding, kept as sorted 24-bit hashes, delta-coded as
 * base-128 varints and base64 (about 1% of other words collide with one).
 *
 * Words of running text are added back when they carry a noun's inflections there, which a
 * transliterated name does not take (running-text word lists of Google's tessdata_fast for
 * Arabic and Persian, Apache 2.0, as Debian's tesseract-ocr-ara and -fas package them): قانون
 * reads as the name "Kanon", but running Arabic also writes القانون and قانونه ("its law").
 *
 *   apt-get download hunspell-ar && dpkg-deb -x hunspell-ar_*.deb dic
 *   apt-get install tesseract-ocr && apt-get download tesseract-ocr-ara tesseract-ocr-fas
 *   for l in ara fas; do dpkg-deb -x tesseract-ocr-${l}_*.deb tess; combine_tessdata -u tess/usr/share/tesseract-ocr/5/tessdata/$l.traineddata tess/$l.
 *     dawg2wordlist tess/$l.lstm-unicharset tess/$l.lstm-word-dawg tess/$l.words; done
 *   npx tsx scripts/build-arabic-words.ts dic/usr/share/hunspell tess
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { importTrie, iteratorTrieWords } from 'cspell-trie-lib';
import { foldForMatch } from '../src/core/text/normalize';
import { isKnownName, isPlaceName, nameHash } from '../src/core/checks/knownNames';
import { knownNeighbours } from '../src/core/checks/knownSlip';
import { gapWithin } from '../src/core/checks/modelMatch';
import { romanise } from '../src/core/checks/translitModel';
import { packDeltas } from '../src/core/checks/arabicWords';

const DIR = process.argv[2] ?? '/usr/share/hunspell';
const TESS = process.argv[3];
const TRANSLIT = join(import.meta.dirname, '..', 'corpora/translit');
const fold = (w: string) => foldForMatch(w).replace(/\u200c/g, '');

// ar.dic opens with a count and a stop-word section headed by "::::" lines; entries are word/flags.
const arabic = readFileSync(join(DIR, 'ar.dic'), 'utf8').split('\n').slice(1).filter((l) => l && !/^:|dic$/.test(l)).map((l) => l.split(/[/\t]/)[0]!);
// Lilak lists inflected forms too (with suffixes such as ها, ی, ش), as they stand in running
// text; cspell adds "~"-prefixed forms without diacritics, which folding makes the same word.
// Lilak is used rather than Debian's myspell-fa because that one is GPL only.
const lilak = join(dirname(createRequire(import.meta.url).resolve('@cspell/dict-fa-ir')), 'fa-IR.trie.gz');
const inflected = [...iteratorTrieWords(importTrie(gunzipSync(readFileSync(lilak)).toString('utf8').split('\n')))].map((w) => w.replace(/^~/, ''));
// Inflected forms are left out when their stem is listed (plural, possessive and ezafe
// endings), as in myspell-fa's stems: a longer list reads more of a name's letters as a word.
// The stem must have 4 letters, or a word that merely ends in an ending's letter (دانش, not
// دان + ش) would go too.
const lilakSet = new Set(inflected);
const persian = inflected.filter((w) => {
  for (const s of ['های', 'ها', 'هایی', 'ی', 'ای', 'یی', 'ش', 'م', 'ت', 'شان', 'تان', 'مان', 'ان', 'تر', 'ترین']) {
    if (w.length >= s.length + 4 && w.endsWith(s) && lilakSet.has(w.slice(0, -s.length))) return false;
  }
  return true;
});

const names = new Set<string>();
for (const line of readFileSync(join(TRANSLIT, 'wd_arabic_64.tsv'), 'utf8').split('\n')) {
  const a = line.split('\t')[1];
  if (a) names.add(fold(a.replace(/ /g, '')));
}
for (const line of readFileSync(join(TRANSLIT, 'google-ar2en-train.txt'), 'utf8').split('\n')) {
  const a = line.split('\t')[0];
  if (a) names.add(fold(a));
}
for (const n of [...names]) if (n.startsWith('\u0627\u0644') && n.length > 4) names.add(n.slice(2));

function readsAsName(f: string): boolean {
  for (const x of f.startsWith('\u0627\u0644') && f.length > 4 ? [f, f.slice(2)] : [f]) {
    const r = romanise(x).text;
    if (r.length < 2) continue;
    if (isKnownName(r) || isPlaceName(r)) return true;
    if (knownNeighbours(r).some((k) => gapWithin(k, [x], 2) <= 2)) return true;
  }
  return false;
}

/**
 * Words of a running-text list that it also writes inflected as nouns are, and names are not:
 * Arabic with the article and with a possessive ending (القانون, قانونه: a name has no "its");
 * Persian with a plural ending (قهرمانان), or such a word with the ی of a derived word (قهرمانی).
 * And Persian forms no name takes at all: a verb the list also writes with its negative prefix
 * (دارد, ندارد; ending as a verb's person does), a comparative with its superlative (بیشتر, بیشترین).
 */
function runningWords(file: string, arabicScript: 'arabic' | 'persian'): { nouns: string[]; verbs: string[] } {
  const list = new Set(readFileSync(file, 'utf8').split('\n').map((l) => l.trim().replace(/\u200c/g, '')).filter(Boolean));
  const noun = (w: string): boolean => {
    if (w.length < 3 || !list.has(w)) return false;
    if (arabicScript === 'persian') return ['\u0647\u0627', '\u0647\u0627\u06cc', '\u0627\u0646', '\u0627\u062a'].some((s) => list.has(w + s));
    if (w.startsWith('\u0627\u0644') || !list.has('\u0627\u0644' + w)) return false;
    const base = w.endsWith('\u0629') ? w.slice(0, -1) + '\u062a' : w;
    return ['\u0647', '\u0647\u0627', '\u0647\u0645'].some((s) => list.has(base + s));
  };
  if (arabicScript === 'arabic') return { nouns: [...list].filter(noun), verbs: [] };
  const verb = (w: string): boolean => !w.startsWith('\u0646') && list.has('\u0646' + w) && /(?:\u062f|\u0645|\u0647)$/.test(w);
  const comparative = (w: string): boolean => w.endsWith('\u062a\u0631') && list.has(w + '\u06cc\u0646');
  return {
    nouns: [...list].filter((w) => noun(w) || (w.endsWith('\u06cc') && noun(w.slice(0, -1)))),
    verbs: [...list].filter((w) => w.length >= 3 && (verb(w) || comparative(w))),
  };
}

function words(list: string[], running: { nouns: string[]; verbs: string[] }): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  // A noun of running text is a word even where it reads as a name the lists know; a verb is
  // one even where a name list writes a name so (دارد for "Dard").
  const attested = new Set(running.nouns.map(fold));
  const verbs = new Set(running.verbs.map(fold));
  for (const w of [...list, ...running.nouns, ...running.verbs]) {
    const f = fold(w);
    if (f.length < 3 || f.length > 8 || seen.has(f)) continue;
    seen.add(f);
    if (verbs.has(f) || (!names.has(f) && (attested.has(f) || !readsAsName(f)))) out.add(f);
  }
  return out;
}

const none = { nouns: [], verbs: [] };
const ar = words(arabic, TESS ? runningWords(join(TESS, 'ara.words'), 'arabic') : none);
const fa = words(persian, TESS ? runningWords(join(TESS, 'fas.words'), 'persian') : none);
const pack = (s: Set<string>) => packDeltas([...new Set([...s].map(nameHash))].sort((x, y) => x - y));
writeFileSync(join(import.meta.dirname, '..', 'src/core/checks/arabic-words.json'), JSON.stringify({ arabic: pack(ar), persian: pack(fa) }) + '\n');
console.log(`${ar.size} Arabic and ${fa.size} Persian dictionary words kept`);
