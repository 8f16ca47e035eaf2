import { describe, expect, it } from 'vitest';
import { detectLanguage, dirOf } from '../../src/core/text/detect';
import { seed } from '../seeds';

describe('detectLanguage on the seeds', () => {
  it.each([
    ['000', 'en', 'ltr'],
    ['001', 'en', 'ltr'],
    // English article under a Persian masthead: the body decides.
    ['002', 'en', 'ltr'],
    ['003', 'ar', 'rtl'],
    ['004', 'en', 'ltr'],
  ])('seed %s is %s (%s)', (num, lang, dir) => {
    const d = detectLanguage(seed(num));
    expect(d.lang).toBe(lang);
    expect(d.dir).toBe(dir);
  });
});

describe('detectLanguage on short and mixed strings', () => {
  it.each([
    ['Taliban seek ties with Trump', 'en'],
    ['طالبان تسعى لعلاقات رسمية مع إدارة ترامب', 'ar'],
    ['مدرسة', 'ar'], // teh marbuta
    ['كتاب', 'ar'], // Arabic kaf
    ['پدر', 'fa'], // peh
    ['چای', 'fa'], // tcheh and Persian yeh
    ['گزارش ژوئن', 'fa'], // gaf, zheh
    ['کتاب‌ها', 'fa'], // Persian kaf and ZWNJ
    ['افغانستان آزاد – آزاد افغانستان', 'ar'], // no distinctive letter: Arabic is the default
    ['قال Donald Trump إن طالبان', 'ar'], // Arabic sentence with an English name
    ['Trump met خليل زاد in Kabul on Monday', 'en'],
    ['دونالد ترامپ در کابل', 'fa'],
    ['2025-03-20', 'und'],
    ['', 'und'],
  ])('%j → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('gives right-to-left direction to Arabic-script languages only', () => {
    expect(dirOf('ar')).toBe('rtl');
    expect(dirOf('fa-IR')).toBe('rtl');
    expect(dirOf('en')).toBe('ltr');
    expect(dirOf('fr')).toBe('ltr');
  });
});
