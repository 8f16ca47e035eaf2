import { describe as group, expect, it } from 'vitest';
import { anchor, describe, reanchorDocument, type AnchorMethod } from '../../src/core/anchor';
import { foldWithMap } from '../../src/core/anchor/fold';
import { approxSearch, editDistance } from '../../src/core/anchor/approx';
import { foldForMatch } from '../../src/core/text/normalize';
import { segment } from '../../src/core/text/segment';
import { seed } from '../seeds';

const AR = segment(seed('003'), { lang: 'ar' }).map((p) => p.text);
/** "…ميكانيكي الطيران الأمريكي جورج غليزمان، قال كل من طالبان…" from seed 003. */
const AR_GLEESON = AR.find((t) => t.startsWith('بعد اجتماع الشهر الماضي'))!;
const FA = 'دولت ایران می‌خواهد مذاکرات را ادامه دهد، اما وزیر خارجه گفت که کابل هنوز پاسخی نداده است.';
const EN = 'When U.S. and Taliban representatives signed an agreement in February 2020, they agreed to seek relations.';

/** The span of the n-th (0-based) occurrence of `word` in `text`. */
function spanOf(text: string, word: string, nth = 0): [number, number] {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(word, at + 1);
  if (at < 0) throw new Error(`no "${word}" #${nth} in test text`);
  return [at, at + word.length];
}

interface Case {
  name: string;
  text: string;
  word: string;
  nth?: number;
  /** The paragraph as it is after the change. */
  changed: (t: string) => string;
  /** What the anchored span must read in the changed text; null for an orphan. */
  expect: { text: string; method: AnchorMethod } | null;
}

const cases: Case[] = [
  { name: 'ar: unchanged text anchors by position', text: AR_GLEESON, word: 'غليزمان', changed: (t) => t, expect: { text: 'غليزمان', method: 'position' } },
  {
    name: 'ar: a new sentence before it shifts offsets, the quote finds it',
    text: AR_GLEESON,
    word: 'غليزمان',
    changed: (t) => `هذه جملة جديدة أضيفت في البداية. ${t}`,
    expect: { text: 'غليزمان', method: 'quote' },
  },
  {
    name: 'ar: diacritics added on the word (final damma included in the span)',
    text: AR_GLEESON,
    word: 'غليزمان',
    changed: (t) => t.replace('غليزمان', 'غَلِيزْمَانُ'),
    expect: { text: 'غَلِيزْمَانُ', method: 'quote' },
  },
  {
    name: 'ar: tatweel inside the word and a sentence before it',
    text: AR_GLEESON,
    word: 'غليزمان',
    changed: (t) => `خبر عاجل. ${t.replace('غليزمان', 'غليـــزمان')}`,
    expect: { text: 'غليـــزمان', method: 'quote' },
  },
  {
    name: 'ar: alef with hamza and final yeh written plainly (أ→ا, ي→ى)',
    text: AR_GLEESON,
    word: 'الطيران الأمريكي',
    changed: (t) => `تحديث: ${t.replace('الطيران الأمريكي', 'الطيران الامريكى')}`,
    expect: { text: 'الطيران الامريكى', method: 'quote' },
  },
  {
    name: 'ar: Persian keyboard letters (ی ک) for Arabic ones',
    text: AR_GLEESON,
    word: 'ميكانيكي',
    changed: (t) => ` ${t.replace('ميكانيكي', 'میکانیکی')}`,
    expect: { text: 'میکانیکی', method: 'quote' },
  },
  {
    name: 'ar: the name respelled by one letter is found approximately',
    text: AR_GLEESON,
    word: 'جورج غليزمان',
    changed: (t) => t.replace('غليزمان', 'غلايزمان'),
    expect: { text: 'جورج غلايزمان', method: 'fuzzy' },
  },
  {
    name: 'ar: the name removed from the paragraph is an orphan',
    text: AR_GLEESON,
    word: 'غليزمان',
    changed: (t) => t.replace('جورج غليزمان', 'المعتقل'),
    expect: null,
  },
  {
    name: 'ar: a repeated word is told apart by its context',
    text: 'أفرجت طالبان عن غليزمان يوم الخميس. وقال مسؤول أمريكي آخر عقب الإفراج عن غليزمان إن المحادثات مستمرة.',
    word: 'غليزمان',
    nth: 1,
    changed: (t) => `مقدمة طويلة عن طالبان والولايات المتحدة. ${t}`,
    expect: { text: 'غليزمان', method: 'quote' },
  },
  {
    name: 'fa: ZWNJ in the quote, none in the new text',
    text: FA,
    word: 'می‌خواهد',
    changed: (t) => `امروز ${t.replace('می‌خواهد', 'میخواهد')}`,
    expect: { text: 'میخواهد', method: 'quote' },
  },
  {
    name: 'fa: no ZWNJ in the quote, ZWNJ in the new text',
    text: FA.replace('می‌خواهد', 'میخواهد'),
    word: 'میخواهد',
    changed: (t) => `امروز ${t.replace('میخواهد', 'می‌خواهد')}`,
    expect: { text: 'می‌خواهد', method: 'quote' },
  },
  {
    name: 'fa: a space where the ZWNJ was is one edit: fuzzy',
    text: FA,
    word: 'می‌خواهد',
    changed: (t) => `امروز ${t.replace('می‌خواهد', 'می خواهد')}`,
    expect: { text: 'می خواهد', method: 'fuzzy' },
  },
  {
    name: 'fa: Arabic yeh and kaf typed for Persian ones (كابل ← کابل)',
    text: FA,
    word: 'کابل هنوز',
    changed: (t) => `خبر: ${t.replace('کابل', 'كابل')}`,
    expect: { text: 'كابل هنوز', method: 'quote' },
  },
  {
    name: 'en: Persian digits for ASCII ones, and a shift',
    text: EN,
    word: 'February 2020',
    changed: (t) => `Update: ${t.replace('2020', '۲۰۲۰')}`,
    expect: { text: 'February ۲۰۲۰', method: 'quote' },
  },
  {
    name: 'en: a change after the span keeps the position',
    text: EN,
    word: 'Taliban',
    changed: (t) => t.replace('relations', 'constructive relations with one another'),
    expect: { text: 'Taliban', method: 'position' },
  },
  {
    name: 'en: spacing changed inside the quote (NBSP, double space)',
    text: EN,
    word: 'signed an agreement',
    changed: (t) => `X ${t.replace('signed an agreement', 'signed\u00a0an  agreement')}`,
    expect: { text: 'signed\u00a0an  agreement', method: 'quote' },
  },
];

group('anchor(describe(span)) after the paragraph changed', () => {
  it.each(cases)('$name', (c) => {
    const [start, end] = spanOf(c.text, c.word, c.nth);
    const selectors = describe(c.text, start, end);
    const changed = c.changed(c.text);
    const hit = anchor(changed, selectors);
    if (c.expect === null) {
      expect(hit).toBeNull();
      return;
    }
    expect(hit).not.toBeNull();
    expect(changed.slice(hit!.start, hit!.end)).toBe(c.expect.text);
    expect(hit!.method).toBe(c.expect.method);
  });

  it('finds the second of two repeated words at its new offset, not the first', () => {
    const c = cases.find((x) => x.nth === 1)!;
    const [start, end] = spanOf(c.text, c.word, 1);
    const changed = c.changed(c.text);
    const hit = anchor(changed, describe(c.text, start, end))!;
    expect([hit.start, hit.end]).toEqual(spanOf(changed, c.word, 1));
  });
});

group('describe', () => {
  it('keeps at most 32 characters of context on each side', () => {
    const [start, end] = spanOf(AR_GLEESON, 'غليزمان');
    const [quote, position] = describe(AR_GLEESON, start, end);
    expect(quote.exact).toBe('غليزمان');
    expect(quote.prefix).toBe(AR_GLEESON.slice(start - 32, start));
    expect(quote.suffix).toBe(AR_GLEESON.slice(end, end + 32));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
  });

  it('has short contexts at the edges of a paragraph', () => {
    const [quote] = describe('غليزمان', 0, 7);
    expect(quote).toEqual({ type: 'TextQuoteSelector', exact: 'غليزمان', prefix: '', suffix: '' });
  });

  it('never splits an emoji (surrogate pair) in the quote or its contexts', () => {
    const text = 'ok 👍🏽 نعم';
    const [quote, position] = describe(text, 4, 6); // starts inside 👍
    expect(quote.exact).toBe('👍🏽');
    expect([position.start, position.end]).toEqual([3, 7]);
    const [q2] = describe(`${'😀'.repeat(20)}x`, 40, 41);
    expect(q2.prefix.length % 2).toBe(0);
    expect(q2.prefix).toBe('😀'.repeat(16));
  });

  it('refuses an empty span and one outside the paragraph with coded errors', () => {
    expect(() => describe('abc', 1, 1)).toThrow(expect.objectContaining({ code: 'empty-input' }));
    expect(() => describe('abc', 2, 9)).toThrow(expect.objectContaining({ code: 'invalid-format' }));
    expect(() => describe('abc', -1, 2)).toThrow(expect.objectContaining({ code: 'invalid-format' }));
  });

  it('takes a letter with its harakat: a span never starts or ends between them', () => {
    const text = 'كَتَبَ الرسالة';
    const [quote, position] = describe(text, 1, 3); // from the fatha on kaf to teh
    expect(quote.exact).toBe('كَتَ');
    expect([position.start, position.end]).toEqual([0, 4]);
  });

  it('anchors a quote that is only a ZWNJ (an empty key) by its raw text', () => {
    const text = 'می‌خواهد';
    const sel = describe(text, 2, 3);
    expect(sel[0].exact).toBe('\u200c');
    const changed = `او ${text}`;
    const hit = anchor(changed, sel)!;
    expect(hit).toMatchObject({ start: 5, end: 6, method: 'quote' });
  });

  it('anchors by position alone when there is no quote selector', () => {
    expect(anchor('abcdef', [{ type: 'TextPositionSelector', start: 1, end: 3 }])).toEqual({ start: 1, end: 3, method: 'position' });
    expect(anchor('ab', [{ type: 'TextPositionSelector', start: 1, end: 3 }])).toBeNull();
  });
});

group('folding with an offset map', () => {
  it.each([
    ['غَلِيـــزْمَانُ', 'غليزمان'],
    ['می‌خواهد', 'میخواهد'.replace(/ی/g, 'ي')],
    ['الأمريكى  ٢٠٢٥', 'الامريكي 2025'],
    ['Taliban\u00a0ABC', 'taliban abc'],
  ])('%s folds to %s like foldForMatch, one map entry per key unit', (source, key) => {
    const f = foldWithMap(source);
    expect(f.key).toBe(key);
    expect(f.starts.length).toBe(f.key.length);
    expect(foldForMatch(source).replace(/\s+/g, ' ')).toBe(key);
    for (let i = 1; i < f.starts.length; i++) expect(f.starts[i]!).toBeGreaterThanOrEqual(f.starts[i - 1]!);
  });
});

group('approximate search', () => {
  it('computes edit distances', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('غليزمان', 'غلايزمان')).toBe(1);
  });

  it('finds each approximate occurrence once, with its errors', () => {
    const hits = approxSearch('xx غلايزمان yy غليزمن zz', 'غليزمان', 1);
    expect(hits.map((h) => h.errors)).toEqual([1, 1]);
    expect(hits.map((h) => 'xx غلايزمان yy غليزمن zz'.slice(h.start, h.end))).toEqual(['غلايزمان', 'غليزمن']);
  });

  it('finds nothing beyond the error budget', () => {
    expect(approxSearch('abcdefgh', 'xyz', 1)).toEqual([]);
  });
});

group('reanchorDocument', () => {
  const doc = AR.slice(0, 40);
  const home = doc.indexOf(AR_GLEESON);
  const [start, end] = spanOf(AR_GLEESON, 'غليزمان');
  const target = { paragraph: home, selectors: describe(AR_GLEESON, start, end) };

  it('keeps an unchanged document where it was', () => {
    expect(reanchorDocument(doc, target)).toEqual({ paragraph: home, start, end, method: 'position' });
  });

  it('follows a paragraph moved by one inserted before it', () => {
    const changed = ['فقرة جديدة في أعلى الخبر.', ...doc];
    expect(reanchorDocument(changed, target)).toEqual({ paragraph: home + 1, start, end, method: 'quote' });
  });

  it('follows a paragraph split in two (the quote in the second part)', () => {
    const cut = AR_GLEESON.indexOf('جورج');
    const changed = [...doc.slice(0, home), AR_GLEESON.slice(0, cut).trim(), AR_GLEESON.slice(cut), ...doc.slice(home + 1)];
    const hit = reanchorDocument(changed, target)!;
    expect(hit.paragraph).toBe(home + 1);
    expect(changed[hit.paragraph]!.slice(hit.start, hit.end)).toBe('غليزمان');
  });

  it('searches the whole document when the paragraph moved far away', () => {
    const changed = [...doc];
    changed.splice(home, 1);
    changed.unshift(AR_GLEESON.replace('غليزمان', 'غَلِيزمان'));
    const hit = reanchorDocument(changed, target)!;
    expect(hit.paragraph).toBe(0);
    expect(changed[0]!.slice(hit.start, hit.end)).toBe('غَلِيزمان');
  });

  it('prefers a near paragraph to a far one holding the same words', () => {
    const near = `فقرة قريبة: ${AR_GLEESON}`;
    const changed = [AR_GLEESON, ...doc.slice(1, home), near, ...doc.slice(home + 1)];
    expect(reanchorDocument(changed, target)!.paragraph).toBe(home);
  });

  it('still searches when the document now has fewer paragraphs than the index', () => {
    const hit = reanchorDocument([doc[0]!, AR_GLEESON], { ...target, paragraph: 99 });
    expect(hit).toEqual({ paragraph: 1, start, end, method: 'quote' });
  });

  it('returns null (an orphan) when the words are gone everywhere', () => {
    const changed = doc.map((p) => p.replaceAll('غليزمان', 'المحتجز'));
    expect(reanchorDocument(changed, target)).toBeNull();
  });

  it('re-anchors a Persian quote across a ZWNJ change in a neighbour paragraph', () => {
    const [s, e] = spanOf(FA, 'می‌خواهد');
    const t = { paragraph: 0, selectors: describe(FA, s, e) };
    const changed = ['مقدمه', 'خبر دیگر', FA.replace('می‌خواهد', 'میخواهد')];
    const hit = reanchorDocument(changed, t)!;
    expect(hit.paragraph).toBe(2);
    expect(changed[2]!.slice(hit.start, hit.end)).toBe('میخواهد');
  });
});
