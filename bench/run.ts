/**
 * Runs the benches: `npx tsx bench/run.ts [name...]` (all when no name is given).
 * Each bench lives in its own file; register it in BENCHES with a name and a run function.
 */
import { alignBench } from './align';
import { runChecksBench, runChecksCorpusBench } from './checks';
import { checksBookBench } from './checksBook';
import { runChecksTechBench } from './checksTech';
import { runChecksVerseBench } from './checksVerse';
import { runOmissionsBench } from './omissions';
import { runNumbersNtrexBench } from './numbersNtrex';
import { manualsOnlyBench, realTextBench } from './real';
import { relatedBench } from './related';
import { searchBench } from './search';
import { runSlipPairsBench } from './slipPairs';
import { runTranslitBench } from './translit';

interface Entry {
  name: string;
  run(log: (line: string) => void): void | Promise<void>;
}

const BENCHES: Entry[] = [alignBench, realTextBench, manualsOnlyBench, relatedBench, { name: 'checks', run: () => runChecksBench() }, { name: 'translit', run: () => runTranslitBench() }, { name: 'checks-ntrex', run: () => runChecksCorpusBench() }, { name: 'numbers-ntrex', run: () => runNumbersNtrexBench() }, { name: 'omissions', run: (log) => runOmissionsBench(log) }, { name: 'checks-verse', run: (log) => runChecksVerseBench(log) }, { name: 'checks-tech', run: (log) => runChecksTechBench(log) }, { name: 'slip-pairs', run: (log) => runSlipPairsBench(log) }, checksBookBench, searchBench];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  for (const bench of BENCHES) {
    if (wanted.length && !wanted.includes(bench.name)) continue;
    console.log(`## ${bench.name}`);
    const t0 = performance.now();
    await bench.run((line) => console.log(line));
    console.log(`(${bench.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
  }
}

await main();
