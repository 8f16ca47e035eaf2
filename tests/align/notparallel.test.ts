import { describe, expect, it } from 'vitest';
import { paragraph } from '../../bench/corpus';
import { bookPair, unrelatedPair } from '../../bench/realtext';
import { align } from '../../src/core/align';
import { CoreError } from '../../src/core/model';

const docs = (a: string[], b: string[]) => [{ lang: 'en', paragraphs: a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: b.map((t, i) => paragraph(i, t, 'ar')) }] as const;

describe('texts that are not translations of each other', () => {
  it('stops with a not-parallel error that says what to do instead', () => {
    const pair = unrelatedPair(1200);
    const [a, b] = docs(pair.a, pair.b);
    let error: unknown;
    try {
      align(a, b, { sentences: false });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoreError);
    expect((error as CoreError).code).toBe('not-parallel');
    expect((error as CoreError).message).toContain('comparable');
  });

  it('still aligns a translation of the same size, also when one side opens with chapters the other lacks', () => {
    const pair = bookPair(1200, 'ar', 9);
    const extra = bookPair(600, 'ar', 77, (k) => k % 3 === 0).a;
    const [a, b] = docs([...extra, ...pair.a], pair.b);
    const beads = align(a, b, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const gold = new Set(pair.links.map((l) => key({ a: l.a.map((i) => i + extra.length), b: l.b })));
    const hits = beads.filter((x) => gold.has(key(x))).length;
    expect(hits / gold.size).toBeGreaterThan(0.9);
  });
});
