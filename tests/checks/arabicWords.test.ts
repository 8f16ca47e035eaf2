import { describe, expect, it } from 'vitest';
import { checkNameMismatch } from '../../src/core/checks';
import { isDictionaryArabic, packDeltas, unpackDeltas } from '../../src/core/checks/arabicWords';
import { knownSlip } from '../../src/core/checks/knownSlip';
import { doc, oneToOne } from './helpers';

describe('Arabic and Persian dictionary words (arabic-words.json)', () => {
  it('packs sorted hashes as deltas and reads them back', () => {
    const xs = [3, 130, 131, 20_000, 16_777_215];
    expect([...unpackDeltas(packDeltas(xs))]).toEqual(xs);
  });

  it('knows common words of both languages, with or without the article', () => {
    expect(isDictionaryArabic('بانک')).toBe(true);
    expect(isDictionaryArabic('دانش')).toBe(true);
    expect(isDictionaryArabic('المدرسة')).toBe(true);
  });

  it('leaves out names, which the dictionaries list too', () => {
    // A name of the translit train splits, and a word the model reads as a known name.
    expect(isDictionaryArabic('محمد')).toBe(false);
    expect(isDictionaryArabic('لندن')).toBe(false);
  });

  it('keeps a common word from standing for a known name a letter from an unknown one', () => {
    // "Danise" is a letter from Danish, which writes دانش (knowledge) closely; knowledge is
    // no name, and the translation (a pronoun) does not name Danise at all.
    expect(knownSlip('Danise', ['دانش'])).toMatchObject({ text: 'danish' });
    const en = doc('en', 'en', ['Danise said knowledge is power.', 'Madrae said the school was closed.']);
    const fa = doc('fa', 'fa', ['او گفت دانش توانایی است.', 'او گفت مدرسه بسته شد.']);
    expect(checkNameMismatch({ a: en, b: fa, beads: oneToOne(2) })).toEqual([]);
  });
});

describe('slips of known names', () => {
  it('does not judge a three-letter name a slip of a known one a letter away', () => {
    // Bel writes بيل; "Ael" is a letter from it, as many real three-letter names are from some known one.
    expect(knownSlip('Ael', ['بيل'])).toMatchObject({ text: 'bel' });
    const en = doc('en', 'en', ['Ael said it was over.']);
    const ar = doc('ar', 'ar', ['قال بيل إن الأمر انتهى.']);
    expect(checkNameMismatch({ a: en, b: ar, beads: oneToOne(1) })).toEqual([]);
  });
});
