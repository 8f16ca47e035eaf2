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

  it('reads no Arabic verb as a given name an English word replaced', () => {
    const en = doc('en', 'en', ["Desert Island Discs: Tom Daley felt 'inferior' over sexuality Olympic diver Tom Daley says he grew up feeling inferior to everyone because of his sexuality - but that gave him the motivation to become a success."]);
    const ar = doc('ar', 'ar', ['أقراص صحراء الجزيرة: شعر توم دالي "بالنقص" حيال هويته الجنسية يقول الغواص الأولمبي توم دالي أنه كان يشعر بالنقص تجاه الجميع في نشأته بسبب هويته الجنسية – لكن ذلك أعطاه الدافع ليصبح شخصًا ناجحًا.']);
    // ليصبح ("to become") romanises as a name one letter from a known one; running Arabic also
    // writes تصبح and أصبح, as a verb's persons, so it is no given name "Island" stood for.
    expect(checkNameMismatch({ a: en, b: ar, beads: oneToOne(1) })).toEqual([]);
  });

  it('leaves a name the translation keeps in Latin letters, and still flags a garbled given name beside its surname', () => {
    // NTREX reuters.218861, Persian: the translator kept "Ri Yong Ho" as it is; عدم ("lack") later
    // in the sentence shares a skeleton with "Ri", which no Persian word stands for.
    const en = doc('en', 'en', [
      'Ri Yong Ho told the world body\'s annual General Assembly that North Korea had taken "significant goodwill measures" in the past year, such as stopping nuclear and missiles tests, dismantling the nuclear test site, and pledging not to proliferate nuclear weapons and nuclear technology.',
    ]);
    const fa = doc('fa', 'fa', [
      'Ri Yong Ho به مجمع عمومی سالانه این نهاد جهانی گفت که کره شمالی در سال گذشته «اقدامات قابل توجهی برای نشان دادن حسن نیت» خود انجام داده، از جمله توقف آزمایشات هسته‌ای و موشکی، از بین بردن سایت آزمایش هسته‌ای و متعهد شدن نسبت به عدم توسعه سلاح‌ها و فناوری هسته‌ای.',
    ]);
    expect(checkNameMismatch({ a: en, b: fa, beads: oneToOne(1) })).toEqual([]);
    const garbled = doc('en', 'en', ['The former envoy of Trump, Zawassi Khalilzad, said the step was good.']);
    const ar = doc('ar', 'ar', ['قال مبعوث ترامب السابق، زلماي خليل زاد، إن الخطوة جيدة.']);
    expect(checkNameMismatch({ a: garbled, b: ar, beads: oneToOne(1) }).map((f) => [f.data?.text, f.suggestion])).toEqual([['Zawassi', 'Zalmay']]);
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
