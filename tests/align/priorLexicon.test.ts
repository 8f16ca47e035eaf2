import { describe, expect, it } from 'vitest';
import { extractWords } from '../../src/core/align/extract';
import type { PairVocabulary } from '../../src/core/align/items';
import { priorLinks } from '../../src/core/align/lexicon';

function vocab(a: string, b: string): PairVocabulary {
  return { numbers: [], names: new Map(), words: [new Set(extractWords(a)), new Set(extractWords(b))] };
}

describe('general lexicon links for the literary path', () => {
  it('links words of the two documents that the general English–Arabic table pairs, clitics and article stripped', () => {
    const links = priorLinks(vocab('The world and its water', 'والعالم ومياه البحر'), 'en', 'ar');
    const pairs = links.map((l) => `${l.a}=${l.b}`);
    expect(pairs).toContain('world=عالم');
    expect(pairs).toContain('water=مياه');
    expect(pairs.some((p) => p.includes('بحر'))).toBe(false);
    expect(links.every((l) => l.pA > 0 && l.pA < 1 && l.pB > 0 && l.pB < 1)).toBe(true);
  });

  it('works with the English document second, and for Persian', () => {
    const links = priorLinks(vocab('جهان و آب', 'the world and water'), 'fa', 'en');
    expect(links.map((l) => `${l.a}=${l.b}`)).toContain('جهان=world');
  });

  it('gives nothing for a pair without English or without a table', () => {
    expect(priorLinks(vocab('le monde', 'العالم'), 'fr', 'ar')).toEqual([]);
    expect(priorLinks(vocab('the world', 'le monde'), 'en', 'fr')).toEqual([]);
  });
});
