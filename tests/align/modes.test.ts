import { describe, expect, it } from 'vitest';
import { loadNtrex, paragraph, readSeed, seedGold } from '../../bench/corpus';
import { align, alignMany } from '../../src/core/align';
import { CoreError } from '../../src/core/model';
import { segment } from '../../src/core/text/segment';

describe('comparable mode (seed 002 vs 000, related reports)', () => {
  const a = { lang: 'en', paragraphs: segment(readSeed('002_5d72cd3083a8945e.txt')) };
  const b = { lang: 'en', paragraphs: segment(readSeed('000_f64be7aa07701883.txt')) };
  const links = align(a, b, { mode: 'comparable' });

  it('links the paragraphs about the Kabul visit through their shared names', () => {
    // 002 §24: Khalilzad's delegation in Kabul and the release of George Gulzman; 000 §9: the same visit.
    const visit = links.find((l) => l.a === 24 && l.b === 9);
    expect(visit).toBeDefined();
    expect(visit!.evidence.join(' ')).toMatch(/Khalilzad/);
    expect(visit!.score).toBeGreaterThan(0.5);
  });

  it('is not forced to be monotonic or to pair everything', () => {
    const linkedA = new Set(links.map((l) => l.a));
    expect(linkedA.size).toBeLessThan(a.paragraphs.length);
    const crossing = links.some((x) => links.some((y) => x.a < y.a && x.b > y.b));
    expect(crossing).toBe(true);
    for (const l of links) {
      expect(l.score).toBeGreaterThan(0);
      expect(l.score).toBeLessThanOrEqual(1);
      expect(l.evidence.length).toBeGreaterThan(0);
    }
  });

  it("weighs facts by rarity across the story: the story's own names (Trump, Taliban, United States) link nothing, and a name counts once", () => {
    const common = /^name (Donald|Trump|Donald Trump|Taliban|United|States|United States|America|American|Afghanistan)\b/;
    for (const l of links) {
      expect(l.evidence.every((e) => common.test(e))).toBe(false);
      const names = l.evidence.filter((e) => e.startsWith('name ')).map((e) => e.slice(5).split(' ~ ')[0]!.toLowerCase());
      for (const x of names) expect(names.filter((y) => y !== x && y.includes(x))).toEqual([]);
    }
  });

  it('never links boilerplate', () => {
    for (const l of links) expect(a.paragraphs[l.a]!.kind).not.toBe('boilerplate');
  });

  it('works across scripts, reading names through skeletons', () => {
    const g = seedGold();
    const cross = align({ lang: 'en', paragraphs: g.a }, { lang: 'ar', paragraphs: g.b }, { mode: 'comparable' });
    const khalilzad = cross.find((l) => l.a === 17 && l.b === 32);
    expect(khalilzad?.evidence.join(' ')).toMatch(/Khalilzad ~ خليل زاد/);
  });
});

describe('alignMany (en, ar, fa through the English pivot)', () => {
  const d = loadNtrex()[3]!;
  const para = (ls: string[], lang: string) => ls.map((t, i) => paragraph(i, t, lang));
  const ar = d.ar.filter((_, i) => i !== 2); // the Arabic drops line 2
  const docs = [
    { lang: 'en', paragraphs: para(d.en, 'en') },
    { lang: 'ar', paragraphs: para(ar, 'ar') },
    { lang: 'fa', paragraphs: para(d.fa, 'fa') },
  ];
  const rows = alignMany(docs);

  it('covers every paragraph of every document once, in order', () => {
    docs.forEach((doc, k) => expect(rows.flatMap((r) => r.docs[k]!)).toEqual(doc.paragraphs.map((p) => p.index)));
  });

  it('puts the three versions of a line in one row, and leaves the dropped line out of the Arabic', () => {
    expect(rows).toContainEqual(expect.objectContaining({ docs: [[0], [0], [0]] }));
    expect(rows).toContainEqual(expect.objectContaining({ docs: [[2], [], [2]] }));
    expect(rows).toContainEqual(expect.objectContaining({ docs: [[3], [2], [3]] }));
  });
});

describe('progress and cancellation', () => {
  const g = seedGold();
  const a = { lang: 'en', paragraphs: g.a };
  const b = { lang: 'ar', paragraphs: g.b };

  it('reports non-decreasing progress ending at 1', () => {
    const seen: number[] = [];
    align(a, b, { onProgress: (f) => seen.push(f) });
    expect(seen.length).toBeGreaterThan(2);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(seen[seen.length - 1]).toBe(1);
  });

  it('throws CoreError("cancelled") when the signal is aborted', () => {
    const signal = { aborted: false };
    let calls = 0;
    const run = () =>
      align(a, b, {
        signal,
        onProgress: () => {
          if (++calls === 3) signal.aborted = true;
        },
      });
    expect(run).toThrow(CoreError);
    try {
      align(a, b, { signal: { aborted: true } });
    } catch (e) {
      expect((e as CoreError).code).toBe('cancelled');
    }
  });
});

describe('edge cases', () => {
  const p = (texts: string[], lang: string) => texts.map((t, i) => paragraph(i, t, lang));
  it('aligns empty and one-sided documents', () => {
    expect(align({ lang: 'en', paragraphs: [] }, { lang: 'ar', paragraphs: [] })).toEqual([]);
    const beads = align({ lang: 'en', paragraphs: p(['One.', 'Two.'], 'en') }, { lang: 'ar', paragraphs: [] });
    expect(beads.map((x) => [x.a, x.b])).toEqual([[[0], []], [[1], []]]);
  });

  it('aligns a same-language pair (identical words are evidence)', () => {
    const en = ['The storm hit Miami on Tuesday.', 'Officials closed the airport.', 'Schools stay shut until Friday.'];
    const b = p([en[0]!, 'Advertisement', en[1]!, en[2]!], 'en');
    b[1]!.kind = 'boilerplate'; // as segment() marks it
    const beads = align({ lang: 'en', paragraphs: p(en, 'en') }, { lang: 'en', paragraphs: b });
    expect(beads.filter((x) => x.a.length && x.b.length).map((x) => [x.a, x.b])).toEqual([[[0], [0]], [[1], [2]], [[2], [3]]]);
  });

  it('uses a user lexicon', () => {
    const beads = align({ lang: 'en', paragraphs: p(['The embassy reopened.'], 'en') }, { lang: 'ar', paragraphs: p(['أعيد فتح السفارة.'], 'ar') }, { lexicon: [['embassy', 'السفارة']] });
    expect(beads).toHaveLength(1);
  });
});
