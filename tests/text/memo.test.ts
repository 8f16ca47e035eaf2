import { describe, expect, it } from 'vitest';
import { memoPerWord } from '../../src/core/text/memo';

describe('memoPerWord', () => {
  it('asks each word once, also when its answer is nothing', () => {
    const asked: string[] = [];
    const lookup = memoPerWord((w: string) => (asked.push(w), w.startsWith('x') ? undefined : w.length));
    expect([lookup('xy'), lookup('abc'), lookup('xy'), lookup('abc')]).toEqual([undefined, 3, undefined, 3]);
    expect(asked).toEqual(['xy', 'abc']);
  });

  it('starts again past its size, so a long book does not grow it without bound', () => {
    const asked: string[] = [];
    const lookup = memoPerWord((w: string) => (asked.push(w), w), 2);
    for (const w of ['a', 'b', 'c', 'a']) lookup(w);
    expect(asked).toEqual(['a', 'b', 'c', 'a']);
  });
});
