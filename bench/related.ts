import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../src/core/align';
import { scoreLinks, type LinkGold, type LinkScore } from '../src/core/align/linkScore';
import { segment } from '../src/core/text/segment';
import { ROOT } from './corpus';

/**
 * Related reports: the comparable mode's links between two reports that are not
 * translations, against a gold read by hand (tests/align/gold-related.json: 002↔000 and
 * 001↔004 of the demo story). Figures of the mode before rarity weighting by story and news
 * background are kept in bench/related-baseline.json and printed beside.
 */

interface GoldFile {
  pairs: Array<LinkGold & { a: string; b: string }>;
}

export function relatedGold(): GoldFile {
  return JSON.parse(readFileSync(join(ROOT, 'tests/align/gold-related.json'), 'utf8')) as GoldFile;
}

export function scoreRelated(pair: GoldFile['pairs'][number]): LinkScore {
  const doc = (file: string) => ({ lang: 'en', paragraphs: segment(readFileSync(join(ROOT, file), 'utf8'), { lang: 'en' }) });
  return scoreLinks(align(doc(pair.a), doc(pair.b), { mode: 'comparable' }), pair);
}

const short = (file: string): string => file.replace(/^seeds\//, '').slice(0, 3);

export interface RelatedFigures {
  pairs: Array<{ name: string; score: LinkScore }>;
  /** Over both pairs: right links / links, sure pairs found / sure pairs. */
  precision: number;
  recall: number;
  links: number;
  sureFound: number;
  sure: number;
}

export function relatedFigures(): RelatedFigures {
  const pairs = relatedGold().pairs.map((p) => ({ name: `${short(p.a)}↔${short(p.b)}`, score: scoreRelated(p) }));
  const sum = (f: (s: LinkScore) => number): number => pairs.reduce((t, p) => t + f(p.score), 0);
  const links = sum((s) => s.links);
  const sure = sum((s) => s.sure);
  return { pairs, links, sure, sureFound: sum((s) => s.sureFound), precision: links ? sum((s) => s.right) / links : 1, recall: sure ? sum((s) => s.sureFound) / sure : 1 };
}

export const relatedBench = {
  name: 'related',
  run(log: (line: string) => void): void {
    const before = JSON.parse(readFileSync(join(ROOT, 'bench/related-baseline.json'), 'utf8')) as Record<string, { precision: number; recall: number; links: number }>;
    const f = relatedFigures();
    log('| pair | links | precision | recall (sure) | before: links / P / R |');
    log('|---|---|---|---|---|');
    for (const { name, score: s } of f.pairs) {
      const b = before[name];
      log(`| ${name} | ${s.links} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} (${s.sureFound}/${s.sure}) | ${b ? `${b.links} / ${b.precision.toFixed(2)} / ${b.recall.toFixed(2)}` : '–'} |`);
    }
    log(`| both | ${f.links} | ${f.precision.toFixed(2)} | ${f.recall.toFixed(2)} (${f.sureFound}/${f.sure}) | |`);
  },
};
