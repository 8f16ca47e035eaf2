import { describe, expect, it } from 'vitest';
import { checkNameVariants } from '../../src/core/checks';
import { doc, oneToOne } from './helpers';

describe('name variants (check 1)', () => {
  it('groups Latin spellings a few letters apart and suggests the most used', () => {
    const a = doc('en', 'en', [
      'The release of George Glezmann was mediated by Qatar.',
      'After Glizmann, officials met in Kabul with Glezmann again.',
      'Later Galzman spoke to the press in Kabul.',
    ]);
    const flags = checkNameVariants({ a, b: doc('x', 'en', []), beads: [] });
    expect(flags.map((f) => f.data?.text).sort()).toEqual(['Galzman', 'Glizmann']);
    const f = flags.find((x) => x.data?.text === 'Glizmann')!;
    expect(f.suggestion).toBe('Glezmann');
    expect(f.span).toEqual({ side: 'a', paragraph: 1, start: 6, end: 14 });
    expect(f.data?.variants?.map((v) => v.text)).toEqual(['Glezmann', 'Glizmann', 'Galzman']);
    expect(f.data?.variants?.[0]!.occurrences).toHaveLength(2);
  });

  it('weighs a spelling only against its own variants, not against a name a chain of spellings led to', () => {
    // Boutong is a variant of Boston, Boston of Baton, but Boutong is no variant of Baton.
    const a = doc('en', 'en', [
      'The coach Baton met Boutong in the capital.',
      'Reporters asked Baton about the result, and Boutong answered.',
      'Baton left for Boston on Monday.',
      'Later Bathon spoke to the press.',
    ]);
    const flags = checkNameVariants({ a, b: doc('x', 'en', []), beads: [] });
    expect(flags.map((f) => [f.data?.text, f.suggestion])).toEqual([['Bathon', 'Baton']]);
    // Its evidence names the spellings it is one name with, not the name the chain brought in.
    expect(flags[0]!.evidence).toContain('Baton');
    expect(flags[0]!.evidence).not.toContain('Boutong');
    expect(flags[0]!.data?.variants?.map((v) => v.text)).not.toContain('Boutong');
  });

  it('in a book, groups spellings chapters apart only when they are one letter apart', () => {
    const filler = Array.from({ length: 100 }, (_, k) => `The committee met again on day ${k + 1} and the talks went on until the evening.`);
    const opening = ['The release of George Glezmann was mediated by Qatar.', 'Officials met in Kabul with Glezmann again.'];
    const found = (paragraphs: string[]) => checkNameVariants({ a: doc('book', 'en', paragraphs), b: doc('x', 'en', []), beads: [] }).map((f) => f.data?.text);
    // Near each other, as in a report: one name spelt two ways.
    expect(found([...opening, 'Later Galzman spoke to the press.', ...filler])).toEqual(['Galzman']);
    // A hundred paragraphs apart, three letters differ: as likely another person.
    expect(found([...opening, ...filler, 'Later Galzman spoke to the press.'])).toEqual([]);
    // A hundred paragraphs apart, one letter differs: still one name misspelt.
    expect(found([...opening, ...filler, 'Later Glizmann spoke to the press.'])).toEqual(['Glizmann']);
  });

  it('prefers the real spelling of two written as often, when the other looks much less like a name', () => {
    const en = doc('en', 'en', ['The team from Washinkton met in Berlin.', 'Officials in Washington agreed.']);
    const flags = checkNameVariants({ a: en, b: doc('x', 'en', ['']), beads: oneToOne(1) });
    expect(flags.map((f) => [f.data?.text, f.suggestion])).toEqual([['Washinkton', 'Washington']]);
    // Wade and Wayde may be two people: neither is flagged.
    const two = doc('en', 'en', ['Wayde spoke first.', 'Then Mr Wade answered.']);
    expect(checkNameVariants({ a: two, b: doc('x', 'en', ['']), beads: oneToOne(1) })).toEqual([]);
  });

  it('leaves two names a letter apart that the translation writes each as itself, and keeps a slip the translation writes as the name', () => {
    const en = doc('en', 'en', [
      'Sergio Garcia was paired with Alex Noren in the morning.',
      'Greg Norton said the course was hard.',
      'Norton won the afternoon round.',
    ]);
    const ar = doc('ar', 'ar', ['انضم سيرخيو جارسيا إلى أليكس نورين في الصباح.', 'قال جريج نورتون إن الملعب كان صعبًا.', 'فاز نورتون بجولة بعد الظهر.']);
    // Noren is written نورين, Norton نورتون: two golfers, not one misspelt.
    expect(checkNameVariants({ a: en, b: ar, beads: oneToOne(3) })).toEqual([]);
    // Where the Arabic writes Norton's name, "Noren" is a slip of it.
    const slipped = doc('ar', 'ar', ['انضم سيرخيو جارسيا إلى أليكس نورتون في الصباح.', 'قال جريج نورتون إن الملعب كان صعبًا.', 'فاز نورتون بجولة بعد الظهر.']);
    expect(checkNameVariants({ a: en, b: slipped, beads: oneToOne(3) }).map((f) => [f.data?.text, f.suggestion])).toEqual([['Noren', 'Norton']]);
  });

  it('leaves a name the translation writes as itself beside an English word it translates', () => {
    const en = doc('en', 'en', ['Menga kept Connor Goldson and Joe Worrall on their toes throughout.', 'England played in the World Cup in July.', 'The World Cup final was watched by millions.']);
    const fa = doc('fa', 'fa', ['منگا توانست کونور گلدسان و جو ورال را ناکام بگذارد.', 'انگلستان در ماه ژوئیه در جام جهانی بازی کرد.', 'فینال جام جهانی را میلیون‌ها نفر تماشا کردند.']);
    // Worrall is ورال; "World" is جهانی, a translation: Worrall is no slip of it.
    expect(checkNameVariants({ a: en, b: fa, beads: oneToOne(3) })).toEqual([]);
  });

  it('does not group inflections, compounds or different short names', () => {
    const a = doc('en', 'en', [
      'American troops left Afghanistan; the Afghans and Americans watched US-Afghanistan talks.',
      'Oman hosted Iman, and Khan met Ghani in Kabul.',
      'Afghanistan and America talked.',
    ]);
    expect(checkNameVariants({ a, b: doc('x', 'en', []), beads: [] })).toEqual([]);
  });

  it('leaves an Arabic-script spelling that puts one letter for another and still writes the name', () => {
    const en = doc('en', 'en', ['Davis met Khalilzad in Kabul.', 'Davis spoke in Kabul.', 'Davis left Kabul.']);
    const ar = doc('ar', 'ar', ['التقى ديفيس خليل زاد في كابول.', 'وتحدث ديفيس في كابول.', 'وغادر ديفيز كابول.']);
    expect(checkNameVariants({ a: en, b: ar, beads: [] }).filter((f) => f.span?.side === 'b')).toEqual([]);
  });

  it('leaves a Persian spelling that writes a letter of the name the other usual way', () => {
    const en = doc('en', 'en', ['Lindsey Graham and John Kennedy spoke to 60 Minutes.', 'Senators John Kennedy and Lindsey Graham answered.']);
    const fa = doc('fa', 'fa', ['لیندزی گراهام و جان کندی با ۶۰ دقیقه صحبت کردند.', 'سناتورها جان کندی و لیندسی گراهام پاسخ دادند.']);
    // s is written س in most names and ز in many (جونز): two conventions, one name.
    expect(checkNameVariants({ a: en, b: fa, beads: oneToOne(2) }).filter((f) => f.span?.side === 'b')).toEqual([]);
  });

  it('leaves a Persian noun that reads as the name one of its spellings writes', () => {
    const en = doc('en', 'en', [
      'For that effect, the Trump administration officials, including US President Donald Trump himself, try to persuade Germany to pull out of the "inappropriate" Nord Stream 2 pipeline project, which according to Trump, made Berlin Moscow\'s "captive."',
      'City battles Hoffenheim in Champions League group play at 12:55 p.m. on Tuesday at Rhein-Neckar-Arena in Sinsheim, Germany.',
    ]);
    const prs = doc('prs', 'fa', [
      'به این ترتیب، مقامات اداره ترامپ، به شمول رییس جمهور ایالات متحده آمریکا، دانلد ترامپ در تلاش اند تا جرمنی را تشویق به عقب نشینی از پروژه “نامناسب” خط لوله نورد ستریم 2 کند، که بنابر ترامپ، باعث گردیده است تا برلین “اسیر” روسیه گردد.',
      'ساعت 12:55 روز شنبه در میدان-رین-نیکر در سینشیم آلمان، سیتی در بازی گروهی لیگ قهرمانی به مصاف هافنهیم خواهد رفت.',
    ]);
    // قهرمانی ("championship", of Champions League) reads as Germany about as well as the Dari جرمنی does.
    expect(checkNameVariants({ a: en, b: prs, beads: oneToOne(2) })).toEqual([]);
  });

  it('flags an Arabic-script document that writes one name with different consonants', () => {
    const en = doc('en', 'en', ['Adam Boehler met Khalilzad in Kabul.', 'Boehler spoke in Kabul.']);
    const ar = doc('ar', 'ar', ['التقى آدام بويهلر خليل زاد في كابول.', 'وتحدث آدم بولر في كابل.']);
    const flags = checkNameVariants({ a: en, b: ar, beads: [] });
    expect(flags).toHaveLength(1);
    expect(flags[0]!.span?.side).toBe('b');
    expect(['بولر', 'بويهلر']).toContain(flags[0]!.data?.text);
    // كابول/كابل and آدام/آدم differ only in long-vowel letters: Arabic convention, not a finding.
    expect(flags.some((f) => /كاب/.test(f.data?.text ?? ''))).toBe(false);
  });

  it('reads Persian with ZWNJ and Persian letters the same way', () => {
    const en = doc('en', 'en', ['Zalmay Khalilzad visited Kabul.', 'Khalilzad met Muttaqi.']);
    const fa = doc('fa', 'fa', ['زلمی خلیل‌زاد از کابل دیدن کرد.', 'خلیلزاد با متقی دیدار کرد.']);
    expect(checkNameVariants({ a: en, b: fa, beads: [] })).toEqual([]);
  });

  it('does not group two real names, nor a common Arabic word that reads like a name elsewhere', () => {
    const en = doc('en', 'en', ['Brett Kavanaugh spoke to Brent Scowcroft.', 'Sarah Palin came.', 'The prisoners were freed.']);
    const ar = doc('ar', 'ar', ['تحدث بريت كافانو إلى برنت سكوكروفت.', 'جاءت سارة بالين.', 'أطلق سراح السجناء.']);
    expect(checkNameVariants({ a: en, b: ar, beads: oneToOne(3) }).map((f) => f.data?.text)).toEqual([]);
  });

  it('does not group two spellings that real people bear, as the name lists know them', () => {
    const en = doc('en', 'en', ['Sergei Lavrov spoke.', 'Sergey Brin listened.']);
    expect(checkNameVariants({ a: en, b: doc('x', 'en', []), beads: [] })).toEqual([]);
  });

  it('does not group two epithets made of dictionary words, but still a misspelt part of a compound name', () => {
    const en = doc('en', 'en', [
      'Praised be the All-Glorious, the All-Glorious, the All-Gracious.',
      'Abdul-Rahman spoke; Abdul-Rahman left.',
      'Then Abdul-Rahmen came back.',
    ]);
    const flags = checkNameVariants({ a: en, b: doc('x', 'en', []), beads: [] });
    expect(flags.map((f) => [f.data?.text, f.suggestion])).toEqual([['Abdul-Rahmen', 'Abdul-Rahman']]);
  });

  it('groups a name cut short or with a confused first letter, not a derived word', () => {
    const en = doc('en', 'en', ['Arizona voted.', 'Voters in Arizon were angry.', 'Korea and Gorea met; Koreans came.', 'Syria and the Syrians.']);
    const flags = checkNameVariants({ a: en, b: doc('x', 'en', []), beads: [] });
    expect(flags.map((f) => [f.data?.text, f.suggestion])).toEqual([['Arizon', 'Arizona'], ['Gorea', 'Korea']]);
  });
});
