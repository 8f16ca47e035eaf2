import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { apartChecks, beadsFrom, checksBesides, mergeFlags, nameIndex, runCheckGroup, runChecks, type CheckDoc, type CheckInput, type Entity } from '../src/core/checks';
import type { Bead, Flag, Paragraph } from '../src/core/model';
import { checksCorpus } from './checksCorpus';
import { ROOT, rng } from './corpus';
import { onDevTable } from './omissionTable';
import { threadCpuMs } from './threadCpu';

/**
 * Reviewer checks on books: time and peak memory of what the checks worker does (all the
 * checks on the pair, the story's other documents lending support, then the name index) on
 * real text at 5,000 and 50,000 paragraphs. The book is the NTREX English–Arabic pairs of the
 * checks corpus (bench/checksCorpus.ts: human translations, English names garbled with a fixed
 * seed, each article aligned by the aligner), chained chapter after chapter; past NTREX's
 * articles it starts again in another order, as a long book keeps its cast. The story's other
 * documents are the clean English and the Persian translation, chained the same way.
 *
 * Each size runs in its own process, so the peak memory is that run's. A digest of the output
 * (flags and name index) is printed, so a speedup can be checked to change nothing.
 */

export interface Book {
  a: CheckDoc;
  b: CheckDoc;
  beads: Bead[];
  others: CheckDoc[];
  /**
   * Per paragraph of each side of the pair, whether its chapter is from NTREX's held-out half:
   * the book chains every article, so a rule chosen on its false alarms must be chosen on the
   * development chapters' and only reported on the held-out ones'.
   */
  heldOut: { a: boolean[]; b: boolean[] };
}

function reindexed(ps: Paragraph[], offset: number): Paragraph[] {
  return ps.map((p, i) => ({ ...p, index: offset + i }));
}

/**
 * A book of about `size` paragraphs on each side of the pair; with `unGarbled`, its English is the
 * human text with no name garbled, so every name flag on it is a false alarm.
 */
export function checksBook(size: number, unGarbled = false): Book {
  const corpus = checksCorpus();
  const garbled = new Map(corpus.garbled.filter((p) => p.lang === 'ar').map((p) => [p.id, p]));
  const fa = new Map(corpus.clean.filter((p) => p.lang === 'fa').map((p) => [p.id, p]));
  const chapters = corpus.clean.filter((p) => p.lang === 'ar' && fa.has(p.id));
  const a: Paragraph[] = [];
  const b: Paragraph[] = [];
  const clean: Paragraph[] = [];
  const persian: Paragraph[] = [];
  const beads: Bead[] = [];
  const heldOut = { a: [] as boolean[], b: [] as boolean[] };
  const rand = rng(5);
  for (let pass = 0; a.length < size; pass++) {
    const order = chapters.slice();
    if (pass > 0) order.sort(() => rand() - 0.5);
    for (const ch of order) {
      if (a.length >= size) break;
      const g = unGarbled ? ch : (garbled.get(ch.id) ?? ch);
      const [oa, ob] = [a.length, b.length];
      a.push(...reindexed(g.en.paragraphs, oa));
      b.push(...reindexed(g.other.paragraphs, ob));
      heldOut.a.push(...g.en.paragraphs.map(() => ch.heldOut));
      heldOut.b.push(...g.other.paragraphs.map(() => ch.heldOut));
      for (const bead of g.beads) beads.push({ ...bead, a: bead.a.map((i) => i + oa), b: bead.b.map((i) => i + ob) });
      clean.push(...reindexed(ch.en.paragraphs, clean.length));
      persian.push(...reindexed(fa.get(ch.id)!.other.paragraphs, persian.length));
    }
  }
  return {
    a: { id: 'book-en', lang: 'en', paragraphs: a },
    b: { id: 'book-ar', lang: 'ar', paragraphs: b },
    beads,
    others: [
      { id: 'book-en-clean', lang: 'en', paragraphs: clean },
      { id: 'book-fa', lang: 'fa', paragraphs: persian },
    ],
    heldOut,
  };
}

/** What the checks worker computes for the book (checks.worker.ts). */
export function checkBook(book: Book): { flags: Flag[]; entities: Entity[] } {
  const beads = beadsFrom(book.a.id, { docIds: [book.a.id, book.b.id], beads: book.beads });
  const flags = runChecks({ a: book.a, b: book.b, beads, others: book.others });
  const entities = nameIndex([book.a, book.b, ...book.others]);
  return { flags, entities };
}

/** A Node thread running the checks worker's helper, its modules loaded. */
function partThread(): Promise<Worker> {
  // A TypeScript module: the thread registers tsx before loading it, as this process did.
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./checksPartThread.ts', import.meta.url).href);
  const w = new Worker(`import(${tsx}).then((api) => { api.register(); return import(${entry}); });`, { eval: true });
  return new Promise((resolve, reject) => {
    w.once('message', () => resolve(w));
    w.once('error', reject);
  });
}

/**
 * What the checks worker computes with its helper (checks.worker.ts with CHECKS_BOOK_WORKERS=2):
 * apartChecks in `helper` (or CHECKS_BOOK_APART's, a comma-separated list), the pair posted to it,
 * the rest and the name index here.
 */
export async function checkBookSplit(book: Book, helper: Worker): Promise<{ flags: Flag[]; entities: Entity[]; helperCpuMs: number }> {
  const beads = beadsFrom(book.a.id, { docIds: [book.a.id, book.b.id], beads: book.beads });
  const input: CheckInput = { a: book.a, b: book.b, beads, others: book.others };
  const there = new Promise<{ byCheck: Record<string, Flag[]>; cpuMs: number }>((resolve, reject) => {
    helper.once('message', resolve);
    helper.once('error', reject);
  });
  const away = process.env.CHECKS_BOOK_APART?.split(',') ?? apartChecks(input);
  helper.postMessage({ input, checks: away });
  const here = runCheckGroup(input, checksBesides(away));
  const entities = nameIndex([book.a, book.b, ...book.others]);
  const { byCheck, cpuMs } = await there;
  return { flags: mergeFlags({ ...here, ...byCheck }), entities, helperCpuMs: cpuMs };
}

/** A short digest of the flags and the name index: equal digests, identical output. */
export function outputDigest(out: { flags: Flag[]; entities: Entity[] }): string {
  return createHash('sha256').update(JSON.stringify(out)).digest('hex').slice(0, 16);
}

interface Run {
  paragraphs: number;
  ms: number;
  /** CPU time of the run (user and system): steadier than wall time on a shared machine. */
  cpuMs: number;
  /**
   * CPU time of the main thread alone, and (CHECKS_BOOK_WORKERS=2) of the helper thread: the
   * larger is the wall time with a core free for each (bench/threadCpu.ts).
   */
  threads: { mainCpuMs: number; helperCpuMs?: number };
  flags: number;
  /** Flags by check. */
  byCheck: Record<string, number>;
  /** Flags by check that stand in a held-out chapter, and in a development one. */
  byHalf: { heldOut: Record<string, number>; dev: Record<string, number> };
  entities: number;
  peakMb: number;
  digest: string;
}

/** With the word table learnt from NTREX's development half: the book is NTREX text. */
async function runOne(size: number, outFile?: string): Promise<Run> {
  if (process.env.CHECKS_BOOK_WORKERS !== '2') return onDevTable(() => runOneOn(size, outFile));
  const helper = await partThread();
  try {
    // The helper thread's CPU is the process's too: process.cpuUsage counts every thread.
    return await onDevTable(() => runOneOn(size, outFile, helper));
  } finally {
    await helper.terminate();
  }
}

function countByCheck(flags: Flag[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const f of flags) n[f.check] = (n[f.check] ?? 0) + 1;
  return n;
}

function byHalf(flags: Flag[], book: Book): Run['byHalf'] {
  const half = (f: Flag): boolean => {
    const side = f.span?.side ?? (f.paragraphs.a.length ? 'a' : 'b');
    return book.heldOut[side][f.span?.paragraph ?? f.paragraphs[side][0] ?? 0] ?? false;
  };
  return {
    heldOut: countByCheck(flags.filter(half)),
    dev: countByCheck(flags.filter((f) => !half(f))),
  };
}

function runOneOn(size: number, outFile?: string): Run;
function runOneOn(size: number, outFile: string | undefined, helper: Worker): Promise<Run>;
function runOneOn(size: number, outFile?: string, helper?: Worker): Run | Promise<Run> {
  const book = checksBook(size, process.env.CHECKS_BOOK_CLEAN === '1');
  const cpu0 = process.cpuUsage();
  const thread0 = threadCpuMs();
  const t0 = performance.now();
  const start = { t0, cpu0, thread0 };
  if (helper) return checkBookSplit(book, helper).then(({ helperCpuMs, ...out }) => measured(book, out, start, outFile, helperCpuMs));
  return measured(book, checkBook(book), start, outFile);
}

function measured(book: Book, out: { flags: Flag[]; entities: Entity[] }, start: { t0: number; cpu0: NodeJS.CpuUsage; thread0: number }, outFile?: string, helperCpuMs?: number): Run {
  const ms = performance.now() - start.t0;
  const cpu = process.cpuUsage(start.cpu0);
  const threads = { mainCpuMs: threadCpuMs() - start.thread0, ...(helperCpuMs !== undefined ? { helperCpuMs } : {}) };
  if (outFile) writeFileSync(outFile, JSON.stringify(out));
  return {
    paragraphs: book.a.paragraphs.length,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    threads,
    flags: out.flags.length,
    byCheck: countByCheck(out.flags),
    byHalf: byHalf(out.flags, book),
    entities: out.entities.length,
    peakMb: process.resourceUsage().maxRSS / 1024,
    digest: outputDigest(out),
  };
}

export const checksBookBench = {
  name: 'checks-book',
  run(log: (line: string) => void): void {
    const sizes = (process.env.CHECKS_BOOK_SIZES ?? '5000,50000').split(',').map(Number);
    log('checks on a book: NTREX en (names garbled) ↔ ar, others: clean en and fa; as the checks worker runs them');
    for (const size of sizes) {
      const res = spawnSync('npx', ['tsx', 'bench/checksBook.ts', String(size)], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
      const line = res.stdout.trim().split('\n').pop() ?? '';
      if (res.status !== 0 || !line.startsWith('{')) {
        log(`  ${size}: failed (${res.status ?? 'timeout'}) ${res.stderr.slice(-400)}`);
        continue;
      }
      const r = JSON.parse(line) as Run;
      log(`  ${r.paragraphs} paragraphs: ${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s), ${r.flags} flags, ${r.entities} entities, peak ${r.peakMb.toFixed(0)} MB (whole process, book included), output digest ${r.digest}`);
    }
    // The same 5k book with nothing garbled: every name flag is a false alarm, at book scale.
    const res = spawnSync('npx', ['tsx', 'bench/checksBook.ts', '5000'], { cwd: ROOT, encoding: 'utf8', timeout: 900_000, env: { ...process.env, CHECKS_BOOK_CLEAN: '1' } });
    const line = res.stdout.trim().split('\n').pop() ?? '';
    if (res.status !== 0 || !line.startsWith('{')) log(`  clean 5k book: failed (${res.status ?? 'timeout'}) ${res.stderr.slice(-400)}`);
    else {
      const r = JSON.parse(line) as Run;
      const namesIn = (n: Record<string, number>) => (n['name-variants'] ?? 0) + (n['name-mismatch'] ?? 0);
      const names = namesIn(r.byCheck);
      log(`  clean 5k book (no name garbled, every name flag a false alarm): name flags ${((100 * names) / r.paragraphs).toFixed(2)} per 100 paragraphs (${names}: ${namesIn(r.byHalf.dev)} in development chapters, ${namesIn(r.byHalf.heldOut)} in held-out ones, which no rule may be chosen on; omissions ${r.byHalf.dev.omission ?? 0} / ${r.byHalf.heldOut.omission ?? 0}); all flags ${Object.entries(r.byCheck).map(([k, n]) => `${k} ${n}`).join(', ') || 'none'}`);
    }
  },
};

if (process.argv[1] && /checksBook\.ts$/.test(process.argv[1])) {
  // `npx tsx bench/checksBook.ts 5000 out.json`: one run, its flags and name index written
  // to out.json for comparing two versions of the checks.
  // CHECKS_BOOK_WORKERS=2: as the checks worker runs them with its helper, on two threads.
  void runOne(Number(process.argv[2] ?? 5000), process.argv[3]).then((r) => console.log(JSON.stringify(r)));
}
