import { align } from '../src/core/align';
import { segment } from '../src/core/text/segment';
import { onDevTable } from './omissionTable';
import { strictF1 } from './real';
import { literaryHardPair, literarySet, type LinePair } from './realtext';

/**
 * The NTREX literary sets of `npm run bench real` (one-way joins up to 1-8; the hard one with
 * lines left out and sentences cut at a comma) aligned in this process under the dev-half
 * word table, without the CLI runs: a quick guard while working on the literary path.
 * `npx tsx bench/literaryNtrex.ts`.
 */

const doc = (lines: string[], lang: string) => ({ lang, paragraphs: segment(lines.join('\n') + '\n', { lang }) });

const strict = (beads: Array<{ a: number[]; b: number[] }>, t: Pick<LinePair, 'links'>): number => strictF1(beads, t.links);

for (const [name, set] of [
  ['literary en–ar', literarySet('ar')],
  ['literary hard en–ar', literarySet('ar', 300, literaryHardPair)],
] as const) {
  const figs = set.map((t) => strict(onDevTable(() => align(doc(t.a, 'en'), doc(t.b, 'ar'), { sentences: false })), t));
  console.log(`${name}, dev-half table: mean strict F1 ${(figs.reduce((s, x) => s + x, 0) / figs.length).toFixed(3)} (${figs.map((x) => x.toFixed(3)).join(' ')})`);
}
