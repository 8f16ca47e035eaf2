import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../src/core/align';
import { scoreLinks, type LinkGold, type LinkScore } from '../src/core/align/linkScore';
import { segment } from '../src/core/text/segment';
import { loadNtrex, paragraph, ROOT } from './corpus';
import { onDevTable } from './omissionTable';

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

interface ParallelGold {
  a: string;
  b: string;
  links: Array<{ a: number[]; b: number[] }>;
}

/**
 * Cross-script checks, with no gold of their own read for them: 002 against 003 (the Arabic
 * source of 000), with 002↔000's gold carried through the hand-read alignment of 000 and 003
 * (tests/align/gold-000-003.json); and 000 against 003 read as related, where a right link is
 * a translation pair. Links to paragraphs of 003 that 000 does not translate (captions,
 * furniture) are left out of both: no gold says whether they are right.
 */
export function crossScriptFigures(): Array<{ name: string; score: LinkScore }> {
  const parallel = JSON.parse(readFileSync(join(ROOT, 'tests/align/gold-000-003.json'), 'utf8')) as ParallelGold;
  const to003 = new Map<number, number[]>();
  for (const l of parallel.links) for (const a of l.a) to003.set(a, [...(to003.get(a) ?? []), ...l.b]);
  const translated = new Set([...to003.values()].flat());
  const carry = (pairs: Array<[number, number]>): Array<[number, number]> => pairs.flatMap(([a, b]) => (to003.get(b) ?? []).map((c): [number, number] => [a, c]));
  const doc = (file: string, lang: string) => ({ lang, paragraphs: segment(readFileSync(join(ROOT, file), 'utf8'), { lang }) });
  const score = (a: string, b: string, gold: LinkGold): LinkScore =>
    scoreLinks(align(doc(a, 'en'), doc(b, 'ar'), { mode: 'comparable' }).filter((l) => translated.has(l.b)), gold);
  const g = relatedGold().pairs[0]!;
  const sure = [...to003.entries()].flatMap(([a, bs]) => bs.map((b): [number, number] => [a, b]));
  return [
    { name: `${short(g.a)}↔003 (carried)`, score: score(g.a, parallel.b, { sure: carry(g.sure), possible: carry(g.possible) }) },
    { name: '000↔003 (translation)', score: score(parallel.a, parallel.b, { sure, possible: [] }) },
  ];
}

/**
 * Held-out real news: each odd-numbered NTREX document (the checks' held-out half), English
 * against its Arabic or Persian translation read as related, with the word table learnt from
 * the development half. A right link is a translation pair (links to another line telling
 * the same fact count as wrong, so precision is a floor); recall is over all lines.
 */
export function ntrexHeldOutFigures(): Array<{ name: string; score: LinkScore }> {
  const held = loadNtrex()
    .filter((d) => d.en.length >= 4)
    .filter((_, n) => n % 2 === 1);
  return (['ar', 'fa'] as const).map((lang) => {
    let links = 0;
    let right = 0;
    let lines = 0;
    for (const d of held) {
      if (d[lang].length !== d.en.length) continue;
      const a = { lang: 'en', paragraphs: d.en.map((t, i) => paragraph(i, t, 'en')) };
      const b = { lang, paragraphs: d[lang].map((t, i) => paragraph(i, t, lang)) };
      const found = onDevTable(() => align(a, b, { mode: 'comparable' }));
      links += found.length;
      right += found.filter((l) => l.a === l.b).length;
      lines += d.en.length;
    }
    const score: LinkScore = { links, right, sureFound: right, sure: lines, precision: links ? right / links : 1, recall: lines ? right / lines : 1 };
    return { name: `NTREX held-out en↔${lang}`, score };
  });
}

/**
 * The same documents read as one long text each side (a day's reports pasted as one, or a
 * book): the development half (even-numbered documents, on which the report-sized stretch was
 * chosen) and the held-out half, English against Arabic.
 */
export function ntrexLongTextFigures(): Array<{ name: string; score: LinkScore }> {
  const docs = loadNtrex().filter((d) => d.en.length >= 4 && d.ar.length === d.en.length);
  return (['dev', 'held-out'] as const).map((half, h) => {
    const chosen = docs.filter((_, n) => n % 2 === h);
    const en = chosen.flatMap((d) => d.en);
    const ar = chosen.flatMap((d) => d.ar);
    const a = { lang: 'en', paragraphs: en.map((t, i) => paragraph(i, t, 'en')) };
    const b = { lang: 'ar', paragraphs: ar.map((t, i) => paragraph(i, t, 'ar')) };
    const found = onDevTable(() => align(a, b, { mode: 'comparable' }));
    const right = found.filter((l) => l.a === l.b).length;
    const score: LinkScore = { links: found.length, right, sureFound: right, sure: en.length, precision: found.length ? right / found.length : 1, recall: right / en.length };
    return { name: `NTREX ${half} en↔ar as one long text`, score };
  });
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
    for (const { name, score: s } of [...crossScriptFigures(), ...ntrexHeldOutFigures(), ...ntrexLongTextFigures()]) {
      const b = before[name];
      log(`| ${name} | ${s.links} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} (${s.sureFound}/${s.sure}) | ${b ? `${b.links} / ${b.precision.toFixed(2)} / ${b.recall.toFixed(2)}` : '–'} |`);
    }
  },
};
