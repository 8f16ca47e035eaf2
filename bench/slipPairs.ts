import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import '../src/core/checks/translitTable';
import { bestGap, betterSpelling, readsSource } from '../src/core/checks/modelMatch';
import { isEnglishWord, isKnownName, isPlaceName } from '../src/core/checks/knownNames';
import { knownSlip } from '../src/core/checks/knownSlip';
import { rng } from './corpus';

/**
 * The slip rules of name-mismatch (the model's better spelling, a known name a slip away) on
 * real name pairs of the translit DEVELOPMENT splits (Google's Wikipedia-mined eval split, the
 * first 3,000 of Wikidata's dev split), each read as if no list knew it: how often a real
 * spelling is called a slip of another (a false alarm on a name the lists lack, as in news),
 * and how often the same names garbled with one slip (vowel, z/th/dh, h/kh, q/k/g, dropped or
 * added letter, seed 35) are caught. The pair alone, no bead, story or list acquitting the
 * spelling: a view of the rules' evidence, not of the checks' output.
 * `npx tsx bench/slipPairs.ts` (V=1 prints each false alarm with its suggestion).
 */

const DIR = join(import.meta.dirname, '..', 'corpora/translit');

function devPairs(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const l of readFileSync(join(DIR, 'google-ar2en-eval.txt'), 'utf8').split('\n')) {
    const [ar, en] = l.split('\t');
    if (ar && en && /^[a-z]{4,}$/.test(en)) out.push([en, ar]);
  }
  for (const l of readFileSync(join(DIR, 'wd_arabic_16.tsv'), 'utf8').split('\n').slice(0, 3000)) {
    const [en, ar] = l.split('\t');
    if (ar && en && /^[a-z]{4,}$/.test(en)) out.push([en, ar.replace(/ /g, '')]);
  }
  return out;
}

const VOWELS = 'aeiou';
const SWAPS: Array<[RegExp, string[]]> = [[/th/, ['z', 's', 'dh']], [/dh/, ['z', 'th']], [/z/, ['th', 'dh', 's']], [/s/, ['th', 'z']], [/kh/, ['h']], [/h/, ['kh']], [/q/, ['k', 'g']], [/k/, ['q', 'g']], [/g/, ['k', 'q']], [/c(?![eih])/, ['q', 'g']]];

/** One slip of the kinds bench/checksCorpus.ts makes (no similar word: these are names only). */
function garble(low: string, rand: () => number): string | null {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const type = pick(['vowel', 'swap', 'drop', 'add']);
  if (type === 'vowel') {
    const at = [...low].flatMap((c, i) => (VOWELS.includes(c) ? [i] : []));
    if (!at.length) return null;
    const i = pick(at);
    return low.slice(0, i) + pick([...VOWELS].filter((v) => v !== low[i])) + low.slice(i + 1);
  }
  if (type === 'swap') {
    const options = SWAPS.filter(([re]) => re.test(low));
    if (!options.length) return null;
    const [re, tos] = pick(options);
    const m = pick([...low.matchAll(new RegExp(re.source, 'g'))]);
    return low.slice(0, m.index) + pick(tos) + low.slice(m.index + m[0].length);
  }
  if (type === 'drop') {
    const at = [...low].flatMap((c, i) => (i > 0 && c !== low[i - 1] && c !== low[i + 1] ? [i] : []));
    if (low.length < 5 || !at.length) return null;
    const i = pick(at);
    return low.slice(0, i) + low.slice(i + 1);
  }
  const i = 1 + Math.floor(rand() * (low.length - 1));
  return low.slice(0, i) + pick([...'aeiourlnhsmtd'].filter((c) => c !== low[i - 1] && c !== low[i])) + low.slice(i);
}

const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** What the model rule would suggest for the pair (modelDiffers' evidence and prior), or ''. */
function modelSlip(name: string, arabic: string): string {
  const b = betterSpelling(name, bestGap(name, [arabic]).form);
  return b && (readsSource(b.gap, b.own) || isKnownName(b.text) || isPlaceName(b.text) || isEnglishWord(b.text)) ? b.text : '';
}

export function runSlipPairsBench(log: (line: string) => void = console.log): void {
  const rand = rng(35);
  const verbose = !!process.env.V;
  const real = { n: 0, model: 0, known: 0, any: 0 };
  const garbled = { n: 0, model: 0, known: 0, any: 0 };
  for (const [en, ar] of devPairs()) {
    const name = capitalise(en);
    real.n++;
    const m = modelSlip(name, ar);
    const k = knownSlip(name, [ar])?.text ?? '';
    real.model += m ? 1 : 0;
    real.known += k ? 1 : 0;
    real.any += m || k ? 1 : 0;
    if (verbose && (m || k)) log(`  false alarm: ${name} ${ar}${m ? ` model → ${m}` : ''}${k ? ` known-slip → ${k}` : ''}`);
    const g = garble(en, rand);
    if (!g || g === en || isKnownName(g) || isEnglishWord(g)) continue;
    garbled.n++;
    const gm = !!modelSlip(capitalise(g), ar);
    const gk = !!knownSlip(capitalise(g), [ar]);
    garbled.model += gm ? 1 : 0;
    garbled.known += gk ? 1 : 0;
    garbled.any += gm || gk ? 1 : 0;
  }
  log('slip rules on real name pairs of the translit dev splits, read as if no list knew them');
  log(`  real pairs ${real.n}: called a slip ${real.any} (${((100 * real.any) / real.n).toFixed(1)}%; model ${real.model}, known-slip ${real.known})`);
  log(`  garbled ${garbled.n}: caught ${garbled.any} (${((100 * garbled.any) / garbled.n).toFixed(1)}%; model ${garbled.model}, known-slip ${garbled.known})`);
}

if (process.argv[1] && /slipPairs\.ts$/.test(process.argv[1])) runSlipPairsBench();
