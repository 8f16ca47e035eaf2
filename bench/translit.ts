/**
 * The learned transliteration model on the held-out TEST splits of corpora/translit (never
 * trained on): true English–Arabic name pairs against the same names shuffled, AUC and
 * accuracy at the threshold the checks use, and how often the likeliest romanisation is the
 * English spelling exactly. `npx tsx bench/translit.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../src/core/checks/translitTable';
import { arabicLetters, latinLetters, MATCH_GAP, romanise, translitScore } from '../src/core/checks/translitModel';
import { rng } from './corpus';

const DIR = join(import.meta.dirname, '..', 'corpora/translit');

function testPairs(): Array<{ set: string; pairs: Array<[string, string]> }> {
  const wd = readFileSync(join(DIR, 'wd_arabic_20.tsv'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((x) => x[0] && x[1])
    .map(([en, ar]) => [en!, ar!.replace(/ /g, '')] as [string, string]);
  const google = readFileSync(join(DIR, 'google-ar2en-test.txt'), 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((x) => x[0] && x[1])
    .map(([ar, en]) => [en!, ar!] as [string, string]);
  const clean = (ps: Array<[string, string]>) => ps.filter(([e, a]) => latinLetters(e).length >= 2 && arabicLetters(a).length >= 1);
  return [
    { set: 'Wikidata names (wd_arabic_20, 3,000 sampled)', pairs: sample(clean(wd), 3000) },
    { set: 'Wikipedia-mined (google-ar2en-test)', pairs: clean(google) },
  ];
}

function sample<T>(xs: T[], n: number): T[] {
  const r = rng(7);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out.slice(0, n);
}

/** Area under the ROC curve: chance that a true pair scores better than a shuffled one. */
function auc(pos: number[], neg: number[]): number {
  const all = [...pos.map((s) => [s, 1] as const), ...neg.map((s) => [s, 0] as const)].sort((x, y) => x[0] - y[0]);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]![0] === all[i]![0]) j++;
    const avg = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]![1] === 1) rankSum += avg;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

export function runTranslitBench(): void {
  console.log('transliteration model (translit-table.json, trained on the train splits) on the test splits:');
  for (const { set, pairs } of testPairs()) {
    const t0 = performance.now();
    const r = rng(11);
    const shuffled = pairs.map(([e], i) => [e, pairs[(i + 1 + Math.floor(r() * (pairs.length - 1))) % pairs.length]![1]] as [string, string]);
    // Higher = more alike: the negative gap (0 for the model's own reading).
    const score = ([e, a]: [string, string]) => {
      const s = translitScore(e, a);
      return Number.isFinite(s.gap) ? -s.gap : -1e9;
    };
    const pos = pairs.map(score);
    const neg = shuffled.map(score);
    const tp = pos.filter((s) => s >= -MATCH_GAP).length;
    const fp = neg.filter((s) => s >= -MATCH_GAP).length;
    const exact = pairs.filter(([e, a]) => romanise(a).text === latinLetters(e)).length;
    const ms = performance.now() - t0;
    console.log(`  ${set}: ${pairs.length} true pairs vs shuffled: AUC ${auc(pos, neg).toFixed(3)}; at the checks' threshold (gap ≤ ${MATCH_GAP}) ${((100 * tp) / pairs.length).toFixed(1)}% of true pairs match, ${((100 * fp) / pairs.length).toFixed(1)}% of shuffled; accuracy ${((100 * (tp + pairs.length - fp)) / (2 * pairs.length)).toFixed(1)}%; likeliest romanisation exactly the English ${((100 * exact) / pairs.length).toFixed(1)}% (${(ms / (3 * pairs.length)).toFixed(2)} ms per name)`);
  }
}

if (process.argv[1] && /translit\.ts$/.test(process.argv[1])) runTranslitBench();
