import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import '../../src/core/checks/translitTable';
import { romanise, translitScore } from '../../src/core/checks/translitModel';

const ROOT = join(__dirname, '../..');

/** Arabic names of the dev split, alone and two joined (as a two-word counterpart is scored). */
function arabicNames(): string[] {
  const ar = readFileSync(join(ROOT, 'corpora/translit/google-ar2en-eval.txt'), 'utf8')
    .split('\n')
    .slice(0, 150)
    .map((l) => l.split('\t')[0]!)
    .filter(Boolean);
  return [...ar, ...ar.slice(1).map((x, i) => ar[i]! + x)];
}

describe('romanise, the model’s likeliest reading', () => {
  it('is a reading of the word with exactly the probability it reports', () => {
    for (const a of arabicNames()) {
      const r = romanise(a);
      expect(translitScore(r.text, a).joint, a).toBeCloseTo(r.score, 9);
    }
  });

  it('is the likeliest: no other spelling reads the word more likely', () => {
    // Words where a beam of the best few readings per letter lost the best one on the way.
    for (const [a, others] of [
      ['السخافه', ['sakhafa', 'asikhafa', 'sakhafah']],
      ['الاقتراح', ['akterah', 'aktterah', 'iqtirah']],
      ['النسبهللقراء', ['nasphllakra', 'nassabhllakra']],
    ] as const) {
      const best = romanise(a).score;
      for (const l of others) expect(translitScore(l, a).joint, `${l} ${a}`).toBeLessThanOrEqual(best + 1e-9);
    }
  });
});
