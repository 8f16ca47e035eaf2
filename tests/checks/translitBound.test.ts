import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/core/checks/translitTable';
import table from '../../src/core/checks/translit-table.json';
import { arabicLetters, readingFloor, romanise, SpellingSet, surelyApart, translitScore, useTranslitTable, type TranslitTable } from '../../src/core/checks/translitModel';
import { tokenize } from '../../src/core/checks/tokens';
import { gapWithin, nameForms } from '../../src/core/checks/modelMatch';

const ROOT = join(__dirname, '../..');

/** Real name pairs from the dev split, and the same names shuffled (unrelated pairs). */
function pairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const l of readFileSync(join(ROOT, 'corpora/translit/google-ar2en-eval.txt'), 'utf8').split('\n').slice(0, 400)) {
    const [ar, en] = l.split('\t');
    if (ar && en) out.push([en, ar]);
  }
  const n = out.length;
  for (let i = 0; i < n; i++) out.push([out[i]![0], out[(i * 7 + 11) % n]![1]]);
  return out;
}

describe('surelyApart, the translit model’s shortcut', () => {
  it('rules out only pairs whose gap is indeed larger, and rules out most unrelated ones', () => {
    let ruledOut = 0;
    for (const limit of [4, 6]) {
      for (const [en, ar] of pairs()) {
        if (!surelyApart(en, ar, limit)) continue;
        ruledOut++;
        expect(translitScore(en, ar).gap, `${en} ${ar}`).toBeGreaterThan(limit);
      }
    }
    expect(ruledOut).toBeGreaterThan(200);
  });
});

/** Arabic-script words of NTREX's Arabic and Persian references: running text, names among it. */
function sourceWords(): string[] {
  const words = new Set<string>();
  for (const f of ['newstest2019-ref.arb.txt', 'newstest2019-ref.fas.txt'])
    for (const line of readFileSync(join(ROOT, 'corpora/ntrex', f), 'utf8').split('\n').slice(0, 60))
      for (const t of tokenize(line)) if (t.arabic) words.add(t.text);
  return [...words];
}

describe('readingFloor, the greedy reading surelyApart tries before decoding', () => {
  it('is never likelier than the decoder’s reading, and surelyApart answers as it does after decoding', () => {
    const words = sourceWords();
    expect(words.length).toBeGreaterThan(1000);
    let read = 0;
    for (const w of words) {
      const a = arabicLetters(w);
      if (!a) continue;
      const floor = readingFloor(a);
      if (floor > -Infinity) read++;
      expect(floor, w).toBeLessThanOrEqual(romanise(a).score + 1e-9);
    }
    expect(read).toBeGreaterThan(words.length * 0.9);
    const names = [...new Set(pairs().slice(0, 60).map(([en]) => en))];
    const asked: Array<[string, string, number]> = [];
    names.forEach((en, i) => words.filter((_, k) => k % 23 === i % 23).forEach((w) => asked.push([en, w, i % 2 ? 6 : 4])));
    // Fresh caches: every word not read yet, so the greedy reading answers where it can.
    useTranslitTable(table as TranslitTable);
    const fresh = asked.map(([en, w, limit]) => surelyApart(en, w, limit));
    // Fresh again, every word read first: the decoder's reading answers alone.
    useTranslitTable(table as TranslitTable);
    for (const [, w] of asked) romanise(w);
    expect(asked.map(([en, w, limit]) => surelyApart(en, w, limit))).toEqual(fresh);
    expect(fresh.filter(Boolean).length).toBeGreaterThan(asked.length / 2);
  });
});

describe('SpellingSet, the bound for many spellings at once', () => {
  it('leaves out only spellings whose gap is indeed larger, keeps every one surelyApart keeps, and leaves out most', () => {
    const all = pairs();
    const latin = [...new Set(all.slice(0, 300).map(([en]) => en))];
    const set = new SpellingSet(latin);
    let left = 0;
    for (const [, ar] of all.slice(0, 40)) {
      const kept = new Set(set.within(ar, 6));
      latin.forEach((en, k) => {
        if (kept.has(k)) return;
        left++;
        expect(translitScore(en, ar).gap, `${en} ${ar}`).toBeGreaterThan(6);
        expect(surelyApart(en, ar, 6), `${en} ${ar}`).toBe(true);
      });
    }
    expect(left).toBeGreaterThan(latin.length * 40 * 0.8);
  });
});

describe('gapWithin, remembered per spelling and source words', () => {
  it('answers each limit as the smallest gap over the forms does, whatever limits were asked before', () => {
    const some = pairs().filter((_, i) => i % 5 === 0);
    const exact = (en: string, ar: string, limit: number): number => {
      const g = Math.min(...nameForms(ar).map((f) => translitScore(en, f).gap));
      return g <= limit ? g : Infinity;
    };
    // Small limits first, then larger ones, then small again: a remembered "beyond" must not
    // answer a larger limit, and a remembered gap answers every one.
    for (const limit of [4, 13, 6, 4, 20])
      for (const [en, ar] of some) expect(gapWithin(en, [ar], limit), `${en} ${ar} ${limit}`).toBe(exact(en, ar, limit));
  });
});
