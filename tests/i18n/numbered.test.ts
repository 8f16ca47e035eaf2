import { afterEach, describe, expect, it } from 'vitest';
import { numbered, setUiLang, t } from '../../src/i18n';

describe('a message translated once for many numbers', () => {
  afterEach(() => setUiLang('en'));

  it('reads as the full translation does, in each interface language and its digits', () => {
    for (const lang of ['en', 'ar', 'fa'] as const) {
      setUiLang(lang);
      const label = numbered('reader.row');
      for (const n of [1, 42, 12_345]) expect(label(n)).toBe(t('reader.row', { n }));
    }
    setUiLang('ar');
    expect(numbered('reader.row')(42)).toContain('٤٢');
    setUiLang('fa');
    expect(numbered('reader.row')(42)).toContain('۴۲');
    setUiLang('en');
    expect(numbered('reader.row')(12_345)).toBe('Row 12,345');
  });
});
