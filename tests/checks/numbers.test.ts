import { describe, expect, it } from 'vitest';
import { checkNumbers, numberKey } from '../../src/core/checks';
import { doc, oneToOne } from './helpers';
import { versePairs, versesNumbered } from '../../bench/omissions';
import { paragraph } from '../../bench/corpus';
import { align } from '../../src/core/align';

describe('numbers (check 4)', () => {
  it.each([
    ['2,500', '2500'],
    ['2.5', '2.5'],
    ['2,5', '2.5'],
    ['1.000.000', '1000000'],
    ['007', '7'],
  ])('reads %s as %s', (raw, key) => expect(numberKey(raw)).toBe(key));

  it('matches figures across Arabic-Indic and Persian digits and separators', () => {
    const en = doc('en', 'en', ['Nearly 2,500 soldiers died between 2001 and 2021, 13 of them at the gate; 45% agreed.']);
    const ar = doc('ar', 'ar', ['قتل نحو ٢٬٥٠٠ جندي بين عامي ٢٠٠١ و٢٠٢١، منهم ١٣ عند البوابة؛ وافق ٤٥٪.']);
    const fa = doc('fa', 'fa', ['نزدیک به ۲٬۵۰۰ سرباز بین سال‌های ۲۰۰۱ و ۲۰۲۱ کشته شدند، ۱۳ نفر در دروازه؛ ۴۵٪ موافق بودند.']);
    expect(checkNumbers({ a: en, b: ar, beads: oneToOne(1) })).toEqual([]);
    expect(checkNumbers({ a: en, b: fa, beads: oneToOne(1) })).toEqual([]);
  });

  it('flags a changed, an added and a missing figure', () => {
    const en = doc('en', 'en', ['Nearly 2,400 soldiers died in 2021.', 'The deal was signed in 2020 in Doha.', 'Talks went on.']);
    const ar = doc('ar', 'ar', ['قتل نحو 2,500 جندي في عام 2021.', 'وقع الاتفاق في الدوحة.', 'واستمرت المحادثات 18 شهرا.']);
    const flags = checkNumbers({ a: en, b: ar, beads: oneToOne(3) });
    expect(flags.map((f) => [f.data?.kind, f.span?.side, f.span?.paragraph, f.data?.text])).toEqual([
      ['number-differs', 'a', 0, '2,400'],
      ['number-added', 'a', 1, '2020'],
      ['number-missing', 'b', 2, '18'],
    ]);
    expect(flags[0]!.evidence).toBe('English has 2,400 where Arabic has 2,500');
    expect(flags[0]!.suggestion).toBe('2,500');
  });

  it('accepts number words and Hijri years as confirmation, never flags them', () => {
    const en = doc('en', 'en', ['In 2024 twenty people came, two weeks later.', 'In 2025 they left.']);
    const fa = doc('fa', 'fa', ['در ۱۴۰۳ بیست نفر آمدند، دو هفته بعد.', 'در سال ۱۴۰۴ رفتند.']);
    expect(checkNumbers({ a: en, b: fa, beads: oneToOne(2) })).toEqual([]);
    const ar = doc('ar', 'ar', ['في 2024 جاء عشرون شخصا بعد أسبوعين.', 'في 2025 غادروا.']);
    expect(checkNumbers({ a: en, b: ar, beads: oneToOne(2) })).toEqual([]);
  });

  it('compares months as sets and merges a month with its year', () => {
    const en = doc('en', 'en', ['In January the group waited, and in August 2021 it took power.']);
    const ar = doc('ar', 'ar', ['في يناير/كانون الثاني انتظرت الحركة، ثم استولت على السلطة في ذلك الصيف.']);
    const flags = checkNumbers({ a: en, b: ar, beads: oneToOne(1) });
    expect(flags.map((f) => f.data?.text)).toEqual(['August 2021']);
    expect(flags[0]!.evidence).toContain('no such date');
  });

  it('pairs a repeated figure with the nearer occurrence', () => {
    const en = doc('en', 'en', ['Forces left in 2021.', 'Chaos in August 2021 followed.']);
    const ar = doc('ar', 'ar', ['انسحبت القوات في 2021 وتلت ذلك فوضى في ذلك الصيف.']);
    const beads = [{ a: [0, 1], b: [0], score: 1, confidence: 1, status: 'auto' as const }];
    const flags = checkNumbers({ a: en, b: ar, beads });
    expect(flags.map((f) => [f.span?.paragraph, f.data?.text])).toEqual([[1, 'August 2021']]);
  });

  it('reads a date in the Solar Hijri calendar, with Afghanistan\'s month names, as the Gregorian date it is', () => {
    const fa = doc('fa', 'fa', ['اشرف غنی در ۲۴ اسد ۱۴۰۰ کابل را ترک کرد.']);
    const en = (date: string) => doc('en', 'en', [`Ashraf Ghani left Kabul on ${date}.`]);
    expect(checkNumbers({ a: en('15 August 2021'), b: fa, beads: oneToOne(1) })).toEqual([]);
    expect(checkNumbers({ a: en('August 15, 2021'), b: fa, beads: oneToOne(1) })).toEqual([]);
    // Another day is another date; a word that is also a month's name (اسد, "lion") is not one without a day.
    expect(checkNumbers({ a: en('18 August 2021'), b: fa, beads: oneToOne(1) }).map((f) => f.data?.text)).toEqual(['18', '۲۴']);
    const lion = doc('fa', 'fa', ['شیر یا اسد در ماه اوت ۲۰۲۱ دیده شد.']);
    expect(checkNumbers({ a: doc('en', 'en', ['The lion was seen in September 2021.']), b: lion, beads: oneToOne(1) }).map((f) => f.data?.text)).not.toEqual([]);
  });

  it('reads a Solar Hijri day with no year written, in Iran\'s or Afghanistan\'s month name, as the Gregorian day it falls on', () => {
    const fa = (date: string) => doc('fa', 'fa', [`وزیر روز ${date} به کابل رسید.`]);
    const en = (date: string) => doc('en', 'en', [`The minister reached Kabul on ${date}.`]);
    // Nowruz moves by a day between years: 24 Mordad is 15 August in some years and 14 August in others.
    for (const [g, s] of [['15 August', '۲۴ اسد'], ['14 August', '۲۴ مرداد'], ['1 March', '۱۰ اسفند']]) {
      expect(checkNumbers({ a: en(g!), b: fa(s!), beads: oneToOne(1) })).toEqual([]);
    }
    expect(checkNumbers({ a: en('20 August'), b: fa('۲۴ مرداد'), beads: oneToOne(1) }).map((f) => f.data?.text)).toEqual(['20', '۲۴']);
  });

  it('reads figures as Arabic and Persian news writes them: thousands after a dot or an Arabic comma, times, telephone numbers', () => {
    const one = (en: string, other: string, lang: 'ar' | 'fa' = 'fa') =>
      checkNumbers({ a: doc('en', 'en', [en]), b: doc(lang, lang, [other]), beads: oneToOne(1) }).map((f) => f.data?.text);
    expect(one('More than 30,000 people crossed.', 'بیش از 30،000 نفر عبور کردند.')).toEqual([]);
    expect(one('It covers 76,000 hectares.', 'وتغطي 76.000 هكتار.', 'ar')).toEqual([]);
    expect(one('He was found at 7.55am.', 'او ساعت ۷:۵۵ صبح پیدا شد.')).toEqual([]);
    expect(one('He was found at 7.55am.', 'وعثر عليه في الساعة 7.55 صباحا.', 'ar')).toEqual([]);
    expect(one('Call 0800 555 111 now.', 'با ۰۸۰۰۵۵۵۱۱۱ تماس بگیرید.')).toEqual([]);
    // Still one number each: a different figure is flagged.
    const changed = checkNumbers({ a: doc('en', 'en', ['More than 30,000 people crossed.']), b: doc('fa', 'fa', ['بیش از 40،000 نفر عبور کردند.']), beads: oneToOne(1) });
    expect(changed.map((f) => [f.data?.text, f.suggestion])).toEqual([['30,000', '40،000']]);
    expect(one('He was found at 7.55am.', 'او ساعت ۸:۵۵ صبح پیدا شد.')).not.toEqual([]);
  });

  it('reads months as written: Persian, Dari and regional names, abbreviations, and May the surname', () => {
    const one = (en: string, other: string, lang: 'ar' | 'fa' = 'fa') =>
      checkNumbers({ a: doc('en', 'en', [en]), b: doc(lang, lang, [other]), beads: oneToOne(1) }).map((f) => f.data?.text);
    expect(one('They met in July.', 'آنها در ماه ژوئیه دیدار کردند.')).toEqual([]);
    expect(one('They met in June.', 'آنها در ماه جون دیدار کردند.')).toEqual([]);
    expect(one('They met on 30 May.', 'آنها در ۳۰ مه دیدار کردند.')).toEqual([]);
    expect(one('He enlisted on Sept. 3.', 'جُنِّد في 3 سبتمبر.', 'ar')).toEqual([]);
    expect(one('By mid-September it was clear.', 'وبحلول منتصف سبتمبر كان الأمر واضحا.', 'ar')).toEqual([]);
    expect(one('The plan, Theresa May will announce today, is new. Mrs May said so.', 'وستعلن تيريزا ماي ذلك اليوم. وقالت السيدة ماي ذلك.', 'ar')).toEqual([]);
    // جوان is June in Tunis and "young" in Tehran: without a figure or "month" it names no month.
    expect(one('The young man left in June.', 'مرد جوان رفت.')).toEqual(['June']);
    expect(one('They met in July.', 'آنها در ماه جون دیدار کردند.')).toEqual(['July', 'جون']);
    // In a Persian text Dari's names are months without context; the Maghreb's are not in Arabic (ماي is also May the surname).
    expect(one('They met in June.', 'آنها در جون دیدار کردند.')).toEqual([]);
    expect(one('Talks went on.', 'وقالت تيريزا ماي ذلك.', 'ar')).toEqual([]);
    expect(one('Talks went on in May.', 'استمرت المحادثات في يونيو.', 'ar')).toEqual(['May', 'يونيو']);
  });

  it('matches a decade ("the 1930s") with its name in words on the other side (الثلاثينيات), and flags another', () => {
    const ar = doc('ar', 'ar', ['انتقلت الجماعة في الثلاثينيات.']);
    expect(checkNumbers({ a: doc('en', 'en', ['The congregation moved out in the 1930s.']), b: ar, beads: oneToOne(1) })).toEqual([]);
    expect(checkNumbers({ a: doc('en', 'en', ['The congregation moved out in 1930.']), b: ar, beads: oneToOne(1) }).map((f) => f.data?.text)).toEqual(['1930']);
    // Named in words as another decade, it is flagged.
    const forties = doc('ar', 'ar', ['انتقلت الجماعة في الأربعينيات.']);
    expect(checkNumbers({ a: doc('en', 'en', ['The congregation moved out in the 1930s.']), b: forties, beads: oneToOne(1) }).map((f) => f.data?.text)).toEqual(['1930']);
    // A decade the other side writes as another figure is still a changed number.
    const fa = doc('fa', 'fa', ['در دهه ۱۹۴۰ این جماعت نقل مکان کرد.']);
    expect(checkNumbers({ a: doc('en', 'en', ['In the 1930s the congregation moved out.']), b: fa, beads: oneToOne(1) }).map((f) => [f.data?.text, f.suggestion])).toEqual([['1930', '۱۹۴۰']]);
  });

  it('reads a figure followed by a scale word as the number it makes, or as written (۵۹۰ هزار is 590,000)', () => {
    const fa = (n: string) => doc('fa', 'fa', [`ریال در بازار آزاد تهران به ${n} هزار در برابر دلار سقوط کرد.`]);
    const en = (n: string) => doc('en', 'en', [`The rial fell to ${n} to the dollar in Tehran.`]);
    expect(checkNumbers({ a: en('590,000'), b: fa('۵۹۰'), beads: oneToOne(1) })).toEqual([]);
    expect(checkNumbers({ a: en('590 thousand'), b: fa('۵۹۰'), beads: oneToOne(1) })).toEqual([]);
    expect(checkNumbers({ a: en('590,000'), b: fa('۵۹۵'), beads: oneToOne(1) }).map((f) => f.data?.text)).toEqual(['590,000']);
  });

  it('leaves the digits of a name or code the translation drops, and flags them changed or a plain figure dropped', () => {
    const en = doc('en', 'en', ['Installs a 32-bit x86 system.', 'The disc follows the ISO9660 standard.', 'Requires an x86 processor.', 'Files over 4096 bytes are split.']);
    const ar = doc('ar', 'ar', ['يثبّت نظام 32 بت.', 'يتبع القرص المعيار القياسي للأقراص.', 'يتطلب معالج x68.', 'تُقسم الملفات الأكبر.']);
    const flags = checkNumbers({ a: en, b: ar, beads: oneToOne(4) });
    expect(flags.map((f) => [f.paragraphs.a[0], f.data?.kind, f.data?.text])).toEqual([
      [2, 'number-added', '86'],
      [2, 'number-missing', '68'],
      [3, 'number-added', '4096'],
    ]);
  });

  it('lets a word that may name a month answer the other side\'s month, never flag alone', () => {
    // A calendar's labels: Persian مه is May (and fog), "Apr" an abbreviation without its dot.
    const en = doc('en', 'en', ['May', 'Apr', 'May', 'Apr']);
    const fa = doc('fa', 'fa', ['مه', 'آوریل', 'ژوئن', 'مارس']);
    const flags = checkNumbers({ a: en, b: fa, beads: oneToOne(4) });
    expect(flags.map((f) => [f.paragraphs.a[0], f.data?.kind, f.data?.text])).toEqual([
      [2, 'number-added', 'May'],
      [2, 'number-missing', 'ژوئن'],
      [3, 'number-missing', 'مارس'],
    ]);
  });
});

describe('verses numbered on one side only (real text: the Kitáb-i-Aqdas ¶1–95, English–Arabic, the Arabic numbered ﴿١﴾, ﴿٢﴾, …)', () => {
  const pair = versePairs().find((p) => p.id.startsWith('Aqdas') && !p.heldOut)!;
  const numbered = versesNumbered(pair.other);
  const flagged = (en: typeof pair.en) => checkNumbers({ a: en, b: numbered, beads: align(en, numbered) });

  it('reads the verse numbers as numbering, not as figures the English left out', () => {
    expect(flagged(pair.en).map((f) => f.evidence)).toEqual(checkNumbers({ a: pair.en, b: pair.other, beads: pair.beads }).map((f) => f.evidence));
  });

  it('still flags a figure the English adds to a numbered verse', () => {
    const en = { ...pair.en, paragraphs: pair.en.paragraphs.map((p, k) => (k === 10 ? paragraph(k, `${p.text} They waited 19 days.`, 'en') : p)) };
    const added = flagged(en).filter((f) => f.span?.side === 'a' && f.span.paragraph === 10);
    expect(added.map((f) => en.paragraphs[10]!.text.slice(f.span!.start, f.span!.end))).toEqual(['19']);
  });
});
