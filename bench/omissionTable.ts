/**
 * The English–Arabic and English–Persian word table of the omission check and the aligner's
 * literary path (src/core/text/wordTable.ts), learnt from NTREX-128 documents
 * (`corpora/ntrex/`, CC BY-SA 4.0), one sentence per line on both sides. Words are keyed as
 * the checks read them, cut to their first letters (a crude stem: "minister", "ministers"),
 * and paired where IBM model 1 (EM over the sentence pairs, both directions) gives each word
 * of the pair a fair share of the other's translations: Dice alone pairs two rare words of
 * one story that meet twice ("blood" with the Arabic for pigs). Each word keeps its few best
 * partners.
 *
 * The app ships the table learnt from all of NTREX; benches that judge NTREX text use the one
 * learnt from the development half only (even documents as the checks bench numbers them),
 * stored beside them in bench/word-table-dev.json, so the held-out half stays unseen.
 * Both are written by scripts/build-word-table.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClueReader, lowerVocabulary, splitWords } from '../src/core/align/extract';
import { lexStem, withWordTable, type WordTable } from '../src/core/text/wordTable';
import { loadNtrex, ROOT, type NtrexDoc } from './corpus';

export const DEV_TABLE_FILE = join(ROOT, 'bench', 'word-table-dev.json');

/** Meetings a pair needs: once is coincidence. */
const MIN_COUNT = 2;
/** Least translation probability, both ways. */
const MIN_T = 0.1;
const EM_ROUNDS = 6;
/** Stems in more than this share of sentences are function words. */
const MAX_SHARE = 0.04;
const TOP_K = 3;

/** The development half exactly as bench/checksCorpus.ts splits it. */
export function ntrexDevDocs(): NtrexDoc[] {
  return loadNtrex()
    .filter((d) => d.en.length >= 4)
    .filter((_, n) => n % 2 === 0);
}

/** The table learnt from `docs`, as the JSON stores it. */
export function learnWordTable(docs: NtrexDoc[]): WordTable {
  return { ar: learn(docs, 'ar').map((p) => p.join(' ')), fa: learn(docs, 'fa').map((p) => p.join(' ')) };
}

let devTable: WordTable | undefined;

/** The table learnt from NTREX's development half only. */
export function devWordTable(): WordTable {
  devTable ??= JSON.parse(readFileSync(DEV_TABLE_FILE, 'utf8')) as WordTable;
  return devTable;
}

/** Runs `fn` with the development-half table: for benches that judge NTREX text. */
export function onDevTable<T>(fn: () => T): T {
  return withWordTable(devWordTable(), fn);
}

let foldTables: { fold: Map<string, number>; tables: WordTable[] } | undefined;

/**
 * Runs `fn` with a table learnt from the other fold of the development half (its documents
 * taken alternately): the dev-half table has seen every dev sentence, the deleted ones
 * included, so on the dev half it knows words it would not know on unseen text.
 */
export function onDevFoldTable<T>(docId: string, fn: () => T): T {
  if (!foldTables) {
    const docs = ntrexDevDocs();
    const fold = new Map(docs.map((d, k) => [d.id, k % 2]));
    foldTables = { fold, tables: [0, 1].map((f) => learnWordTable(docs.filter((d) => fold.get(d.id) !== f))) };
  }
  const f = foldTables.fold.get(docId);
  if (f === undefined) throw new Error(`${docId} is not a development document`);
  return withWordTable(foldTables.tables[f]!, fn);
}

function stems(reader: ClueReader, line: string): string[] {
  const out = new Set<string>();
  for (const raw of splitWords(line)) {
    const key = reader.word(raw).key;
    if (key !== null) out.add(lexStem(key));
  }
  return [...out];
}

function learn(docs: NtrexDoc[], lang: 'ar' | 'fa'): Array<[string, string]> {
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
  const fwd = model1(ea, eb, useful(fa), useful(fb));
  const bwd = model1(eb, ea, useful(fb), useful(fa));
  const scored: Array<{ a: string; b: string; dice: number }> = [];
  for (const [k, n] of meet) {
    const [a, b] = k.split('\t') as [string, string];
    const [p, q] = [fwd.get(`${a}\t${b}`) ?? 0, bwd.get(`${b}\t${a}`) ?? 0];
    if (n >= MIN_COUNT && p >= MIN_T && q >= MIN_T) scored.push({ a, b, dice: Math.sqrt(p * q) });
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

/** IBM model 1: t(target word | source word) by EM over sentence pairs, with a NULL source word. */
function model1(src: string[][], tgt: string[][], okS: (w: string) => boolean, okT: (w: string) => boolean): Map<string, number> {
  const S = src.map((s) => ['\0', ...s.filter(okS)]);
  const T = tgt.map((t) => t.filter(okT));
  let t = new Map<string, number>();
  for (let round = 0; round < EM_ROUNDS; round++) {
    const count = new Map<string, number>();
    const total = new Map<string, number>();
    S.forEach((ss, k) => {
      for (const f of T[k]!) {
        let z = 0;
        for (const e of ss) z += t.get(`${e}\t${f}`) ?? 1;
        for (const e of ss) {
          const c = (t.get(`${e}\t${f}`) ?? 1) / z;
          count.set(`${e}\t${f}`, (count.get(`${e}\t${f}`) ?? 0) + c);
          total.set(e, (total.get(e) ?? 0) + c);
        }
      }
    });
    t = new Map([...count].map(([k, c]) => [k, c / total.get(k.split('\t')[0]!)!]));
  }
  return t;
}
