import { describe, expect, it } from 'vitest';
import { techDocs } from '../../bench/checksTech';

describe('technical translation corpus (corpora/tech)', () => {
  const docs = techDocs();

  it('has Arabic and Persian documents in both halves, each of about 30 strings', () => {
    for (const lang of ['ar', 'fa'] as const) {
      for (const split of ['dev', 'held-out'] as const) expect(docs.filter((d) => d.lang === lang && d.split === split).length).toBeGreaterThan(60);
    }
    for (const d of docs) {
      expect(d.en.length, d.id).toBeGreaterThanOrEqual(8);
      expect(d.en.length, d.id).toBeLessThanOrEqual(45);
    }
  });

  it('pairs line k with line k, no line empty, every translation in Arabic script, no markup or mnemonic left', () => {
    for (const d of docs) {
      expect(d.other.length, d.id).toBe(d.en.length);
      for (const [k, en] of d.en.entries()) {
        const tr = d.other[k]!;
        expect(en.trim().length && tr.trim().length, `${d.id} line ${k}`).toBeGreaterThan(0);
        expect(tr, `${d.id} line ${k}`).toMatch(/[\u0600-\u06ff]/);
        expect(`${en}\t${tr}`, `${d.id} line ${k}`).not.toMatch(/<\/?(b|i|span)\b|\(_\w\)/);
      }
    }
  });
});
