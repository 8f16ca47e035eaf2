import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHAPES } from '../src/core/align/shapes';
import { splitSentences } from '../src/core/text/sentences';
import { ROOT, type GoldBead } from './corpus';
import type { LinePair } from './realtext';

/**
 * Real literary translation for the benches: works whose Arabic or Persian original and
 * English translation are published passage by passage (the npm package `bahaiwritings`, a
 * devDependency; its JSON layout is MIT, the texts are under their publisher's terms, so
 * they are read from node_modules and never copied into this repository). Each side is cut
 * into sentences by our own segmenter and written one sentence per line, as a user's file;
 * the gold bead of a passage is all its English sentences with all its original sentences.
 * So the beads are the translator's own: a long Arabic or Persian sentence rendered as two
 * to seven English ones, and some passages n-m.
 *
 * Dev texts (tuning allowed) and held-out texts (measured only) are different works or
 * different halves of one:
 *  - dev: the Arabic Hidden Words; the Kitáb-i-Aqdas, paragraphs 1–95.
 *  - held-out: the Persian Hidden Words; the Kitáb-i-Aqdas, paragraphs 96–190.
 */

const DIR = join(ROOT, 'node_modules/bahaiwritings/data/writings');

export interface LiteraryText extends LinePair {
  name: string;
  split: 'dev' | 'held-out';
}

/**
 * The same text with the translator joining one way and splitting the other: in every other
 * passage (or two in three, `period` 3) the English sentences are joined into one line (a
 * 1-n bead becomes 1-1 or 1-m), so the text has n-1 and 1-m beads both ways and line counts
 * close to each other, as a novel translated sentence by sentence with many 1-2, 1-3 and 2-1.
 * The joins are ours; the sentences and passages are the translator's.
 */
export function mixedDirections(t: LinePair, period = 2, phase = 0): LinePair {
  const out: LinePair = { a: [], b: [], links: [] };
  t.links.forEach((g, k) => {
    const en = g.a.map((i) => t.a[i]!);
    // All passages of each `period` but one are joined (every other one, or two in three);
    // `phase` says which one stays split.
    const a = (k + phase) % period !== period - 1 ? [en.join(' ')] : en;
    out.links.push({ a: a.map((_, x) => out.a.length + x), b: g.b.map((_, x) => out.b.length + x) });
    out.a.push(...a);
    out.b.push(...g.b.map((j) => t.b[j]!));
  });
  return out;
}

/**
 * The same text with the translation written one line a passage (its sentences joined by a
 * space) and the English one sentence a line: an original whose paragraphs are each one
 * long sentence (Persian and Arabic prose often marks few sentence ends), rendered as
 * many. Every gold bead is n-1, some beyond 8-1. The joins are ours; the passages are the
 * translator's.
 */
export function translationLines(t: LinePair): LinePair {
  const out: LinePair = { a: [...t.a], b: [], links: [] };
  for (const g of t.links) {
    out.links.push({ a: g.a, b: [out.b.length] });
    out.b.push(g.b.map((j) => t.b[j]!).join(' '));
  }
  return out;
}

/**
 * The same text with some passages opening without their vocative, on both sides or on one:
 * a work whose passages mostly open with the same formula ("O Son of Man!", يا ابن الإنسان)
 * but not all (a passage opening "Alas!" or with a saying). In every `period`-th passage the
 * English vocative line ("O SON OF SPIRIT!"; its opening quote stays, on the next line) and
 * the original's opening vocative (its first word, يا or ای, and the two after it) are
 * dropped; in the passage after it only the original's. Passages that open otherwise are
 * left as they are. The sentences and the passages are the translator's. A dev text that
 * fails as a work marked less regularly than the dev Hidden Words would.
 */
export function unmarkedPassages(t: LinePair, period = 10): LinePair {
  const out: LinePair = { a: [], b: [], links: [] };
  const VOCATIVE = /^["“]?O\b[^.!?]*!["”]?$/u;
  const dropWords = (line: string): string => line.split(/\s+/).slice(3).join(' ');
  t.links.forEach((g, k) => {
    let en = g.a.map((i) => t.a[i]!);
    let tr = g.b.map((j) => t.b[j]!);
    const opens = en.length > 1 && VOCATIVE.test(en[0]!) && /^(?:يَ?ا|ای)$/u.test(tr[0]!.split(/\s+/)[0]!.replace(/\p{M}/gu, '')) && tr[0]!.split(/\s+/).length > 4;
    // The passage's opening quote stays, on the line that now opens it.
    if (opens && k % period === 0) en = [(/^["“]/u.exec(en[0]!)?.[0] ?? '') + en[1]!, ...en.slice(2)];
    if (opens && (k % period === 0 || k % period === 1)) tr = [dropWords(tr[0]!), ...tr.slice(1)];
    out.links.push({ a: en.map((_, x) => out.a.length + x), b: tr.map((_, x) => out.b.length + x) });
    out.a.push(...en);
    out.b.push(...tr);
  });
  return out;
}

/**
 * The same text as a user would import it with its paragraphs kept: one passage per line on
 * each side (its sentences joined by a space), so the files' lines are the passages and the
 * sentences are aligned inside each bead. Sentence k of `passageLines(t).a` (counted through
 * the lines in order, as the segmenter splits them) is line k of `t.a`.
 */
export function passageLines(t: LinePair): { a: string[]; b: string[] } {
  const join = (lines: string[], side: 'a' | 'b'): string[] => t.links.map((g) => g[side].map((k) => lines[k]!).join(' '));
  return { a: join(t.a, 'a'), b: join(t.b, 'b') };
}

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', nbsp: ' ', '#39': "'", lt: '<', gt: '>' };

function clean(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(quot|amp|nbsp|#39|lt|gt);/g, (_, e: string) => ENTITIES[e]!)
    .replace(/\s+/g, ' ')
    .trim();
}

function sentences(text: string, lang: string): string[] {
  const t = clean(text);
  return splitSentences(t, lang)
    .map((s) => t.slice(s.start, s.end).trim())
    .filter(Boolean);
}

/** One sentence per line on each side; a passage's sentences form one gold bead. */
function pairOf(passages: Array<[string, string]>, lang: string): LinePair {
  const out: LinePair = { a: [], b: [], links: [] };
  for (const [en, tr] of passages) {
    const a = sentences(en, 'en');
    const b = sentences(tr, lang);
    if (!a.length || !b.length) continue;
    const link: GoldBead = { a: a.map((_, k) => out.a.length + k), b: b.map((_, k) => out.b.length + k) };
    out.links.push(link);
    out.a.push(...a);
    out.b.push(...b);
  }
  return out;
}

type Row = Array<string | number>;

function rows(file: string): Row[] {
  return (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { data: Row[] }).data;
}

/** The four texts, or an empty list when the package is not installed. */
export function literatureSet(): LiteraryText[] {
  if (!existsSync(DIR)) return [];
  // Hidden Words: [original language, number, synopsis, English, Arabic, Persian, …].
  const hidden = rows('Hidden Words.json');
  // Aqdas: [paragraph, English, German, Arabic].
  const aqdas = rows('aqdas.json');
  const aq = (from: number, to: number): Array<[string, string]> =>
    aqdas.filter((r) => Number(r[0]) >= from && Number(r[0]) <= to).map((r) => [String(r[1]), String(r[3])]);
  return [
    { name: 'Hidden Words en–ar', split: 'dev', ...pairOf(hidden.filter((r) => r[0] === 'Arabic').map((r) => [String(r[3]), String(r[4])]), 'ar') },
    { name: 'Aqdas ¶1–95 en–ar', split: 'dev', ...pairOf(aq(1, 95), 'ar') },
    { name: 'Hidden Words en–fa', split: 'held-out', ...pairOf(hidden.filter((r) => r[0] === 'Persian').map((r) => [String(r[3]), String(r[5])]), 'fa') },
    { name: 'Aqdas ¶96–190 en–ar', split: 'held-out', ...pairOf(aq(96, 190), 'ar') },
  ];
}

export interface SentenceLevel {
  /** Strict F1 where the gold is sentence-level; NaN when no passage is. */
  f1: number;
  /** Passages n-m (both sides two sentences or more) that no found bead crosses. */
  keptWhole: number;
  /** How many passages are n-m. */
  coarse: number;
}

/**
 * Strict F1 only where the passage gold is truly sentence-level. A passage with one sentence
 * on a side (1-1, 1-n, n-1) is the finest bead there is, so it is the sentence-level gold
 * too. A passage n-m with both sides two sentences or more may hold finer sentence
 * correspondences that the passage gold does not record: its gold is unknown at sentence
 * level, so it is left out of recall, and a found bead lying wholly inside it is left out of
 * precision (neither right nor wrong). A found bead that crosses a passage's edge is wrong.
 * Beside it, how many n-m passages the found path keeps whole (no bead crossing their edges),
 * the part of them that can be checked. The passage-level strict F1 stays the headline figure.
 */
export function sentenceLevel(beads: Array<{ a: number[]; b: number[] }>, links: GoldBead[]): SentenceLevel {
  const key = (x: { a: number[]; b: number[] }): string => `${x.a.join(',')}|${x.b.join(',')}`;
  const known = new Set(links.filter((g) => Math.min(g.a.length, g.b.length) === 1).map(key));
  const coarseA = new Map<number, number>();
  const coarseB = new Map<number, number>();
  const passageA = new Map<number, number>();
  const passageB = new Map<number, number>();
  links.forEach((g, k) => {
    for (const i of g.a) passageA.set(i, k);
    for (const j of g.b) passageB.set(j, k);
    if (Math.min(g.a.length, g.b.length) < 2) return;
    for (const i of g.a) coarseA.set(i, k);
    for (const j of g.b) coarseB.set(j, k);
  });
  let scored = 0;
  let hits = 0;
  const crossed = new Set<number>();
  for (const x of beads) {
    const inside = new Set([...x.a.map((i) => coarseA.get(i) ?? -1), ...x.b.map((j) => coarseB.get(j) ?? -1)]);
    const passages = new Set([...x.a.map((i) => passageA.get(i) ?? -1), ...x.b.map((j) => passageB.get(j) ?? -1)]);
    if (passages.size > 1) for (const k of passages) crossed.add(k);
    if (!x.a.length || !x.b.length) continue;
    if (inside.size === 1 && !inside.has(-1)) continue;
    scored++;
    if (known.has(key(x))) hits++;
  }
  const p = scored ? hits / scored : 1;
  const r = known.size ? hits / known.size : NaN;
  const coarse = links.filter((g) => Math.min(g.a.length, g.b.length) >= 2).length;
  const keptWhole = links.filter((g, k) => Math.min(g.a.length, g.b.length) >= 2 && !crossed.has(k)).length;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, keptWhole, coarse };
}

/**
 * The most passage-level strict F1 an aligner can reach on a text without reading passage
 * marks: a bead takes one of SHAPES (up to 1-8, 8-1, 2-3, 3-2), so a passage of another
 * shape (the Aqdas has 18-7) can only be found as several beads. Best case: every passage of
 * a bead's shape found whole, every other one cut into two beads (the fewest), nothing else
 * wrong. An n-m passage of a bead's shape (2-2, 2-3, 3-2) counts as found, though finding it
 * whole means joining sentences that could be aligned finer. A text whose passages are marked
 * (the Hidden Words' "O Son of Man!") is not bound by it: the aligner joins beads between marks.
 */
export function passageCeiling(links: GoldBead[]): { f1: number; shaped: number } {
  const shaped = links.filter((g) => SHAPES.some((s) => s.da === g.a.length && s.db === g.b.length)).length;
  const p = shaped / (shaped + 2 * (links.length - shaped));
  const r = shaped / links.length;
  return { f1: p + r ? (2 * p * r) / (p + r) : 0, shaped };
}
