/**
 * Builds src/core/checks/omission-lexicon.json: English–Arabic and English–Persian word pairs
 * that keep meeting in the same sentence of real human translations, so the omission check
 * can tell whether a sentence's words are in the other version even in a short document that
 * teaches no lexicon of its own. Learned from the development half of NTREX-128 only
 * (`corpora/ntrex/`, CC BY-SA 4.0; even-numbered documents as the checks bench numbers them:
 * the held-out half stays unseen), one sentence per line on both sides. Words are keyed as
 * the checks read them, cut to their first letters (a crude stem: "minister", "ministers";
 * الوزير, الوزراء share little else), and paired by Dice's coefficient over sentences, each
 * word keeping its few best partners. The table carries NTREX's notice in
 * omission-lexicon.LICENSE.md. `npx tsx scripts/build-omission-lexicon.ts`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex } from '../bench/corpus';
import { ClueReader, lowerVocabulary, splitWords } from '../src/core/align/extract';
import { lexStem } from '../src/core/checks/omissionLexicon';

const ROOT = join(import.meta.dirname, '..');
/** Meetings a pair needs: once is coincidence. */
const MIN_COUNT = 2;
const MIN_DICE = 0.3;
/** Stems in more than this share of sentences are function words. */
const MAX_SHARE = 0.04;
const TOP_K = 3;

// The development half exactly as bench/checksCorpus.ts splits it.
const docs = loadNtrex()
  .filter((d) => d.en.length >= 4)
  .filter((_, n) => n % 2 === 0);

function stems(reader: ClueReader, line: string): string[] {
  const out = new Set<string>();
  for (const raw of splitWords(line)) {
    const key = reader.word(raw).key;
    if (key !== null) out.add(lexStem(key));
  }
  return [...out];
}

function learn(lang: 'ar' | 'fa'): Array<[string, string]> {
  const ea: string[][] = [];
  const eb: string[][] = [];
  for (const d of docs) {
    const [ra, rb] = [new ClueReader(lowerVocabulary(d.en)), new ClueReader(lowerVocabulary(d[lang]))];
    d.en.forEach((line, k) => {
      ea.push(stems(ra, line));
      eb.push(stems(rb, d[lang][k]!));
    });
  }
  const freq = (ss: string[][]) => {
    const f = new Map<string, number>();
    for (const s of ss) for (const w of s) f.set(w, (f.get(w) ?? 0) + 1);
    return f;
  };
  const [fa, fb] = [freq(ea), freq(eb)];
  const limit = MAX_SHARE * ea.length;
  const useful = (f: Map<string, number>) => (w: string) => f.get(w)! >= MIN_COUNT && f.get(w)! <= limit;
  const meet = new Map<string, number>();
  ea.forEach((wa, k) => {
    const wb = eb[k]!.filter(useful(fb));
    for (const a of wa.filter(useful(fa))) for (const b of wb) meet.set(`${a}\t${b}`, (meet.get(`${a}\t${b}`) ?? 0) + 1);
  });
  const scored: Array<{ a: string; b: string; dice: number }> = [];
  for (const [k, n] of meet) {
    const [a, b] = k.split('\t') as [string, string];
    const dice = (2 * n) / (fa.get(a)! + fb.get(b)!);
    if (n >= MIN_COUNT && dice >= MIN_DICE) scored.push({ a, b, dice });
  }
  // Each word keeps its best partners, on both sides.
  scored.sort((x, y) => y.dice - x.dice || (x.a + x.b < y.a + y.b ? -1 : 1));
  const [na, nb] = [new Map<string, number>(), new Map<string, number>()];
  const out: Array<[string, string]> = [];
  for (const { a, b } of scored) {
    if ((na.get(a) ?? 0) >= TOP_K || (nb.get(b) ?? 0) >= TOP_K) continue;
    na.set(a, (na.get(a) ?? 0) + 1);
    nb.set(b, (nb.get(b) ?? 0) + 1);
    out.push([a, b]);
  }
  return out.sort((x, y) => (x[0] + '\t' + x[1] < y[0] + '\t' + y[1] ? -1 : 1));
}

const table = { ar: learn('ar').map((p) => p.join(' ')), fa: learn('fa').map((p) => p.join(' ')) };
writeFileSync(join(ROOT, 'src/core/checks/omission-lexicon.json'), JSON.stringify(table) + '\n');
console.log(`${table.ar.length} English–Arabic and ${table.fa.length} English–Persian pairs from ${docs.length} documents`);
