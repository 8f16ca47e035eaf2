import type { GoldBead } from './corpus';
import { align } from '../src/core/align';
import { segment } from '../src/core/text/segment';
import { literatureSet, mixedDirections, translationLines, type LiteraryText } from './literature';
import { onDevTable } from './omissionTable';
import { novelSet, type LinePair } from './realtext';

/**
 * Where the literary path goes wrong, by the gold bead's shape: for each sentence-level gold
 * bead (one sentence on a side: 1-1, 1-n, n-1), whether the path found it, cut it short
 * (the found beads lie inside it), joined it to a neighbour (a found bead holds all of it
 * and more), or crossed its edges (drift). `npx tsx bench/literatureErrors.ts` (dev by
 * default, SPLIT=held-out); VARIANT=lines (one sentence per line), mixed2 or mixed3 (every
 * other or two in three passages' English joined, each phase), passage (the translation one
 * line a passage), novel (the novel-style NTREX texts, under the dev-half word table), default all.
 */

const split = process.env.SPLIT ?? 'dev';
const variant = process.env.VARIANT ?? 'all';
const doc = (lines: string[], lang: string) => ({ lang, paragraphs: segment(lines.join('\n') + '\n', { lang }) });
const langOf = (t: LiteraryText): string => (t.name.includes('en–fa') ? 'fa' : 'ar');
const shapeOf = (g: { a: number[]; b: number[] }): string => {
  const s = (n: number): string => (n > 8 ? '9+' : n > 4 ? '5–8' : String(n));
  return `${s(g.a.length)}-${s(g.b.length)}`;
};

type Outcome = 'found' | 'cut' | 'joined' | 'crossed';
type Tally = Map<string, Record<Outcome, number>>;

function classify(pair: LinePair, beads: Array<{ a: number[]; b: number[] }>, tally: Tally): void {
  const beadOfA = new Map<number, number>();
  const beadOfB = new Map<number, number>();
  beads.forEach((x, k) => {
    for (const i of x.a) beadOfA.set(i, k);
    for (const j of x.b) beadOfB.set(j, k);
  });
  for (const g of pair.links as GoldBead[]) {
    if (Math.min(g.a.length, g.b.length) !== 1) continue;
    const ks = new Set([...g.a.map((i) => beadOfA.get(i)!), ...g.b.map((j) => beadOfB.get(j)!)]);
    const found = [...ks].map((k) => beads[k]!);
    const inside = found.every((x) => x.a.every((i) => g.a.includes(i)) && x.b.every((j) => g.b.includes(j)));
    let out: Outcome;
    if (ks.size === 1 && inside) out = 'found';
    else if (inside) out = 'cut';
    else if (ks.size === 1) out = 'joined';
    else out = 'crossed';
    const row = tally.get(shapeOf(g)) ?? { found: 0, cut: 0, joined: 0, crossed: 0 };
    row[out]++;
    tally.set(shapeOf(g), row);
  }
}

function print(title: string, tally: Tally): void {
  console.log(title);
  const order = [...tally.keys()].sort((x, y) => x.localeCompare(y));
  for (const s of order) {
    const r = tally.get(s)!;
    const n = r.found + r.cut + r.joined + r.crossed;
    console.log(`  ${s.padEnd(5)} ${String(n).padStart(4)} gold: found ${r.found}, cut short ${r.cut}, joined to a neighbour ${r.joined}, edges crossed ${r.crossed}`);
  }
}

for (const t of literatureSet().filter((x) => split === 'all' || x.split === split)) {
  const run = (pair: LinePair, tally: Tally): void => classify(pair, align(doc(pair.a, 'en'), doc(pair.b, langOf(t)), { sentences: false }), tally);
  if (variant === 'all' || variant === 'lines') {
    const tally: Tally = new Map();
    run(t, tally);
    print(`${t.name}, one sentence per line`, tally);
  }
  if (variant === 'all' || variant === 'passage') {
    const tally: Tally = new Map();
    run(translationLines(t), tally);
    print(`${t.name}, the translation one line a passage`, tally);
  }
  for (const period of [2, 3]) {
    if (variant !== 'all' && variant !== `mixed${period}`) continue;
    const tally: Tally = new Map();
    for (let phase = 0; phase < period; phase++) run(mixedDirections(t, period, phase), tally);
    print(`${t.name}, both directions, ${period === 2 ? 'every other' : 'two in three'} joined (all phases)`, tally);
  }
}

if (variant === 'all' || variant === 'novel') {
  for (const lang of ['ar', 'fa'] as const) {
    const tally: Tally = new Map();
    for (const t of novelSet(lang).filter((x) => split === 'all' || x.split === split)) {
      classify(t, onDevTable(() => align(doc(t.a, 'en'), doc(t.b, lang), { sentences: false })), tally);
    }
    print(`novel-style NTREX en–${lang}`, tally);
  }
}
