import { crossMatch, isAnchor } from './match';
import { isCommonArabic, isCommonEnglish, writes } from './modelMatch';
import { numberItems, pairUp, sameNumber, type NumberItem } from './numbers';
import { beadTokens, type BeadToken } from './beads';
import { hasArticle, isArabicStopword } from './stoplists';
import { arabicForms, scriptOfLang, stripPossessive } from './tokens';
import { latinKey } from './translit';
import type { CheckDoc } from './types';

/**
 * Word-level counterparts between two versions of one row: which name or number of one
 * column is which of the other. The evidence is the checks' own: names by consonant skeleton
 * and the learned transliteration model (match.ts, modelMatch.ts), a garbled name by its
 * neighbour in the name ("Zawassi Khalilzad" ↔ "زلماي خليل زاد": Khalilzad is خليل زاد, so
 * Zawassi is زلماي), figures by value with digits of every system folded (numbers.ts).
 */

/** The paragraphs of a document one row shows. */
export interface CellText {
  doc: CheckDoc;
  paragraphs: readonly number[];
}

export interface WordSpan {
  paragraph: number;
  start: number;
  end: number;
}

/** A word (or two, for "خليل زاد") of cell A and its counterpart in cell B. */
export interface WordLink {
  kind: 'name' | 'number';
  a: WordSpan;
  b: WordSpan;
}

/** "Trump's" is Trump, with its place in the row kept. */
const bare = (t: BeadToken): BeadToken => ({ ...t, ...stripPossessive(t) });
const spanOf = (ts: readonly BeadToken[]): WordSpan => ({ paragraph: ts[0]!.paragraph, start: ts[0]!.start, end: ts[ts.length - 1]!.end });

/** A capitalised Latin word that may be a name: not an acronym, not a common word. */
function latinName(t: BeadToken): boolean {
  return !t.arabic && /^\p{Lu}\p{Ll}/u.test(t.text) && t.text.length >= 2 && !isCommonEnglish(t.text);
}

/** An Arabic-script word that may be (part of) a name. */
function arabicName(t: BeadToken): boolean {
  return t.arabic && !isArabicStopword(t.text) && !isCommonArabic(t.text);
}

/** Figures of both cells paired by value, nearest relative positions first. */
function numberLinks(a: CellText, b: CellText): WordLink[] {
  const ia = numberItems(a.doc, [...a.paragraphs]);
  const ib = numberItems(b.doc, [...b.paragraphs]);
  const same = (x: NumberItem, y: NumberItem) => (x.kind === 'month' || y.kind === 'month' ? x.value === y.value : sameNumber(x, y));
  // A figure written in digits on one side is the same figure only in digits or words on the other.
  const { pairs } = pairUp(ia, ib, (x, y) => same(x, y) && (x.kind !== 'word' || y.kind !== 'word'));
  const span = (x: NumberItem): WordSpan => ({ paragraph: x.paragraph, start: x.start, end: x.end });
  return pairs.map(([x, y]) => ({ kind: 'number', a: span(x), b: span(y) }));
}

/** Arabic-script windows of one or two words that may write a name. */
function windows(ts: readonly BeadToken[]): number[][] {
  const out: number[][] = [];
  ts.forEach((t, i) => {
    if (!t.arabic) return;
    out.push([i]);
    const next = ts[i + 1];
    if (next?.arabic && !next.afterBreak) out.push([i, i + 1]);
  });
  return out;
}

/** Latin names of `lat` matched to Arabic-script words of `ar`: skeletons first, then the model, then neighbours. */
function crossNames(lat: readonly BeadToken[], ar: readonly BeadToken[]): Array<[number, number[]]> {
  const taken = new Set<number>();
  const found = new Map<number, number[]>();
  const names = lat.map((t, i) => [i, bare(t)] as const).filter(([, t]) => latinName(t));
  for (const [i, t] of names) {
    let best: { w: number[]; score: number } | null = null;
    for (const w of windows(ar)) {
      if (w.some((k) => taken.has(k))) continue;
      const words = w.map((k) => ar[k]!.text);
      let score: number;
      if (isAnchor(t.text, words)) score = crossMatch(t.text, words).distance * 10;
      // A name the skeletons miss may still write a word by the learned model.
      else if (w.length === 1 && arabicName(ar[w[0]!]!) && crossMatch(t.text, words).distance <= 2 && writes(t.text, words)) score = 25;
      else continue;
      // Position breaks ties (a name said twice); a pair of words counts only when it is better.
      score += Math.abs(t.pos - ar[w[0]!]!.pos) + (w.length - 1) * 0.01;
      if (!best || score < best.score) best = { w, score };
    }
    if (best) {
      found.set(i, best.w);
      best.w.forEach((k) => taken.add(k));
    }
  }
  // A name beside a matched one, with no match of its own, is the Arabic word beside that match.
  for (const [i] of names) {
    if (found.has(i)) continue;
    for (const dir of [1, -1] as const) {
      const n = found.get(i + dir);
      const joined = dir === 1 ? !lat[i + 1]?.afterBreak : !lat[i]!.afterBreak;
      if (!n || !joined || !latinName(lat[i + dir]!)) continue;
      const k = dir === 1 ? n[0]! - 1 : n[n.length - 1]! + 1;
      const w = ar[k];
      const broken = dir === 1 ? ar[k + 1]?.afterBreak : w?.afterBreak;
      if (w && !broken && !taken.has(k) && arabicName(w) && !hasArticle(w.text)) {
        found.set(i, [k]);
        taken.add(k);
        break;
      }
    }
  }
  return [...found];
}

/** Names written in one script on both sides: the same word (Latin) or the same form (Arabic script). */
function sameScriptNames(a: readonly BeadToken[], b: readonly BeadToken[]): Array<[number, number]> {
  const key = (t: BeadToken) => (t.arabic ? (arabicName(t) ? arabicForms(t.text).at(-1)! : '') : latinName(t) ? latinKey(bare(t).text) : '');
  const byKey = new Map<string, number[]>();
  b.forEach((t, j) => {
    const k = key(t);
    if (k.length >= 3) byKey.set(k, [...(byKey.get(k) ?? []), j]);
  });
  const used = new Set<number>();
  const out: Array<[number, number]> = [];
  a.forEach((t, i) => {
    const cands = (byKey.get(key(t)) ?? []).filter((j) => !used.has(j));
    const j = cands.sort((x, y) => Math.abs(b[x]!.pos - t.pos) - Math.abs(b[y]!.pos - t.pos))[0];
    if (j !== undefined) (used.add(j), out.push([i, j]));
  });
  return out;
}

/** Every name and figure of cell A with its counterpart in cell B. */
export function wordLinks(a: CellText, b: CellText): WordLink[] {
  const ta = beadTokens(a.doc, [...a.paragraphs]);
  const tb = beadTokens(b.doc, [...b.paragraphs]);
  const [sa, sb] = [scriptOfLang(a.doc.lang), scriptOfLang(b.doc.lang)];
  const names: WordLink[] = [];
  const tokenSpan = (t: BeadToken) => spanOf([bare(t)]);
  if (sa === 'latin' && sb === 'arabic') {
    for (const [i, w] of crossNames(ta, tb)) names.push({ kind: 'name', a: tokenSpan(ta[i]!), b: spanOf(w.map((k) => tb[k]!)) });
  } else if (sa === 'arabic' && sb === 'latin') {
    for (const [i, w] of crossNames(tb, ta)) names.push({ kind: 'name', a: spanOf(w.map((k) => ta[k]!)), b: tokenSpan(tb[i]!) });
  } else if (sa === sb) {
    for (const [i, j] of sameScriptNames(ta, tb)) names.push({ kind: 'name', a: tokenSpan(ta[i]!), b: tokenSpan(tb[j]!) });
  }
  return [...names, ...numberLinks(a, b)];
}

const holds = (s: WordSpan, paragraph: number, offset: number) => s.paragraph === paragraph && s.start <= offset && offset < s.end;

/** The link whose side `side` holds the offset, if any. */
export function linkAt(links: readonly WordLink[], side: 'a' | 'b', paragraph: number, offset: number): WordLink | undefined {
  return links.find((l) => holds(l[side], paragraph, offset));
}

/** The linked words of a side, in reading order, each once (for stepping through them). */
export function linkedWords(links: readonly WordLink[], side: 'a' | 'b'): WordSpan[] {
  const seen = new Set<string>();
  const out: WordSpan[] = [];
  for (const l of links) {
    const s = l[side];
    const k = `${s.paragraph}:${s.start}:${s.end}`;
    if (!seen.has(k)) (seen.add(k), out.push(s));
  }
  return out.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start);
}
