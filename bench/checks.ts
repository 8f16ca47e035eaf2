/**
 * Reviewer-check figures: precision and recall of name flags on seeds 000 ↔ 003 against the
 * hand-made expected list (tests/checks/expected-000-003.json), flag counts per check, and
 * time per run. `npx tsx bench/checks.ts`, or runChecksBench() from the bench runner.
 */
import { performance } from 'node:perf_hooks';
import { checkNameMismatch, checkNameVariants, nameIndex, runChecks } from '../src/core/checks';
import { mismatchRule } from '../src/core/checks/mismatch';
import type { Flag } from '../src/core/model';
import { scoreNames, seedPair } from '../tests/checks/helpers';
import { checksCorpus, isNameFlag, scoreDeletions, scoreGarbles, type BenchPair } from './checksCorpus';
import { onDevFoldTable, onDevTable } from './omissionTable';
import { readFileSync } from 'node:fs';
import { useTranslitTable, type TranslitTable } from '../src/core/checks/translitModel';
import { useCommonWords } from '../src/core/checks/modelMatch';

/**
 * The tables a name bench runs with, from the environment: TRANSLIT_TABLE=file, a
 * transliteration table mined without a quarter of the development documents
 * (scripts/build-translit.ts with NEWS_QUARTER), and COMMON_WORDS=file, common-word lists
 * learnt from the same documents (scripts/build-common-words.ts with NEWS_QUARTER and
 * COMMON_OUT). Returns the table's path, if any: the quarter then judged is the unmined one.
 */
export function useTablesFromEnv(): string | undefined {
  const quarter = process.env.TRANSLIT_TABLE;
  if (quarter) useTranslitTable(JSON.parse(readFileSync(quarter, 'utf8')) as TranslitTable);
  if (process.env.COMMON_WORDS) useCommonWords(JSON.parse(readFileSync(process.env.COMMON_WORDS, 'utf8')) as { arabic: string[]; english: string[] });
  return quarter;
}

function countBy(flags: Flag[]): string {
  const n = new Map<string, number>();
  for (const f of flags) n.set(f.check, (n.get(f.check) ?? 0) + 1);
  return [...n.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
}

function timed<T>(fn: () => T, runs = 5): { value: T; ms: number } {
  let value = fn(); // warm-up (and caches per document object are per run input below)
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) value = fn();
  return { value, ms: (performance.now() - t0) / runs };
}

export async function runChecksBench(): Promise<void> {
  const { a, b, beads, others } = seedPair();
  // Fresh document objects each run, so per-document caches do not flatter the timing.
  const fresh = () => ({ a: { ...a }, b: { ...b }, beads, others: others.map((d) => ({ ...d })) });
  const story = timed(() => runChecks(fresh()));
  const pair = timed(() => runChecks({ ...fresh(), others: [] }));
  const withStory = scoreNames(story.value, undefined, true);
  const pairOnly = scoreNames(pair.value, undefined, false);
  const index = timed(() => nameIndex([a, b, ...others].map((d) => ({ ...d }))), 3);
  console.log('checks: seeds 000 (en MT) ↔ 003 (ar source)');
  console.log(`  name flags, with story (001, 002, 004): precision ${withStory.precision.toFixed(2)}, recall ${withStory.recall.toFixed(2)} (${withStory.truePositives}/${withStory.flagged} flags right, ${withStory.expected} findings expected)`);
  console.log(`  name flags, pair only:                  precision ${pairOnly.precision.toFixed(2)}, recall ${pairOnly.recall.toFixed(2)} (${pairOnly.expected} findings expected without the story)`);
  if (withStory.missed.length) console.log(`  missed: ${withStory.missed.join(', ')}`);
  if (withStory.falseFlags.length) console.log(`  false: ${withStory.falseFlags.join(', ')}`);
  // 001, 002 and 004 spell each name one way: every variant flag there is a false one.
  const spurious = others.flatMap((d) => checkNameVariants({ a: d, b: { id: 'none', lang: 'en', paragraphs: [] }, beads: [] }));
  console.log(`  variant flags on 001/002/004 alone (none expected): ${spurious.length}${spurious.length ? ` (${spurious.map((f) => f.data?.text).join(', ')})` : ''}`);
  console.log(`  flags: ${story.value.length} (${countBy(story.value)})`);
  console.log(`  time: runChecks ${story.ms.toFixed(0)} ms with story, ${pair.ms.toFixed(0)} ms pair only; nameIndex of 5 documents ${index.ms.toFixed(0)} ms (${index.value.length} entities)`);
}


// ---------------------------------------------------------------- NTREX garbles

function ratio(m: Map<string, [number, number]>): string {
  return [...m.entries()].map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ');
}

/**
 * Precision/recall of name flags on garbled NTREX, false alarms on clean NTREX, deleted
 * sentences; with the word table learnt from NTREX's development half only.
 */
export function runChecksCorpusBench(): void {
  onDevTable(checksCorpusBench);
}

function checksCorpusBench(): void {
  // TRANSLIT_TABLE=file: a table mined from every other development document only
  // (scripts/build-translit.ts with NEWS_QUARTER=1), judged on the development documents it never
  // saw: what the held-out half shows, with text one may read.
  const quarter = useTablesFromEnv();
  const t0 = performance.now();
  const corpus = checksCorpus();
  const built = performance.now() - t0;
  const t1 = performance.now();
  // CHECKS_NTREX_NAMES=1 runs only the name checks (and builds no deletion pairs): quicker while iterating.
  const namesOnly = !!process.env.CHECKS_NTREX_NAMES;
  const runOne = (p: BenchPair) => {
    const input = { a: p.en, b: p.other, beads: p.beads };
    return namesOnly ? [...checkNameVariants(input), ...checkNameMismatch(input)] : runChecks(input);
  };
  // With a quarter table the word table is the other fold's too (the same split of the dev
  // documents), so that neither table has read the documents judged.
  const run = (p: BenchPair) => (quarter ? onDevFoldTable(p.id, () => runOne(p)) : runOne(p));
  // CHECKS_NTREX_DEV=1 (and a quarter table) leave the held-out half unrun: while deciding.
  const devOnly = !!process.env.CHECKS_NTREX_DEV || !!quarter;
  const wanted = (p: BenchPair) => !devOnly || !p.heldOut;
  const garbled = corpus.garbled.filter(wanted).map((pair) => ({ pair, flags: run(pair) }));
  const clean = corpus.clean.filter(wanted).map((pair) => ({ pair, flags: run(pair) }));
  const deletions = corpus.deletions.filter(wanted).map((pair) => ({ pair, flags: run(pair) }));
  const ms = performance.now() - t1;
  console.log(`checks on NTREX (news, human translations; English names garbled with seed 13; even documents dev, odd held out; Dari beside the dev documents as a fresh split)`);
  // The quarter the table never saw: n % 4 = 2 for a table mined with NEWS_QUARTER=1, 0 for NEWS_QUARTER=2.
  const unmined = Number(process.env.CHECKS_NTREX_UNMINED ?? 2);
  const splits: Array<readonly [string, (p: BenchPair) => boolean]> = quarter
    ? [
        ['dev, unmined quarter', (p: BenchPair) => p.doc % 4 === unmined && !p.fresh],
        ['dari, unmined quarter', (p: BenchPair) => p.doc % 4 === unmined && !!p.fresh],
      ]
    : devOnly
      ? [
          ['dev', (p: BenchPair) => !p.heldOut && !p.fresh],
          ['dari (fresh)', (p: BenchPair) => !!p.fresh],
        ]
      : [
          ['all', (p: BenchPair) => !p.fresh],
          ['dev', (p: BenchPair) => !p.heldOut && !p.fresh],
          ['held-out', (p: BenchPair) => p.heldOut],
          ['dari (fresh)', (p: BenchPair) => !!p.fresh],
        ];
  for (const [label, keep] of splits) {
    const g = scoreGarbles(garbled.filter((x) => keep(x.pair)));
    const c = clean.filter((x) => keep(x.pair));
    const paragraphs = c.reduce((n, x) => n + x.pair.en.paragraphs.length, 0);
    const nameFalse = c.reduce((n, x) => n + x.flags.filter(isNameFlag).length, 0);
    const omFalse = c.reduce((n, x) => n + x.flags.filter((f) => f.check === 'omission').length, 0);
    const numFalse = c.reduce((n, x) => n + x.flags.filter((f) => f.check === 'number-mismatch').length, 0);
    const d = scoreDeletions(deletions.filter((x) => keep(x.pair)));
    const p = g.flags ? g.right / g.flags : 1;
    console.log(`  ${label}: name flags precision ${p.toFixed(2)} (${g.right}/${g.flags}), recall ${(g.caught / Math.max(1, g.garbles)).toFixed(2)} (${g.caught}/${g.garbles} garbles)`);
    console.log(`    by type: ${ratio(g.byType)}`);
    console.log(`    by spread: ${ratio(g.bySpread)}`);
    console.log(`    clean text (${paragraphs} paragraphs): name false alarms ${((100 * nameFalse) / paragraphs).toFixed(2)} per 100 paragraphs (${nameFalse}), omission flags ${((100 * omFalse) / paragraphs).toFixed(2)} per 100 (${omFalse})${namesOnly ? '' : `, number flags ${((100 * numFalse) / paragraphs).toFixed(2)} per 100 (${numFalse})`}`);
    const byRule = new Map<string, number>();
    const spellings = new Map<string, Set<string>>();
    for (const x of c)
      for (const f of x.flags.filter(isNameFlag)) {
        const r = f.check === 'name-variants' ? 'variants' : (mismatchRule.get(f) ?? 'other');
        byRule.set(r, (byRule.get(r) ?? 0) + 1);
        spellings.set(r, (spellings.get(r) ?? new Set()).add(`${x.pair.id} ${String(f.data?.text)}`));
      }
    // Counted by rule, not read: the held-out half's flags stay unread.
    console.log(`    clean name false alarms by rule (flags, distinct document and spelling): ${[...byRule].map(([r, n]) => `${r} ${n} (${spellings.get(r)!.size})`).join(', ') || 'none'}`);
    console.log(`    deleted sentences found ${d.found}/${d.deleted} (${((100 * d.found) / Math.max(1, d.deleted)).toFixed(0)}%), other omission flags ${((100 * d.falseAlarms) / Math.max(1, d.paragraphs)).toFixed(2)} per 100 paragraphs`);
    if (process.env.BENCH_VERBOSE && !label.startsWith('held') && label !== 'all' && (process.env.BENCH_VERBOSE === 'dari') === label.startsWith('dari')) {
      console.log(`    missed: ${g.missed.join('; ')}`);
      console.log(`    false: ${g.falseFlags.join('; ')}`);
      const cf = c.flatMap((x) => x.flags.filter(isNameFlag).map((f) => `${x.pair.id}/${x.pair.lang} ${f.check} “${f.data?.text}”${f.suggestion ? ` → ${f.suggestion}` : ''}`));
      console.log(`    clean false: ${cf.join('; ')}`);
    }
  }
  console.log(`  corpus built and aligned in ${(built / 1000).toFixed(1)} s; checks on ${garbled.length + clean.length + deletions.length} pairs in ${(ms / 1000).toFixed(1)} s`);
}

if (process.argv[1] && /checks\.ts$/.test(process.argv[1])) {
  await runChecksBench();
  runChecksCorpusBench();
}
