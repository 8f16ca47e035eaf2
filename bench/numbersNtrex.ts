/**
 * The number check on real news (NTREX, human translations, each article aligned by the
 * aligner; bench/checksCorpus.ts): false flags on the clean pairs, and how many changed figures
 * it finds when one figure in three of the English is altered, the way a slip of the keyboard or
 * of the translator alters it (one digit changed). The changes come from their own seeded
 * stream, per document, so the name benchmark's corpus is untouched. Dev and held-out halves
 * are reported apart; `npm run bench numbers-ntrex`.
 */
import { checkNumbers } from '../src/core/checks';
import type { Flag, Paragraph } from '../src/core/model';
import { checksCorpus, type BenchPair } from './checksCorpus';
import { rng } from './corpus';

interface Change {
  paragraph: number;
  start: number;
  end: number;
}

/** The pair with one ASCII figure in three of the English changed by one digit, and where. */
function alter(p: BenchPair, seed: number): { en: BenchPair['en']; changes: Change[] } {
  const rand = rng(seed);
  const changes: Change[] = [];
  const paragraphs: Paragraph[] = p.en.paragraphs.map((para, k) => {
    let text = para.text;
    for (const m of [...para.text.matchAll(/\d+(?:[.,]\d+)*/g)]) {
      if (rand() >= 1 / 3) continue;
      // A figure of one digit is often a word on the other side ("two"), which only confirms.
      const digits = [...m[0]].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
      if (digits.length < 2) continue;
      const at = m.index + digits[Math.floor(rand() * digits.length)]!;
      const d = Number(text[at]);
      const to = String((d + 1 + Math.floor(rand() * 8)) % 10);
      text = text.slice(0, at) + to + text.slice(at + 1);
      changes.push({ paragraph: k, start: m.index, end: m.index + m[0].length });
    }
    return text === para.text ? para : { ...para, text };
  });
  return { en: { ...p.en, paragraphs }, changes };
}

const hits = (f: Flag, c: Change) => f.span?.side === 'a' && f.span.paragraph === c.paragraph && f.span.start < c.end && c.start < f.span.end;

export function runNumbersNtrexBench(): void {
  const corpus = checksCorpus();
  console.log('number check on NTREX (news, human translations; one English figure in three changed by a digit, seed 17; even documents dev, odd held out, Dari beside the dev ones)');
  const splits: Array<readonly [string, (p: BenchPair) => boolean]> = [
    ['dev', (p) => !p.heldOut && !p.fresh],
    ['held-out', (p) => p.heldOut],
    ['dari (fresh)', (p) => !!p.fresh],
  ];
  for (const [label, keep] of splits) {
    let paragraphs = 0;
    let clean = 0;
    let changed = 0;
    let found = 0;
    let extra = 0;
    let cleanThere = 0;
    for (const p of corpus.clean.filter(keep)) {
      paragraphs += p.en.paragraphs.length;
      clean += checkNumbers({ a: p.en, b: p.other, beads: p.beads }).length;
      const { en, changes } = alter(p, 17 * 1000 + p.doc * 3 + (p.lang === 'fa' ? 1 : 0) + (p.fresh ? 2 : 0));
      if (!changes.length) continue;
      const flags = checkNumbers({ a: en, b: p.other, beads: p.beads });
      cleanThere += checkNumbers({ a: p.en, b: p.other, beads: p.beads }).length;
      changed += changes.length;
      found += changes.filter((c) => flags.some((f) => hits(f, c))).length;
      // Dev only: the held-out half's misses stay unread.
      if (process.env.BENCH_VERBOSE && label === 'dev')
        for (const c of changes.filter((c) => !flags.some((f) => hits(f, c)))) console.log(`    missed ${p.id}/${p.lang}: ${en.paragraphs[c.paragraph]!.text.slice(Math.max(0, c.start - 40), c.end + 20)}`);
      extra += flags.filter((f) => !changes.some((c) => hits(f, c))).length;
    }
    console.log(
      `  ${label}: changed figures found ${found}/${changed} (${((100 * found) / Math.max(1, changed)).toFixed(0)}%); ` +
        `false flags on the clean pairs ${clean} (${((100 * clean) / Math.max(1, paragraphs)).toFixed(2)} per 100 of ${paragraphs} paragraphs); flags elsewhere on the altered pairs ${extra} (those pairs clean: ${cleanThere})`,
    );
  }
}

if (process.argv[1] && /numbersNtrex\.ts$/.test(process.argv[1])) runNumbersNtrexBench();
