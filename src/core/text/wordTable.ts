import shipped from './word-table.json';

/**
 * A small English–Arabic and English–Persian lexicon learnt from real human translations
 * (scripts/build-word-table.ts): what the omission check uses to tell whether a
 * sentence's words are in the other version when the pair itself is too short to teach one,
 * and what the aligner's literary path takes as prior word links.
 */

/** Letters a word is cut to: endings ("-s", "-ed", ات, ة) fall away, most stems stay apart. */
const STEM = 5;

/** A lexicon key (ClueReader's) cut to its stem. */
export function lexStem(key: string): string {
  return key.slice(0, STEM);
}

export type LexiconSide = Map<string, string[]>;

/** A table as the JSON stores it: "englishStem otherStem" pairs per language. */
export interface WordTable {
  ar: string[];
  fa: string[];
}

type Built = Record<'ar' | 'fa', [LexiconSide, LexiconSide]>;

let loaded: Built | undefined;
/** A table a bench put in place for the span of one call (withWordTable). */
let scoped: Built | undefined;

/** English stem → partner stems, and back, for the other language (null for another language). */
export function wordTable(lang: string): [LexiconSide, LexiconSide] | null {
  const l = lang.startsWith('ar') ? 'ar' : lang.startsWith('fa') || lang.startsWith('prs') ? 'fa' : null;
  if (!l) return null;
  if (scoped) return scoped[l];
  loaded ??= buildTable(shipped);
  return loaded[l];
}

/**
 * For benches only: runs `fn` with `table` in place of the shipped one, and puts the shipped
 * one back when `fn` returns, throws, or (when it returns a promise) settles. The shipped
 * table is learnt from all of NTREX; a bench that judges NTREX text passes the table learnt
 * from its development half (bench/omissionTable.ts), so that its held-out half stays unseen.
 * Calls must not overlap: the app and the tests never call this.
 */
export function withWordTable<T>(table: WordTable, fn: () => T): T {
  const before = scoped;
  scoped = buildTable(table);
  const restore = () => {
    scoped = before;
  };
  try {
    const out = fn();
    if (out instanceof Promise) return out.finally(restore) as T;
    restore();
    return out;
  } catch (e) {
    restore();
    throw e;
  }
}

function buildTable(table: WordTable): Built {
  return { ar: build(table.ar), fa: build(table.fa) };
}

function build(pairs: string[]): [LexiconSide, LexiconSide] {
  const en: LexiconSide = new Map();
  const other: LexiconSide = new Map();
  for (const p of pairs) {
    const [a, b] = p.split(' ') as [string, string];
    en.set(a, [...(en.get(a) ?? []), b]);
    other.set(b, [...(other.get(b) ?? []), a]);
  }
  return [en, other];
}
