import { describe, expect, it } from 'vitest';
import { lexStem, wordTable, withWordTable } from '../../src/core/text/wordTable';

describe('the omission lexicon learnt from human translations', () => {
  it('pairs English stems with Arabic and Persian ones, both ways', () => {
    for (const lang of ['ar', 'fa']) {
      const [en, other] = wordTable(lang)!;
      expect(en.size).toBeGreaterThan(1000);
      const [word, partners] = [...en][0]!;
      for (const p of partners) expect(other.get(p)).toContain(word);
    }
  });

  it('has none for another language, and cuts keys to a stem', () => {
    expect(wordTable('de')).toBeNull();
    expect(lexStem('ministers')).toBe(lexStem('minister'));
  });

  it('takes a bench table only for the span of one call, even when the call throws', () => {
    const shipped = wordTable('ar');
    const table = { ar: ['water میاه'], fa: ['water آب'] };
    const inside = withWordTable(table, () => wordTable('fa')![0].get('water'));
    expect(inside).toEqual(['آب']);
    expect(wordTable('ar')).toBe(shipped);
    expect(() =>
      withWordTable(table, () => {
        throw new Error('bench failed');
      }),
    ).toThrow('bench failed');
    expect(wordTable('ar')).toBe(shipped);
  });
});
