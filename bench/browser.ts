/**
 * Browser bench: `npm run bench:browser` (builds first) or `npx tsx bench/browser.ts [sizes...]`
 * after `vite build`, e.g. `tsx bench/browser.ts 5000`. Serves dist/ with `vite preview` on
 * port 4175, drives Debian's Chromium and prints, per size (paragraphs per side):
 *
 *  - import: both documents chosen in a new story's file input, until both are listed;
 *  - first paint: from following "Read side by side" to the first `.para` visible;
 *  - align: from following the link to `.align-status` saying "Aligned automatically";
 *  - scroll: a scripted scroll over 10,000 rows (or all there are), one step per animation
 *    frame; frames longer than 1.5 × 16.7 ms, and frames dropped at 60 fps;
 *  - heap: JS heap used after the reader has aligned (CDP, after a garbage collection);
 *  - load: what the app's own User Timing measure says (src/db/documents.ts) of reading the
 *    reader's columns before first paint (books are stored in the import worker, whose
 *    measures the page cannot see, so storing is only part of the import time);
 *  - long tasks: main-thread tasks over 50 ms (PerformanceObserver 'longtask') while importing
 *    (from the library shown to both documents listed) and while aligning (from following the
 *    link to aligned): how many, and the longest in ms;
 *
 * BENCH_PROFILE=dir also writes CPU profiles of opening the reader until aligned
 * (dir/open-<size>.cpuprofile, with a Chromium trace, open-<size>.trace.json) and of the scroll, with a Chromium trace of the scroll
 * (dir/scroll-<size>.cpuprofile and .trace.json, all open in DevTools' Performance panel);
 * they slow the scroll, so its figures are then not comparable.
 *
 * BENCH_TRACE=1 traces the scroll and the wheel too and prints the main thread's CPU time
 * per frame (thread time, not wall time: on a machine shared with other work it varies far
 * less than dropped frames do, so it is the figure to compare two builds by; tracing itself
 * adds a little to it).
 *
 * and, once, the gzip size of the initial bundle (the JS and CSS index.html loads directly).
 * A step that does not finish in time prints 'timeout' and the steps that need it are skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { segment } from '../src/core/text/segment';
import { LOAD_MEASURE } from '../src/db/documents';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const ROOT = join(import.meta.dirname, '..');
/** The built app; BENCH_DIST points elsewhere (a build made with `vite build --outDir`). */
const DIST = process.env.BENCH_DIST || join(ROOT, 'dist');
/** Not npm start's 4173 nor the e2e tests' 4174; BENCH_PORT lets two checkouts bench at once. */
const PORT = Number(process.env.BENCH_PORT) || 4175;
const BASE = `http://localhost:${PORT}`;
const FRAME_MS = 1000 / 60;
const SCROLL_ROWS = 10_000;
const PROFILE_DIR = process.env.BENCH_PROFILE;
const TRACE = !!process.env.BENCH_TRACE;
if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });

type Cell = number | 'timeout' | 'error' | 'skipped';

interface Row {
  size: number;
  paragraphs: string;
  importMs: Cell;
  firstPaintMs: Cell;
  alignMs: Cell;
  rowsScrolled: Cell;
  longFramesPct: Cell;
  droppedPct: Cell;
  cpuPerFrameMs: Cell;
  /** How much the list's height changed while scrolling (estimated rows measured), in %. */
  listGrowthPct: Cell;
  wheelRows: Cell;
  wheelDroppedPct: Cell;
  heapMb: Cell;
  loadMs: Cell;
  importLongTasks: LongTasks | null;
  alignLongTasks: LongTasks | null;
  /** From aligned to the reviewer checks' results shown. */
  checksMs: Cell;
  checksLongTasks: LongTasks | null;
}

interface LongTasks {
  count: number;
  longestMs: number;
}

// ------------------------------------------------------------------ documents

function seedText(prefix: string): string {
  const file = readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(join(ROOT, 'seeds', file), 'utf8');
}

/**
 * A parallel pair of `size` paragraphs per side: the seed gold's one-to-one pairs (English
 * 000, Arabic 003) repeated, every number in a copy shifted by the copy's number on both
 * sides, so copies differ and the numbers still agree across the pair.
 */
function bookPair(size: number): { en: string; ar: string } {
  const gold = JSON.parse(readFileSync(join(ROOT, 'tests/align/gold-000-003.json'), 'utf8')) as { links: Array<{ a: number[]; b: number[] }> };
  const en = segment(seedText('000_'), { lang: 'en' });
  const ar = segment(seedText('003_'), { lang: 'ar' });
  const pairs = gold.links.filter((l) => l.a.length === 1 && l.b.length === 1).map((l) => [en[l.a[0]!]!.text, ar[l.b[0]!]!.text] as const);
  const shift = (text: string, copy: number) => (copy ? text.replace(/\d+/g, (n) => String(Number(n) + copy)) : text);
  const outEn: string[] = [];
  const outAr: string[] = [];
  for (let i = 0; i < size; i++) {
    const copy = Math.floor(i / pairs.length);
    const [e, a] = pairs[i % pairs.length]!;
    outEn.push(shift(e, copy));
    outAr.push(shift(a, copy));
  }
  // Blank lines between paragraphs, as in a hand-written book file.
  return { en: outEn.join('\n\n') + '\n', ar: outAr.join('\n\n') + '\n' };
}

// ------------------------------------------------------------------ server and timing

async function startPreview(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--port', String(PORT), '--strictPort', '--outDir', DIST], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`vite preview exited: ${log}`);
    try {
      if ((await fetch(BASE)).ok) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`vite preview did not answer on ${BASE}: ${log}`);
}

class Timeout extends Error {}

/** Runs `step`, giving up after `ms`; never throws (the page may be frozen by a huge story). */
async function timed<T>(ms: number, step: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; cell: Cell }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const value = await Promise.race([
      step(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Timeout()), ms);
      }),
    ]);
    return { ok: true, value };
  } catch (e) {
    if (!(e instanceof Timeout)) console.error(`  step failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    return { ok: false, cell: e instanceof Timeout ? 'timeout' : 'error' };
  } finally {
    clearTimeout(timer);
  }
}

/** Budgets per step, growing with the size (50,000 paragraphs gets ten times 5,000's). */
function budgets(size: number) {
  const k = Math.max(1, size / 5000);
  return { importMs: 60_000 * k, paintMs: 30_000 * k, alignMs: 60_000 * k, checksMs: 60_000 * Math.min(k, 3), scrollMs: 60_000 + 6_000 * k, heapMs: 30_000 * k };
}

// ------------------------------------------------------------------ steps

/** Installed before the app's scripts run: keeps every main-thread long task (over 50 ms). */
function watchLongTasks(): void {
  const w = window as unknown as { __longTasks: Array<{ start: number; ms: number }> };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, ms: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** The page's clock, to bound a step's long tasks. */
function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Long tasks that started between `from` and `to` (page clock). */
async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTasks> {
  const all = await page.evaluate(() => (window as unknown as { __longTasks: Array<{ start: number; ms: number }> }).__longTasks);
  const inside = all.filter((t) => t.start >= from && t.start <= to);
  return { count: inside.length, longestMs: Math.max(0, ...inside.map((t) => t.ms)) };
}

/** Imports the pair into a new story; returns the page clock when the library was ready. */
async function importPair(page: Page, title: string, files: { en: string; ar: string }): Promise<number> {
  await page.goto(BASE);
  await page.locator('#library-heading').waitFor();
  const ready = await pageNow(page);
  await page.getByLabel('Story title').fill(title);
  await page.getByRole('button', { name: 'Create story' }).click();
  const story = page.locator('li.story', { hasText: title });
  await story.getByText('Add a document to this story').click();
  const input = story.locator('details.import input[type=file]');
  const documents = story.locator('li.document');
  await input.setInputFiles(files.en);
  await documents.nth(0).waitFor({ timeout: 0 });
  await input.setInputFiles(files.ar);
  await documents.nth(1).waitFor({ timeout: 0 });
  return ready;
}

/**
 * Scrolls SCROLL_ROWS rows (or all), one step per frame, and returns the frame times. Ten
 * seconds for 10,000 rows is a scrollbar drag rather than reading (about 17 rows, a whole new
 * screenful, per frame), and the page itself sets scrollTop, so every frame's rendering and
 * layout happen on the main thread: the harshest case, kept so figures stay comparable. The
 * distance is capped by the list's height, so on a short book it covers less than 10,000 rows.
 */
function scrollRows(rows: number): Promise<{ rows: number; deltas: number[]; listPx: [number, number] }> {
  return new Promise((resolve) => {
    // The list's height before and after: rows not drawn yet are placed by estimates, so the
    // change is how far the estimates of the rows scrolled past were from their real heights.
    const listPx = () => document.querySelector<HTMLElement>('.virtual-rows')?.getBoundingClientRect().height ?? NaN;
    const before = listPx();
    const first = document.querySelector<HTMLElement>('.row');
    let scroller: HTMLElement = document.scrollingElement as HTMLElement;
    for (let el = first?.parentElement; el; el = el.parentElement) {
      const style = getComputedStyle(el);
      if (/(auto|scroll)/.test(style.overflowY) && el.scrollHeight > el.clientHeight) {
        scroller = el;
        break;
      }
    }
    const rendered = [...document.querySelectorAll<HTMLElement>('.row')].slice(0, 50);
    const rowHeight = rendered.length ? rendered.reduce((s, r) => s + r.getBoundingClientRect().height, 0) / rendered.length : 100;
    const max = scroller.scrollHeight - scroller.clientHeight;
    const distance = Math.min(max, rows * rowHeight);
    const frames = 600; // ten seconds at 60 fps
    const step = distance / frames;
    const start = scroller.scrollTop;
    const deltas: number[] = [];
    let last = 0;
    let n = 0;
    const tick = (now: number) => {
      if (last) deltas.push(now - last);
      last = now;
      if (n++ >= frames) return resolve({ rows: Math.round(distance / rowHeight), deltas, listPx: [before, listPx()] });
      scroller.scrollTop = start + step * n;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Frames missed at 60 fps, in %: every frame beyond one per 16.7 ms of the time taken. */
function droppedOf(deltas: number[]): number {
  const expected = deltas.reduce((s, d) => s + d, 0) / FRAME_MS;
  return expected ? (100 * Math.max(0, expected - deltas.length)) / expected : NaN;
}

/** The wheel scroll: how long, and how fast (px/s; a screen about every 0.2 s, skimming). */
const WHEEL_S = 10;
const WHEEL_PX_S = 5000;

/**
 * Scrolls from the top by mouse-wheel input (CDP's synthesized gesture: the browser scrolls on
 * its compositor, as for a person), while the page counts its animation frames: a frame the
 * page misses is a frame its rows were late for.
 */
async function wheelScroll(page: Page, context: import('@playwright/test').BrowserContext): Promise<{ rows: number; deltas: number[] }> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(500);
  const firstRow = await page.evaluate(() => Number(document.querySelector<HTMLElement>('.virtual-row')?.dataset.index ?? 0));
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (now: number) => {
      w.__frames.push(now);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Input.synthesizeScrollGesture', {
    x: 400,
    y: 500,
    yDistance: -WHEEL_S * WHEEL_PX_S,
    speed: WHEEL_PX_S,
    gestureSourceType: 'mouse',
    preventFling: true,
  });
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  await cdp.detach();
  const lastRow = await page.evaluate(() => Math.max(...[...document.querySelectorAll<HTMLElement>('.virtual-row')].map((r) => Number(r.dataset.index))));
  return { rows: lastRow - firstRow, deltas: frames.slice(1).map((t, i) => t - frames[i]!) };
}

async function measure(browser: Browser, size: number, dir: string): Promise<Row> {
  const row: Row = {
    size,
    paragraphs: '',
    importMs: 'skipped',
    firstPaintMs: 'skipped',
    alignMs: 'skipped',
    rowsScrolled: 'skipped',
    longFramesPct: 'skipped',
    droppedPct: 'skipped',
    cpuPerFrameMs: 'skipped',
    listGrowthPct: 'skipped',
    wheelRows: 'skipped',
    wheelDroppedPct: 'skipped',
    heapMb: 'skipped',
    loadMs: 'skipped',
    importLongTasks: null,
    alignLongTasks: null,
    checksMs: 'skipped',
    checksLongTasks: null,
  };
  const pair = bookPair(size);
  const files = { en: join(dir, `book-${size}-en.txt`), ar: join(dir, `book-${size}-ar.txt`) };
  writeFileSync(files.en, pair.en);
  writeFileSync(files.ar, pair.ar);
  row.paragraphs = `${segment(pair.en).length}/${segment(pair.ar).length}`;
  const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(1);
  console.log(`${size}: en ${mb(pair.en)} MB, ar ${mb(pair.ar)} MB, paragraphs (en/ar) ${row.paragraphs}`);

  const budget = budgets(size);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); define it there.
  await context.addInitScript('globalThis.__name = (f) => f;');
  await context.addInitScript(watchLongTasks);
  const page = await context.newPage();
  try {
    let t0 = performance.now();
    const imported = await timed(budget.importMs, () => importPair(page, `Bench ${size}`, files));
    row.importMs = imported.ok ? performance.now() - t0 : imported.cell;
    console.log(`  import: ${fmt(row.importMs)}`);
    if (!imported.ok) return row;
    await page.evaluate((name) => performance.clearMeasures(name), LOAD_MEASURE);
    row.importLongTasks = await longTasksBetween(page, imported.value, await pageNow(page));
    console.log(`  import long tasks: ${fmtTasks(row.importLongTasks)}`);

    const alignFrom = await pageNow(page);
    const openCdp = PROFILE_DIR ? await context.newCDPSession(page) : undefined;
    if (openCdp) {
      await openCdp.send('Profiler.enable');
      await openCdp.send('Profiler.start');
      await browser.startTracing(page, { path: join(PROFILE_DIR!, `open-${size}.trace.json`), categories: ['devtools.timeline', 'v8'] });
    }
    t0 = performance.now();
    await page.locator('li.story', { hasText: `Bench ${size}` }).locator('a.button.primary').click();
    const painted = await timed(budget.paintMs, () => page.locator('.para').first().waitFor({ state: 'visible', timeout: 0 }));
    row.firstPaintMs = painted.ok ? performance.now() - t0 : painted.cell;
    console.log(`  first paint: ${fmt(row.firstPaintMs)}`);
    if (painted.ok) row.loadMs = await appMeasure(page, LOAD_MEASURE, (ds) => ds[0] ?? NaN);
    console.log(`  load: ${fmt(row.loadMs)}`);
    const aligned = await timed(budget.alignMs, () =>
      page.waitForFunction(() => /Aligned automatically/.test(document.querySelector('.align-status')?.textContent ?? ''), null, {
        polling: 250,
        timeout: 0,
      }),
    );
    row.alignMs = aligned.ok ? performance.now() - t0 : aligned.cell;
    console.log(`  align: ${fmt(row.alignMs)}`);
    if (openCdp) {
      await browser.stopTracing();
      const { profile } = await openCdp.send('Profiler.stop');
      writeFileSync(join(PROFILE_DIR!, `open-${size}.cpuprofile`), JSON.stringify(profile));
    }
    row.alignLongTasks = await longTasksBetween(page, alignFrom, await pageNow(page));
    console.log(`  align long tasks: ${fmtTasks(row.alignLongTasks)}`);
    if (!painted.ok) return row;

    // The reviewer checks run in a worker once aligned; their results reach the page later.
    if (aligned.ok) {
      const checksCdp = PROFILE_DIR ? await context.newCDPSession(page) : undefined;
      if (checksCdp) {
        await checksCdp.send('Profiler.enable');
        await checksCdp.send('Profiler.start');
      }
      const from = await pageNow(page);
      const t1 = performance.now();
      const checked = await timed(budget.checksMs, () => page.locator('.flag-panel[data-status="done"]').waitFor({ timeout: 0 }));
      row.checksMs = checked.ok ? performance.now() - t1 : checked.cell;
      if (checksCdp) {
        const { profile } = await checksCdp.send('Profiler.stop');
        writeFileSync(join(PROFILE_DIR!, `checks-${size}.cpuprofile`), JSON.stringify(profile));
      }
      row.checksLongTasks = await longTasksBetween(page, from, await pageNow(page));
      console.log(`  checks: ${fmt(row.checksMs)} ms after aligned, long tasks ${fmtTasks(row.checksLongTasks)}`);
    }

    const heap = await timed(budget.heapMs, async () => {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    });
    row.heapMb = heap.ok ? heap.value / 1e6 : heap.cell;
    console.log(`  heap: ${fmt(row.heapMb)}`);

    const cdp = PROFILE_DIR ? await context.newCDPSession(page) : undefined;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await browser.startTracing(page, { path: join(PROFILE_DIR!, `scroll-${size}.trace.json`), categories: ['devtools.timeline', 'blink', 'v8'] });
    }
    const scrolled = await cpuPerFrame(browser, page, 'scroll', () => timed(budget.scrollMs, () => page.evaluate(scrollRows, SCROLL_ROWS)), (ms) => (row.cpuPerFrameMs = ms));
    if (cdp) {
      await browser.stopTracing();
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(join(PROFILE_DIR!, `scroll-${size}.cpuprofile`), JSON.stringify(profile));
    }
    if (scrolled.ok) {
      const { deltas, rows, listPx } = scrolled.value;
      row.listGrowthPct = (100 * (listPx[1] - listPx[0])) / listPx[0];
      const long = deltas.filter((d) => d > 1.5 * FRAME_MS).length;
      row.rowsScrolled = rows;
      row.longFramesPct = deltas.length ? (100 * long) / deltas.length : NaN;
      row.droppedPct = droppedOf(deltas);
    } else {
      row.rowsScrolled = row.longFramesPct = row.droppedPct = row.listGrowthPct = scrolled.cell;
    }
    console.log(`  scroll: ${fmt(row.rowsScrolled)} rows, long frames ${fmt(row.longFramesPct)}%, dropped ${fmt(row.droppedPct)}%, list height changed ${fmt(row.listGrowthPct, 1)}%`);

    const wheeled = await cpuPerFrame(browser, page, 'wheel', () => timed(budget.scrollMs, () => wheelScroll(page, context)));
    if (wheeled.ok) {
      row.wheelRows = wheeled.value.rows;
      row.wheelDroppedPct = droppedOf(wheeled.value.deltas);
    } else row.wheelRows = row.wheelDroppedPct = wheeled.cell;
    console.log(`  wheel: ${fmt(row.wheelRows)} rows in ${WHEEL_S} s, dropped ${fmt(row.wheelDroppedPct, 1)}%`);
    return row;
  } finally {
    await timed(10_000, () => context.close());
  }
}

/**
 * Runs `step`; with BENCH_TRACE (and no BENCH_PROFILE, which traces the scroll itself) also
 * traces it and prints the page's main-thread CPU time per frame.
 */
async function cpuPerFrame<T>(browser: Browser, page: Page, what: string, step: () => Promise<T>, report?: (ms: number) => void): Promise<T> {
  if (!TRACE || PROFILE_DIR) return step();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const value = await step();
  const ms = mainThreadCpuPerFrame(JSON.parse((await browser.stopTracing()).toString('utf8')));
  report?.(ms);
  console.log(`  ${what}: main-thread CPU per frame ${fmt(ms, 2)} ms`);
  return value;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * CPU time of the page's main thread per frame in a trace: the thread time of its top-level
 * events (those not inside another), over its animation frames (the bench scrolls in one
 * requestAnimationFrame callback a frame). The page's thread is the renderer main
 * thread that ran the most of them.
 */
function mainThreadCpuPerFrame(trace: { traceEvents: TraceEvent[] }): number {
  const ev = trace.traceEvents;
  const mains = new Set(ev.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const frames = new Map<string, number>();
  for (const e of ev) if (e.name === 'FireAnimationFrame' && mains.has(`${e.pid}:${e.tid}`)) frames.set(`${e.pid}:${e.tid}`, (frames.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
  const [thread, count] = [...frames].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!count) return NaN;
  const own = ev.filter((e) => e.ph === 'X' && e.dur && `${e.pid}:${e.tid}` === thread).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  let end = -Infinity;
  let cpu = 0;
  for (const e of own) {
    if (e.ts < end) continue;
    cpu += e.tdur ?? e.dur!;
    end = e.ts + e.dur!;
  }
  return cpu / 1000 / count;
}

/** Durations of the app's User Timing measures of that name (those with paragraphs), combined. */
async function appMeasure(page: Page, name: string, combine: (durations: number[]) => number): Promise<Cell> {
  const got = await timed(10_000, () =>
    page.evaluate(
      (n) => performance.getEntriesByName(n).filter((e) => ((e as PerformanceMeasure).detail?.paragraphs ?? 0) > 0).map((e) => e.duration),
      name,
    ),
  );
  return got.ok ? combine(got.value) : got.cell;
}

// ------------------------------------------------------------------ bundle

/** gzip size of the JS and CSS index.html loads directly (entry, preloads, styles), not lazy chunks. */
function initialBundle(): { files: string[]; raw: number; gzip: number } {
  const dist = DIST;
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = tag.match(/\bhref="([^"]+)"/)?.[1];
    if (href && /\brel="(stylesheet|modulepreload)"/.test(tag)) refs.add(href);
  }
  const files = [...refs].filter((r) => /\.(m?js|css)$/.test(r) && !/^https?:/.test(r)).map((r) => r.replace(/^\//, ''));
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(dist, f));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files, raw, gzip };
}

// ------------------------------------------------------------------ report

function fmt(c: Cell, digits = 0): string {
  if (typeof c !== 'number') return c;
  if (Number.isNaN(c)) return 'n/a';
  return c.toFixed(digits);
}

function fmtTasks(t: LongTasks | null): string {
  return t ? `${t.count} (longest ${t.longestMs.toFixed(0)} ms)` : 'skipped';
}

function printTable(rows: Row[]): void {
  const head = ['paragraphs/side', 'segmented en/ar', 'import ms', 'first paint ms', 'load ms', 'align ms', 'rows scrolled', 'frames >25 ms %', 'dropped @60fps %', 'CPU/frame ms', 'list height change %', 'wheel rows', 'wheel dropped %', 'heap MB', 'long tasks import', 'long tasks align', 'checks ms', 'long tasks checks'];
  const body = rows.map((r) => [
    String(r.size),
    r.paragraphs,
    fmt(r.importMs),
    fmt(r.firstPaintMs),
    fmt(r.loadMs),
    fmt(r.alignMs),
    fmt(r.rowsScrolled),
    fmt(r.longFramesPct, 1),
    fmt(r.droppedPct, 1),
    fmt(r.cpuPerFrameMs, 2),
    fmt(r.listGrowthPct, 1),
    fmt(r.wheelRows),
    fmt(r.wheelDroppedPct, 1),
    fmt(r.heapMb, 1),
    fmtTasks(r.importLongTasks),
    fmtTasks(r.alignLongTasks),
    fmt(r.checksMs),
    fmtTasks(r.checksLongTasks),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const b of body) console.log(line(b));
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => Number.isInteger(n) && n > 0);
  const wanted = sizes.length ? sizes : [5_000, 50_000];
  const bundle = initialBundle();
  console.log(`initial bundle: ${bundle.files.join(', ')}`);
  console.log(`initial bundle: ${(bundle.raw / 1024).toFixed(1)} KiB, gzip ${(bundle.gzip / 1024).toFixed(1)} KiB\n`);

  const dir = join(tmpdir(), 'tarjuman-bench');
  mkdirSync(dir, { recursive: true });
  const server = await startPreview();
  const stop = () => {
    if (server.exitCode === null) server.kill('SIGTERM');
  };
  process.once('SIGINT', () => {
    stop();
    process.exit(130);
  });
  let browser: Browser | undefined;
  const rows: Row[] = [];
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    for (const size of wanted) rows.push(await measure(browser, size, dir));
  } finally {
    await browser?.close().catch(() => {});
    stop();
  }
  console.log('');
  printTable(rows);
  console.log(`\ninitial bundle gzip: ${(bundle.gzip / 1024).toFixed(1)} KiB (${bundle.files.length} files)`);
}

await main();
