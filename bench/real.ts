import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { align } from '../src/core/align';
import type { Bead } from '../src/core/model';
import { detectLanguage } from '../src/core/text/detect';
import { segment } from '../src/core/text/segment';
import { ROOT, type GoldBead } from './corpus';
import { literatureSet, mixedDirections, sentenceLevel } from './literature';
import { onDevTable } from './omissionTable';
import { editedPage, manualPages } from './manuals';
import { runAlign } from '../src/cli/align';
import { bookPair, labelsAgainstBook, literaryHardPair, literarySet, novelSet, unrelatedPair, type LinePair } from './realtext';

/**
 * Real-text bench: book pairs and literary text built from human translations (see
 * realtext.ts), aligned by the CLI as a user runs it (`node scripts/run-cli.mjs align`, what
 * `npm run align` runs, start-up included; its peak resident memory from /usr/bin/time; npm's
 * own start-up, a further 0.3 s of CPU, is timed once apart) and by the aligner alone in this process.
 * Quality is strict F1: a linked bead counts only when both its sides equal the gold's.
 * Figures of an earlier run are kept in bench/real-baseline.json and printed beside.
 */

const BASELINE = join(ROOT, 'bench/real-baseline.json');

interface Figures {
  f1?: number;
  /**
   * Strict F1 of the aligner in-process with the word table learnt from NTREX's development
   * half, on NTREX-built pairs: the CLI reads the shipped table, learnt from all of NTREX.
   */
  f1DevTable?: number;
  /** Literature: strict F1 where the passage gold is sentence-level (`sentenceLevel`). */
  f1Sentence?: number;
  /** Literature: n-m passages that no bead crosses, "kept/all". */
  keptWhole?: string;
  cliSeconds?: number;
  /** CPU seconds (user + system): steadier than wall time on a shared machine. */
  cliCpu?: number;
  alignSeconds?: number;
  alignCpu?: number;
  peakMb?: number;
  note?: string;
}

/** Strict F1 of linked beads against gold beads (a bead counts only if identical). */
export function strictF1(beads: Array<Pick<Bead, 'a' | 'b'>>, gold: GoldBead[]): number {
  const key = (b: { a: number[]; b: number[] }): string => `${b.a.join(',')}|${b.b.join(',')}`;
  const goldKeys = new Set(gold.map(key));
  const linked = beads.filter((b) => b.a.length && b.b.length);
  const hits = linked.filter((b) => goldKeys.has(key(b))).length;
  const p = linked.length ? hits / linked.length : 1;
  const r = gold.length ? hits / gold.length : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

interface CliRun {
  seconds: number;
  cpu: number;
  peakMb: number;
  status: number | null;
  stderr: string;
  out?: { a: { paragraphs: string[] }; b: { paragraphs: string[] }; beads: Array<{ a: number[]; b: number[] }> };
}

/** Runs the CLI on two files as a user would; `timeoutS` bounds runs that may not end. */
export function runCli(fileA: string, fileB: string, dir: string, timeoutS = 600, extra: string[] = []): CliRun {
  const outFile = join(dir, 'out.json');
  const timeFile = join(dir, 'time.txt');
  rmSync(outFile, { force: true });
  // The command README gives: node scripts/run-cli.mjs align a b (npm run align runs it).
  const res = spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%e %U %S %M', process.execPath, 'scripts/run-cli.mjs', 'align', fileA, fileB, ...extra], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: timeoutS * 1000,
    killSignal: 'SIGKILL',
  });
  const [sec, user, sys, kb] = existsSync(timeFile) ? readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ') : ['NaN', 'NaN', 'NaN', 'NaN'];
  const run: CliRun = { seconds: Number(sec), cpu: Number(user) + Number(sys), peakMb: Number(kb) / 1024, status: res.status, stderr: String(res.stderr ?? '').trim() };
  if (res.status === 0) run.out = JSON.parse(String(res.stdout));
  else if (res.status === null) run.seconds = timeoutS;
  return run;
}

function writePair(pair: { a: string[]; b: string[] }, dir: string): [string, string] {
  const fa = join(dir, 'a.txt');
  const fb = join(dir, 'b.txt');
  writeFileSync(fa, pair.a.join('\n') + '\n');
  writeFileSync(fb, pair.b.join('\n') + '\n');
  return [fa, fb];
}

function alignAlone(fileA: string, fileB: string): { seconds: number; cpu: number; beads: Bead[]; paragraphs: [number, number] } {
  const load = (f: string) => {
    const text = readFileSync(f, 'utf8');
    const det = detectLanguage(text);
    const lang = det.lang === 'und' ? 'en' : det.lang;
    return { lang, paragraphs: segment(text, { lang }) };
  };
  const [a, b] = [load(fileA), load(fileB)];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const beads = align(a, b, { sentences: false });
  const c1 = process.cpuUsage(c0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (c1.user + c1.system) / 1e6, beads, paragraphs: [a.paragraphs.length, b.paragraphs.length] };
}

/** `ntrex`: the pair is built from NTREX, so the in-process run takes the development-half table. */
function measurePair(pair: LinePair, dir: string, ntrex = false, literature = false): Figures {
  const [fa, fb] = writePair(pair, dir);
  const cli = runCli(fa, fb, dir);
  const alone = ntrex ? onDevTable(() => alignAlone(fa, fb)) : alignAlone(fa, fb);
  const fig: Figures = { cliSeconds: cli.seconds, cliCpu: cli.cpu, alignSeconds: alone.seconds, alignCpu: alone.cpu, peakMb: cli.peakMb };
  if (ntrex) fig.f1DevTable = strictF1(alone.beads, pair.links);
  if (!cli.out) return { ...fig, note: `CLI exit ${cli.status}: ${cli.stderr.slice(0, 120)}` };
  const segOk = cli.out.a.paragraphs.length === pair.a.length && cli.out.b.paragraphs.length === pair.b.length;
  fig.f1 = strictF1(cli.out.beads, pair.links);
  if (literature) {
    const s = sentenceLevel(cli.out.beads, pair.links);
    fig.f1Sentence = s.f1;
    fig.keptWhole = `${s.keptWhole}/${s.coarse}`;
  }
  if (!segOk) fig.note = `segmented ${cli.out.a.paragraphs.length}×${cli.out.b.paragraphs.length} of ${pair.a.length}×${pair.b.length} lines`;
  return fig;
}

const num = (x: number | undefined, digits: number): string => (x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));

function line(f: Figures): string {
  const dev = f.f1DevTable === undefined ? '' : ` (dev-half table ${num(f.f1DevTable, 3)})`;
  const sentence = f.f1Sentence === undefined ? '' : ` (where sentence-level ${num(f.f1Sentence, 3)}${f.keptWhole ? `, n-m kept whole ${f.keptWhole}` : ''})`;
  return `F1 ${num(f.f1, 3)}${dev}${sentence}  CLI ${num(f.cliSeconds, 2)} s (CPU ${num(f.cliCpu, 2)} s)  aligner ${num(f.alignSeconds, 2)} s (CPU ${num(f.alignCpu, 2)} s)  peak ${num(f.peakMb, 0)} MB${f.note ? `  (${f.note})` : ''}`;
}

function report(log: (line: string) => void, name: string, now: Figures, before: Record<string, Figures>): void {
  log(`${name.padEnd(34)} ${line(now)}`);
  if (before[name]) log(`${''.padEnd(34)} before: ${line(before[name]!)}`);
}

export function realBench(log: (line: string) => void, sizes = (process.env.BENCH_REAL_SIZES ?? '5000,50000').split(',').map(Number).filter((x) => x > 0)): Record<string, Figures> {
  const before: Record<string, Figures> = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
  const now: Record<string, Figures> = {};
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-real-'));
  try {
    for (const size of sizes) {
      for (const lang of size > 10_000 ? (['ar'] as const) : (['ar', 'fa'] as const)) {
        const pair = bookPair(size, lang, size);
        const name = `book en–${lang} ${pair.a.length}×${pair.b.length}`;
        report(log, name, (now[name] = measurePair(pair, dir, true)), before);
      }
    }
    for (const [name, set] of [
      ['literary en–ar, 5 × 300 sentences', literarySet('ar')],
      ['literary hard en–ar, 5 × 300 sentences', literarySet('ar', 300, literaryHardPair)],
      // Joins both ways with the counts close, as a novel translated sentence by sentence.
      ['novel-style en–ar, 5 texts', novelSet('ar')],
      ['novel-style en–fa, 5 texts', novelSet('fa')],
    ] as const) {
      const lit = set.map((p) => measurePair(p, dir, true));
      const mean = (pick: (f: Figures) => number | undefined): number => lit.reduce((s, f) => s + (pick(f) ?? NaN), 0) / lit.length;
      now[name] = { f1: mean((f) => f.f1), f1DevTable: mean((f) => f.f1DevTable), cliSeconds: mean((f) => f.cliSeconds), cliCpu: mean((f) => f.cliCpu), alignSeconds: mean((f) => f.alignSeconds), alignCpu: mean((f) => f.alignCpu), peakMb: mean((f) => f.peakMb) };
      report(log, name, now[name]!, before);
      log(`${''.padEnd(34)} each: ${lit.map((f) => num(f.f1, 3)).join(' ')}; dev-half table ${lit.map((f) => num(f.f1DevTable, 3)).join(' ')}`);
    }
    literatureBench(log, dir, now, before);
    manualsBench(log, dir, now, before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (process.env.BENCH_REAL_SAVE) writeFileSync(BASELINE, JSON.stringify({ ...before, ...now }, null, 1) + '\n');
  return now;
}

const meanOf = (figs: Figures[]): Figures => {
  const mean = (pick: (f: Figures) => number | undefined): number => figs.reduce((s, f) => s + (pick(f) ?? 0), 0) / figs.length;
  const sentence = figs.every((f) => f.f1Sentence !== undefined) ? { f1Sentence: mean((f) => f.f1Sentence) } : {};
  return { f1: mean((f) => f.f1), ...sentence, cliSeconds: mean((f) => f.cliSeconds), cliCpu: mean((f) => f.cliCpu), alignSeconds: mean((f) => f.alignSeconds), alignCpu: mean((f) => f.alignCpu), peakMb: mean((f) => f.peakMb) };
};

/** Real literary translation (bench/literature.ts), text by text, then the dev and held-out means. */
function literatureBench(log: (line: string) => void, dir: string, now: Record<string, Figures>, before: Record<string, Figures>): void {
  const texts = literatureSet();
  if (!texts.length) {
    log('literature: the devDependency bahaiwritings is not installed (npm install), skipped');
    return;
  }
  const bySplit = new Map<string, Figures[]>();
  for (const t of texts) {
    const name = `lit ${t.split} ${t.name} ${t.a.length}×${t.b.length}`;
    const fig = (now[name] = measurePair(t, dir, false, true));
    // A refusal ("not translations") links nothing: strict F1 0.
    fig.f1 ??= 0;
    report(log, name, fig, before);
    bySplit.set(t.split, [...(bySplit.get(t.split) ?? []), fig]);
    // The same text joined one way and split the other (every other passage's English one
    // line; both phases): line counts close, many 1-n both ways, as a novel translated
    // sentence by sentence.
    for (const phase of [0, 1]) {
      const mixed = mixedDirections(t, 2, phase);
      const mixedName = `lit ${t.split} ${t.name} both ways ${phase} ${mixed.a.length}×${mixed.b.length}`;
      const mixedFig = (now[mixedName] = measurePair(mixed, dir, false, true));
      mixedFig.f1 ??= 0;
      report(log, mixedName, mixedFig, before);
      bySplit.set(`${t.split} both ways`, [...(bySplit.get(`${t.split} both ways`) ?? []), mixedFig]);
    }
  }
  for (const [split, figs] of bySplit) {
    const name = `literature ${split}, mean of ${figs.length}`;
    report(log, name, (now[name] = meanOf(figs)), before);
  }
}

/** Whether hunalign is on this machine (it is not in Debian 12's archive, so not installable here). */
function hunalignPath(): string | undefined {
  const res = spawnSync('sh', ['-c', 'command -v hunalign'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

/** The file's line indices that each paragraph of the segmenter covers (it joins whole lines with a space). */
function linesOf(paragraphs: string[], lines: string[]): number[][] {
  let k = 0;
  return paragraphs.map((para) => {
    const own: number[] = [];
    for (let len = -1; k < lines.length && len < para.length; k++) {
      own.push(k);
      len += lines[k]!.trim().length + 1;
    }
    return own;
  });
}

/**
 * Real software manuals (bench/manuals.ts), page by page as a user aligns them: the CLI's own
 * code in-process (runAlign, files read and segmented as the CLI does) for strict F1 and CPU;
 * the CLI end to end on the three longest held-out pages for time with start-up. Means by
 * split and source, the worst pages, and hunalign beside where it is installed (where it is not, a line says so).
 */
export function manualsBench(log: (line: string) => void, dir: string, now: Record<string, Figures>, before: Record<string, Figures>): void {
  const original = manualPages();
  const pages = [...original, ...original.map((p, k) => editedPage(p, 1000 + k))];
  if (!hunalignPath()) log('manuals: hunalign is not installed (not in this Debian release\'s archive): no column beside ours');
  const rows: Array<{ name: string; split: string; f1: number; cpu: number; lines: number }> = [];
  for (const p of pages) {
    const [fa, fb] = writePair(p, dir);
    const c0 = process.cpuUsage();
    const out = JSON.parse(runAlign({ a: fa, b: fb, mode: 'parallel', format: 'json' })) as { a: { paragraphs: string[] }; b: { paragraphs: string[] }; beads: GoldBead[] };
    const c1 = process.cpuUsage(c0);
    // Where the segmenter joined lines, a bead's paragraphs stand for all their lines.
    const [la, lb] = [linesOf(out.a.paragraphs, p.a), linesOf(out.b.paragraphs, p.b)];
    const f1 = strictF1(out.beads.map((x) => ({ a: x.a.flatMap((i) => la[i]!), b: x.b.flatMap((j) => lb[j]!) })), p.links);
    rows.push({ name: p.name, split: p.split, f1, cpu: (c1.user + c1.system) / 1e6, lines: p.a.length});
  }
  const groups = new Map<string, typeof rows>();
  for (const r of rows) {
    const edited = r.name.endsWith(' edited') ? ' edited' : '';
    for (const g of [`${r.split}${edited}`, `${r.split}${edited} ${r.name.split('/')[0]}`]) groups.set(g, [...(groups.get(g) ?? []), r]);
  }
  for (const [g, rs] of [...groups].sort(([x], [y]) => (x.includes(' ') ? 1 : 0) - (y.includes(' ') ? 1 : 0) || x.localeCompare(y))) {
    const name = `manuals en–ru ${g}, ${rs.length} pages`;
    const mean = (pick: (r: (typeof rows)[number]) => number | undefined): number => rs.reduce((s, r) => s + (pick(r) ?? NaN), 0) / rs.length;
    now[name] = { f1: mean((r) => r.f1), alignCpu: rs.reduce((s, r) => s + r.cpu, 0) };
    const worst = Math.min(...rs.map((r) => r.f1));
    const perfect = rs.filter((r) => r.f1 === 1).length;
    log(`${name.padEnd(44)} F1 ${num(now[name]!.f1, 3)} (min ${num(worst, 3)}, ${perfect} at 1.000)  CPU ${num(now[name]!.alignCpu, 2)} s`);
    const b = before[name];
    if (b) log(`${''.padEnd(44)} before: F1 ${num(b.f1, 3)}  CPU ${num(b.alignCpu, 2)} s`);
  }
  for (const split of ['dev', 'held-out']) {
    const worst = rows.filter((r) => r.split === split && !r.name.endsWith(' edited')).sort((x, y) => x.f1 - y.f1).slice(0, 6);
    log(`  worst ${split}: ${worst.map((r) => `${r.name} (${r.lines}) ${num(r.f1, 3)}`).join(', ')}`);
  }
  for (const split of ['dev', 'held-out']) {
    const worst = rows.filter((r) => r.split === split && r.name.endsWith(' edited')).sort((x, y) => x.f1 - y.f1).slice(0, 6);
    log(`  worst ${split} edited: ${worst.map((r) => `${r.name.replace(' edited', '')} (${r.lines}) ${num(r.f1, 3)}`).join(', ')}`);
  }
  for (const p of original.filter((x) => x.split === 'held-out').sort((x, y) => y.a.length - x.a.length).slice(0, 3)) {
    const [fa, fb] = writePair(p, dir);
    const cli = runCli(fa, fb, dir);
    log(`  CLI end to end, ${p.name} ${p.a.length} lines: ${num(cli.seconds, 2)} s (CPU ${num(cli.cpu, 2)} s), peak ${num(cli.peakMb, 0)} MB`);
  }
}

/** Time of the CLI on texts that are not translations of each other. */
export function unrelatedBench(log: (line: string) => void, sizes = (process.env.BENCH_UNRELATED_SIZES ?? '2000,8000,20000').split(',').map(Number).filter((x) => x > 0)): void {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-unrel-'));
  try {
    const cases: Array<[string, () => { a: string[]; b: string[] }]> = sizes.map((size) => [`unrelated ${size}×${size}`, () => unrelatedPair(size)]);
    if (process.env.BENCH_UNRELATED_TINY !== '0') cases.push(['100k label lines × 50k book', () => labelsAgainstBook(100_000, 50_000)]);
    for (const [name, make] of cases) {
      const [fa, fb] = writePair(make(), dir);
      const cli = runCli(fa, fb, dir, 120);
      const linked = cli.out ? cli.out.beads.filter((b) => b.a.length && b.b.length).length : 0;
      const what = cli.status === null ? 'no answer, stopped' : cli.status === 0 ? `${linked} beads linked` : `exit ${cli.status}: ${cli.stderr.slice(0, 140)}`;
      log(name.padEnd(34) + ` CLI ${cli.seconds.toFixed(1)} s (CPU ${cli.cpu.toFixed(1)} s)  peak ${cli.peakMb.toFixed(0)} MB  ${what}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** CPU seconds npm itself adds in front of the CLI (`npm run --silent align` with no files: a usage error). */
function npmStartup(): number {
  const dir = mkdtempSync(join(tmpdir(), 'tarjuman-npm-'));
  try {
    const timeFile = join(dir, 'time.txt');
    const run = (cmd: string, args: string[]): number => {
      spawnSync('/usr/bin/time', ['-o', timeFile, '-f', '%U %S', cmd, ...args], { cwd: ROOT, stdio: 'ignore' });
      const [user, sys] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ');
      return Number(user) + Number(sys);
    };
    return run('npm', ['run', '--silent', 'align']) - run(process.execPath, ['scripts/run-cli.mjs', 'align']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npm run bench manuals`: the manuals alone, beside the kept figures. */
export const manualsOnlyBench = {
  name: 'manuals',
  run(log: (line: string) => void): void {
    const before: Record<string, Figures> = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : {};
    const now: Record<string, Figures> = {};
    const dir = mkdtempSync(join(tmpdir(), 'tarjuman-manuals-'));
    try {
      manualsBench(log, dir, now, before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (process.env.BENCH_REAL_SAVE) writeFileSync(BASELINE, JSON.stringify({ ...before, ...now }, null, 1) + '\n');
  },
};

export const realTextBench = {
  name: 'real',
  run(log: (line: string) => void): void {
    log('— real-text pairs (CLI end to end incl. start-up; aligner alone in-process; peak = CLI max RSS) —');
    log(`(npm run adds its own start-up in front of the CLI: ${npmStartup().toFixed(2)} s of CPU)`);
    realBench(log);
    log('— texts that are not translations —');
    unrelatedBench(log);
  },
};
