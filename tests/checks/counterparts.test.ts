import { describe, expect, it } from 'vitest';
import { linkAt, linkedWords, wordLinks, type CellText, type WordLink } from '../../src/core/checks/counterparts';
import { doc, seedPair } from './helpers';

const cell = (id: string, lang: string, texts: string[]): CellText => ({ doc: doc(id, lang, texts), paragraphs: texts.map((_, i) => i) });
const textOf = (c: CellText, s: { paragraph: number; start: number; end: number }) => c.doc.paragraphs[s.paragraph]!.text.slice(s.start, s.end);

/** The counterpart of `word` (first occurrence in A) as text of B, or null. */
function counterpart(a: CellText, b: CellText, word: string): string | null {
  const links: WordLink[] = wordLinks(a, b);
  for (const p of a.paragraphs) {
    const at = a.doc.paragraphs[p]!.text.indexOf(word);
    if (at < 0) continue;
    const l = linkAt(links, 'a', p, at);
    return l ? textOf(b, l.b) : null;
  }
  throw new Error(`no ${word} in A`);
}

describe('word counterparts between two versions of a row', () => {
  const en = cell('en', 'en', ['Trump met Zalmay Khalilzad in Kabul on 12 March 2021, with 2,500 soldiers.']);
  const ar = cell('ar', 'ar', ['التقى ترامب زلماي خليل زاد في كابول يوم ١٢ مارس ٢٠٢١ مع ٢٬٥٠٠ جندي.']);
  const fa = cell('fa', 'fa', ['ترامپ با زلمی خلیل‌زاد در کابل در ۱۲ مارس ۲۰۲۱ دیدار کرد.']);

  it.each([
    ['Trump', 'ترامب'],
    ['Khalilzad', 'خليل زاد'],
    ['Kabul', 'كابول'],
    ['Zalmay', 'زلماي'],
    ['2021', '٢٠٢١'],
    ['2,500', '٢٬٥٠٠'],
    ['12', '١٢'],
    ['March', 'مارس'],
  ])('English %s is Arabic %s', (word, expected) => {
    expect(counterpart(en, ar, word)).toBe(expected);
  });

  it('works the other way round, from the Arabic word', () => {
    expect(counterpart(ar, en, 'خليل')).toBe('Khalilzad');
    expect(counterpart(ar, en, '٢٬٥٠٠')).toBe('2,500');
  });

  it('finds Persian spellings and Persian digits', () => {
    expect(counterpart(en, fa, 'Khalilzad')).toBe('خلیل‌زاد');
    expect(counterpart(en, fa, '2021')).toBe('۲۰۲۱');
    expect(counterpart(ar, fa, '٢٠٢١')).toBe('۲۰۲۱');
  });

  it('links no common word, and no figure the other side lacks', () => {
    expect(counterpart(en, ar, 'met')).toBeNull();
    expect(counterpart(en, ar, 'with')).toBeNull();
    const other = cell('x', 'ar', ['التقى ترامب في كابول عام ٢٠٢٠.']);
    expect(counterpart(en, other, '2021')).toBeNull();
  });

  it('pairs a repeated figure by its place in the row', () => {
    const a = cell('a', 'en', ['In 2020 the deal was signed.', 'They met again in 2020.']);
    const b = cell('b', 'ar', ['في ٢٠٢٠ وقع الاتفاق.', 'والتقوا مرة أخرى في ٢٠٢٠.']);
    const links = wordLinks(a, b);
    expect(linkAt(links, 'a', 1, a.doc.paragraphs[1]!.text.indexOf('2020'))?.b.paragraph).toBe(1);
    expect(linkedWords(links, 'a').map((s) => textOf(a, s))).toEqual(['2020', '2020']);
  });

  it('finds the machine-garbled name of the demo through its neighbour (Zawassi Khalilzad is زلماي خليل زاد)', () => {
    const { a, b, beads } = seedPair();
    const bead = beads.find((x) => x.a.some((p) => a.paragraphs[p]!.text.includes('Zawassi')))!;
    const [ca, cb] = [{ doc: a, paragraphs: bead.a }, { doc: b, paragraphs: bead.b }];
    expect(counterpart(ca, cb, 'Zawassi')).toBe('زلماي');
    expect(counterpart(ca, cb, 'Khalilzad')).toBe('خليل زاد');
    expect(counterpart(ca, cb, 'Glizmann')).toBe('غليزمان');
  });
});
