import { describe, expect, it } from 'vitest';
import { checkWordMismatch } from '../../src/core/checks';
import { doc, oneToOne } from './helpers';

describe('near-miss terms (optional check)', () => {
  it('catches "envy" where the Arabic says مبعوث and the Persian فرستاده', () => {
    const en = doc('en', 'en', ['The former envy of Trump to Afghanistan traveled to Kabul.']);
    const ar = doc('ar', 'ar', ['سافر مبعوث ترامب السابق لأفغانستان إلى كابول.']);
    const fa = doc('fa', 'fa', ['فرستاده‌ی پیشین ترامب به کابل سفر کرد.']);
    for (const b of [ar, fa]) {
      const flags = checkWordMismatch({ a: en, b, beads: oneToOne(1) });
      expect(flags.map((f) => [f.data?.text, f.suggestion])).toEqual([['envy', 'envoy']]);
    }
  });

  it('stays quiet when the term is there or the source lacks it', () => {
    const ok = doc('en', 'en', ['The envoy was not envied by anyone.']);
    expect(checkWordMismatch({ a: ok, b: doc('ar', 'ar', ['المبعوث هنا.']), beads: oneToOne(1) })).toEqual([]);
    const noTerm = doc('en', 'en', ['They envy the Americans.']);
    expect(checkWordMismatch({ a: noTerm, b: doc('ar', 'ar', ['يحسدون الأمريكيين.']), beads: oneToOne(1) })).toEqual([]);
  });
});
