import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Bead, Paragraph } from '../src/core/model';
import { segment } from '../src/core/text/segment';
import { splitSentences } from '../src/core/text/sentences';

/**
 * Test material with known gold, shared by the align tests and the bench: the seed pair
 * 000 ↔ 003 with its hand-made gold, and synthetic articles built from NTREX (line-parallel
 * English, Arabic, Persian news) by grouping lines into paragraphs differently on the two
 * sides, dropping, inserting, merging and splitting, as editors do.
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NTREX_DIR = join(ROOT, 'corpora/ntrex');

export interface GoldBead {
  a: number[];
  b: number[];
}

export interface GoldPair {
  a: Paragraph[];
  b: Paragraph[];
  /** Linked beads only; every paragraph not in one is unlinked. */
  links: GoldBead[];
}

// ---------------------------------------------------------------- random

/** mulberry32: a tiny seeded generator, so every run builds the same corpus. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------- seeds

export function readSeed(name: string): string {
  return readFileSync(join(ROOT, 'seeds', name), 'utf8');
}

/** Seeds 000 (English MT, side a) and 003 (Arabic source, side b) with the gold links. */
export function seedGold(): GoldPair & { comment: string[] } {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/align/gold-000-003.json'), 'utf8')) as { a: string; b: string; links: GoldBead[]; comment: string[] };
  const a = segment(readFileSync(join(ROOT, gold.a), 'utf8'), { lang: 'en' });
  const b = segment(readFileSync(join(ROOT, gold.b), 'utf8'), { lang: 'ar' });
  return { a, b, links: gold.links, comment: gold.comment };
}

// ---------------------------------------------------------------- NTREX

export interface NtrexDoc {
  id: string;
  en: string[];
  ar: string[];
  fa: string[];
  /** The Dari (Afghan Persian) translation: a third side the checks were never tuned on. */
  prs: string[];
}

function lines(file: string): string[] {
  return readFileSync(join(NTREX_DIR, file), 'utf8').split('\n').slice(0, 1997);
}

/** The 123 NTREX documents, each as parallel line lists. */
export function loadNtrex(): NtrexDoc[] {
  const ids = lines('DOCUMENT_IDS.tsv').map((l) => l.split('\t')[0]!.trim());
  const en = lines('newstest2019-src.eng.txt');
  const ar = lines('newstest2019-ref.arb.txt');
  const fa = lines('newstest2019-ref.fas.txt');
  const prs = lines('newstest2019-ref.prs.txt');
  const docs: NtrexDoc[] = [];
  ids.forEach((id, k) => {
    let doc = docs[docs.length - 1];
    if (!doc || doc.id !== id) docs.push((doc = { id, en: [], ar: [], fa: [], prs: [] }));
    doc.en.push(en[k]!.trim());
    doc.ar.push(ar[k]!.trim());
    doc.fa.push(fa[k]!.trim());
    doc.prs.push(prs[k]!.trim());
  });
  return docs;
}

export function paragraph(index: number, text: string, lang: string, kind: Paragraph['kind'] = 'body'): Paragraph {
  return { index, text, sentences: splitSentences(text, lang), kind };
}

function reindex(paras: Paragraph[]): Paragraph[] {
  return paras.map((p, index) => ({ ...p, index }));
}

// ---------------------------------------------------------------- synthetic pairs

export interface EditRates {
  /** An A paragraph has no counterpart in B. */
  drop: number;
  /** A foreign paragraph is inserted into B. */
  insert: number;
  /** Two (or three) A paragraphs are one in B. */
  merge: number;
  /** An A paragraph of two lines or more is two in B. */
  split: number;
}

export const DEFAULT_RATES: EditRates = { drop: 0.04, insert: 0.04, merge: 0.08, split: 0.06 };

/** Groups line indices into paragraphs of 1 to 3 lines. */
function groupLines(count: number, rand: () => number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < count; ) {
    const r = rand();
    const size = Math.min(count - k, r < 0.5 ? 1 : r < 0.85 ? 2 : 3);
    out.push(Array.from({ length: size }, (_, x) => k + x));
    k += size;
  }
  return out;
}

/**
 * A pair with gold from line-parallel text: A paragraphs are groups of lines; B takes the
 * same lines grouped with edits. `foreign` supplies B-language lines for insertions.
 */
export function buildPair(linesA: string[], linesB: string[], langs: [string, string], rand: () => number, rates: EditRates, foreign: string[]): GoldPair {
  const groups = groupLines(linesA.length, rand);
  const a: Paragraph[] = [];
  const b: Paragraph[] = [];
  const links: GoldBead[] = [];
  const join = (src: string[], ls: number[]) => ls.map((l) => src[l]!).join(' ');
  for (let g = 0; g < groups.length; ) {
    if (rand() < rates.insert && foreign.length) b.push(paragraph(0, foreign[Math.floor(rand() * foreign.length)]!, langs[1]));
    const r = rand();
    const take = r < rates.merge * 0.25 ? 3 : r < rates.merge ? 2 : 1;
    const gs = groups.slice(g, g + take);
    g += gs.length;
    const aIdx = gs.map((ls) => a.push(paragraph(0, join(linesA, ls), langs[0])) - 1);
    if (gs.length === 1 && rand() < rates.drop) continue;
    const ls = gs.flat();
    const cut = gs.length === 1 && ls.length >= 2 && rand() < rates.split ? 1 + Math.floor(rand() * (ls.length - 1)) : ls.length;
    const parts = cut < ls.length ? [ls.slice(0, cut), ls.slice(cut)] : [ls];
    const bIdx = parts.map((p) => b.push(paragraph(0, join(linesB, p), langs[1])) - 1);
    links.push({ a: aIdx, b: bIdx });
  }
  return { a: reindex(a), b: reindex(b), links };
}

/** Concatenates the lines of several documents (a long article of many short ones). */
export function concatDocs(docs: NtrexDoc[], key: 'en' | 'ar' | 'fa'): string[] {
  return docs.flatMap((d) => d[key]);
}

// ---------------------------------------------------------------- measuring

export interface Quality {
  precision: number;
  recall: number;
  f1: number;
  /** Share of gold-unlinked paragraphs the aligner left unlinked. */
  unlinkedAccuracy: number;
}

const keyOf = (b: GoldBead): string => `${b.a.join(',')}|${b.b.join(',')}`;

/** Exact-match precision/recall/F1 of linked beads, and accuracy on gold-unlinked units. */
export function measure(beads: Array<Pick<Bead, 'a' | 'b'>>, gold: GoldPair, onlyKinds?: Array<Paragraph['kind']>): Quality {
  const goldKeys = new Set(gold.links.map(keyOf));
  const linked = beads.filter((b) => b.a.length && b.b.length);
  const hits = linked.filter((b) => goldKeys.has(keyOf(b))).length;
  const precision = linked.length ? hits / linked.length : 1;
  const recall = gold.links.length ? hits / gold.links.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, unlinkedAccuracy: unlinkedAccuracy(beads, gold, onlyKinds) };
}

function unlinkedAccuracy(beads: Array<Pick<Bead, 'a' | 'b'>>, gold: GoldPair, onlyKinds?: Array<Paragraph['kind']>): number {
  let total = 0;
  let right = 0;
  for (const side of ['a', 'b'] as const) {
    const goldLinked = new Set(gold.links.flatMap((l) => l[side]));
    const outLinked = new Set(beads.filter((b) => b.a.length && b.b.length).flatMap((b) => b[side]));
    for (const p of gold[side]) {
      if (goldLinked.has(p.index) || (onlyKinds && !onlyKinds.includes(p.kind))) continue;
      total++;
      if (!outLinked.has(p.index)) right++;
    }
  }
  return total ? right / total : 1;
}

/** Micro-average of several measurements, weighting each by its gold size. */
export function pool(results: Array<{ quality: Quality; gold: GoldPair; beads: Array<Pick<Bead, 'a' | 'b'>> }>): Quality {
  let hits = 0;
  let linked = 0;
  let goldCount = 0;
  for (const r of results) {
    const goldKeys = new Set(r.gold.links.map(keyOf));
    const l = r.beads.filter((b) => b.a.length && b.b.length);
    linked += l.length;
    hits += l.filter((b) => goldKeys.has(keyOf(b))).length;
    goldCount += r.gold.links.length;
  }
  const precision = linked ? hits / linked : 1;
  const recall = goldCount ? hits / goldCount : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const unlinked = results.map((r) => r.quality.unlinkedAccuracy);
  return { precision, recall, f1, unlinkedAccuracy: unlinked.reduce((s, x) => s + x, 0) / Math.max(1, unlinked.length) };
}
