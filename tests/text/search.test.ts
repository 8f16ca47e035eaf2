import { describe, expect, it } from 'vitest';
import { buildSearchIndex, buildSearchIndexInSteps, fastKey, searchDocuments, searchIndex } from '../../src/core/text/search';
import { segment } from '../../src/core/text/segment';
import { foldWithMap } from '../../src/core/anchor/fold';
import { seed } from '../seeds';

const doc = (id: string, ...texts: string[]) => ({ id, paragraphs: texts.map((text) => ({ text })) });
/** The original text each hit covers. */
const found = (docs: ReturnType<typeof doc>[], query: string) =>
  searchDocuments(docs, query).hits.map((h) => docs.find((d) => d.id === h.docId)!.paragraphs[h.paragraph]!.text.slice(h.start, h.end));

describe('searchDocuments', () => {
  it.each([
    // [label, paragraph text, query, what the hit covers in the original]
    ['Arabic alef with hamza, query without', 'قال أحمد إن الإتفاق قريب.', 'احمد', 'أحمد'],
    ['Arabic alef madda and hamza below', 'آمال وإسلام', 'امال', 'آمال'],
    ['Arabic query with hamza, text without', 'قال احمد كلمته', 'أحمد', 'احمد'],
    ['Arabic diacritics in the text, and the marks after the last letter', 'هَمزةٌ على السطر', 'همزة', 'هَمزةٌ'],
    ['Arabic diacritics in the query', 'همزة على السطر', 'هَمْزَة', 'همزة'],
    ['Arabic tatweel', 'المســؤول قال', 'المسؤول', 'المســؤول'],
    ['Arabic teh marbuta and heh', 'الحكومه الجديدة', 'الحكومة', 'الحكومه'],
    ['Persian yeh for Arabic yeh', 'شهر كابل في أفغانستان', 'افغانستان', 'أفغانستان'],
    ['Persian ی and Arabic ي', 'ايران و سوريه', 'ایران', 'ايران'],
    ['Persian ک and Arabic ك', 'کابل پایتخت است', 'كابل', 'کابل'],
    ['Persian ZWNJ in the text', 'ما می‌خواهیم بخوانیم', 'میخواهیم', 'می‌خواهیم'],
    ['Persian ZWNJ in the query', 'ما میخواهیم', 'می‌خواهیم', 'میخواهیم'],
    ['Persian digits', 'در سال ۱۴۰۲ خورشیدی', '1402', '۱۴۰۲'],
    ['English, case-insensitive', 'The Taliban said on Monday', 'TALIBAN said', 'Taliban said'],
    ['English, collapsed spaces', 'Kabul  \u00a0airport reopened', 'kabul airport', 'Kabul  \u00a0airport'],
  ])('%s', (_label, text, query, expected) => {
    expect(found([doc('d', text)], query)).toEqual([expected]);
  });

  it('answers in UTF-16 offsets of the original paragraph, across documents and paragraphs', () => {
    const docs = [doc('en', 'No match here.', 'Talks in 😀 Doha, then Doha again.'), doc('ar', 'مفاوضات الدوحة', 'الدوحـــة')];
    const r = searchDocuments(docs, 'doha');
    expect(r.hits).toEqual([
      { docId: 'en', paragraph: 1, start: 12, end: 16 },
      { docId: 'en', paragraph: 1, start: 23, end: 27 },
    ]);
    const ar = searchDocuments(docs, 'الدوحة');
    expect(ar.hits.map((h) => [h.docId, h.paragraph, h.start, h.end])).toEqual([
      ['ar', 0, 8, 14],
      ['ar', 1, 0, 9],
    ]);
  });

  it('never matches across two paragraphs', () => {
    expect(searchDocuments([doc('d', 'end of one', 'start of two')], 'one start').total).toBe(0);
  });

  it('caps the hits at the limit but counts them all', () => {
    const docs = [doc('d', ...Array.from({ length: 30 }, (_, i) => `Paragraph ${i}: Kabul and Kabul.`))];
    const r = searchDocuments(docs, 'kabul', { limit: 5 });
    expect(r.hits).toHaveLength(5);
    expect(r.total).toBe(60);
  });

  it('finds nothing for an empty or blank query, or one made only of marks', () => {
    const docs = [doc('d', 'Some text')];
    expect(searchDocuments(docs, '').total).toBe(0);
    expect(searchDocuments(docs, '   ').total).toBe(0);
    expect(searchDocuments(docs, '\u064e\u200c').total).toBe(0);
  });

  it('reuses one index for many queries', () => {
    const index = buildSearchIndex([doc('a', 'Kabul'), doc('b', 'کابل')]);
    expect(searchIndex(index, 'كابل').hits).toEqual([{ docId: 'b', paragraph: 0, start: 0, end: 4 }]);
    expect(searchIndex(index, 'KABUL').hits).toEqual([{ docId: 'a', paragraph: 0, start: 0, end: 5 }]);
  });
});

describe('fastKey', () => {
  it.each(['000', '001', '002', '003', '004'])('equals foldWithMap(text).key on seed %s', (num) => {
    const text = seed(num);
    expect(fastKey(text)).toBe(foldWithMap(text).key);
  });

  it('equals foldWithMap(text).key on marks, ZWNJ, BOM, emoji, lone surrogates and odd cases', () => {
    for (const text of ['\ufeffİstanbul  ΣΑΣ', 'می‌خواهیم\u200c \t\n x', '😀 a\ud800b \udc00', 'ـــهَمزةٌ ۱۲ ٣', '\u00a0\u2003 end ']) {
      expect(fastKey(text)).toBe(foldWithMap(text).key);
    }
  });
});

describe('building the index in steps', () => {
  it('gives the same index as one pass, pausing between steps', async () => {
    const docs = [
      { id: 'ar', paragraphs: segment(seed('003'), { lang: 'ar' }) },
      { id: 'empty', paragraphs: [] },
      { id: 'en', paragraphs: segment(seed('000')) },
    ];
    let pauses = 0;
    const stepped = await buildSearchIndexInSteps(docs, async () => void pauses++, 10);
    const whole = buildSearchIndex(docs);
    expect(stepped.haystack).toBe(whole.haystack);
    expect([...stepped.paraIndex]).toEqual([...whole.paraIndex]);
    expect([...stepped.paraDoc]).toEqual([...whole.paraDoc]);
    expect(pauses).toBe(Math.ceil((79 + 33) / 10) - 1);
  });
});
