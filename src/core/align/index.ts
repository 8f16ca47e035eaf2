/**
 * The aligner's public face. Everything here is pure TypeScript (no DOM), so it runs in the
 * align worker, in Node (CLI, bench) and in vitest.
 *
 *   align(a, b)                         parallel beads (translations)
 *   align(a, b, { mode: 'comparable' }) links between related reports
 *   alignMany([en, ar, fa])             rows across three versions, pivoting on the first
 */
import type { Bead } from '../model';
import { alignComparable } from './comparable';
import { alignParallel } from './parallel';
import type { AlignDoc, AlignOptions, Link } from './types';

export type { AlignDoc, AlignOptions, AlignRow, CancelSignal, Link } from './types';
export { alignParallel } from './parallel';
export { alignComparable } from './comparable';
export { alignMany } from './many';
export { alignSentences, sentenceTexts } from './sentences';

/** Parallel mode: ordered beads covering both documents. */
export function align(a: AlignDoc, b: AlignDoc, options?: AlignOptions & { mode?: 'parallel' }): Bead[];
/** Comparable mode: non-monotonic links between paragraphs sharing names and numbers. */
export function align(a: AlignDoc, b: AlignDoc, options: AlignOptions & { mode: 'comparable' }): Link[];
export function align(a: AlignDoc, b: AlignDoc, options?: AlignOptions): Bead[] | Link[];
export function align(a: AlignDoc, b: AlignDoc, options: AlignOptions = {}): Bead[] | Link[] {
  if (options.mode === 'comparable') return alignComparable(a, b, options);
  return alignParallel(a, b, options);
}
