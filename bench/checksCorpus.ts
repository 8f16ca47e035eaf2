import { align } from '../src/core/align';
import type { CheckDoc } from '../src/core/checks';
import { crossMatch, readingCost } from '../src/core/checks/match';
import { editDistance } from '../src/core/checks/tokens';
import type { Bead, Flag, Paragraph } from '../src/core/model';
import { loadNtrex, paragraph, rng, type NtrexDoc } from './corpus';

/**
 * A reviewer-checks benchmark on real human translations nobody tuned the checks to: NTREX
 * news (English with its Arabic and Persian translations, line-parallel). English names are
 * garbled with a fixed seed the ways machine translation garbles them, and the gold list
 * says where. Even-numbered NTREX documents are the development half (looked at while
 * working on the checks); odd-numbered ones are held out and reported apart.
 *
 * A "name" here is an English word that is capitalised inside a sentence, never written in
 * lower case anywhere in NTREX, and whose Arabic line has a word that reads like it (the
 * consonant-skeleton matcher that predates the learned model, so the gold does not lean on
 * the model being measured).
 */

export type GarbleType = 'vowel' | 'z/th/dh' | 'h/kh' | 'q/k/g' | 'drop' | 'add' | 'similar-word' | 'common-noun';
export type Spread = 'only mention' | 'consistently wrong' | 'also spelled right';

export interface Garble {
  docId: string;
  name: string;
  garbled: string;
  type: GarbleType;
  spread: Spread;
  /** Garbled occurrences in the English document (offsets after garbling). */
  occurrences: Array<{ paragraph: number; start: number; end: number }>;
}

export interface BenchPair {
  id: string;
  heldOut: boolean;
  /** The document's number in the corpus (even: development half). */
  doc: number;
  /** Dari translations of the dev documents: text no check was tuned on, looked at freely. */
  fresh?: boolean;
  lang: 'ar' | 'fa';
  en: CheckDoc;
  other: CheckDoc;
  beads: Bead[];
}

export interface GarbledPair extends BenchPair {
  garbles: Garble[];
}

export interface DeletionPair extends BenchPair {
  /** Spans of the other side's sentences whose English was deleted. */
  deleted: Array<{ paragraph: number; start: number; end: number }>;
}

const VOWELS = 'aeiou';

interface NameToken {
  line: number;
  start: number;
  end: number;
  text: string;
  /** Followed by another name in the same line (a first name). */
  first: boolean;
}

let vocabCache: { lower: Set<string>; words: string[] } | undefined;
function vocabulary(docs: NtrexDoc[]): { lower: Set<string>; words: string[] } {
  if (!vocabCache) {
    const lower = new Set<string>();
    for (const d of docs) for (const l of d.en) for (const m of l.matchAll(/\b[a-z]{3,}\b/g)) lower.add(m[0]);
    vocabCache = { lower, words: [...lower].sort() };
  }
  return vocabCache;
}

function nameTokens(doc: NtrexDoc, side: 'ar' | 'fa' | 'prs', lower: Set<string>): NameToken[] {
  const out: NameToken[] = [];
  doc.en.forEach((line, k) => {
    const words = [...line.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)];
    words.forEach((m, w) => {
      const text = m[0];
      if (w === 0 || !/^[A-Z][a-z]{2,}$/.test(text) || lower.has(text.toLowerCase())) return;
      const before = line.slice(0, m.index).trimEnd();
      if (/[.!?:"“]$/.test(before)) return; // sentence or quotation start
      const arabicWords = (doc[side][k] ?? '').split(/[\s\u200c.,،؛:"«»()]+/).filter((x) => /[\u0600-\u06ff]/.test(x));
      const readsLike = arabicWords.some((a) => crossMatch(text, [a]).close && readingCost(text, a) <= Math.max(1.5, text.length / 4));
      if (!readsLike) return;
      const next = words[w + 1];
      const first = !!next && /^[A-Z][a-z]+$/.test(next[0]) && line.slice(m.index + text.length, next.index).trim() === '';
      out.push({ line: k, start: m.index, end: m.index + text.length, text, first });
    });
  });
  return out;
}

const SWAPS: Record<Exclude<GarbleType, 'vowel' | 'drop' | 'add' | 'similar-word' | 'common-noun'>, Array<[RegExp, string[]]>> = {
  'z/th/dh': [
    [/th/, ['z', 's', 'dh']],
    [/dh/, ['z', 'th']],
    [/z/, ['th', 'dh', 's']],
    [/s/, ['th', 'z']],
  ],
  'h/kh': [
    [/kh/, ['h']],
    [/h/, ['kh']],
  ],
  'q/k/g': [
    [/q/, ['k', 'g']],
    [/k/, ['q', 'g']],
    [/g/, ['k', 'q']],
    [/c(?![eih])/, ['q', 'g']],
  ],
};

function capitalise(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A garbled spelling of `name` of the given type, or null when the type does not apply. */
function garble(name: string, type: GarbleType, rand: () => number, words: string[]): string | null {
  const low = name.toLowerCase();
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  switch (type) {
    case 'vowel': {
      const at = [...low].flatMap((c, i) => (VOWELS.includes(c) ? [i] : []));
      if (!at.length) return null;
      const i = pick(at);
      const to = pick([...VOWELS].filter((v) => v !== low[i]));
      return capitalise(low.slice(0, i) + to + low.slice(i + 1));
    }
    case 'z/th/dh':
    case 'h/kh':
    case 'q/k/g': {
      const options = SWAPS[type].filter(([re]) => re.test(low));
      if (!options.length) return null;
      const [re, tos] = pick(options);
      const matches = [...low.matchAll(new RegExp(re.source, 'g'))];
      const m = pick(matches);
      return capitalise(low.slice(0, m.index) + pick(tos) + low.slice(m.index + m[0].length));
    }
    case 'drop': {
      // Not one of a doubled letter: "Maybeline" for "Maybelline" reads the same.
      const at = [...low].flatMap((c, i) => (i > 0 && c !== low[i - 1] && c !== low[i + 1] ? [i] : []));
      if (low.length < 5 || !at.length) return null;
      const i = pick(at);
      return capitalise(low.slice(0, i) + low.slice(i + 1));
    }
    case 'add': {
      // A letter that is neither neighbour ("Mmike" reads as Mike).
      const i = 1 + Math.floor(rand() * (low.length - 1));
      const ch = pick([...'aeiourlnhsmtd'].filter((c) => c !== low[i - 1] && c !== low[i]));
      return capitalise(low.slice(0, i) + ch + low.slice(i));
    }
    case 'similar-word': {
      // A real English word a letter or two away ("Egypt" → "Egret").
      const near = words.filter((w) => Math.abs(w.length - low.length) <= 1 && w[0] === low[0] && w !== low && editDistance(w, low) <= 2);
      return near.length ? capitalise(pick(near)) : null;
    }
    case 'common-noun': {
      const nouns = words.filter((w) => w.length >= 4 && w.length <= 7 && !/(ed|ly|ing|s)$/.test(w));
      return capitalise(pick(nouns));
    }
  }
}

const TYPES: GarbleType[] = ['vowel', 'z/th/dh', 'h/kh', 'q/k/g', 'drop', 'add', 'similar-word', 'common-noun'];

/** Paragraphs of 1 to 3 lines, the same grouping on both sides. */
function groups(count: number, rand: () => number): number[][] {
  const out: number[][] = [];
  for (let k = 0; k < count; ) {
    const r = rand();
    const size = Math.min(count - k, r < 0.4 ? 1 : r < 0.8 ? 2 : 3);
    out.push(Array.from({ length: size }, (_, x) => k + x));
    k += size;
  }
  return out;
}

/** Paragraphs from lines, with each line's offsets inside its paragraph. */
function build(lines: string[], gs: number[][], lang: string): { paragraphs: Paragraph[]; at: Array<{ paragraph: number; start: number; end: number }> } {
  const at: Array<{ paragraph: number; start: number; end: number }> = [];
  const paragraphs = gs
    .map((ls, p) => {
      let text = '';
      for (const l of ls) {
        if (text) text += ' ';
        at[l] = { paragraph: p, start: text.length, end: text.length + lines[l]!.length };
        text += lines[l]!;
      }
      return text;
    })
    .map((t, i) => paragraph(i, t, lang));
  return { paragraphs, at };
}

function pairOfDocs(id: string, doc: number, lang: 'ar' | 'fa', en: Paragraph[], other: Paragraph[]): BenchPair {
  const a: CheckDoc = { id: `${id}-en`, lang: 'en', paragraphs: en };
  const b: CheckDoc = { id: `${id}-${lang}`, lang, paragraphs: other };
  return { id, heldOut: doc % 2 === 1, doc, lang, en: a, other: b, beads: align(a, b) };
}

export interface ChecksCorpus {
  clean: BenchPair[];
  garbled: GarbledPair[];
  deletions: DeletionPair[];
}

let corpusCache: ChecksCorpus | undefined;

/** The whole benchmark corpus, built once per process from a fixed seed. */
export function checksCorpus(seed = 13): ChecksCorpus {
  if (corpusCache) return corpusCache;
  // CHECKS_NTREX_DOCS=n keeps the first n documents (both halves), for quick runs while iterating.
  const limit = Number(process.env.CHECKS_NTREX_DOCS) || Infinity;
  const docs = loadNtrex()
    .filter((d) => d.en.length >= 4)
    .slice(0, limit);
  const { lower, words } = vocabulary(docs);
  const clean: BenchPair[] = [];
  const garbled: GarbledPair[] = [];
  const deletions: DeletionPair[] = [];
  docs.forEach((d, n) => {
    const heldOut = n % 2 === 1;
    // Dari only beside the dev documents, so the held-out half's English is never looked at.
    for (const side of heldOut ? (['ar', 'fa'] as const) : (['ar', 'fa', 'prs'] as const)) {
      const lang = side === 'prs' ? 'fa' : side;
      const fresh = side === 'prs';
      const rand = rng(fresh ? seed * 7919 + n : seed * 1000 + n * 2 + (lang === 'fa' ? 1 : 0));
      const gs = groups(d.en.length, rand);
      const en = build(d.en, gs, 'en');
      const other = build(d[side], gs, lang);
      const pairOf = (id: string, _heldOut: boolean, lang: 'ar' | 'fa', a: Paragraph[], b: Paragraph[]) => ({ ...pairOfDocs(id, n, lang, a, b), ...(fresh ? { fresh } : {}) });
      clean.push(pairOf(`${d.id}`, heldOut, lang, en.paragraphs, other.paragraphs));

      // Garbles: each distinct name with probability 0.6, one spelling per name.
      const tokens = nameTokens(d, side, lower);
      const byName = new Map<string, NameToken[]>();
      for (const t of tokens) byName.set(t.text, [...(byName.get(t.text) ?? []), t]);
      const lines = [...d.en];
      const edits: Array<{ line: number; start: number; end: number; to: string; garble: Garble }> = [];
      const garbles: Garble[] = [];
      const used = new Set(byName.keys());
      for (const [name, ts] of byName) {
        if (rand() >= 0.6) continue;
        const applicable = TYPES.filter((t) => t !== 'common-noun' || ts.some((x) => x.first));
        let to: string | null = null;
        let type: GarbleType = 'vowel';
        for (let tries = 0; tries < 6 && (!to || used.has(to) || to === name); tries++) {
          type = applicable[Math.floor(rand() * applicable.length)]!;
          to = garble(name, type, rand, words);
        }
        if (!to || used.has(to) || to === name) continue;
        used.add(to);
        const spread: Spread = ts.length === 1 ? 'only mention' : rand() < 0.5 ? 'consistently wrong' : 'also spelled right';
        const targets = type === 'common-noun' ? ts.filter((x) => x.first) : ts;
        const chosen = spread === 'also spelled right' ? [targets[Math.floor(rand() * targets.length)]!] : targets;
        const g: Garble = { docId: `${d.id}-en`, name, garbled: to, type, spread: spread === 'also spelled right' && chosen.length === ts.length ? 'consistently wrong' : spread, occurrences: [] };
        garbles.push(g);
        for (const t of chosen) edits.push({ line: t.line, start: t.start, end: t.end, to, garble: g });
      }
      // Apply edits right to left per line, then find the occurrences' paragraph offsets.
      edits.sort((x, y) => x.line - y.line || y.start - x.start);
      for (const e of edits) lines[e.line] = lines[e.line]!.slice(0, e.start) + e.to + lines[e.line]!.slice(e.end);
      const ge = build(lines, gs, 'en');
      for (const e of edits) {
        // Offsets shift by the length change of earlier edits on the same line.
        const shift = edits.filter((x) => x.line === e.line && x.start < e.start).reduce((s, x) => s + x.to.length - (x.end - x.start), 0);
        const at = ge.at[e.line]!;
        e.garble.occurrences.push({ paragraph: at.paragraph, start: at.start + e.start + shift, end: at.start + e.start + shift + e.to.length });
      }
      if (garbles.length) garbled.push({ ...pairOf(d.id, heldOut, lang, ge.paragraphs, other.paragraphs), garbles });

      // Deletions: in paragraphs of two or more lines, drop one English line (a third of them).
      const kept = gs.map((ls) => [...ls]);
      const deleted: DeletionPair['deleted'] = [];
      gs.forEach((ls, p) => {
        if (ls.length < 2 || rand() >= 0.35) return;
        const drop = ls[Math.floor(rand() * ls.length)]!;
        kept[p] = ls.filter((l) => l !== drop);
        deleted.push(other.at[drop]!);
      });
      if (deleted.length && !process.env.CHECKS_NTREX_NAMES) {
        const de = build(d.en, kept, 'en');
        deletions.push({ ...pairOf(d.id, heldOut, lang, de.paragraphs, other.paragraphs), deleted });
      }
    }
  });
  corpusCache = { clean, garbled, deletions };
  return corpusCache;
}

// ---------------------------------------------------------------- scoring

const overlaps = (x: { paragraph: number; start: number; end: number }, y: { paragraph: number; start: number; end: number }) =>
  x.paragraph === y.paragraph && x.start < y.end && y.start < x.end;

export const isNameFlag = (f: Flag) => f.check === 'name-variants' || f.check === 'name-mismatch';

/** Whether a name flag points at a garble: its span, or (for a spelling group) a listed spelling. */
export function flagHits(f: Flag, g: Garble): boolean {
  if (!f.span || f.span.side !== 'a') return false;
  if (g.occurrences.some((o) => overlaps(o, f.span!))) return true;
  const variants = f.data?.variants ?? [];
  return variants.some((v) => v.occurrences.some((o) => g.occurrences.some((x) => overlaps(o, x))));
}

export interface NameScore {
  flags: number;
  right: number;
  garbles: number;
  caught: number;
  byType: Map<string, [number, number]>;
  bySpread: Map<string, [number, number]>;
  missed: string[];
  falseFlags: string[];
}

export function scoreGarbles(pairs: Array<{ pair: GarbledPair; flags: Flag[] }>): NameScore {
  const s: NameScore = { flags: 0, right: 0, garbles: 0, caught: 0, byType: new Map(), bySpread: new Map(), missed: [], falseFlags: [] };
  const bump = (m: Map<string, [number, number]>, k: string, hit: boolean) => {
    const v = m.get(k) ?? [0, 0];
    v[0] += hit ? 1 : 0;
    v[1]++;
    m.set(k, v);
  };
  for (const { pair, flags } of pairs) {
    const named = flags.filter(isNameFlag);
    for (const f of named) {
      s.flags++;
      if (pair.garbles.some((g) => flagHits(f, g))) s.right++;
      else s.falseFlags.push(`${pair.id}/${pair.lang} ${f.check} “${f.data?.text}”${f.suggestion ? ` → ${f.suggestion}` : ''}`);
    }
    for (const g of pair.garbles) {
      const hit = named.some((f) => flagHits(f, g));
      s.garbles++;
      if (hit) s.caught++;
      else s.missed.push(`${pair.id}/${pair.lang} ${g.name}→${g.garbled} (${g.type}, ${g.spread})`);
      bump(s.byType, g.type, hit);
      bump(s.bySpread, g.spread, hit);
    }
  }
  return s;
}

export interface DeletionScore {
  deleted: number;
  found: number;
  falseAlarms: number;
  paragraphs: number;
}

export function scoreDeletions(pairs: Array<{ pair: DeletionPair; flags: Flag[] }>): DeletionScore {
  const s: DeletionScore = { deleted: 0, found: 0, falseAlarms: 0, paragraphs: 0 };
  for (const { pair, flags } of pairs) {
    const om = flags.filter((f) => f.check === 'omission');
    s.paragraphs += pair.other.paragraphs.length;
    for (const d of pair.deleted) {
      s.deleted++;
      if (om.some((f) => f.span?.side === 'b' && overlaps(f.span, d))) s.found++;
    }
    s.falseAlarms += om.filter((f) => !(f.span?.side === 'b' && pair.deleted.some((d) => overlaps(f.span!, d)))).length;
  }
  return s;
}
