import { describe, expect, it } from 'vitest';
import { checkNumbers } from '../../src/core/checks';
import { arabicNumberEntry, numberPhrases } from '../../src/core/checks/numberWords';
import { tokenize } from '../../src/core/checks/tokens';
import { doc, oneToOne } from './helpers';

const values = (text: string) => numberPhrases(tokenize(text)).map((p) => p.value);

describe('numbers written in words', () => {
  it.each([
    ['المادة العاشرة بعد المائة من الدستور', [110]],
    ['مائة وعشرة أشخاص', [110]],
    ['ثلاثة وعشرون جنديا', [23]],
    ['الحادي عشر من سبتمبر', [11]],
    ['ثلاثة آلاف شخص', [3000]],
    ['ألفين وخمسمائة جندي', [2500]],
    ['القرن الحادي والعشرين', [21]],
    ['ماده صد و دهم قانون', [110]],
    ['بیست و یک نفر', [21]],
    ['دو هزار و پانصد سرباز', [2500]],
    ['سومین دیدار', [3]],
    ['one hundred and ten people', [110]],
    ['the twenty-first century', [21]],
    ['three thousand troops', [3000]],
  ])('reads “%s”', (text, want) => expect(values(text)).toEqual(want));

  it('keeps separate numbers apart', () => {
    expect(values('ثلاثة رجال وأربع نساء')).toEqual([3, 4]);
    expect(values('سه مرد و چهار زن')).toEqual([3, 4]);
  });

  it('lets a number in words confirm the figure across the pair (Article 110)', () => {
    const en = doc('en', 'en', ['Article 110 of the constitution gives 23 seats to the north.']);
    const ar = doc('ar', 'ar', ['تمنح المادة العاشرة بعد المائة من الدستور ثلاثة وعشرين مقعدا للشمال.']);
    const fa = doc('fa', 'fa', ['ماده صد و دهم قانون اساسی بیست و سه کرسی به شمال می‌دهد.']);
    expect(checkNumbers({ a: en, b: ar, beads: oneToOne(1) })).toEqual([]);
    expect(checkNumbers({ a: en, b: fa, beads: oneToOne(1) })).toEqual([]);
    // A different figure in words still leaves the digits unconfirmed.
    const ar2 = doc('ar', 'ar', ['تمنح المادة العاشرة بعد المائتين من الدستور ثلاثة وعشرين مقعدا للشمال.']);
    expect(checkNumbers({ a: en, b: ar2, beads: oneToOne(1) }).map((f) => f.data?.text)).toEqual(['110']);
  });
});

describe('numbers written in words, with the Arabic entries looked up by the caller', () => {
  it.each([
    'المادة العاشرة بعد المائة من الدستور',
    'قتل ثلاثة وعشرون جنديا و مائة وعشرة أشخاص في 2019 and twenty-one others',
    'دو هزار و پانصد سرباز و بیست و یک نفر',
  ])('reads the same phrases in %s', (text) => {
    const tokens = tokenize(text);
    const entries = tokens.map((t) => (t.arabic ? arabicNumberEntry(t.text) : undefined));
    const phrases = numberPhrases(tokens, entries);
    expect(phrases.length).toBeGreaterThan(0);
    expect(phrases).toEqual(numberPhrases(tokens));
  });
});
