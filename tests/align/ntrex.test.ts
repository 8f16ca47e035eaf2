import { describe, expect, it } from 'vitest';
import { buildPair, concatDocs, DEFAULT_RATES, loadNtrex, measure, pool, rng } from '../../bench/corpus';
import { align } from '../../src/core/align';

/**
 * NTREX (line-parallel English, Arabic, Persian news): 20 articles, lines grouped into
 * paragraphs differently on each side with drops, insertions, merges and splits; F1 is
 * measured against the construction.
 */
const docs = loadNtrex().slice(0, 20);

describe.each(['ar', 'fa'] as const)('NTREX en–%s', (lang) => {
  it('20 articles, each aligned on its own: pooled F1 ≥ 0.95', () => {
    const rand = rng(7);
    const results = docs.map((d, k) => {
      const gold = buildPair(d.en, d[lang], ['en', lang], rand, DEFAULT_RATES, docs[(k + 7) % docs.length]![lang]);
      const beads = align({ lang: 'en', paragraphs: gold.a }, { lang, paragraphs: gold.b }, { sentences: false });
      return { quality: measure(beads, gold), gold, beads };
    });
    expect(pool(results).f1).toBeGreaterThanOrEqual(0.95);
  });

  it('the 20 articles as one long document: F1 ≥ 0.93', () => {
    const gold = buildPair(concatDocs(docs, 'en'), concatDocs(docs, lang), ['en', lang], rng(11), DEFAULT_RATES, loadNtrex()[100]![lang]);
    const beads = align({ lang: 'en', paragraphs: gold.a }, { lang, paragraphs: gold.b }, { sentences: false });
    expect(measure(beads, gold).f1).toBeGreaterThanOrEqual(0.93);
  });
});
