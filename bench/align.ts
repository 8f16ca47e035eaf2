import { align } from '../src/core/align';
import { buildPair, concatDocs, DEFAULT_RATES, loadNtrex, measure, pool, rng, seedGold, type GoldPair, type Quality } from './corpus';
import { onDevTable } from './omissionTable';

/**
 * Alignment bench: quality on the hand-made seed gold and on NTREX, then speed and memory
 * on synthetic pairs of 500, 5,000 and 50,000 paragraphs (NTREX articles repeated and
 * regrouped with edits on one side, so the gold is known at every size).
 */

export interface Bench {
  name: string;
  run(log: (line: string) => void): void;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const fmt = (q: Quality): string => `P ${pct(q.precision)}  R ${pct(q.recall)}  F1 ${pct(q.f1)}`;

function goldQuality(log: (line: string) => void): void {
  const g = seedGold();
  const beads = align({ lang: 'en', paragraphs: g.a }, { lang: 'ar', paragraphs: g.b });
  log(`seed 000 (en MT) ↔ 003 (ar)   ${fmt(measure(beads, g))}   boilerplate/caption left unlinked ${pct(measure(beads, g, ['boilerplate', 'caption']).unlinkedAccuracy)}`);
}

/** With the word table learnt from NTREX's development half: the text is NTREX. */
function ntrexQuality(log: (line: string) => void): void {
  onDevTable(() => ntrexPairs(log));
}

function ntrexPairs(log: (line: string) => void): void {
  const docs = loadNtrex();
  for (const lang of ['ar', 'fa'] as const) {
    const rand = rng(7);
    const results = docs.slice(0, 20).map((d, k) => {
      const gold = buildPair(d.en, d[lang], ['en', lang], rand, DEFAULT_RATES, docs[(k + 50) % docs.length]![lang]);
      const beads = align({ lang: 'en', paragraphs: gold.a }, { lang, paragraphs: gold.b }, { sentences: false });
      return { quality: measure(beads, gold), gold, beads };
    });
    const long = buildPair(concatDocs(docs.slice(0, 20), 'en'), concatDocs(docs.slice(0, 20), lang), ['en', lang], rng(11), DEFAULT_RATES, docs[100]![lang]);
    const longQ = measure(align({ lang: 'en', paragraphs: long.a }, { lang, paragraphs: long.b }, { sentences: false }), long);
    log(`NTREX en–${lang}: 20 articles ${fmt(pool(results))}   as one document (${long.a.length}×${long.b.length}) ${fmt(longQ)}`);
  }
}

/** A pair of about `size` paragraphs per side from NTREX en–ar, repeated as needed. */
export function syntheticPair(size: number, seed = 3): GoldPair {
  const docs = loadNtrex();
  const en = concatDocs(docs, 'en');
  const ar = concatDocs(docs, 'ar');
  const la: string[] = [];
  const lb: string[] = [];
  // About 1.8 lines per paragraph after grouping.
  for (let k = 0; la.length < size * 1.8; k++) {
    la.push(en[k % en.length]!);
    lb.push(ar[k % ar.length]!);
  }
  return buildPair(la, lb, ['en', 'ar'], rng(seed), DEFAULT_RATES, docs[5]!.ar);
}

function memoryNow(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

function speed(log: (line: string) => void): void {
  const rows: Array<{ n: number; ms: number; mb: number }> = [];
  for (const size of [500, 5_000, 50_000]) {
    const pair = syntheticPair(size);
    (globalThis as { gc?: () => void }).gc?.();
    const base = memoryNow();
    let peak = base;
    const t0 = performance.now();
    const beads = align({ lang: 'en', paragraphs: pair.a }, { lang: 'ar', paragraphs: pair.b }, { onProgress: () => (peak = Math.max(peak, memoryNow())) });
    const ms = performance.now() - t0;
    const mb = (peak - base) / 1e6;
    rows.push({ n: pair.a.length, ms, mb });
    log(`${String(pair.a.length).padStart(6)} × ${String(pair.b.length).padEnd(6)} ${ms.toFixed(0).padStart(6)} ms   peak +${mb.toFixed(0)} MB (heap + typed arrays)   ${fmt(measure(beads, pair))}`);
  }
  for (let k = 1; k < rows.length; k++) {
    const [a, b] = [rows[k - 1]!, rows[k]!];
    log(`scaling ${a.n} → ${b.n} (×${(b.n / a.n).toFixed(1)}): time ×${(b.ms / a.ms).toFixed(1)}, memory ×${(b.mb / Math.max(1, a.mb)).toFixed(1)}`);
  }
}

export const alignBench: Bench = {
  name: 'align',
  run(log) {
    log('— quality —');
    goldQuality(log);
    ntrexQuality(log);
    log('— speed (Node, one thread; includes sentence alignment) —');
    speed(log);
  },
};
