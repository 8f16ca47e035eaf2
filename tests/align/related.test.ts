import { describe, expect, it } from 'vitest';
import { relatedFigures } from '../../bench/related';
import { align } from '../../src/core/align';
import { englishStem } from '../../src/core/align/comparable';
import { scoreLinks } from '../../src/core/align/linkScore';
import { paragraph } from '../../bench/corpus';

const doc = (texts: string[]) => ({ lang: 'en', paragraphs: texts.map((t, i) => paragraph(i, t, 'en')) });
const filler = (k: number): string => `Paragraph ${k} of routine coverage says the government will also look at the matter again after talks.`;

describe('related reports (comparable mode)', () => {
  it('scores links against sure and possible gold: possible links are not errors, only sure ones are required', () => {
    const s = scoreLinks([{ a: 1, b: 2 }, { a: 3, b: 3 }, { a: 5, b: 0 }], { sure: [[1, 2], [4, 4]], possible: [[3, 3]] });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(1 / 2);
  });

  it('links two reports by rare shared words within one language, not by words every news report uses', () => {
    const a = doc([
      'The annual intelligence report no longer lists the group among the threats.',
      'Officials said the government will also consider the matter after the talks.',
      ...Array.from({ length: 8 }, (_, k) => filler(k)),
    ]);
    const b = doc([
      ...Array.from({ length: 5 }, (_, k) => filler(k + 10)),
      'The government will also meet after the talks, officials said.',
      'This year the annual report of the intelligence services did not mention such threats.',
      ...Array.from({ length: 3 }, (_, k) => filler(k + 20)),
    ]);
    const links = align(a, b, { mode: 'comparable' });
    expect(links.some((l) => l.a === 0 && l.b === 6)).toBe(true);
    expect(links.find((l) => l.a === 0 && l.b === 6)!.evidence.join(' ')).toMatch(/annual/);
    expect(links.some((l) => l.a === 1 && l.b === 5)).toBe(false);
  });

  it('links the same fact written in another form of the word (released / release), counted once', () => {
    const a = doc([
      'The group released the prisoner after talks mediated by a neighbouring state.',
      ...Array.from({ length: 9 }, (_, k) => filler(k)),
    ]);
    const b = doc([
      ...Array.from({ length: 6 }, (_, k) => filler(k + 10)),
      'The release of the prisoners was mediated by a neighbour, officials said.',
      ...Array.from({ length: 3 }, (_, k) => filler(k + 20)),
    ]);
    const link = align(a, b, { mode: 'comparable' }).find((l) => l.a === 0 && l.b === 6);
    expect(link?.evidence.join(' ')).toMatch(/released=release/);
    expect(link!.evidence.filter((e) => /prisoner/.test(e))).toHaveLength(1);
    expect([englishStem('organizations'), englishStem('releasing'), englishStem('stopped')]).toEqual(['organization', 'releas', 'stop']);
    // Derivation is not inflection: "national" is not "nation".
    expect(englishStem('national')).not.toBe(englishStem('nation'));
  });

  it('needs one fact the reports tell once or twice: names of the setting, however many, link nothing', () => {
    const setting = (k: number): string => `In Kabul, Islamic leaders met again on day ${k + 40}.`;
    const a = doc([setting(0), setting(1), setting(2), 'Ambassador Wolfowitz landed in Kabul, Islamic officials said.', ...Array.from({ length: 20 }, (_, k) => filler(k))]);
    const b = doc([...Array.from({ length: 14 }, (_, k) => filler(k + 30)), setting(3), setting(4), 'Wolfowitz spoke to the press.', setting(5), ...Array.from({ length: 6 }, (_, k) => filler(k + 50))]);
    const links = align(a, b, { mode: 'comparable' });
    // Kabul and Islamic are in three paragraphs of each report: together, by chance, in any of them.
    expect(links.filter((l) => l.a < 3 && l.b >= 14 && l.b !== 16)).toEqual([]);
    expect(links.some((l) => l.a === 3 && l.b === 16)).toBe(true);
  });

  it('in a text longer than a report, counts "told once or twice" within the report-sized stretch around a link', () => {
    // Three reports pasted as one text each side: Wolfowitz is told once in each, three times in all.
    const told = 'Ambassador Wolfowitz spoke to the press again.';
    const text = (offset: number): string[] => Array.from({ length: 150 }, (_, k) => (k % 65 === 10 ? told : filler(k + offset)));
    const links = align(doc(text(0)), doc(text(500)), { mode: 'comparable' });
    expect(links.some((l) => l.a === 10 && l.b === 10)).toBe(true);
    // Within one report the rule is unchanged: three tellings in 30 paragraphs are the setting.
    const report = (offset: number): string[] => Array.from({ length: 30 }, (_, k) => (k % 10 === 3 ? told : filler(k + offset)));
    expect(align(doc(report(0)), doc(report(500)), { mode: 'comparable' })).toEqual([]);
  });

  it('counts a name of several words once, and shows it whole, also across scripts', () => {
    const a = doc(['Zalmay Khalilzad flew to Doha.', ...Array.from({ length: 24 }, (_, k) => filler(k))]);
    const arFiller = 'تقول التغطية المعتادة إن الحكومة ستنظر في الأمر مرة أخرى بعد المحادثات.';
    const b = { lang: 'ar', paragraphs: [...Array.from({ length: 20 }, () => arFiller), 'انتهت المحادثات مع زلماي خليل زاد أمس.', ...Array.from({ length: 4 }, () => arFiller)].map((t, i) => paragraph(i, t, 'ar')) };
    const link = align(a, b, { mode: 'comparable' }).find((l) => l.a === 0 && l.b === 20);
    expect(link?.evidence).toEqual(['name Zalmay Khalilzad ~ زلماي خليل زاد']);
  });

  it('links English and Arabic reports by words the general word table pairs, not only by names', () => {
    const a = doc(['The annual intelligence report on global threats did not name the group.', ...Array.from({ length: 24 }, (_, k) => filler(k))]);
    const arFiller = 'تقول التغطية المعتادة إن الحكومة ستنظر في الأمر مرة أخرى بعد المحادثات.';
    const b = { lang: 'ar', paragraphs: [...Array.from({ length: 20 }, () => arFiller), 'لم يذكر التقرير السنوي لأجهزة الاستخبارات حول التهديد العالمي الجماعة.', ...Array.from({ length: 4 }, () => arFiller)].map((t, i) => paragraph(i, t, 'ar')) };
    const link = align(a, b, { mode: 'comparable' }).find((l) => l.a === 0 && l.b === 20);
    expect(link?.evidence.join(' ')).toMatch(/annual=سنوي/);
  });

  it('weighs a figure by how many news reports write it: "20 years" alone links nothing, 2,500 dead does', () => {
    const a = doc(['The war lasted 20 years.', 'About 2,500 soldiers died.', ...Array.from({ length: 23 }, (_, k) => filler(k + 200))]);
    const b = doc([...Array.from({ length: 20 }, (_, k) => filler(k + 300)), 'Aid flowed for 20 years.', 'Nearly 2,500 soldiers were killed.', ...Array.from({ length: 3 }, (_, k) => filler(k + 400))]);
    const links = align(a, b, { mode: 'comparable' });
    expect(links.some((l) => l.a === 0 && l.b === 20)).toBe(false);
    expect(links.find((l) => l.a === 1 && l.b === 21)?.evidence).toContain('number 2500');
  });

  it('reads a month across scripts (March ~ مارس), as a date', () => {
    const a = doc(['The envoy arrived on March 20 for talks.', ...Array.from({ length: 24 }, (_, k) => filler(k + 200))]);
    const arFiller = 'تقول التغطية المعتادة إن الحكومة ستنظر في الأمر مرة أخرى بعد المحادثات.';
    const b = { lang: 'ar', paragraphs: [...Array.from({ length: 20 }, () => arFiller), 'وصل المبعوث في 20 مارس لإجراء محادثات.', ...Array.from({ length: 4 }, () => arFiller)].map((t, i) => paragraph(i, t, 'ar')) };
    const link = align(a, b, { mode: 'comparable' }).find((l) => l.a === 0 && l.b === 20);
    expect(link?.evidence).toEqual(expect.arrayContaining(['term march=مارس', 'number 20']));
  });

  it('does not take two short names one letter apart for one name (Oman is not Iman)', () => {
    // Long enough reports that one name found once on each side would be a strong fact.
    const a = doc(['The minister flew to Oman for talks.', 'Salalah is in the south.', ...Array.from({ length: 30 }, (_, k) => filler(k))]);
    const b = doc([...Array.from({ length: 30 }, (_, k) => filler(k + 40)), 'Iman spoke to the press.', 'She was born in Salalah.']);
    const links = align(a, b, { mode: 'comparable' });
    expect(links.some((l) => l.evidence.some((e) => /Oman ~ Iman/.test(e)))).toBe(false);
    // The same-length check does not stop a long name's exact match.
    expect(links.some((l) => l.a === 1 && l.b === 31)).toBe(true);
  });

  it('on the demo story, links more of the hand-read same-fact pairs than it gets wrong', () => {
    const f = relatedFigures();
    // Floors at the figures of the rarity-weighted mode (README), so a change that loses links shows.
    expect(f.precision).toBeGreaterThanOrEqual(0.4);
    expect(f.recall).toBeGreaterThanOrEqual(0.3);
  });
});
