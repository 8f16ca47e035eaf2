import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadNtrex, rng, ROOT, type GoldBead, type NtrexDoc } from './corpus';

/**
 * Book-like pairs built from real human translations, for the benches: files of one
 * paragraph per line (as a user's CLI input) with the gold beads between their lines.
 *
 * - `bookPair`: chapters of NTREX news (English with the human Arabic or Persian
 *   translation), each under its real headline, body lines grouped into paragraphs of one to
 *   four sentences, some of them bulleted lists, and tables of short labels (CLDR's names of
 *   countries, languages and scripts, translated by CLDR's translators). Editors' changes:
 *   paragraphs merged or split (about 10% of lines), left out, or added on the translation
 *   side. Books past NTREX's 123 articles repeat them in a new order with new groupings.
 * - `literaryPair`: sentence-level text (one sentence per line) where the translation joins
 *   runs of two to eight sentences into one long sentence with commas and "و", as a
 *   literary translator into Arabic often does (and, more rarely, splits the other way).
 *   The joins are made by this code on NTREX's sentence-by-sentence human translation: the
 *   words are a translator's, the sentence boundaries are ours.
 * - `unrelatedPair`: two texts that are not translations of each other (the translation
 *   side takes other articles), for the aligner's time when it should give up.
 */

export interface LinePair {
  a: string[];
  b: string[];
  links: GoldBead[];
}

export type TargetLang = 'ar' | 'fa';

interface Label {
  en: string;
  ar: string;
  fa: string;
}

let labels: Label[] | undefined;

export function loadLabels(): Label[] {
  labels ??= readFileSync(join(ROOT, 'corpora/cldr/labels.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const [, , en, ar, fa] = l.split('\t');
      return { en: en!, ar: ar!, fa: fa! };
    });
  return labels;
}

function shuffled<T>(xs: T[], rand: () => number): T[] {
  const out = xs.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const k = Math.floor(rand() * (i + 1));
    [out[i], out[k]] = [out[k]!, out[i]!];
  }
  return out;
}

class Builder {
  a: string[] = [];
  b: string[] = [];
  links: GoldBead[] = [];
  link(as: string[], bs: string[]): void {
    const ia = as.map((t) => this.a.push(t) - 1);
    const ib = bs.map((t) => this.b.push(t) - 1);
    if (ia.length && ib.length) this.links.push({ a: ia, b: ib });
  }
}

const BULLET = '• ';

/** Paragraph sizes in lines: mostly one or two sentences, some long ones. */
function paragraphSize(rand: () => number): number {
  const r = rand();
  return r < 0.4 ? 1 : r < 0.7 ? 2 : r < 0.9 ? 3 : 4;
}

function chapter(out: Builder, doc: NtrexDoc, lang: TargetLang, rand: () => number, foreign: string[]): void {
  const en = doc.en;
  const tr = doc[lang];
  out.link([en[0]!], [tr[0]!]);
  let k = 1;
  while (k < en.length) {
    const r = rand();
    if (r < 0.06 && en.length - k >= 3) {
      // A bulleted list of short items, one per line on both sides.
      const items = Math.min(en.length - k, 2 + Math.floor(rand() * 4));
      for (let x = 0; x < items; x++, k++) out.link([BULLET + en[k]!], [BULLET + tr[k]!]);
      continue;
    }
    const size = Math.min(en.length - k, paragraphSize(rand));
    const para = (src: string[], from: number, to: number): string => src.slice(from, to).join(' ');
    const edit = rand();
    if (edit < 0.06 && k + size < en.length) {
      // Two paragraphs of the original are one in the translation.
      const size2 = Math.min(en.length - k - size, paragraphSize(rand));
      out.link([para(en, k, k + size), para(en, k + size, k + size + size2)], [para(tr, k, k + size + size2)]);
      k += size + size2;
    } else if (edit < 0.1 && size >= 2) {
      const cut = 1 + Math.floor(rand() * (size - 1));
      out.link([para(en, k, k + size)], [para(tr, k, k + cut), para(tr, k + cut, k + size)]);
      k += size;
    } else if (edit < 0.12) {
      out.link([para(en, k, k + size)], []);
      k += size;
    } else {
      if (edit < 0.13 && foreign.length) out.link([], [foreign[Math.floor(rand() * foreign.length)]!]);
      out.link([para(en, k, k + size)], [para(tr, k, k + size)]);
      k += size;
    }
  }
}

function table(out: Builder, lang: TargetLang, rand: () => number): void {
  const all = loadLabels();
  const rows = 4 + Math.floor(rand() * 12);
  const from = Math.floor(rand() * (all.length - rows));
  for (let x = 0; x < rows; x++) out.link([all[from + x]!.en], [all[from + x]![lang]]);
}

/** A book of about `size` paragraphs on side A (English), its translation on side B. */
export function bookPair(size: number, lang: TargetLang = 'ar', seed = 1, pick: (k: number) => boolean = () => true): LinePair {
  const docs = loadNtrex().filter((_, k) => pick(k));
  const rand = rng(seed);
  const out = new Builder();
  for (let cycle = 0; out.a.length < size; cycle++) {
    for (const doc of shuffled(docs, rand)) {
      if (out.a.length >= size) break;
      const foreign = docs[(docs.indexOf(doc) + 40) % docs.length]![lang];
      chapter(out, doc, lang, rand, foreign);
      if (rand() < 0.2) table(out, lang, rand);
    }
  }
  return out;
}

function joinSentences(parts: string[], lang: 'en' | TargetLang): string {
  const bare = (s: string): string => s.replace(/[.!?؟]+["”»]?\s*$/u, '');
  const glue = lang === 'en' ? '; ' : '، و';
  return parts.map((p, k) => (k < parts.length - 1 ? bare(p) : p)).join(glue);
}

/** Run lengths of joined sentences: half stay single, the rest run up to eight. */
function runLength(rand: () => number): number {
  const r = rand();
  return r < 0.5 ? 1 : r < 0.7 ? 2 : r < 0.82 ? 3 : r < 0.9 ? 4 : r < 0.94 ? 5 : r < 0.97 ? 6 : 8;
}

/** A sentence-level literary-style pair of about `size` English sentences. */
export function literaryPair(docs: NtrexDoc[], lang: TargetLang, seed: number, size: number): LinePair {
  const rand = rng(seed);
  const out = new Builder();
  for (const doc of docs) {
    const en = doc.en;
    const tr = doc[lang];
    // The headline stays a line of its own on both sides.
    out.link([en[0]!], [tr[0]!]);
    for (let k = 1; k < en.length && out.a.length < size; ) {
      const run = Math.min(en.length - k, runLength(rand));
      if (run === 1 && rand() < 0.15 && k + 1 < en.length) {
        // The other way round: two sentences of the original are one of the translation.
        out.link([joinSentences(en.slice(k, k + 2), 'en')], [tr[k]!, tr[k + 1]!]);
        k += 2;
        continue;
      }
      out.link(en.slice(k, k + run), [joinSentences(tr.slice(k, k + run), lang)]);
      k += run;
    }
    if (out.a.length >= size) break;
  }
  return out;
}

/** Offset of a comma in the middle part of a sentence (30–70% of its length), or −1. */
function midComma(s: string): number {
  const re = /[،,]\s/gu;
  for (const m of s.matchAll(re)) if (m.index > 0.3 * s.length && m.index < 0.7 * s.length) return m.index;
  return -1;
}

/**
 * A harder literary-style pair: besides joined runs, the translator cuts a sentence at a
 * comma and carries its second half into the next sentence (beads of 2-2 and 3-2 whose
 * lines do not start or end together), and leaves some sentences out (about one in
 * twenty). The words are NTREX's translators'; the cuts, carries and omissions are ours.
 */
export function literaryHardPair(docs: NtrexDoc[], lang: TargetLang, seed: number, size: number): LinePair {
  const rand = rng(seed);
  const out = new Builder();
  for (const doc of docs) {
    const en = doc.en;
    const tr = doc[lang];
    out.link([en[0]!], [tr[0]!]);
    for (let k = 1; k < en.length && out.a.length < size; ) {
      const r = rand();
      const cut = midComma(tr[k]!);
      if (r < 0.05) {
        out.link([en[k]!], []);
        k++;
      } else if (r < 0.25 && cut > 0 && k + 1 < en.length) {
        // Sentence k's translation ends at the comma; its rest opens the next line.
        const carried = Math.min(en.length - k - 1, rand() < 0.7 ? 1 : 2);
        const first = tr[k]!.slice(0, cut).trimEnd() + '.';
        const rest = tr[k]!.slice(cut + 1).trim();
        out.link(en.slice(k, k + 1 + carried), [first, joinSentences([rest, ...tr.slice(k + 1, k + 1 + carried)], lang)]);
        k += 1 + carried;
      } else {
        const run = Math.min(en.length - k, runLength(rand));
        out.link(en.slice(k, k + run), [joinSentences(tr.slice(k, k + run), lang)]);
        k += run;
      }
    }
    if (out.a.length >= size) break;
  }
  return out;
}

/**
 * A novel translated sentence by sentence: about half the sentences stay 1-1, the rest run two
 * to four sentences that the translator joins into one, on either side at random (1-2, 2-1,
 * 1-3, 3-1, …), so the line counts stay close and the names and figures stay. The words are
 * NTREX's translators'; the joins are ours.
 */
export function novelPair(docs: NtrexDoc[], lang: TargetLang, seed: number, size: number): LinePair {
  const rand = rng(seed);
  const out = new Builder();
  for (const doc of docs) {
    const en = doc.en;
    const tr = doc[lang];
    for (let k = 0; k < en.length && out.a.length < size; ) {
      const r = rand();
      const run = Math.min(en.length - k, r < 0.45 ? 1 : r < 0.8 ? 2 : r < 0.95 ? 3 : 4);
      if (run === 1) out.link([en[k]!], [tr[k]!]);
      else if (rand() < 0.5) out.link([joinSentences(en.slice(k, k + run), 'en')], tr.slice(k, k + run));
      else out.link(en.slice(k, k + run), [joinSentences(tr.slice(k, k + run), lang)]);
      k += run;
    }
    if (out.a.length >= size) break;
  }
  return out;
}

/**
 * Five novel-style texts (`novelPair`) from NTREX's held-out half (the articles the dev-half
 * word table never saw; align them under `onDevTable`), twelve articles each: texts 0–2 are
 * for tuning, 3–4 held out.
 */
export function novelSet(lang: TargetLang): Array<LinePair & { split: 'dev' | 'held-out' }> {
  const docs = loadNtrex()
    .filter((d) => d.en.length >= 4)
    .filter((_, n) => n % 2 === 1);
  return [0, 1, 2, 3, 4].map((t) => ({ split: t < 3 ? 'dev' : 'held-out', ...novelPair(docs.slice(12 * t, 12 * t + 12), lang, 200 + t, 300) }));
}

/**
 * A book-length novel-style text (`novelPair`, about 4.7k lines a side): one half of NTREX,
 * its articles six times over with new joins each time. Dev takes the development half (the
 * dev-half word table has seen it, so its figure is kind), held-out the other half.
 */
export function novelBook(split: 'dev' | 'held-out', lang: TargetLang): LinePair {
  const half = loadNtrex()
    .filter((d) => d.en.length >= 4)
    .filter((_, n) => n % 2 === (split === 'dev' ? 0 : 1));
  return novelPair(Array.from({ length: 6 }, () => half).flat(), lang, 5, 5000);
}

/** Five literary texts from different articles, about `size` English sentences each. */
export function literarySet(lang: TargetLang = 'ar', size = 300, make: typeof literaryPair = literaryPair): LinePair[] {
  const docs = loadNtrex();
  const out: LinePair[] = [];
  let next = 0;
  for (let t = 0; t < 5; t++) {
    const picked: NtrexDoc[] = [];
    let lines = 0;
    while (lines < size && next < docs.length) {
      picked.push(docs[next]!);
      lines += docs[next++]!.en.length;
    }
    out.push(make(picked, lang, 100 + t, size));
  }
  return out;
}

/** English of one book against the translation of another (different articles, order). */
export function unrelatedPair(size: number, lang: TargetLang = 'ar'): { a: string[]; b: string[] } {
  const a = bookPair(size, lang, 5, (k) => k % 2 === 0).a;
  const b = bookPair(size, lang, 6, (k) => k % 2 === 1).b;
  return { a, b };
}

/** `count` short label lines (CLDR names, repeated) against a book's translation. */
export function labelsAgainstBook(count: number, bookSize: number, lang: TargetLang = 'ar'): { a: string[]; b: string[] } {
  const all = loadLabels();
  return { a: Array.from({ length: count }, (_, k) => all[k % all.length]!.en), b: bookPair(bookSize, lang, 8).b };
}
