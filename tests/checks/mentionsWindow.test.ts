import { describe, expect, it } from 'vitest';
import { nameIndex } from '../../src/core/checks';
import { doc } from './helpers';

const filler = (n: number, from: number): string[] =>
  Array.from({ length: n }, (_, k) => `The committee met again on day ${from + k} and the talks went on until the evening.`);

describe('names in a long document', () => {
  // A book's chapters have their own cast: a name one chapter writes as a common word
  // ("rain" in a weather report) stays a name where it is one.
  const book = doc('book', 'en', [
    'Inspector Rain told the court that the witness had lied twice.',
    'The judge asked Rain to read the statement aloud.',
    ...filler(60, 1),
    'By the evening the rain had stopped and the roads were open again.',
  ]);

  it('keeps a name in the chapter that writes it as a name', () => {
    const spellings = nameIndex([book]).flatMap((e) => e.spellings.map((s) => s.text));
    expect(spellings).toContain('Rain');
  });

  it('does not read a capital as a name next to the word written small', () => {
    const near = doc('near', 'en', ['The rain had stopped by noon.', 'Farmers said the Rain was welcome after the long summer.']);
    const spellings = nameIndex([near]).flatMap((e) => e.spellings.map((s) => s.text));
    expect(spellings).not.toContain('Rain');
  });

  it('does not index a common word capitalised only at a sentence start or in a headline', () => {
    // The word is written small in the document, only too far away for the window to see it.
    const long = doc('long', 'en', [
      'Web Pioneer Plans to Take on Google and Facebook',
      'A spokesman for Google declined to comment.',
      'Now we have this great relationship.',
      'Small Firms Take Aim at Google Over Fees',
      'Now the real work begins.',
      ...filler(60, 1),
      'Both sides said they would take the offer now and sign it next week.',
    ]);
    const spellings = nameIndex([long]).flatMap((e) => e.spellings.map((s) => s.text));
    expect(spellings).not.toContain('Take');
    expect(spellings).not.toContain('Now');
    expect(spellings).toContain('Google');
  });
});
