import { describe, expect, it } from 'vitest';
import { checkOmissions, ratioScale } from '../../src/core/checks';
import type { Bead } from '../../src/core/model';
import { sentenceEnders, splitRunOn } from '../../src/core/checks/omission';
import { letters } from '../../src/core/checks/sentenceContent';
import { onDevFoldTable, onDevTable } from '../../bench/omissionTable';
import { loadNtrex, paragraph } from '../../bench/corpus';
import { align } from '../../src/core/align';
import { versePairs, withoutStops } from '../../bench/omissions';
import { doc } from './helpers';

const bead = (a: number[], b: number[], sentences?: Bead['sentences']): Bead => ({ a, b, score: 1, confidence: 1, status: 'auto', ...(sentences ? { sentences } : {}) });
/** A document of an NTREX text's lines grouped into paragraphs, as the omissions bench groups them. */
const build = (lines: string[], groups: number[][], lang: string) => ({ id: lang, lang, paragraphs: groups.map((g, k) => paragraph(k, g.map((i) => lines[i]).join(' '), lang)) });

const EN = [
  'The Taliban sought official relations with the new administration in Washington.',
  'Officials met in Kabul last month to discuss the release of an American prisoner.',
  'The group asked to open an office in the United States for Afghan affairs.',
  'Another American official said after the release:',
];
const AR = [
  'سعت طالبان إلى علاقات رسمية مع الإدارة الجديدة في واشنطن.',
  'التقى مسؤولون في كابول الشهر الماضي لبحث إطلاق سراح سجين أمريكي.',
  'طلبت الحركة فتح مكتب في الولايات المتحدة لشؤون الأفغان.',
  'وقال مسؤول أمريكي آخر بعد الإفراج: "إذا لم يتم الإفراج عن جميع الأمريكيين، سيواجه القادة مكافآت كبيرة جدا، ربما أكبر من مكافأة بن لادن".',
  'هذه فقرة لم تترجم إلى الإنجليزية على الإطلاق وهي طويلة بما يكفي.',
];

describe('omissions and additions (check 5)', () => {
  const a = doc('en', 'en', EN);
  const b = doc('ar', 'ar', AR);
  const beads = [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3], [3]), bead([], [4])];

  it('learns the pair ratio from its beads', () => {
    const s = ratioScale({ a, b, beads });
    expect(Math.exp(s.median)).toBeGreaterThan(1);
    expect(s.threshold).toBeGreaterThanOrEqual(0.55);
  });

  it('flags the dropped quote and the untranslated paragraph, nothing else', () => {
    const flags = checkOmissions({ a, b, beads });
    expect(flags.map((f) => [f.data?.kind, f.span?.side, f.span?.paragraph])).toEqual([
      ['no-counterpart', 'b', 4],
      ['length-ratio', 'b', 3],
    ]);
    expect(flags[1]!.evidence).toMatch(/English is [\d.]+× shorter than usual/);
    expect(flags[1]!.data?.ratio).toBeLessThan(1);
  });

  it('ignores unlinked furniture and captions', () => {
    const b2 = doc('ar', 'ar', [...AR.slice(0, 4), ['شارك الخبر:', 'boilerplate'], ['صورة لمسؤولين في كابول.', 'caption']]);
    const flags = checkOmissions({ a, b: b2, beads: [...beads.slice(0, 4), bead([], [4]), bead([], [5])] });
    expect(flags.map((f) => f.data?.kind)).toEqual(['length-ratio']);
  });

  it('flags an unlinked sentence inside a linked bead, in Persian too', () => {
    const fa = doc('fa', 'fa', [
      'طالبان به دنبال روابط رسمی با دولت جدید در واشنگتن بود. این جمله‌ی دوم هیچ ترجمه‌ای در متن انگلیسی ندارد.',
    ]);
    const en = doc('en', 'en', ['The Taliban sought official relations with the new administration in Washington.']);
    const flags = checkOmissions({ a: en, b: fa, beads: [bead([0], [0], [[[0], [0]], [[], [1]]])] });
    expect(flags.map((f) => [f.data?.kind, f.span?.side])).toEqual([['no-counterpart', 'b']]);
    expect(fa.paragraphs[0]!.text.slice(flags[0]!.span!.start, flags[0]!.span!.end)).toContain('\u200c');
  });
});

describe('a dropped sentence the sentence aligner attached to its neighbour', () => {
  const a = doc('en', 'en', [...EN.slice(0, 3), 'Officials met in Kabul last month to discuss the release of an American prisoner.']);
  const dropped = 'طلبت الحركة فتح مكتب في الولايات المتحدة لشؤون الأفغان.';
  const b = doc('ar', 'ar', [...AR.slice(0, 3), `${AR[1]} ${dropped}`]);
  const linked = [bead([0], [0]), bead([1], [1]), bead([2], [2])];

  it('flags the sentence left over when its neighbour alone matches the English', () => {
    const flags = checkOmissions({ a, b, beads: [...linked, bead([3], [3], [[[0], [0, 1]]])] });
    const f = flags.find((x) => x.span?.side === 'b' && x.span.paragraph === 3);
    expect(f?.data?.kind).toBe('no-counterpart');
    expect(b.paragraphs[3]!.text.slice(f!.span!.start, f!.span!.end)).toBe(dropped);
  });

  it('leaves a sentence the translator split in two alone', () => {
    const whole = doc('en', 'en', [...EN.slice(0, 3), `${EN[1]!.slice(0, -1)} and ${EN[2]!.charAt(0).toLowerCase()}${EN[2]!.slice(1)}`]);
    const split = doc('ar', 'ar', [...AR.slice(0, 3), `${AR[1]} ${AR[2]}`]);
    const flags = checkOmissions({ a: whole, b: split, beads: [...linked, bead([3], [3], [[[0], [0, 1]]])] });
    expect(flags.filter((x) => x.span?.paragraph === 3)).toEqual([]);
  });
});

describe('a long verse written as several English sentences', () => {
  // The Arabic verse has no sentence stops; the English splits it, and the sentence aligner
  // links only the first English sentence to it.
  const verse = AR.slice(0, 3).map((s) => s.replace(/\.$/, '')).join(' و');
  const a = doc('en', 'en', [...EN.slice(0, 3), EN.slice(0, 3).join(' ')]);
  const b = doc('ar', 'ar', [...AR.slice(0, 3), verse]);
  const linked = [bead([0], [0]), bead([1], [1]), bead([2], [2])];

  it('is not an omission when the whole verse fits the whole translation', () => {
    const flags = checkOmissions({ a, b, beads: [...linked, bead([3], [3], [[[0], [0]], [[1], []], [[2], []]])] });
    expect(flags).toEqual([]);
  });

  it('still flags a sentence the verse does not hold', () => {
    const extra = doc('en', 'en', [...EN.slice(0, 3), `${EN.slice(0, 3).join(' ')} ${EN[1]} ${EN[2]}`]);
    const flags = checkOmissions({ a: extra, b, beads: [...linked, bead([3], [3], [[[0], [0]], [[1], []], [[2], []], [[3], []], [[4], []]])] });
    expect(flags.some((f) => f.span?.side === 'a' && f.span.paragraph === 3)).toBe(true);
  });
});

describe('length-ratio flags that the words or the length explain', () => {
  const linked = [bead([0], [0]), bead([1], [1]), bead([2], [2]), bead([3], [3])];
  const pair = (en: string, ar: string) => ({ a: doc('en', 'en', [...EN.slice(0, 3), en]), b: doc('ar', 'ar', [...AR.slice(0, 3), ar]), beads: linked });

  it('leaves a wordy sentence alone when its every fact is in the shorter translation', () => {
    const p = pair('The number of viewers of the first channel reached 3.1 million, the second 2.9 and the third 2.5.', 'وبلغ عدد مشاهدي القناة الأولى 3.1 مليون مشاهد وبلغ عدد مشاهدي القناة الثانية 2.9 مليون مشاهد وبلغ عدد مشاهدي القناة الثالثة 2.5 مليون مشاهد.');
    expect(checkOmissions(p)).toEqual([]);
  });

  it('still flags a sentence whose translation leaves facts out', () => {
    const p = pair('Another American official said after the release:', AR[3]!);
    expect(checkOmissions(p).map((f) => [f.data?.kind, f.span?.side, f.span?.paragraph])).toEqual([['length-ratio', 'b', 3]]);
  });

  it('leaves a short compact quote alone: a few letters stray further by chance', () => {
    expect(checkOmissions(pair('He was resolute, determined, unequivocal.', 'كان حازما وحاسما.'))).toEqual([]);
  });
});

describe('a link twice as long in a short document whose omissions spread its paragraph ratios', () => {
  // Paragraphs 3–6 each lost or gained sentences, so the paragraphs' ratios spread far; the
  // one-to-one sentence links still say what a translation's length usually is.
  const headline = 'Storm floods the northern town of Kirkuk';
  const fused = 'عاصفة تغمر مدينة كركوك الشمالية وقال مسؤولون في المحافظة إن المياه غمرت مئات المنازل وأجبرت العائلات على مغادرة بيوتها ليلة السبت';
  const a = doc('en', 'en', [...EN.slice(0, 3), EN[1]!, `${EN[2]} ${EN[0]} ${EN[1]}`, EN[0]!, `${EN[1]} ${EN[2]} ${EN[0]}`, headline]);
  const b = doc('ar', 'ar', [...AR.slice(0, 3), `${AR[1]} ${AR[3]}`, AR[2]!, `${AR[0]} ${AR[3]}`, AR[1]!, fused]);
  const one: Bead['sentences'] = [[[0], [0]]];
  const beads = [
    bead([0], [0], one),
    bead([1], [1], one),
    bead([2], [2], one),
    bead([3], [3], [[[0], [0]], [[], [1]]]),
    bead([4], [4], [[[0], [0]], [[1], []], [[2], []]]),
    bead([5], [5], [[[0], [0]], [[], [1]]]),
    bead([6], [6], [[[0], [0]], [[1], []], [[2], []]]),
    bead([7], [7], one),
  ];

  it('flags the headline whose translation carries a first line the English lacks', () => {
    expect(ratioScale({ a, b, beads }).threshold).toBeGreaterThan(1);
    const f = checkOmissions({ a, b, beads }).filter((x) => x.span?.paragraph === 7);
    expect(f.map((x) => [x.data?.kind, x.span?.side])).toEqual([['length-ratio', 'b']]);
  });
});

describe('Persian sentences run together without a stop', () => {
  const EN_FA = [
    'The Taliban sought official relations with the new administration in Washington.',
    'Officials met in Kabul last month to discuss the release of an American prisoner.',
    'The group asked to open an office in the United States for Afghan affairs.',
  ];
  const FA = [
    'طالبان به دنبال روابط رسمی با دولت جدید در واشنگتن بود.',
    'مقامات ماه گذشته در کابل دیدار کردند تا درباره آزادی یک زندانی آمریکایی گفتگو کنند.',
    'این گروه خواست دفتری در ایالات متحده برای امور افغانستان باز کند.',
  ];
  const dropped = 'این گروه خواست دفتری در ایالات متحده برای امور افغانستان باز کند';
  // Each line twice over, as a story's usual sentence links, then the run-on paragraph.
  const a = doc('en', 'en', [...EN_FA, ...EN_FA, EN_FA[1]!]);
  const b = doc('fa', 'fa', [...FA, ...FA, `${dropped} ${FA[1]}`]);
  const one: Bead['sentences'] = [[[0], [0]]];

  it('cuts the sentence after its inner final verb and flags the part the English lacks', () => {
    const beads = [0, 1, 2, 3, 4, 5, 6].map((i) => bead([i], [i], one));
    const flags = checkOmissions({ a, b, beads });
    expect(flags.map((f) => [f.data?.kind, f.span?.side, f.span?.paragraph])).toEqual([['no-counterpart', 'b', 6]]);
    expect(b.paragraphs[6]!.text.slice(flags[0]!.span!.start, flags[0]!.span!.end)).toBe(dropped);
  });

  it('does not cut after a verb that a clause or a comma continues', () => {
    const pc = (text: string) => ({ paragraph: 0, start: 0, end: text.length, text, letters: letters(text) });
    const ends = sentenceEnders(b)!;
    expect(splitRunOn(pc(`${dropped} ${FA[1]}`), ends).map((p) => p.text)).toEqual([dropped, FA[1]]);
    const said = 'سخنگوی وزارت خارجه روز شنبه گفت که این گروه خواست دفتری در ایالات متحده باز کند.';
    expect(splitRunOn(pc(said), ends)).toHaveLength(1);
    const comma = 'این گروه خواست دفتری در ایالات متحده برای امور افغانستان باز کند، مقامات در کابل دیدار کردند.';
    expect(splitRunOn(pc(comma), ends)).toHaveLength(1);
    const and = 'هواپیما پس از تلاش برای فرود اضطراری به داخل آب سقوط کرده است و قایق‌های محلی برای نجات مسافران به کمک آمده اند.';
    expect(splitRunOn(pc(and), ends)).toHaveLength(1);
    expect(sentenceEnders(a)).toBeNull();
  });

  it('does not cut after the verb of a clause inside the sentence, nor after "may"', () => {
    const pc = (text: string) => ({ paragraph: 0, start: 0, end: text.length, text, letters: letters(text) });
    const ends = sentenceEnders(b)!;
    // NTREX bbc.381646, cnbc.com.6772, newsweek.51338 (Persian): a relative clause's verb, then the sentence's own.
    expect(splitRunOn(pc('او در حالی که در اولین برنامه Radio 4 Desert Island Discs که توسط مجری Lauren Laverne اجرا می‌شد گفت با صراحت در مورد حقوق همجنسگرایان صحبت کرده تا به بقیه «امید» بدهد.'), ends)).toHaveLength(1);
    expect(splitRunOn(pc('به نظر من افرادی که دارای دکترا در زمینه AI هستند باید به طور خودکار به آنها گرین کارت داده شود.'), ends)).toHaveLength(1);
    expect(splitRunOn(pc('برای مناطقی که از خطرات ناشی از سیلاب ناگهانی دور هستند، باران رزا ممکن است منفعت داشته باشد چون این مناطق از خشکسالی رنج می‌برند.'), ends)).toHaveLength(1);
    // After "said that ..." the clause's verb ends the sentence: a run-on line is still cut there.
    const said = 'سخنگوی وزارت خارجه روز شنبه گفت که این گروه خواست دفتری در ایالات متحده باز کند';
    expect(splitRunOn(pc(`${said} ${FA[1]}`), ends).map((p) => p.text)).toEqual([said, FA[1]]);
  });
});

describe('a dropped Persian line of two clauses joined by "but" (real news: NTREX reuters.218861, English–Persian)', () => {
  // English line 7 left out. Its Persian runs "... کره بوده است اما ایالات متحده گفته ..." ("North
  // Korea has sought ... but the United States has said ..."): cut after the verb before "but",
  // the one dropped line was flagged as two sentences.
  const d = loadNtrex().find((x) => x.id === 'reuters.218861')!;
  const groups = [[0], [1, 2], [3, 4], [5, 6], [7, 8], [9, 10, 11], [12, 13], [14, 15], [16, 17], [18, 19], [20, 21, 22], [23, 24]];

  it('flags the dropped line once, whole, with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => i !== 7)), 'en');
    const b = build(d.fa, groups, 'fa');
    expect(d.fa[7]).toContain(' است اما ');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }));
    expect(flags.map((f) => [f.span!.side, b.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', d.fa[7]]]);
  }, 60_000);
});

describe('a Persian title the run-on cut takes off the first line (real news: NTREX dailymail.co.uk.298622 and bbc.381790, English–Persian)', () => {
  // Each title runs into its first line on both sides, without a stop. The run-on cut ends the
  // Persian title at its final verb ("... متحمل می شوند"); a cut at the opening is less of a
  // guess than one inside a paragraph.
  it('flags the Persian title where the English leaves it out, with a word table that has not seen this text', () => {
    const d = loadNtrex().find((x) => x.id === 'dailymail.co.uk.298622')!;
    const groups = [[0, 1], [2, 3], [4], [5], [6], [7, 8], [9, 10], [11, 12], [13], [14, 15], [16], [17, 18, 19], [20]];
    const a = build(d.en, groups.map((g) => g.filter((i) => i !== 0)), 'en');
    const b = build(d.fa, groups, 'fa');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }));
    expect(flags.map((f) => [f.span!.side, b.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', d.fa[0]]]);
    const whole = build(d.en, groups, 'en');
    expect(onDevFoldTable(d.id, () => checkOmissions({ a: whole, b, beads: align(whole, b) }))).toEqual([]);
  }, 60_000);

  it('leaves the title alone where the English runs its own title into the first line', () => {
    // "Welsh AMs worried about 'looking like muppets' There is consternation ...": a cut of the
    // English opening gives the Persian title its counterpart.
    const d = loadNtrex().find((x) => x.id === 'bbc.381790')!;
    const groups = [[0, 1], [2], [3, 4], [5, 6, 7], [8], [9, 10], [11], [12, 13], [14, 15]];
    const a = build(d.en, groups, 'en');
    const b = build(d.fa, groups, 'fa');
    expect(onDevTable(() => checkOmissions({ a, b, beads: align(a, b) }))).toEqual([]);
  }, 60_000);
});

describe('clauses inside a Persian sentence are no sentences of their own (real news: NTREX bbc.381746 and newsweek.51338, English–Persian)', () => {
  // "The hosts were content to let Rangers play in front of them" is written "تیم میزبان از
  // اینکه مقابل تیم رنجر بازی می‌کرد خوشحال بود": cut after the inner clause's verb, its first
  // half was flagged as a sentence the English lacks; so was "... ممکن است | منفعت داشته باشد"
  // ("Rosa's rain may be beneficial") cut after "may".
  for (const [id, groups, paragraph] of [
    ['bbc.381746', [[0], [1], [2], [3], [4], [5], [6], [7, 8, 9], [10], [11], [12, 13], [14], [15], [16, 17, 18], [19, 20], [21], [22, 23, 24], [25], [26]], 8],
    ['newsweek.51338', [[0, 1, 2], [3, 4], [5], [6], [7], [8], [9], [10], [11], [12], [13, 14], [15, 16], [17], [18, 19]], 5],
  ] as const) {
    it(`leaves ${id}'s faithful translation alone, with a word table that has not seen it`, () => {
      const d = loadNtrex().find((x) => x.id === id)!;
      const a = build(d.en, groups as unknown as number[][], 'en');
      const b = build(d.fa, groups as unknown as number[][], 'fa');
      expect(b.paragraphs[paragraph]!.text).toMatch(/از اینکه|ممکن است/);
      expect(onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }))).toEqual([]);
    }, 60_000);
  }
});

describe('a dropped sentence next to a compact translation (real news: NTREX bbc.381692, English–Persian)', () => {
  // One paragraph per line; line 8's English left out, its Persian run into line 7's
  // paragraph. The Persian of line 7 is compact, so lengths say the link fits with both.
  const d = loadNtrex().find((x) => x.id === 'bbc.381692')!;
  const a = { id: 'en', lang: 'en', paragraphs: d.en.filter((_, i) => i !== 8).map((t, k) => paragraph(k, t, 'en')) };
  const b = { id: 'fa', lang: 'fa', paragraphs: [...d.fa.slice(0, 7), `${d.fa[7]} ${d.fa[8]}`, ...d.fa.slice(9)].map((t, k) => paragraph(k, t, 'fa')) };

  it('flags the sentence whose facts the English lacks, as its facts outweigh the lengths', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(7))?.sentences).toEqual([[[0], [0, 1]]]);
    const flags = checkOmissions({ a, b, beads });
    expect(flags.map((f) => [f.data?.kind, f.span?.side, f.span?.paragraph])).toEqual([['no-counterpart', 'b', 7]]);
    expect(b.paragraphs[7]!.text.slice(flags[0]!.span!.start, flags[0]!.span!.end)).toBe(d.fa[8]);
  });
});

describe('a dropped sentence where the aligner pulls in the next paragraph (real news: NTREX nytimes.184862, English–Arabic)', () => {
  // The last two paragraphs hold two lines each; each lost one English line. The aligner
  // joins the last English paragraph to the one before, whose Arabic then fits it in length,
  // and leaves the last Arabic paragraph alone.
  const d = loadNtrex().find((x) => x.id === 'nytimes.184862')!;
  const L = d.en.length - 4;
  const a = { id: 'en', lang: 'en', paragraphs: [...d.en.slice(0, L), d.en[L]!, d.en[L + 3]!].map((t, k) => paragraph(k, t, 'en')) };
  const b = { id: 'ar', lang: 'ar', paragraphs: [...d.ar.slice(0, L), `${d.ar[L]} ${d.ar[L + 1]}`, `${d.ar[L + 2]} ${d.ar[L + 3]}`].map((t, k) => paragraph(k, t, 'ar')) };

  it('judges the joined bead without the English paragraph whose facts are in the next one, and flags the dropped sentence', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(L))?.a).toEqual([L, L + 1]);
    const flags = checkOmissions({ a, b, beads });
    const dropped = flags.find((f) => f.span?.side === 'b' && f.span.paragraph === L);
    expect(dropped && b.paragraphs[L]!.text.slice(dropped.span!.start, dropped.span!.end)).toBe(d.ar[L + 1]);
    expect(flags.filter((f) => f.span?.side === 'a')).toEqual([]);
  });
});

describe('a short dropped sentence whose name and figures the English never writes (real news: NTREX cbsnews.248384, English–Persian)', () => {
  // Line 11 ("ABC was second with 3.26 million viewers.") left out of the English, its
  // Persian run into line 10's paragraph: too short for its length to tell, but ABC and 3.26
  // are written as they are in any translation, and the English has neither.
  const d = loadNtrex().find((x) => x.id === 'cbsnews.248384')!;
  const en = (lines: string[]) => ({ id: 'en', lang: 'en', paragraphs: lines.map((t, k) => paragraph(k, t, 'en')) });
  const fa = (lines: string[]) => ({ id: 'fa', lang: 'fa', paragraphs: lines.map((t, k) => paragraph(k, t, 'fa')) });

  it('flags the sentence', () => {
    const a = en(d.en.filter((_, i) => i !== 11));
    const b = fa([...d.fa.slice(0, 10), `${d.fa[10]} ${d.fa[11]}`, ...d.fa.slice(12)]);
    const flags = checkOmissions({ a, b, beads: align(a, b) }).filter((f) => f.span?.side === 'b' && f.span.paragraph === 10);
    expect(flags.map((f) => b.paragraphs[10]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[11]]);
  });

  it('leaves the faithful translation of the same lines alone, names and figures included', () => {
    const [a, b] = [en(d.en), fa(d.fa)];
    const flags = checkOmissions({ a, b, beads: align(a, b) });
    expect(flags.filter((f) => f.span && f.span.paragraph >= 9 && f.span.paragraph <= 13)).toEqual([]);
  });
});

describe('a dropped sentence where the aligner pulls in the next paragraph and leaves that one alone (real news: NTREX newsweek.51338, English–Arabic)', () => {
  // Paragraphs of one to three lines; English lines 6, 7 and 11 left out. The English
  // paragraph after the one that lost line 6 is pulled into its bead, and the Arabic
  // paragraph that translates it is left without partner.
  const d = loadNtrex().find((x) => x.id === 'newsweek.51338')!;
  const ar = [[0, 1, 2], [3], [4], [5, 6], [7, 8], [9], [10, 11], [12], [13, 14], [15], [16], [17, 18], [19]];
  const en = ar.map((g) => g.filter((i) => i !== 6 && i !== 7 && i !== 11));
  const a = build(d.en, en, 'en');
  const b = build(d.ar, ar, 'ar');

  it('judges the bead without the paragraph whose facts are in the lone one, and flags the dropped sentence', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(3))?.a).toEqual([3, 4]);
    expect(beads.find((x) => x.b.includes(4))?.a).toEqual([]);
    const flags = checkOmissions({ a, b, beads }).filter((f) => f.span?.side === 'b' && f.span.paragraph === 3);
    expect(flags.map((f) => b.paragraphs[3]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.ar[6]]);
  });

  it('does so also with a word table that has not seen this text', () => {
    const beads = align(a, b);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 3);
    expect(flags.map((f) => b.paragraphs[3]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.ar[6]]);
  }, 60_000);
});

describe('a dropped sentence beside its translated neighbour, both naming the same thing (real news: NTREX dailymail.co.uk.298732, English–Arabic)', () => {
  // English lines 4, 15 left out. The dropped line 4 and the kept line 5 both speak of the
  // inquiry; the aligner links the dropped one to line 5's English and leaves line 5 alone.
  const d = loadNtrex().find((x) => x.id === 'dailymail.co.uk.298732')!;
  const ar = [[0, 1], [2, 3], [4, 5], [6], [7, 8], [9, 10], [11, 12, 13], [14], [15, 16], [17]];
  const a = build(d.en, ar.map((g) => g.filter((i) => i !== 4 && i !== 15)), 'en');
  const b = build(d.ar, ar, 'ar');

  it('flags the dropped sentence, not its neighbour, with a word table that has not seen this text', () => {
    const beads = align(a, b);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 2);
    expect(flags.map((f) => b.paragraphs[2]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.ar[4]]);
  });
});

describe('a dropped sentence in a long paragraph whose lengths say little at the sentence links\' spread (real news: NTREX guardian.221754, English–Persian)', () => {
  // English lines 6 and 17 left out; the aligner joins line 6's Persian to line 7's link. A
  // paragraph of three lines strays less from the usual ratio by chance than one line does,
  // so the missing line's letters weigh more there than at a single link's spread.
  const d = loadNtrex().find((x) => x.id === 'guardian.221754')!;
  const fa = [[0], [1], [2, 3], [4, 5], [6, 7, 8], [9, 10, 11], [12, 13], [14], [15, 16, 17]];
  const a = build(d.en, fa.map((g) => g.filter((i) => i !== 6 && i !== 17)), 'en');
  const b = build(d.fa, fa, 'fa');

  it('flags the dropped sentence with a word table that has not seen this text', () => {
    const beads = align(a, b);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 4);
    // Persian: the flag may be the part after the line's inner final verb.
    expect(flags).toHaveLength(1);
    expect(d.fa[6]).toContain(b.paragraphs[4]!.text.slice(flags[0]!.span!.start, flags[0]!.span!.end));
  }, 60_000);
});

describe('a dropped sentence the sentence aligner linked to an English sentence not its own (real news: NTREX bbc.381679, English–Arabic)', () => {
  // English line 2 left out. The aligner joins the first two paragraphs of each side in one
  // bead and links the dropped Arabic line 1-1 to the English line after it, shifting the
  // links that follow; the whole bead's lengths barely say which line is extra. Aligned
  // again without it, every other line has a partner of the usual length.
  const d = loadNtrex().find((x) => x.id === 'bbc.381679')!;
  const groups = [[0], [1, 2], [3, 4, 5], [6]];
  const b = build(d.ar, groups, 'ar');

  it('flags the dropped line with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => i !== 2)), 'en');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }));
    expect(flags.map((f) => [f.span?.side, b.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', d.ar[2]]]);
  }, 60_000);

  it('leaves the whole translation alone', () => {
    const a = build(d.en, groups, 'en');
    expect(onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }))).toEqual([]);
  }, 60_000);
});

describe('which of two short lines is the dropped one (real news: NTREX scotsman.133758, English–Persian)', () => {
  // English lines 1, 6, 8 and 13 left out, as the omissions bench drops them. Line 6 ("Get out
  // there and do all the right things.") shares a paragraph with line 5 ("You go full bore
  // tomorrow."); the two Persian lines are about as long, so removing either mends the
  // paragraph's lengths as well, and only what each says tells which one the English lacks.
  const d = loadNtrex().find((x) => x.id === 'scotsman.133758')!;
  const groups = [[0, 1], [2, 3, 4], [5, 6], [7], [8, 9], [10], [11, 12], [13, 14], [15], [16], [17, 18], [19, 20], [21, 22], [23]];
  const b = build(d.fa, groups, 'fa');

  it('flags the line whose English was left out, not the one the English translates', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => ![1, 6, 8, 13].includes(i))), 'en');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 2);
    expect(flags.map((f) => b.paragraphs[2]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[6]]);
  }, 60_000);
});

describe('a verse the translator wrote as several English sentences, in a passage of several verses (real text: the Kitáb-i-Aqdas, its development half)', () => {
  const aqdas = versePairs().find((p) => p.id === 'Aqdas ¶1–95 en–ar');

  it.skipIf(!aqdas)('does not call one of the English sentences extra because the link runs long', () => {
    const { en, other, beads } = aqdas!;
    const flagged = checkOmissions({ a: en, b: other, beads }).map((f) => String(f.data?.text));
    // The first translates "لن تضرّنا سيّئاتكم كما لا تنفعنا حسناتكم" though the sentence aligner links it, third of
    // three, to the verse before; the second, fourth of five for one verse, "سوف يأخذك الاطمينان بعد الاضطراب".
    expect(flagged.some((t) => t.startsWith('Your evil doings can never harm Us'))).toBe(false);
    expect(flagged.some((t) => t.startsWith('The day is approaching when thy agitation'))).toBe(false);
  });

  it.skipIf(!aqdas)('does not call a link short where the passage as a whole keeps the usual lengths', () => {
    const { en, other, beads } = aqdas!;
    // The aligner counts "Waste not your hours in idleness …" with the verse before, so the link
    // of the next two verses has too little English, though the passage has it all.
    const flags = checkOmissions({ a: en, b: other, beads }).filter((f) => f.data?.kind === 'length-ratio');
    expect(flags.some((f) => String(f.data?.text).startsWith('لا تضيّعوا اوقاتكم'))).toBe(false);
  });
});

describe('a dropped sentence where the aligner joins the next English paragraph and leaves its translation alone (real news: NTREX nytimes.184822, English–Persian)', () => {
  // English lines 1, 7, 20 and 23 left out, as the omissions bench drops them. Without line 23
  // the paragraph aligner joins English paragraphs 10 and 11 with Persian paragraph 11 and
  // leaves Persian paragraph 12 alone: Persian line 23 is linked with nothing, and the lone
  // paragraph's text is what English paragraph 11 says.
  const d = loadNtrex().find((x) => x.id === 'nytimes.184822')!;
  const groups = [[0, 1], [2, 3], [4], [5, 6], [7, 8, 9], [10, 11, 12], [13, 14], [15, 16], [17], [18], [19, 20, 21], [22, 23], [24, 25], [26]];
  const b = build(d.fa, groups, 'fa');

  it('judges the joined paragraph with the lone one and flags the dropped line, with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => ![1, 7, 20, 23].includes(i))), 'en');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 11);
    expect(flags.map((f) => b.paragraphs[11]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[23]]);
  }, 60_000);
});

describe('a deletion that shifts the next paragraph pairs by a sentence (real news: NTREX independent.226301, English–Arabic)', () => {
  // English lines 4, 6 and 15 left out. After line 4 the aligner shifts the pairs: English
  // paragraphs 2 and 3 go with Arabic paragraph 2, English paragraph 4 with Arabic paragraph
  // 3, and Arabic paragraph 4 is left alone. Arabic paragraph 3 opens with the line English
  // paragraph 3 translates; judged alone, that line looks dropped and line 6 does not.
  const d = loadNtrex().find((x) => x.id === 'independent.226301')!;
  const ar = [[0], [1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11], [12, 13, 14], [15, 16], [17], [18, 19], [20], [21], [22, 23]];
  const a = build(d.en, ar.map((g) => g.filter((i) => i !== 4 && i !== 6 && i !== 15)), 'en');
  const b = build(d.ar, ar, 'ar');

  it('flags the dropped lines of the shifted pairs, not the line a neighbour translates, with a word table that has not seen this text', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(2))?.a).toEqual([2, 3]);
    expect(beads.find((x) => x.b.includes(3))?.a).toEqual([4]);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && (f.span.paragraph === 2 || f.span.paragraph === 3));
    expect(flags.map((f) => b.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.ar[4], d.ar[6]]);
  }, 60_000);
});

describe('a shift that ends in a lone paragraph the word table barely reads (real news: NTREX bbc.381669, English–Dari)', () => {
  // English lines 2, 9 and 10 left out, as the omissions bench drops them. Without line 9 the
  // aligner joins English paragraphs 5 and 6 with Dari paragraph 5 and leaves Dari paragraph 6
  // (line 10, also dropped, and line 11, which English paragraph 6 translates) alone. The fold
  // word table confirms English paragraph 6 neither in Dari paragraph 5 nor in the lone one.
  const d = loadNtrex().find((x) => x.id === 'bbc.381669')!;
  const groups = [[0], [1, 2, 3], [4, 5], [6], [7], [8, 9], [10, 11], [12]];
  const a = build(d.en, groups.map((g) => g.filter((i) => ![2, 9, 10].includes(i))), 'en');
  const b = build(d.prs, groups, 'fa');

  it('flags the dropped line of the joined pair, with a word table that has not seen this text', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(5))?.a).toEqual([5, 6]);
    expect(beads.find((x) => x.b.includes(6))?.a).toEqual([]);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 5);
    expect(flags.map((f) => b.paragraphs[5]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.prs[9]]);
  }, 60_000);
});

describe('a joined pair judged with a lone paragraph that has a dropped line of its own (real news: NTREX cbsnews.248411, English–Persian)', () => {
  // English lines 5, 13 and 15 left out, as the omissions bench drops them. Without line 13 the
  // aligner joins English paragraphs 5 and 6 with Persian paragraph 5 and leaves Persian
  // paragraph 6 (line 14, which English paragraph 6 translates, and line 15, also dropped)
  // alone. Judged together, line 15 (two sentences, cut at its verb) takes up the drops the
  // Persian side may have before line 13 is reached.
  const d = loadNtrex().find((x) => x.id === 'cbsnews.248411')!;
  const groups = [[0, 1, 2], [3, 4, 5], [6, 7], [8, 9], [10, 11], [12, 13], [14, 15], [16]];
  const a = build(d.en, groups.map((g) => g.filter((i) => ![5, 13, 15].includes(i))), 'en');
  const b = build(d.fa, groups, 'fa');

  it('flags the dropped line of the joined pair, with a word table that has not seen this text', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(5))?.a).toEqual([5, 6]);
    expect(beads.find((x) => x.b.includes(6))?.a).toEqual([]);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 5);
    expect(flags.map((f) => b.paragraphs[5]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[13]]);
  }, 60_000);
});

describe('a joined pair with a dropped line, its joined paragraph translated in the lone one beside it (real news: NTREX nytimes.184825, English–Arabic)', () => {
  // English lines 5, 7, 11 and 15 left out, as the omissions bench drops them. The aligner joins
  // English paragraphs 6 and 7 with Arabic paragraph 6 and leaves Arabic paragraph 7 (line 14,
  // which English paragraph 7 translates, and line 15) alone. Judged alone, the pair shows the
  // dropped line 11, but also calls English paragraph 7 added.
  const d = loadNtrex().find((x) => x.id === 'nytimes.184825')!;
  const groups = [[0, 1], [2], [3], [4, 5], [6, 7, 8], [9, 10], [11, 12, 13], [14, 15], [16], [17, 18], [19, 20, 21], [22, 23]];
  const a = build(d.en, groups.map((g) => g.filter((i) => ![5, 7, 11, 15].includes(i))), 'en');
  const b = build(d.ar, groups, 'ar');

  it('flags the dropped line and leaves the joined English paragraph alone', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(6))?.a).toEqual([6, 7]);
    expect(beads.find((x) => x.b.includes(7))?.a).toEqual([]);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.paragraph === 6 || (f.span?.side === 'a' && f.span.paragraph === 7));
    expect(flags.map((f) => [f.span!.side, f.span!.paragraph, (f.span!.side === 'a' ? a : b).paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', 6, d.ar[11]]]);
  }, 60_000);
});

describe('a dropped line naming whom its neighbour names (real news: NTREX independent.226301, English–Persian)', () => {
  // English lines 7, 9, 12 and 14 left out, as the omissions bench drops them. Persian paragraph
  // 4 is line 6 and the dropped line 7, which both name Spieth; English paragraph 4 is line 6
  // alone. Line 6's translation accounts for the name, so it confirms nothing of line 7: it was
  // taken by its key only, and line 7 found it again by its letters.
  const d = loadNtrex().find((x) => x.id === 'independent.226301')!;
  const groups = [[0], [1], [2, 3, 4], [5], [6, 7], [8], [9, 10], [11, 12], [13], [14, 15], [16, 17, 18], [19, 20, 21], [22, 23]];
  const a = build(d.en, groups.map((g) => g.filter((i) => ![7, 9, 12, 14].includes(i))), 'en');
  const b = build(d.fa, groups, 'fa');

  it('flags the dropped line, with a word table that has not seen this text', () => {
    const beads = align(a, b);
    expect(beads.find((x) => x.b.includes(4))?.a).toEqual([4]);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 4);
    expect(flags.map((f) => b.paragraphs[4]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[7]]);
  }, 60_000);
});

describe('a title run into the first line without a stop (real news: NTREX bbc.381680, English–Arabic)', () => {
  // The English title left out; the Arabic title and first line make one paragraph, with no
  // stop between them, so the sentence splitter reads one sentence that the English first line
  // matches in length all but the title.
  const d = loadNtrex().find((x) => x.id === 'bbc.381680')!;
  const rest = d.en.slice(2).map((_, k) => [k + 2]);

  it('flags the Arabic title, with a word table that has not seen this text', () => {
    const a = build(d.en, [[1], ...rest], 'en');
    const b = build(d.ar, [[0, 1], ...rest], 'ar');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.paragraph === 0);
    expect(flags.map((f) => [f.span!.side, b.paragraphs[0]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', d.ar[0]]]);
  }, 60_000);

  it('flags the title only, not the first words of the line it runs into (NTREX cnn.304489 and upi.176251)', () => {
    // The Arabic first lines open "قال ترامب ..." ("Trump said ...") and "تغلب ..." ("overcame ...");
    // the head one word longer fits the lengths a little better than the title.
    for (const id of ['cnn.304489', 'upi.176251']) {
      const t = loadNtrex().find((x) => x.id === id)!;
      const after = t.en.slice(2).map((_, k) => [k + 2]);
      const a = build(t.en, [[1], ...after], 'en');
      const b = build(t.ar, [[0, 1], ...after], 'ar');
      const flags = onDevFoldTable(t.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.paragraph === 0);
      expect(flags.map((f) => [f.span!.side, b.paragraphs[0]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', t.ar[0]]]);
    }
  }, 120_000);

  it('leaves the title alone where the English opens with its own title run in the same way', () => {
    const a = build(d.en, [[0, 1], ...rest], 'en');
    const b = build(d.ar, [[0, 1], ...rest], 'ar');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.paragraph === 0);
    expect(flags).toEqual([]);
  }, 60_000);
});

describe('a title left out where the English opens with a sentence, not a title of its own (real news: NTREX bbc.381749, English–Dari)', () => {
  // "Grieving women post cards to prevent suicides on bridge" left out of the English, whose
  // first line is "Two women who lost loved ones to suicide are working to prevent others from
  // taking their own lives."; the Dari title runs into its first line, and the run-on cut takes
  // it off at its verb. Cut after "suicide", the English line seemed to hold a run-in title of
  // its own matching the Dari one, so the Dari title went unflagged: an English title ends
  // before a capital, which opens the sentence after it.
  const d = loadNtrex().find((x) => x.id === 'bbc.381749')!;
  const groups = [[0, 1, 2], [3, 4], [5, 6], [7], [8], [9, 10], [11], [12, 13], [14], [15, 16], [17, 18, 19], [20]];
  const b = build(d.prs, groups, 'fa');

  it('flags the Dari title, with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => i !== 0)), 'en');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }));
    expect(flags.map((f) => [f.span!.side, b.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end)])).toEqual([['b', d.prs[0]]]);
  }, 60_000);

  it('leaves the title alone where the English runs its own title into the first line', () => {
    const a = build(d.en, groups, 'en');
    expect(onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }))).toEqual([]);
  }, 60_000);
});

describe('a figure grouped with the Arabic comma (real news: NTREX newsweek.51339, English–Persian)', () => {
  // Persian line 6 writes "$250,000" as "250،000 دلار": read as 250 and 000, the figure looked
  // missing from the English, and the run-on part holding it was flagged as added.
  const d = loadNtrex().find((x) => x.id === 'newsweek.51339')!;
  const lines = d.en.map((_, i) => [i]);

  it('leaves the faithful translation alone, with a word table that has not seen this text', () => {
    expect(d.fa[6]).toContain('250،000');
    const a = build(d.en, lines, 'en');
    const b = build(d.fa, lines, 'fa');
    expect(onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }))).toEqual([]);
  }, 60_000);
});

describe('a short line left out, standing alone (real news: NTREX nytimes.184825, English–Persian)', () => {
  // English lines 8 and 10 left out, as the omissions bench drops them. Persian line 10, "او می
  // پرسد چرا؟" ("She asks why?"), opens paragraph 6; the sentence aligner leaves it without
  // partner, but at 11 letters it fell below the length from which such a line was judged.
  const d = loadNtrex().find((x) => x.id === 'nytimes.184825')!;
  const groups = [[0], [1], [2, 3], [4, 5, 6], [7, 8], [9], [10, 11], [12, 13, 14], [15], [16, 17], [18], [19, 20, 21], [22], [23]];

  it('flags the short question, with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => i !== 8 && i !== 10)), 'en');
    const b = build(d.fa, groups, 'fa');
    expect(letters(d.fa[10]!)).toBeLessThan(20);
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 6);
    expect(flags.map((f) => b.paragraphs[6]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[10]]);
  }, 60_000);
});

describe('a stub the Arabic sentence splitter cuts after a transliterated title (real news: NTREX guardian.221754, English–Arabic)', () => {
  // "Dr. PawPaw" is written "دي آر. بوبو": with no capitals to go by, the splitter ends a
  // sentence at "آر." and leaves "بوبو لأول مرة." ("PawPaw for the first time.") alone, which
  // the sentence aligner leaves without partner. It is no line of its own.
  const d = loadNtrex().find((x) => x.id === 'guardian.221754')!;
  const groups = [[0, 1, 2], [3, 4], [5], [6], [7], [8], [9, 10, 11], [12, 13], [14, 15], [16, 17]];

  it('leaves the stub alone, with a word table that has not seen this text', () => {
    const a = build(d.en, groups, 'en');
    const b = build(d.ar, groups, 'ar');
    expect(b.paragraphs[1]!.text).toContain('دي آر. بوبو لأول مرة.');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }));
    expect(flags.map((f) => (f.span!.side === 'a' ? a : b).paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end))).toEqual([]);
  }, 60_000);
});

describe('a Persian line with a Latin initial (real news: NTREX bbc.381647, English–Persian)', () => {
  // English line 12 ("Sean Combs has been variously known as Puff Daddy, P. Diddy or Diddy, ...")
  // left out. The Persian copies "P. Diddy": ended at "P.", the line was two sentences, and the
  // flags left its middle ("Diddy یا Diddy شناخته می‌شود اما ...") unmarked.
  const d = loadNtrex().find((x) => x.id === 'bbc.381647')!;
  const groups = [[0, 1], [2, 3, 4], [5], [6], [7, 8, 9, 10], [11, 12, 13]];

  it('flags the whole dropped line, with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => i !== 12)), 'en');
    const b = build(d.fa, groups, 'fa');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.side === 'b');
    const text = b.paragraphs[5]!.text;
    expect(flags.map((f) => text.slice(f.span!.start, f.span!.end)).join(' ')).toBe(d.fa[12]);
  }, 60_000);
});

describe('an ellipsis mid-sentence (real news: NTREX newsweek.51331, English–Persian)', () => {
  // Persian line 19 copies the English pause: "... کنجکاو هستند ... بیرون نیستند ..." ("very
  // inquisitive ... they aren't out to hurt you"). Cut there, its second half was flagged as added.
  const d = loadNtrex().find((x) => x.id === 'newsweek.51331')!;
  const groups = [[0, 1, 2], [3, 4], [5, 6], [7, 8], [9, 10, 11], [12, 13], [14, 15], [16], [17], [18, 19], [20]];

  it('leaves the faithful translation alone, with a word table that has not seen this text', () => {
    expect(d.fa[19]).toContain(' ... ');
    const a = build(d.en, groups, 'en');
    const b = build(d.fa, groups, 'fa');
    expect(onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) }))).toEqual([]);
  }, 60_000);
});

describe('a dropped line of two clauses joined by "and" (real news: NTREX scotsman.133765, English–Persian)', () => {
  // English lines 1, 2, 4 and 6 left out, as the omissions bench drops them. Persian line 6 runs
  // "... تکمیل شد و آیر را پیش انداخت ..." ("... was converted and put Ayr ahead ..."): cut after
  // the verb before "and", it was flagged as two sentences the English lacks.
  const d = loadNtrex().find((x) => x.id === 'scotsman.133765')!;
  const groups = [[0, 1], [2, 3], [4, 5], [6, 7], [8, 9], [10, 11, 12]];

  it('flags the dropped line once, whole, with a word table that has not seen this text', () => {
    const a = build(d.en, groups.map((g) => g.filter((i) => ![1, 2, 4, 6].includes(i))), 'en');
    const b = build(d.fa, groups, 'fa');
    expect(d.fa[6]).toContain(' شد و ');
    const flags = onDevFoldTable(d.id, () => checkOmissions({ a, b, beads: align(a, b) })).filter((f) => f.span?.side === 'b' && f.span.paragraph === 3);
    expect(flags.map((f) => b.paragraphs[3]!.text.slice(f.span!.start, f.span!.end))).toEqual([d.fa[6]]);
  }, 60_000);
});

describe('a translation that writes no sentence ends, as some editions of scripture do (real text: the Kitáb-i-Aqdas ¶1–95, English–Arabic)', () => {
  const pair = versePairs().find((p) => p.id.startsWith('Aqdas') && !p.heldOut)!;
  const edition = (edit: (text: string, k: number) => string) => {
    const other = { ...pair.other, paragraphs: pair.other.paragraphs.map((p, k) => paragraph(k, withoutStops(edit(p.text, k)), 'ar')) };
    return checkOmissions({ a: pair.en, b: other, beads: align(pair.en, other) });
  };

  it('does not call the English sentences of a long verse dropped when the Arabic cannot show where its sentences end', () => {
    expect(edition((text) => text).filter((f) => f.span?.side === 'a')).toEqual([]);
  });

  it('checks a passage whose text changed after it was aligned, judging it whole where its sentence links no longer fit', () => {
    // The beads were aligned on the text with its stops: their links point past the sentences left.
    const other = { ...pair.other, paragraphs: pair.other.paragraphs.map((p, k) => paragraph(k, withoutStops(p.text), 'ar')) };
    expect(pair.beads.some((b) => b.sentences?.some(([, sb]) => sb.some((j) => j > 0)))).toBe(true);
    const whole = pair.beads.map(({ sentences: _links, ...bead }) => bead);
    expect(checkOmissions({ a: pair.en, b: other, beads: pair.beads })).toEqual(checkOmissions({ a: pair.en, b: other, beads: whole }));
  });

  it('still flags the English sentence whose Arabic the passage lost', () => {
    const p = pair.other.paragraphs[30]!;
    const last = p.sentences[p.sentences.length - 1]!;
    const flags = edition((text, k) => (k === 30 ? text.slice(0, last.start) + text.slice(last.end) : text)).filter((f) => f.span?.side === 'a');
    expect(flags.map((f) => pair.en.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end))).toEqual(['Verily, by His remembrance the eye is cheered and the heart is filled with light.']);
  });
});
