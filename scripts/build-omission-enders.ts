/**
 * Builds src/core/checks/omission-enders.json: the Persian words that end sentences, learnt
 * from the Persian translation of the development half of NTREX-128 only (`corpora/ntrex/`,
 * CC BY-SA 4.0; even-numbered documents as the checks bench numbers them: the held-out half
 * and the Dari translation stay unseen). Persian is verb-final, so these are its finite verbs
 * and copulas; the omission check cuts a sentence after one that stands inside it, where a
 * translation ran two sentences (or a headline and its first line) together without a stop.
 * A word is kept when it ends at least MIN_ENDS stopped sentences and a quarter of its uses.
 * `npx tsx scripts/build-omission-enders.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex } from '../bench/corpus';
import { splitWords } from '../src/core/align/extract';
import { splitSentences } from '../src/core/text/sentences';

const ROOT = join(import.meta.dirname, '..');
/** Stopped sentences a word must end: fewer is one story's habit. */
const MIN_ENDS = 4;
/** Share of a word's uses that end a sentence: nouns and particles end few of theirs. */
const MIN_SHARE = 0.25;

const docs = loadNtrex()
  .filter((d) => d.en.length >= 4)
  .filter((_, n) => n % 2 === 0);
const ends = new Map<string, number>();
const uses = new Map<string, number>();
for (const d of docs) {
  for (const line of d.fa) {
    for (const s of splitSentences(line, 'fa')) {
      const text = line.slice(s.start, s.end);
      const words = splitWords(text);
      for (const w of words) uses.set(w, (uses.get(w) ?? 0) + 1);
      const last = words[words.length - 1];
      if (last && /[.!?؟]["»”']*\s*$/.test(text)) ends.set(last, (ends.get(last) ?? 0) + 1);
    }
  }
}
const fa = [...ends]
  .filter(([w, n]) => n >= MIN_ENDS && n >= MIN_SHARE * uses.get(w)!)
  .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
  .map(([w]) => w);
writeFileSync(join(ROOT, 'src/core/checks/omission-enders.json'), `${JSON.stringify({ fa })}\n`);
console.log(`fa: ${fa.length} sentence-final words`);
