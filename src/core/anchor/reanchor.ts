import type { Annotation, ParagraphIndex, Utf16Offset } from '../model';
import { anchorByPosition, positionOf, quoteOf, type AnchorMethod } from './anchor';
import { foldWithMap, type FoldedText } from './fold';
import { exactCandidates, fuzzyCandidates, type QuoteCandidate, type QuoteQuery } from './quote';

/**
 * Re-anchoring across a whole document. Paragraph indices shift on re-import (a paragraph
 * split, merged, inserted), so the annotation's own paragraph is searched first, then its
 * neighbours, then the rest — nearer always wins over better-but-far.
 */

export interface DocumentAnchor {
  paragraph: ParagraphIndex;
  start: Utf16Offset;
  end: Utf16Offset;
  method: AnchorMethod;
}

/** Paragraphs either side searched before the whole document: covers typical splits/merges. */
export const NEIGHBOUR_RADIUS = 3;
/** Score taken off per paragraph of distance, so equal hits prefer the nearer paragraph. */
const DISTANCE_PENALTY = 0.001;

type Target = Pick<Annotation, 'paragraph' | 'selectors'>;

/** Paragraph indices: the original, then ±1, ±2 … within the radius, then all the others. */
function searchRings(count: number, home: number): { near: number[]; far: number[] } {
  const near: number[] = [];
  if (home >= 0 && home < count) near.push(home);
  for (let d = 1; d <= NEIGHBOUR_RADIUS; d++) {
    for (const i of [home - d, home + d]) if (i >= 0 && i < count) near.push(i);
  }
  const nearSet = new Set(near);
  const far = Array.from({ length: count }, (_, i) => i).filter((i) => !nearSet.has(i));
  return { near, far };
}

interface Located extends QuoteCandidate {
  paragraph: number;
}

type Finder = (text: FoldedText, query: QuoteQuery) => QuoteCandidate[];

/** Best candidate of one finder over a set of paragraphs, distance-penalised. */
function bestIn(
  indices: readonly number[],
  folded: (i: number) => FoldedText,
  target: Target,
  find: Finder,
): Located | null {
  const quote = quoteOf(target.selectors)!;
  const hint = positionOf(target.selectors)?.start;
  let top: Located | null = null;
  let topScore = -Infinity;
  for (const i of indices) {
    // The old offset means something only in the paragraph it was measured in.
    const query: QuoteQuery = i === target.paragraph && hint !== undefined ? { quote, hint } : { quote };
    for (const c of find(folded(i), query)) {
      const adjusted = c.score - DISTANCE_PENALTY * Math.abs(i - target.paragraph);
      if (adjusted > topScore) {
        top = { ...c, paragraph: i };
        topScore = adjusted;
      }
    }
  }
  return top;
}

/**
 * Where an annotation belongs in a (possibly changed) document, or null for an orphan.
 * Order: position in its own paragraph; exact quote nearby; fuzzy nearby; exact anywhere;
 * fuzzy anywhere.
 */
export function reanchorDocument(
  paragraphs: readonly string[],
  target: Target,
  /** Folded paragraphs shared across calls (an import anchors thousands in one document). */
  cache: Map<number, FoldedText> = new Map(),
): DocumentAnchor | null {
  const home = target.paragraph;
  const own = paragraphs[home];
  if (own !== undefined) {
    const hit = anchorByPosition(own, target.selectors);
    if (hit) return { paragraph: home, ...hit };
  }
  if (!quoteOf(target.selectors)) return null;
  const folded = (i: number) => {
    let f = cache.get(i);
    if (!f) cache.set(i, (f = foldWithMap(paragraphs[i]!)));
    return f;
  };
  const { near, far } = searchRings(paragraphs.length, home);
  const stages: Array<[number[], Finder, AnchorMethod]> = [
    [near, exactCandidates, 'quote'],
    [near, fuzzyCandidates, 'fuzzy'],
    [far, exactCandidates, 'quote'],
    [far, fuzzyCandidates, 'fuzzy'],
  ];
  for (const [indices, find, method] of stages) {
    const hit = bestIn(indices, folded, target, find);
    if (hit) return { paragraph: hit.paragraph, start: hit.start, end: hit.end, method };
  }
  return null;
}
