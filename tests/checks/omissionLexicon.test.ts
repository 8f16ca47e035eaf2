import { describe, expect, it } from 'vitest';
import { lexStem, omissionLexicon } from '../../src/core/checks/omissionLexicon';

describe('the omission lexicon learnt from human translations', () => {
  it('pairs English stems with Arabic and Persian ones, both ways', () => {
    for (const lang of ['ar', 'fa']) {
      const [en, other] = omissionLexicon(lang)!;
      expect(en.size).toBeGreaterThan(1000);
      const [word, partners] = [...en][0]!;
      for (const p of partners) expect(other.get(p)).toContain(word);
    }
  });

  it('has none for another language, and cuts keys to a stem', () => {
    expect(omissionLexicon('de')).toBeNull();
    expect(lexStem('ministers')).toBe(lexStem('minister'));
  });
});
