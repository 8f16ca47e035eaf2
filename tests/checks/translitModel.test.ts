import { describe, expect, it } from 'vitest';
import { betterSpelling } from '../../src/core/checks/modelMatch';
import { MATCH_GAP, romanise, translitScore } from '../../src/core/checks/translitModel';

describe('the learned transliteration model', () => {
  it('finds that a name and its Arabic or Persian spelling write each other, and unrelated ones do not', () => {
    for (const [en, ar] of [['Trump', 'ترامب'], ['Zalmay', 'زلماي'], ['Khorasan', 'خراسان'], ['Google', 'گوگل']] as const) {
      expect(translitScore(en, ar).gap, en).toBeLessThanOrEqual(MATCH_GAP);
    }
    expect(translitScore('Trump', 'زلماي').gap).toBeGreaterThan(MATCH_GAP);
    expect(translitScore('Khorasan', 'ترامب').gap).toBeGreaterThan(MATCH_GAP);
  });

  it('says no spelling writes a word its table has no reading for (a hamza after a consonant: شيء, جزء)', () => {
    for (const ar of ['شيء', 'الجزء']) {
      expect(romanise(ar).score, ar).toBe(-Infinity);
      for (const en of ['Nevada', 'Shay', 'Juz']) expect(translitScore(en, ar).gap, `${en} ${ar}`).toBeGreaterThan(MATCH_GAP);
    }
  });

  it('reads an Arabic-script name in Latin letters', () => {
    expect(romanise('زلماي').text).toBe('zalmay');
    expect(romanise('ترامب').text).toBe('trump');
  });

  it('offers the spelling one slip away that writes the source much better', () => {
    expect(betterSpelling('Khwrasan', 'خراسان')?.text).toBe('khrasan');
    expect(betterSpelling('Khaman', 'هامان')?.text).toBe('haman');
    expect(betterSpelling('Khorasan', 'خراسان')).toBeNull();
  });

  it('believes a slip when the spelling a slip away also looks more like a name, even if the model reads the source otherwise', () => {
    // ويلز reads closest to "Wilz"; "Welsh" is still far better than "Welthh", and looks like a name.
    expect(betterSpelling('Welthh', 'ويلز')?.text).toBe('welsh');
    expect(betterSpelling('Ymorkshire', 'يوركشاير')?.text).toBe('yorkshire');
  });

  it('undoes an added vowel only when the letters then look clearly more like a name', () => {
    expect(betterSpelling('Treump', 'ترامب')?.text).toBe('trump');
    expect(betterSpelling('Hamiltaon', 'همیلتون')?.text).toBe('hamilton');
    expect(betterSpelling('Hamilton', 'همیلتون')).toBeNull();
  });

  it('does not correct real names the model reads with another vowel into spellings that look less like names', () => {
    expect(betterSpelling('Paddington', 'پدینگتون')).toBeNull();
    expect(betterSpelling('Goldson', 'گلدسون')).toBeNull();
    expect(betterSpelling('Pittman', 'پیتمن')).toBeNull();
  });
});
