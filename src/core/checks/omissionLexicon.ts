import table from './omission-lexicon.json';

/**
 * A small English–Arabic and English–Persian lexicon learnt from real human translations
 * (scripts/build-omission-lexicon.ts): what the omission check uses to tell whether a
 * sentence's words are in the other version when the pair itself is too short to teach one.
 */

/** Letters a word is cut to: endings ("-s", "-ed", ات, ة) fall away, most stems stay apart. */
const STEM = 5;

/** A lexicon key (ClueReader's) cut to its stem. */
export function lexStem(key: string): string {
  return key.slice(0, STEM);
}

export type LexiconSide = Map<string, string[]>;

let loaded: Record<'ar' | 'fa', [LexiconSide, LexiconSide]> | undefined;

/** English stem → partner stems, and back, for the other language (null for another language). */
export function omissionLexicon(lang: string): [LexiconSide, LexiconSide] | null {
  const l = lang.startsWith('ar') ? 'ar' : lang.startsWith('fa') || lang.startsWith('prs') ? 'fa' : null;
  if (!l) return null;
  loaded ??= { ar: build(table.ar), fa: build(table.fa) };
  return loaded[l];
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
