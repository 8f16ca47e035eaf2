import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/core/text/segment';
import { buildSearchIndex, searchIndex, type SearchableDoc } from '../src/core/text/search';

/**
 * Search bench: a story of two documents of 50,000 paragraphs each (100,000 in all), made by
 * repeating the English (000) and Arabic (003) seeds with their numbers changed. Prints the
 * time to build the index once and to run queries against it (the goal: < 200 ms a query).
 */

const SEEDS = join(import.meta.dirname, '..', 'seeds');

function seedParagraphs(prefix: string): string[] {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix))!;
  return segment(readFileSync(join(SEEDS, file), 'utf8')).filter((p) => p.kind === 'body').map((p) => p.text);
}

/** `size` paragraphs cycling through the seed's, each copy with its numbers shifted. */
export function bookDoc(id: string, seedPrefix: string, size: number): SearchableDoc {
  const base = seedParagraphs(seedPrefix);
  const paragraphs = Array.from({ length: size }, (_, i) => {
    const copy = Math.floor(i / base.length);
    return { text: base[i % base.length]!.replace(/\d+/g, (n) => String(Number(n) + copy)) };
  });
  return { id, paragraphs };
}

const QUERIES = ['Taliban', 'donald trump', 'طالبان', 'افغانستان', 'الأمم المتحدة', 'zzzz-not-there', '2025'];

export const searchBench = {
  name: 'search',
  run(log: (line: string) => void): void {
    const docs = [bookDoc('en', '000_', 50_000), bookDoc('ar', '003_', 50_000)];
    let t0 = performance.now();
    const index = buildSearchIndex(docs);
    log(`index of 100,000 paragraphs (${(index.haystack.length / 1e6).toFixed(1)} M key chars): ${(performance.now() - t0).toFixed(0)} ms`);
    for (const q of QUERIES) {
      searchIndex(index, q); // warm-up
      t0 = performance.now();
      const runs = 5;
      let r = searchIndex(index, q);
      for (let i = 1; i < runs; i++) r = searchIndex(index, q);
      const ms = (performance.now() - t0) / runs;
      log(`${q.padEnd(16)} ${String(r.total).padStart(7)} hits  ${ms.toFixed(1)} ms a query${ms > 200 ? '  (over the 200 ms goal)' : ''}`);
    }
  },
};
