import { describe, expect, it } from 'vitest';
import { checkNameMismatch } from '../../src/core/checks';
import { isDictionaryArabic } from '../../src/core/checks/arabicWords';
import { useCommonWords } from '../../src/core/checks/modelMatch';
import common from '../../src/core/checks/common-words.json';
import { doc, oneToOne } from './helpers';

// Text outside the news the common-word list was learnt from: its Arabic words are not listed
// there, so only the dictionary list tells them from names. Its own file, since the list is
// read once per word.
useCommonWords({ arabic: [], english: common.english });

describe('nouns of running Arabic and Persian that read as names', () => {
  it('leaves a name whose letter-off neighbour only writes a noun of the sentence', () => {
    const en = doc('en', 'en', ["While Livi's 34th-minute opener may have been against the run of play, no one can deny they deserved it for their graft alone."]);
    const ar = doc('ar', 'ar', ['على الرغم من أنه في الدقيقة 34 من المباراة الافتتاحية لليفينغستون كانت ضد طريقة اللعب، إلا أنه لا يمكن لأحد أن ينكر أنه استحقها بسبب جديتهم في اللعب وحدها.']);
    // اللعب ("the play") reads as the name Liv's; it is a noun, and Livi (Livingston) no slip of Liv.
    expect(checkNameMismatch({ a: en, b: ar, beads: oneToOne(1) })).toEqual([]);
  });

  it('leaves a name when the word its letter-off neighbour writes is a Persian comparative', () => {
    const en = doc('en', 'en', ['Many of the colourful masks had sewn up lips and resembled more like Hannibal Lecter than haute couture.']);
    const prs = doc('prs', 'fa', ['بسیاری از ماسک های رنگارنگ لب های دوخته شده داشتند و بیشتر شبیه هانیبال لکر بودند تا طراحی پوشاک مد بالا.']);
    // بیشتر ("more") reads as the name Lester; running Persian also writes بیشترین, which no name takes.
    expect(checkNameMismatch({ a: en, b: prs, beads: oneToOne(1) })).toEqual([]);
  });

  it('knows law and championship as words, not names', () => {
    expect(isDictionaryArabic('القانون')).toBe(true);
    expect(isDictionaryArabic('قهرمانی')).toBe(true);
  });

  it('knows a Persian verb as a word, though a name list writes a name so', () => {
    // دارد ("has"), ندارد ("has not"): the Arabic-script name lists also hold it as "Dard".
    expect(isDictionaryArabic('دارد')).toBe(true);
  });
});
