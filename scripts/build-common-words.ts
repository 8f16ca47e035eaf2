/**
 * Builds src/core/checks/common-words.json: words of running news text that are common
 * words, not names, in Arabic, Persian and English. Learned from the DEVELOPMENT
 * half of NTREX (even-numbered documents; the odd ones are the checks benchmark's held-out
 * half): a word is common when it occurs in at least three documents and does not write a
 * name of the English line beside it (a capitalised English word it transliterates, by the
 * learned model). NTREX is CC BY-SA 4.0: the list carries that notice (common-words.LICENSE.md).
 * `npx tsx scripts/build-common-words.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex } from '../bench/corpus';
import '../src/core/checks/translitTable';
import { arabicLetters, MATCH_GAP, translitScore, useTranslitTable, type TranslitTable } from '../src/core/checks/translitModel';
import { foldForMatch } from '../src/core/text/normalize';

const ROOT = join(import.meta.dirname, '..');
const MIN_DOCS = 3;

// NEWS_QUARTER=1 (or 2) learns from every other development document only (n % 4 = 0, or 2),
// as scripts/build-translit.ts mines them, and COMMON_OUT=file writes the list there: the
// checks bench then judges the other quarter with lists that never read it.
// TRANSLIT_TABLE=file: the table mined from those same documents, to tell names from words.
if (process.env.TRANSLIT_TABLE) useTranslitTable(JSON.parse(readFileSync(process.env.TRANSLIT_TABLE, 'utf8')) as TranslitTable);
const quarter = Number(process.env.NEWS_QUARTER ?? 0);
const docs = loadNtrex()
  .filter((d) => d.en.length >= 4)
  .filter((_, n) => (quarter ? n % 4 === (quarter === 2 ? 2 : 0) : n % 2 === 0));
const arabicDf = new Map<string, Set<string>>();
const nameLike = new Set<string>();
const englishDf = new Map<string, Set<string>>();
for (const d of docs) {
  d.en.forEach((line, k) => {
    const caps = [...line.matchAll(/\b[A-Z][a-z]{1,}\b/g)].map((m) => m[0]);
    for (const m of line.matchAll(/\b[a-z]{2,}\b/g)) englishDf.set(m[0], (englishDf.get(m[0]) ?? new Set()).add(d.id));
    for (const side of [d.ar[k], d.fa[k]]) {
      for (const raw of (side ?? '').split(/[^\u0600-\u06ff\u200c]+/)) {
        const w = foldForMatch(raw).replace(/\u200c/g, '');
        if (!arabicLetters(w)) continue;
        arabicDf.set(w, (arabicDf.get(w) ?? new Set()).add(d.id));
        if (caps.some((c) => translitScore(c, w.replace(/^(و|ف)?(ب|ل|ك)?(ال)/, '')).gap <= MATCH_GAP || translitScore(c, w).gap <= MATCH_GAP)) nameLike.add(w);
      }
    }
  });
}
const arabic = [...arabicDf.entries()].filter(([w, s]) => s.size >= MIN_DOCS && !nameLike.has(w)).map(([w]) => w).sort();
const english = [...englishDf.entries()].filter(([, s]) => s.size >= MIN_DOCS).map(([w]) => w).sort();
writeFileSync(process.env.COMMON_OUT ?? join(ROOT, 'src/core/checks/common-words.json'), JSON.stringify({ arabic, english }) + '\n');
console.log(`${arabic.length} Arabic-script and ${english.length} English common words (${nameLike.size} name-like words kept out)`);
