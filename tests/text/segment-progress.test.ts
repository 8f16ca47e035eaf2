import { describe, expect, it } from 'vitest';
import { segment, segmentWithProgress } from '../../src/core/text/segment';
import { seed } from '../seeds';

describe('segmentWithProgress', () => {
  it.each([
    ['000', 'en'],
    ['003', 'ar'],
    ['004', undefined],
  ])('gives exactly what segment gives for seed %s', (num, lang) => {
    const text = seed(num);
    const options = lang ? { lang } : {};
    expect(segmentWithProgress(text, options, () => {}, 7)).toEqual(segment(text, options));
  });

  it('keeps kind overrides, with Persian (ZWNJ) and Arabic (diacritics, tatweel) text', () => {
    const text = 'می‌خواهیم بخوانیم.\nLoading...\nقالَ المســؤول إن المحادثات مستمرة.';
    const options = { lang: 'fa', kindOverrides: { 1: 'body' as const } };
    const got = segmentWithProgress(text, options, () => {}, 1);
    expect(got).toEqual(segment(text, options));
    expect(got[1]).toMatchObject({ kind: 'body', kindByUser: true });
  });

  it('reports rising fractions per chunk, ending at 1', () => {
    const text = Array.from({ length: 25 }, (_, i) => `Paragraph number ${i} ends here.`).join('\n');
    const seen: number[] = [];
    const paras = segmentWithProgress(text, { lang: 'en' }, (f) => seen.push(f), 10);
    expect(paras).toHaveLength(25);
    expect(seen.length).toBe(2 + 3); // split, kinds, then three chunks of ten
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(1);
  });

  it('ends at 1 for empty text', () => {
    const seen: number[] = [];
    expect(segmentWithProgress('', {}, (f) => seen.push(f))).toEqual([]);
    expect(seen.at(-1)).toBe(1);
  });
});
