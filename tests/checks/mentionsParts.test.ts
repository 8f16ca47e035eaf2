import { describe, expect, it } from 'vitest';
import { latinMentions, loweredCapitals, mentionsAndLowered } from '../../src/core/checks/mentions';
import { doc } from './helpers';

describe('names of a document read with its compounds in parts', () => {
  // "Kowalski-Rain" in mid-sentence writes Rain capitalised once read in parts, which makes the
  // sentence-opening "Rain" a name although the book also writes "rain" small (far away); read
  // whole, the compound is one word and says nothing about Rain.
  const filler = Array.from({ length: 30 }, (_, k) => `The committee met again on day ${k + 1} and the talks went on.`);
  const text = [
    'By noon the rain had stopped and the roads were open.',
    ...filler,
    'On Monday the lawyer Ann Kowalski-Rain spoke to the court.',
    'Rain said the case would go on.',
  ];
  const names = (ms: Array<{ text: string }>) => ms.map((m) => m.text);

  it('finds the same names whether or not the document was first read whole', () => {
    const fresh = latinMentions(doc('fresh', 'en', text), true);
    const afterWhole = doc('after', 'en', text);
    const whole = latinMentions(afterWhole);
    expect(names(whole)).not.toContain('Rain');
    expect(names(fresh).filter((n) => n === 'Rain')).toHaveLength(2);
    expect(latinMentions(afterWhole, true)).toEqual(fresh);
  });

  it('finds the lowered capitals with the mentions as on their own', () => {
    const d = doc('both', 'en', ['The new plan was Based on old rules.', 'Mr Ortega said it was based on old plans.']);
    const { lowered } = mentionsAndLowered(d, true);
    expect(names(lowered)).toEqual(['Based']);
    expect(lowered).toEqual(loweredCapitals(d, true));
  });
});
