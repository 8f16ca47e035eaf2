import { describe, expect, it } from 'vitest';
import { memoPerWord } from '../../src/core/text/memo';

describe('memoPerWord', () => {
  it('asks each word once, also when its answer is nothing', () => {
    const asked: string[] = [];
    const lookup = memoPerWord((w: string) => (asked.push(w), w.startsWith('x') ? undefined : w.length));
    expect([lookup('xy'), lookup('abc'), lookup('xy'), lookup('abc')]).toEqual([undefined, 3, undefined, 3]);
    expect(asked).toEqual(['xy', 'abc']);
  });

  it('keeps a word still asked for while a vocabulary many times its size goes by', () => {
    const asked: string[] = [];
    const lookup = memoPerWord((w: string) => (asked.push(w), w), 3);
    // A common word between rare ones, as in running text: the rare ones pass the size often.
    for (let i = 0; i < 30; i++) {
      lookup('the');
      lookup(`rare${i}`);
    }
    expect(asked.filter((w) => w === 'the')).toEqual(['the']);
    expect(asked).toHaveLength(31);
  });

  it('lets go of words not asked for two generations, so a long book does not grow it without bound', () => {
    const asked: string[] = [];
    const lookup = memoPerWord((w: string) => (asked.push(w), w), 2);
    for (const w of ['a', 'b', 'c', 'a', 'd', 'e', 'f', 'b']) lookup(w);
    // 'a' came back from the old generation; 'b' was two generations old and is worked out again.
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'b']);
  });
});
