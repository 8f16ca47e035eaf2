/**
 * Storage layout bench: `npx tsx bench/idbLayout.ts [paragraphs] [rounds]` (default 50,000
 * and 3). Compares, in Debian's Chromium IndexedDB through Dexie, ways to store one
 * document's paragraphs:
 *
 *  - inline: the whole array in one row (schema v1–v3's documents table);
 *  - row: one row per paragraph, key [docId+index];
 *  - chunk N: rows of N consecutive paragraphs, key [docId+chunk];
 *  - columns N: the same rows with texts, kinds and sentence bounds (a typed array) as columns.
 *
 * and prints the median of `rounds` for: writing the document (one transaction), reading it
 * whole, reading a screenful (50 paragraphs in the middle) and changing one paragraph's kind.
 * Paragraphs are the seeds' (English 000, Arabic 003) repeated, with their sentences.
 * Needs no server: the page is a routed fake origin, Dexie is injected as a script.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { segment } from '../src/core/text/segment';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium';

const ROOT = join(import.meta.dirname, '..');
const ORIGIN = 'http://idb-bench.invalid';
const SCREEN = 50;

function seed(prefix: string, lang: string) {
  const file = readdirSync(join(ROOT, 'seeds')).find((f) => f.startsWith(prefix))!;
  return segment(readFileSync(join(ROOT, 'seeds', file), 'utf8'), { lang });
}

interface Layout {
  name: string;
  /** 0: inline, 1: one row per paragraph, N: chunks of N, −N: columnar chunks of N. */
  chunk: number;
}

const LAYOUTS: Layout[] = [
  { name: 'inline', chunk: 0 },
  { name: 'row', chunk: 1 },
  ...[64, 128, 256, 512, 1024, 2048].map((n) => ({ name: `chunk ${n}`, chunk: n })),
  ...[512, 1024].map((n) => ({ name: `columns ${n}`, chunk: -n })),
];

/** Runs in the page: one round of the four operations for one layout; times in ms. */
async function round(args: { size: number; chunk: number; base: unknown[]; screen: number; tag: string }) {
  type P = { index: number; text: string; kind: string; sentences: unknown[] };
  const DexieCtor = (globalThis as unknown as { Dexie: new (name: string) => any }).Dexie;
  const name = `bench-${args.tag}`;
  await (DexieCtor as any).delete(name);
  const db = new DexieCtor(name);
  db.version(1).stores({ docs: 'id', rows: '[docId+index]', chunks: '[docId+chunk]' });
  await db.open();
  const paragraphs: P[] = [];
  for (let i = 0; i < args.size; i++) {
    const p = args.base[i % args.base.length] as P;
    paragraphs.push({ ...p, index: i, text: `${p.text} ${i}` });
  }
  const t = async (f: () => Promise<unknown>) => {
    const t0 = performance.now();
    await f();
    return performance.now() - t0;
  };
  const from = Math.floor(args.size / 2);
  const to = from + args.screen;
  const out: Record<string, number> = {};
  if (args.chunk === 0) {
    out.write = await t(() => db.transaction('rw', db.docs, () => db.docs.add({ id: 'd', paragraphs })));
    out.readAll = await t(async () => (await db.docs.get('d')).paragraphs.length);
    out.readScreen = await t(async () => (await db.docs.get('d')).paragraphs.slice(from, to).length);
    out.setKind = await t(() =>
      db.transaction('rw', db.docs, async () => {
        const d = await db.docs.get('d');
        d.paragraphs[from].kind = 'boilerplate';
        await db.docs.put(d);
      }),
    );
  } else if (args.chunk === 1) {
    out.write = await t(() => db.transaction('rw', db.rows, () => db.rows.bulkAdd(paragraphs.map((p) => ({ docId: 'd', ...p })))));
    out.readAll = await t(async () => (await db.rows.where('[docId+index]').between(['d', -Infinity], ['d', Infinity]).toArray()).length);
    out.readScreen = await t(async () => (await db.rows.where('[docId+index]').between(['d', from], ['d', to]).toArray()).length);
    out.setKind = await t(() => db.transaction('rw', db.rows, () => db.rows.update(['d', from], { kind: 'boilerplate' })));
  } else if (args.chunk < 0) {
    // Columns: a chunk's texts and kinds as string arrays, sentence bounds in one typed array
    // (count, start, end, start, end, … per paragraph); paragraphs are rebuilt on reading.
    const n = -args.chunk;
    type S = { start: number; end: number };
    const encode = (ps: P[]) => {
      const bounds: number[] = [];
      for (const p of ps) {
        bounds.push(p.sentences.length);
        for (const x of p.sentences as S[]) bounds.push(x.start, x.end);
      }
      return { texts: ps.map((p) => p.text), kinds: ps.map((p) => p.kind), bounds: Uint32Array.from(bounds) };
    };
    const decode = (c: { chunk: number; texts: string[]; kinds: string[]; bounds: Uint32Array }): P[] => {
      const out: P[] = [];
      let k = 0;
      for (let i = 0; i < c.texts.length; i++) {
        const count = c.bounds[k++]!;
        const sentences: S[] = [];
        for (let j = 0; j < count; j++, k += 2) sentences.push({ start: c.bounds[k]!, end: c.bounds[k + 1]! });
        out.push({ index: c.chunk * n + i, text: c.texts[i]!, kind: c.kinds[i]!, sentences });
      }
      return out;
    };
    const chunks: Array<{ docId: string; chunk: number } & ReturnType<typeof encode>> = [];
    for (let c = 0; c * n < paragraphs.length; c++) chunks.push({ docId: 'd', chunk: c, ...encode(paragraphs.slice(c * n, (c + 1) * n)) });
    out.write = await t(() => db.transaction('rw', db.chunks, () => db.chunks.bulkAdd(chunks)));
    out.readAll = await t(async () => (await db.chunks.where('[docId+chunk]').between(['d', -Infinity], ['d', Infinity]).toArray()).flatMap(decode).length);
    out.readScreen = await t(async () => {
      const rows = await db.chunks.where('[docId+chunk]').between(['d', Math.floor(from / n)], ['d', Math.floor((to - 1) / n)], true, true).toArray();
      return rows.flatMap(decode).filter((p: P) => p.index >= from && p.index < to).length;
    });
    out.setKind = await t(() =>
      db.transaction('rw', db.chunks, async () => {
        const c = await db.chunks.get(['d', Math.floor(from / n)]);
        c.kinds[from % n] = 'boilerplate';
        await db.chunks.put(c);
      }),
    );
  } else {
    const n = args.chunk;
    const chunks: Array<{ docId: string; chunk: number; paragraphs: P[] }> = [];
    for (let c = 0; c * n < paragraphs.length; c++) chunks.push({ docId: 'd', chunk: c, paragraphs: paragraphs.slice(c * n, (c + 1) * n) });
    out.write = await t(() => db.transaction('rw', db.chunks, () => db.chunks.bulkAdd(chunks)));
    out.readAll = await t(async () =>
      (await db.chunks.where('[docId+chunk]').between(['d', -Infinity], ['d', Infinity]).toArray()).flatMap((c: { paragraphs: P[] }) => c.paragraphs).length,
    );
    out.readScreen = await t(async () => {
      const rows = await db.chunks.where('[docId+chunk]').between(['d', Math.floor(from / n)], ['d', Math.floor((to - 1) / n)], true, true).toArray();
      return rows.flatMap((c: { paragraphs: P[] }) => c.paragraphs).filter((p: P) => p.index >= from && p.index < to).length;
    });
    out.setKind = await t(() =>
      db.transaction('rw', db.chunks, async () => {
        const c = await db.chunks.get(['d', Math.floor(from / n)]);
        c.paragraphs[from % n].kind = 'boilerplate';
        await db.chunks.put(c);
      }),
    );
  }
  db.close();
  await (DexieCtor as any).delete(name);
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const size = Number(process.argv[2]) || 50_000;
  const rounds = Number(process.argv[3]) || 3;
  // Further arguments pick layouts by name: `row`, `inline`, `chunk 512` as `512`.
  const picked = process.argv.slice(4);
  const layouts = picked.length ? LAYOUTS.filter((l) => picked.includes(l.name) || picked.includes(String(l.chunk))) : LAYOUTS;
  const base = [...seed('000_', 'en'), ...seed('003_', 'ar')];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(); define it there.
    await page.addInitScript('globalThis.__name = (f) => f;');
    await page.route(`${ORIGIN}/**`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>idb</title>' }));
    await page.goto(`${ORIGIN}/`);
    await page.addScriptTag({ content: readFileSync(join(ROOT, 'node_modules/dexie/dist/dexie.js'), 'utf8') });
    const results: Record<string, Record<string, number[]>> = {};
    // Rounds interleave the layouts, so a busy neighbour on the machine hits them alike.
    for (let r = 0; r < rounds; r++) {
      for (const l of layouts) {
        const out = await page.evaluate(round, { size, chunk: l.chunk, base, screen: SCREEN, tag: `${l.chunk}-${r}` });
        for (const [k, v] of Object.entries(out)) ((results[l.name] ??= {})[k] ??= []).push(v);
      }
    }
    console.log(`${size} paragraphs, median of ${rounds} rounds, ms (screen = ${SCREEN} paragraphs in the middle)`);
    console.log('| layout | write | read all | read screen | set one kind |');
    console.log('|---|---:|---:|---:|---:|');
    for (const l of layouts) {
      const m = results[l.name]!;
      const f = (k: string) => median(m[k]!).toFixed(1);
      console.log(`| ${l.name} | ${f('write')} | ${f('readAll')} | ${f('readScreen')} | ${f('setKind')} |`);
    }
  } finally {
    await browser.close();
  }
}

await main();
