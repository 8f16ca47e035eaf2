import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segment, splitParagraphs } from '../../src/core/text/segment';
import { splitSentences } from '../../src/core/text/sentences';
import { seed } from '../seeds';

describe('paragraph counts of the seeds, as a reader counts them', () => {
  it.each([
    ['000', 33], // one paragraph per line
    ['001', 30],
    ['002', 46], // 48 lines, two of them continue a sentence cut by a stray break
    ['003', 79], // one paragraph per line inside blank-line blocks
    ['004', 35],
  ])('seed %s has %i paragraphs', (num, count) => {
    expect(splitParagraphs(seed(num))).toHaveLength(count);
  });

  it('joins the sentence that seed 002 breaks after "Trump is"', () => {
    const paras = splitParagraphs(seed('002'));
    const joined = paras.find((p) => p.includes('Trump is concerned about the presence of Iran'));
    expect(joined).toBeDefined();
    expect(paras.some((p) => p.startsWith('concerned about'))).toBe(false);
  });

  it('keeps a heading, a URL and a new sentence apart', () => {
    expect(splitParagraphs('Outlook\n\nThe realities in Afghanistan are hard.')).toHaveLength(2);
    expect(splitParagraphs('همه سر به سر تن به کشتن دهیم\n\nwww.example.com')).toHaveLength(2);
    expect(splitParagraphs('It ended.\nthen lower case after a full stop')).toHaveLength(2);
  });

  it('joins hard-wrapped lines that continue a sentence', () => {
    expect(splitParagraphs('The talks were held in\nthe capital, with officials,\nand envoys.')).toEqual([
      'The talks were held in the capital, with officials, and envoys.',
    ]);
    expect(splitParagraphs('قال المسؤول،\nإن المحادثات مستمرة.')).toEqual(['قال المسؤول، إن المحادثات مستمرة.']);
  });

  it('follows a file of one paragraph per line: a heading or label above a lower-case line stays apart', () => {
    const body = 'The server checks every recipient before it accepts a message, and refuses those it does not know with a clear reply to the sender.';
    const text = ['Example 11.5. Recipient checks', 'smtpd_recipient_restrictions = permit_mynetworks', body, 'Bind credentials', 'cn=admin', body].join('\n');
    expect(splitParagraphs(text)).toHaveLength(6);
    // The same heading in a hard-wrapped file still joins its continuation.
    const wrapped = ['The talks were held in', 'the capital, with officials', 'and envoys from three', 'countries.'].join('\n');
    expect(splitParagraphs(wrapped)).toHaveLength(1);
  });

  it('keeps a command line and a one-word table cell apart from a long line above them', () => {
    const long = 'To compute the checksum of a downloaded installation file on your own machine, use';
    expect(splitParagraphs([long, 'sha256sum filename.iso', 'and compare the result with the published sum.'].join('\n'))).toHaveLength(3);
    const cell = 'Mount point for mounting a file system temporarily, if any is needed';
    expect(splitParagraphs([cell, 'proc', 'Virtual directory for system information'].join('\n'))).toHaveLength(3);
  });

  it('keeps the items of a list that goes on from a lead-in, and code under a sentence, on lines of their own', () => {
    const lead = 'The amount of data that will be downloaded if you do select a mirror thus depends on';
    const items = ['the tasks you select in the next step of the installation,', 'which packages are needed for those tasks,', 'which of those packages are present on the installation media you have scanned, and', 'whether any updated versions of those packages are available from a mirror.'];
    // Within a page whose paragraphs are each one long line.
    const para = 'One advantage of adding a network mirror is that updates that have occurred since the installation media were created will also be installed.';
    expect(splitParagraphs([para, para, lead, ...items, para].join('\n'))).toHaveLength(8);
    const code = ['If your machine uses UEFI to boot, you will have to specify a boot loader for it, for example', 'group { next-server 192.168.1.3; host tftpclient { filename "bootnetx64.efi"; } }'];
    expect(splitParagraphs(code.join('\n'))).toHaveLength(2);
    const prompt = ['# apt install makedev # mount none /proc -t proc # cd /dev # MAKEDEV generic', 'manually create only specific device files using MAKEDEV'];
    expect(splitParagraphs([para, ...prompt, para].join('\n'))).toHaveLength(4);
  });

  it('keeps a list of clauses ending in commas apart when each is its own line', () => {
    const clause = (w: string) => `Whereas ${w} of the inherent dignity and of the equal rights of all members of the human family is the foundation of freedom,`;
    expect(splitParagraphs([clause('recognition'), clause('dignity'), clause('respect')].join('\n'))).toHaveLength(3);
  });

  it('composes text to NFC and unifies line endings', () => {
    const decomposed = 'Cafe\u0301 one.\r\nSecond.';
    expect(splitParagraphs(decomposed)).toEqual(['Café one.', 'Second.']);
  });
});

describe('sentences', () => {
  const texts = (t: string, lang: string) => splitSentences(t, lang).map((s) => t.slice(s.start, s.end));

  it('splits English sentences and keeps abbreviations like U.S. whole', () => {
    expect(texts('The U.S. envoy arrived. Talks began on Monday.', 'en')).toEqual([
      'The U.S. envoy arrived.',
      'Talks began on Monday.',
    ]);
  });

  it('keeps titles, initials and acronyms before a name inside the sentence', () => {
    expect(texts('"It was a bar," Mr. Adams said. The Rev. David Johnson of St. Martin\'s agreed.', 'en')).toEqual(['"It was a bar," Mr. Adams said.', "The Rev. David Johnson of St. Martin's agreed."]);
    expect(texts('Known as P. Diddy, he met John F. Kennedy Jr. The U.S. Army came.', 'en')).toEqual(['Known as P. Diddy, he met John F. Kennedy Jr.', 'The U.S. Army came.']);
    expect(texts('He went back to the U.S. Then he left at 3 a.m. Police came.', 'en')).toEqual(['He went back to the U.S.', 'Then he left at 3 a.m.', 'Police came.']);
  });

  it('keeps a Latin title or initial before a Latin name inside a Persian or Arabic sentence', () => {
    // NTREX guardian.221754, bbc.381647 and nytimes.184853 (Persian): the translation copies the names as the source writes them.
    expect(texts('محصولات Pixi Beauty، Tweezerman و Dr. PawPaw می‌شود.', 'fa')).toHaveLength(1);
    expect(texts('مثلا Sean Combs با اسامی مختلف Puff Daddy، P. Diddy یا Diddy شناخته می‌شود.', 'fa')).toHaveLength(1);
    expect(texts('زنگ‌ها توسط Dionisio A. Lind نواخته می‌شد.', 'fa')).toHaveLength(1);
    // A Latin word that is no title, initial or acronym still ends its sentence before a Latin name.
    expect(texts('این آهنگ در آلبوم Yandhi است. Kanye West آن را منتشر کرد.', 'fa')).toHaveLength(2);
    expect(texts('صدرت الأغنية في ألبوم Yandhi. Kanye West أصدرها.', 'ar')).toHaveLength(2);
  });

  it('splits Arabic at . ؟ and ؛ but not at the comma ،', () => {
    expect(texts('هل ستعترف واشنطن بطالبان؟ لا أحد يعرف، حتى الآن. انتهى الاجتماع؛ وغادر الوفد.', 'ar')).toEqual([
      'هل ستعترف واشنطن بطالبان؟',
      'لا أحد يعرف، حتى الآن.',
      'انتهى الاجتماع؛',
      'وغادر الوفد.',
    ]);
  });

  it('keeps an ellipsis before an Arabic or Persian word inside the sentence, as English does before a small letter', () => {
    // NTREX newsweek.51331: "They're nippers, very inquisitive ... they aren't out to hurt you."
    expect(texts('They\'re nippers, very inquisitive ... they aren\'t out to hurt you.', 'en')).toHaveLength(1);
    expect(texts('إنهم صغار وفضوليون جدًا ... إنهم لا يهدفون إلى إيذائك. انتهى الاجتماع.', 'ar')).toEqual(['إنهم صغار وفضوليون جدًا ... إنهم لا يهدفون إلى إيذائك.', 'انتهى الاجتماع.']);
    expect(texts('گاز می‌گیرند و بسیار کنجکاو هستند… بیرون نیستند که بتوانند به شما آسیب برسانند.', 'fa')).toHaveLength(1);
    // Before a figure, or after a Latin word (a page's "Loading..."), the segmenter's cut stands.
    expect(texts('صبر کردیم ... 2018 سال خوبی بود.', 'fa')).toHaveLength(2);
    expect(texts('استمرت المحادثات في كابول. Loading... وتابع المسؤول حديثه.', 'ar')).toHaveLength(3);
  });

  it('splits Persian text with ZWNJ inside words', () => {
    expect(texts('آمریکا می‌خواهد مذاکره کند. طالبان چه می‌گویند؟ معلوم نیست.', 'fa')).toHaveLength(3);
  });

  it('covers every letter of the paragraph exactly once', () => {
    const t = seed('003').split('\n').find((l) => l.length > 400)!;
    const spans = splitSentences(t, 'ar');
    const joined = spans.map((s) => t.slice(s.start, s.end)).join(' ');
    expect(joined.replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
  });
});

describe('boilerplate marking on seed 003', () => {
  const paras = segment(seed('003'), { lang: 'ar' });
  const kindOf = (start: string) => paras.find((p) => p.text.startsWith(start))?.kind;

  it('marks Loading placeholders, share bars, labels and see-also links', () => {
    const loading = paras.filter((p) => /^Loading/.test(p.text));
    expect(loading.length).toBeGreaterThanOrEqual(7);
    expect(loading.every((p) => p.kind === 'boilerplate')).toBe(true);
    expect(kindOf('FacebookTwitterLinkedInEmail')).toBe('boilerplate');
    expect(kindOf('شارك الخبر')).toBe('boilerplate');
    expect(kindOf('التصنيف:')).toBe('boilerplate');
    const seeAlso = paras.filter((p) => p.text.startsWith('شاهد ايضاً'));
    expect(seeAlso).toHaveLength(11);
    expect(seeAlso.every((p) => p.kind === 'boilerplate')).toBe(true);
  });

  it('marks the whole related-news block at the end, labels and menu included', () => {
    const at = paras.findIndex((p) => p.text === 'أخبار ذات صلة');
    expect(at).toBeGreaterThan(40);
    expect(paras.slice(at).every((p) => p.kind === 'boilerplate')).toBe(true);
  });

  it('marks captions beside images and leaves every article paragraph as body', () => {
    expect(kindOf('تظهر هذه الصورة من الجيش الأمريكي')).toBe('caption');
    const article = [
      'في الشهرين اللذين أعقبا تولي دونالد ترامب الرئاسة',
      'في محادثات الشهر الماضي مع مسؤولين أمريكيين في كابول',
      'هذه التحركات ليست فقط من جانب طالبان.',
      'وتابع المسؤول السابق أن حركة طالبان معجبة بترامب',
      'لم تعترف أي دولة بحركة طالبان كحكومة رسمية لأفغانستان',
      'وقد قيل لطالبان في الاجتماع الذي عُقد في مارس في كابول',
    ];
    for (const start of article) expect(kindOf(start), start).toBe('body');
    const body = paras.filter((p) => p.kind === 'body');
    expect(body.length).toBeGreaterThanOrEqual(30);
  });

  it('lets a user override a rule', () => {
    const i = paras.findIndex((p) => p.text.startsWith('شاهد ايضاً'));
    const again = segment(seed('003'), { lang: 'ar', kindOverrides: { [i]: 'body' } });
    expect(again[i]!.kind).toBe('body');
    expect(again[i]!.kindByUser).toBe(true);
  });
});

describe('boilerplate rules on other pages', () => {
  it.each([
    'Loading...',
    'Loading image…',
    'Share this article',
    'Facebook Twitter WhatsApp Email',
    'Read more: Taliban open office in Doha',
    'اقرأ أيضاً: طالبان تفتح مكتباً',
    'Source link',
    'Category: Politics',
    'www.afgazad.com',
    'HomeNewsPoliticsBusinessSportWorld',
    'بیشتر بخوانید: گفت‌وگوی طالبان و آمریکا',
  ])('%j is boilerplate', (line) => {
    const text = `The talks in Kabul lasted for three days and ended without a deal.\n${line}\nBoth sides said they would meet again in April.`;
    expect(segment(text)[1]!.kind).toBe('boilerplate');
  });

  it('does not mark the Persian masthead of an Arabic-script article', () => {
    const paras = segment('افغانستان آزاد\n\nاین گزارش درباره مذاکرات آمریکا و طالبان در کابل است که روز دوشنبه آغاز شد و سه روز ادامه یافت.');
    expect(paras[0]!.kind).not.toBe('boilerplate');
  });

  it('marks the other-script masthead above an English article', () => {
    const paras = segment(seed('002'));
    expect(paras[0]!.kind).toBe('boilerplate');
    expect(paras.find((p) => p.text.startsWith('In the recent US presidential election'))!.kind).toBe('body');
  });
});

describe('space runs', () => {
  // splitParagraphs and twin lines rewrite only the runs that are not already one space, so
  // lines that need no change are not copied: the same text as rewriting every run.
  const alphabet = ['a', 'ب', ' ', '  ', '\t', '\u00a0', '\u2003', '\u200b', '\r', '.'];
  it('gives what rewriting every run gives', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 30 }), (parts) => {
        const line = parts.join('');
        expect(line.replace(/[\t \u00a0]{2,}|[\t\u00a0]/g, ' ')).toBe(line.replace(/[\t \u00a0]+/g, ' '));
        expect(line.replace(/\s{2,}|[^\S ]/g, ' ')).toBe(line.replace(/\s+/g, ' '));
      }),
      { numRuns: 2000 },
    );
    const lines = ['One  two\tthree\u00a0 four.', ' Lead and trail. ', 'Plain line.'];
    expect(splitParagraphs(lines.join('\n'))).toEqual(['One two three four.', 'Lead and trail.', 'Plain line.']);
  });
});
