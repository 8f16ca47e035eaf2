/**
 * An annotation file the size of the one that froze the page (50,000 annotations): made from
 * NTREX-128 Persian (corpora/ntrex), 1,997 sentences as one document's paragraphs, repeated to
 * a book of ~20,000 paragraphs; each annotation on a word with a long note. Times reading,
 * anchoring and (with fake-indexeddb) storing it, as the worker does, in Node.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { describe as describeSpan } from '../src/core/anchor/anchor';
import { exportWebAnnotations } from '../src/core/formats/webanno';
import { placeAnnotations } from '../src/core/anchor/place';
import { readWebAnnotations } from '../src/core/formats/webanno';
import type { Annotation } from '../src/core/model';
import { ROOT, rng } from './corpus';

const sentences = readFileSync(join(ROOT, 'corpora', 'ntrex', 'newstest2019-ref.fas.txt'), 'utf8').split('\n').filter((s) => s.trim());
const paragraphs = Array.from({ length: 10 }, () => sentences).flat();
const random = rng(7);
const annotations: Annotation[] = [];
for (let i = 0; i < 50_000; i++) {
  const paragraph = Math.floor(random() * paragraphs.length);
  const text = paragraphs[paragraph]!;
  const words = [...text.matchAll(/\p{L}+/gu)];
  const w = words[Math.floor(random() * words.length)]!;
  annotations.push({
    id: `n${i}`,
    storyId: 's',
    docId: 'd',
    paragraph,
    selectors: describeSpan(text, w.index!, w.index! + w[0].length),
    body: { note: `${text.slice(0, 200)} — بررسی شود`, category: 'terminology', status: 'open' },
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
    rev: 1,
  });
}
const file = JSON.stringify(exportWebAnnotations('s', annotations, (_d, p) => paragraphs[p]), null, 2);
console.log(`file: ${(file.length / 1e6).toFixed(1)} M characters, ${annotations.length} annotations, ${paragraphs.length} paragraphs`);
let t = performance.now();
const parsed = readWebAnnotations(file);
console.log(`read: ${(performance.now() - t).toFixed(0)} ms (${parsed.items.length} items, ${parsed.refused.length} refused)`);
t = performance.now();
const placed = placeAnnotations(parsed.items, [{ id: 'd', storyId: 's', paragraphs }]);
const how = placed.placed.reduce<Record<string, number>>((m, p) => ((m[p.how] = (m[p.how] ?? 0) + 1), m), {});
console.log(`anchor: ${(performance.now() - t).toFixed(0)} ms ${JSON.stringify(how)}`);
const anchoredOk = placed.placed.every((p, i) => p.annotation.paragraph === annotations[i]!.paragraph && p.annotation.selectors[1].start === annotations[i]!.selectors[1].start);
console.log(`every annotation back where it was: ${anchoredOk}`);
