import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../../src/core/align';
import type { CheckDoc } from '../../src/core/checks';
import type { Bead, Flag, Paragraph, ParagraphKind } from '../../src/core/model';
import { splitSentences } from '../../src/core/text/sentences';
import { segment } from '../../src/core/text/segment';
import { seed } from '../seeds';

/** A document from paragraph texts, every paragraph 'body' unless a kind is given. */
export function doc(id: string, lang: string, texts: Array<string | [string, ParagraphKind]>): CheckDoc {
  const paragraphs: Paragraph[] = texts.map((t, index) => {
    const [text, kind] = typeof t === 'string' ? [t, 'body' as const] : t;
    return { index, text, sentences: splitSentences(text, lang), kind };
  });
  return { id, lang, paragraphs };
}

/** Beads pairing paragraph i with paragraph i, for constructed parallel documents. */
export function oneToOne(n: number): Bead[] {
  return Array.from({ length: n }, (_, i) => ({ a: [i], b: [i], score: 1, confidence: 1, status: 'auto' as const }));
}

export function seedDoc(num: string, lang: string): CheckDoc {
  return { id: num, lang, paragraphs: segment(seed(num), { lang }) };
}

export interface SeedPair {
  a: CheckDoc;
  b: CheckDoc;
  beads: Bead[];
  others: CheckDoc[];
}

let cached: SeedPair | undefined;
/** Seeds 000 (a) and 003 (b) aligned, with 001, 002 and 004 as the story; built once. */
export function seedPair(): SeedPair {
  if (!cached) {
    const a = seedDoc('000', 'en');
    const b = seedDoc('003', 'ar');
    cached = { a, b, beads: align(a, b), others: [seedDoc('001', 'en'), seedDoc('002', 'en'), seedDoc('004', 'en')] };
  }
  return cached;
}

export interface Expected {
  nameFlags: Array<{ check: string; side: 'a' | 'b'; texts?: string[]; paragraph?: number; text?: string; suggestion?: string; needsOthers?: boolean }>;
  optional: Array<{ side: 'a' | 'b'; text: string }>;
  mustNotFlag: string[];
  otherFlags: Array<{ check: string; side: 'a' | 'b'; paragraph: number; text?: string; suggestion?: string }>;
}

export const expected: Expected = JSON.parse(readFileSync(join(import.meta.dirname, 'expected-000-003.json'), 'utf8'));

export const isNameFlag = (f: Flag) => f.check === 'name-variants' || f.check === 'name-mismatch';

/** Whether a flag is the finding an expected item describes. */
export function matches(f: Flag, e: Expected['nameFlags'][number]): boolean {
  if (f.check !== e.check || f.span?.side !== e.side) return false;
  const text = f.data?.text ?? '';
  if (e.texts) return e.texts.includes(text);
  return f.span?.paragraph === e.paragraph && text === e.text;
}

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  flagged: number;
  expected: number;
  missed: string[];
  falseFlags: string[];
}

/** Precision and recall of name flags against the expected list (optional items ignored). */
export function scoreNames(flags: Flag[], exp: Expected = expected, withOthers = true): Score {
  const want = exp.nameFlags.filter((e) => withOthers || !e.needsOthers);
  const named = flags.filter(isNameFlag).filter((f) => !exp.optional.some((o) => o.side === f.span?.side && o.text === f.data?.text));
  const good = named.filter((f) => want.some((e) => matches(f, e)) || exp.nameFlags.some((e) => matches(f, e)));
  const found = want.filter((e) => named.some((f) => matches(f, e)));
  return {
    precision: named.length ? good.length / named.length : 1,
    recall: want.length ? found.length / want.length : 1,
    truePositives: good.length,
    flagged: named.length,
    expected: want.length,
    missed: want.filter((e) => !found.includes(e)).map((e) => e.text ?? e.texts!.join('/')),
    falseFlags: named.filter((f) => !good.includes(f)).map((f) => `${f.span?.side}${f.span?.paragraph}:${f.data?.text}`),
  };
}
