/**
 * Reviewer-check figures: precision and recall of name flags on seeds 000 ↔ 003 against the
 * hand-made expected list (tests/checks/expected-000-003.json), flag counts per check, and
 * time per run. `npx tsx bench/checks.ts`, or runChecksBench() from the bench runner.
 */
import { performance } from 'node:perf_hooks';
import { checkNameVariants, nameIndex, runChecks } from '../src/core/checks';
import type { Flag } from '../src/core/model';
import { scoreNames, seedPair } from '../tests/checks/helpers';

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

if (process.argv[1] && /checks\.ts$/.test(process.argv[1])) await runChecksBench();
