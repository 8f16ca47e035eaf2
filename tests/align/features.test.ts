import { describe, expect, it } from 'vitest';
import { arabicStem, ClueReader, extractNames, extractNumbers, extractWords } from '../../src/core/align/extract';
import { buildItemSpace, itemsOf, pairVocabulary } from '../../src/core/align/items';
import { learnLexicon, userLexiconLinks } from '../../src/core/align/lexicon';
import { fitLengthModel, itemWeights, lengthCost, logErfc, median } from '../../src/core/align/score';
import { nameSkeleton } from '../../src/core/text/names';

describe('numbers', () => {
  it.each([
    ['nearly 2,500 American soldiers', ['2500']],
    ['ما يقرب من ٢٬٥٠٠ جندي', ['2500']], // Arabic-Indic digits and thousands separator
    ['حدود ۲۵۰۰ سرباز', ['2500']], // Persian digits
    ['بنسبة ٣٫٥ في المئة', ['3.5']], // Arabic decimal separator
    ['in 2021 and 2022.', ['2021', '2022']],
    ['two weeks, 3 days', []], // single digits are not anchors
  ])('%s', (text, expected) => {
    expect(extractNumbers(text)).toEqual(expected);
  });
});

describe('names in text', () => {
  it('takes capitalised Latin words the document never writes in lower case', () => {
    const names = extractNames('The Taliban met Zalmay Khalilzad in Kabul.', new Set(['met']));
    expect(names).toContain(nameSkeleton('Taliban'));
    expect(names).toContain(nameSkeleton('Kabul'));
    expect(names).toContain(nameSkeleton('Zalmay') + nameSkeleton('Khalilzad')); // adjacent pair
    expect(names).not.toContain(nameSkeleton('The'));
  });

  it('strips Arabic clitics and pairs adjacent words', () => {
    const names = extractNames('وقال مبعوث ترامب زلماي خليل زاد لطالبان', new Set());
    expect(names).toContain(nameSkeleton('Trump'));
    expect(names).toContain(nameSkeleton('Khalilzad')); // خليل + زاد
    expect(names).toContain(nameSkeleton('Taliban')); // ل + طالبان
  });

  it('keys names by spelling within one script', () => {
    const reader = new ClueReader(new Set(), 'spelling');
    expect(reader.read('George Glizmann met Galzmann').names).toEqual(expect.arrayContaining(['glizmann', 'galzmann']));
  });
});

describe('lexicon keys', () => {
  it('folds Arabic and Persian letter variants, article and conjunction', () => {
    expect(arabicStem('والحكومة')).toBe('حكومة');
    expect(extractWords('والحكومة الحكومة')).toEqual(['حكومه', 'حكومه']);
    expect(extractWords('کابل كابل')).toEqual(['كابل', 'كابل']); // Persian kaf folded
    expect(extractWords('می‌خواهد')).toEqual(['مي', 'خواهد']); // ZWNJ splits
    expect(extractWords("Trump's plan")).toEqual(['trump', 'plan']);
  });
});

describe('length model (Gale–Church)', () => {
  const model = { ratio: 0.8, variance: 6 };
  it('costs nothing at the expected ratio and more the further off', () => {
    expect(lengthCost(100, 80, model)).toBeCloseTo(0, 6);
    expect(lengthCost(100, 60, model)).toBeGreaterThan(lengthCost(100, 70, model));
    expect(lengthCost(0, 0, model)).toBe(0);
  });
  it('stays finite for absurd pairs', () => {
    expect(Number.isFinite(lengthCost(10_000, 1, model))).toBe(true);
    expect(logErfc(40)).toBeLessThan(-1000);
  });
  it('fits ratio and variance robustly from pairs', () => {
    const pairs: Array<[number, number]> = Array.from({ length: 40 }, (_, k) => [100 + k * 10, 0.75 * (100 + k * 10) + (k % 3) - 1]);
    pairs.push([100, 900]); // one wrong pair
    const fit = fitLengthModel(pairs, { ratio: 1, variance: 12 });
    expect(fit.ratio).toBeCloseTo(0.75, 1);
    expect(median([3, 1, 2])).toBe(2);
    expect(fitLengthModel([[100, 80]], model)).toBe(model); // too few pairs: fallback
  });
});

describe('items and weights', () => {
  const reader = new ClueReader(new Set());
  const a = ['Trump met Biden in 2021.', 'Kabul fell in August 2021.', 'Nothing here.'].map((t) => reader.read(t));
  const arReader = new ClueReader(new Set());
  const b = ['التقى ترامب بايدن في 2021.', 'سقطت كابول في أغسطس 2021.', 'لا شيء.'].map((t) => arReader.read(t));
  const vocab = pairVocabulary([a, b]);
  const space = buildItemSpace(vocab, []);
  const items: [Int32Array[], Int32Array[]] = [a.map((c) => itemsOf(c, 0, space)), b.map((c) => itemsOf(c, 1, space))];

  it('gives both documents the same ids for shared numbers and names', () => {
    expect([...items[0][0]!]).toEqual([...items[1][0]!]);
    expect([...items[0][1]!]).toEqual([...items[1][1]!]);
    expect(items[0][2]!.length).toBe(0);
  });

  it('weighs rare items more than common ones', () => {
    const w = itemWeights(space, items);
    const year = space.numbers.get('2021')!;
    const trump = space.names[0].get(nameSkeleton('Trump'))!;
    expect(w.pairGain[trump]!).toBeGreaterThan(w.pairGain[year]!); // 2021 is in both paragraphs
  });
});

describe('lexicon', () => {
  it('learns word pairs that keep co-occurring in trusted beads', () => {
    const en = ['war', 'army', 'peace', 'city', 'river', 'bread'];
    const ar = ['حرب', 'جيش', 'سلام', 'مدينه', 'نهر', 'خبز'];
    // Every pair of distinct words, twice: each word is in 10 of 30 beads; a true translation
    // pair co-occurs 10 times (Dice 1), a wrong one twice (Dice 0.2, below the threshold).
    const combos = en.flatMap((_, x) => en.map((_, y) => [x, y] as const).filter(([p, q]) => p < q));
    const beadsA = [...combos, ...combos].map(([x, y]) => [en[x]!, en[y]!]);
    const beadsB = [...combos, ...combos].map(([x, y]) => [ar[x]!, ar[y]!]);
    const links = learnLexicon(beadsA, beadsB);
    const pairs = links.map((l) => `${l.a}=${l.b}`);
    expect(pairs).toContain('war=حرب');
    expect(pairs).toContain('peace=سلام');
    expect(pairs).not.toContain('war=سلام');
    for (const l of links) expect(l.pA).toBeGreaterThan(0);
  });
  it('keeps two partners a word in a translation that restructures its sentences, three otherwise', () => {
    // "temple" is in ten beads, and so are three Arabic words with it: in a literary
    // translation's long passages one of the three is there by the passage's company.
    const beadsA = Array.from({ length: 40 }, (_, k) => (k < 10 ? ['temple', `a${k}`] : [`a${k}`, `c${k % 5}`]));
    const beadsB = Array.from({ length: 40 }, (_, k) => (k < 10 ? ['هيكل', 'علينا', 'قلب', `b${k}`] : [`b${k}`, `d${k % 5}`]));
    const partners = (links: Array<{ a: string }>): number => links.filter((l) => l.a === 'temple').length;
    expect(partners(learnLexicon(beadsA, beadsB))).toBe(3);
    expect(partners(learnLexicon(beadsA, beadsB, false, true))).toBe(2);
    expect(partners(learnLexicon(beadsA, beadsB, true))).toBe(2);
  });
  it('turns user entries into links on folded words', () => {
    expect(userLexiconLinks([['embassy', 'السفارة']])).toEqual([{ a: 'embassy', b: 'سفاره', pA: 0.8, pB: 0.8 }]);
  });
});
