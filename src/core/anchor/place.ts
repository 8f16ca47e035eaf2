import type { Annotation, ParagraphIndex, TextPositionSelector, TextQuoteSelector, Utf16Offset } from '../model';
import type { ImportedAnnotation, Refusal } from '../formats/webanno';
import { describe } from './anchor';
import { toUtf16 } from './codepoints';
import { foldWithMap, type FoldedText } from './fold';
import { exactCandidates } from './quote';
import { reanchorDocument } from './reanchor';

/**
 * Where imported annotations go. An annotation that names a document this library has goes
 * there; one from another tool, or from another browser's library (other ids), goes to the
 * document whose text holds its quotes — found by content, per source, or the one the user
 * chose. Inside the document it is anchored like any annotation after an edit: position if it
 * still holds the quote and contexts, else the quote nearby, else anywhere. What does not
 * anchor is kept as an orphan; what has no document at all is refused with the reason.
 */

export interface PlaceDoc {
  id: string;
  storyId: string;
  paragraphs: readonly string[];
}

export interface PlaceOptions {
  /** The document for every annotation whose own is not in the library (the user's choice). */
  docId?: string;
  /** Other-library document ids known to stand for local ones (a story file matched by content). */
  docMap?: ReadonlyMap<string, string>;
  /** Called now and then with the share of annotations placed, in [0, 1]. */
  onProgress?: (fraction: number) => void;
}

export interface Placed {
  item: ImportedAnnotation;
  annotation: Annotation;
  /** How it anchored: where it said, by its quote elsewhere, or not at all (orphan). */
  how: 'position' | 'quote' | 'orphan';
}

export interface PlaceResult {
  placed: Placed[];
  refused: Refusal[];
}

/** Quotes tried per source when choosing its document by content: enough to tell texts apart. */
const SAMPLE = 24;

class Folds {
  private readonly byDoc = new Map<string, Map<number, FoldedText>>();
  of(docId: string): Map<number, FoldedText> {
    let m = this.byDoc.get(docId);
    if (!m) this.byDoc.set(docId, (m = new Map()));
    return m;
  }
}

/** How many of the sample's quotes occur verbatim (after folding) somewhere in the document. */
function quotesFound(doc: PlaceDoc, sample: readonly ImportedAnnotation[], folds: Folds): number {
  const cache = folds.of(doc.id);
  const folded = (i: number) => {
    let f = cache.get(i);
    if (!f) cache.set(i, (f = foldWithMap(doc.paragraphs[i]!)));
    return f;
  };
  let n = 0;
  for (const item of sample) {
    const quote = item.target.quote;
    if (!quote) continue;
    for (let i = 0; i < doc.paragraphs.length; i++) {
      if (exactCandidates(folded(i), { quote }).length > 0) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** A UTF-16 position in `text`, when the file's position fits in it. */
function utf16Position(item: ImportedAnnotation, text: string | undefined): TextPositionSelector | undefined {
  const p = item.target.position;
  if (!p || text === undefined) return undefined;
  const [start, end] = p.unit === 'utf16' ? [p.start, p.end] : [toUtf16(text, p.start), toUtf16(text, p.end)];
  if (start === null || end === null || end > text.length || start >= end) return undefined;
  return { type: 'TextPositionSelector', start, end };
}

function anchorOne(item: ImportedAnnotation, doc: PlaceDoc, folds: Folds): Placed | Refusal {
  const home = item.target.paragraph;
  const homeText = home !== undefined ? doc.paragraphs[home] : undefined;
  const position = utf16Position(item, homeText);
  let quote: TextQuoteSelector | undefined = item.target.quote;
  if (!quote && position && homeText !== undefined) quote = describe(homeText, position.start, position.end)[0];
  if (!quote) {
    return { index: item.index, id: item.id, code: 'no-quote', detail: 'its position lies outside the document and it quotes no text' };
  }
  const hit = reanchorDocument(
    doc.paragraphs,
    { paragraph: (home ?? -1) as ParagraphIndex, selectors: [quote, position ?? { type: 'TextPositionSelector', start: 0, end: 0 }] },
    folds.of(doc.id),
  );
  const base = {
    id: item.id,
    storyId: doc.storyId,
    docId: doc.id,
    body: item.body,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
  if (hit) {
    const annotation: Annotation = { ...base, paragraph: hit.paragraph, selectors: describe(doc.paragraphs[hit.paragraph]!, hit.start, hit.end) };
    return { item, annotation, how: hit.method === 'position' ? 'position' : 'quote' };
  }
  // Kept as evidence: the quote as written, in a paragraph that exists, so it can be listed.
  const last = Math.max(0, doc.paragraphs.length - 1);
  const paragraph = Math.min(home ?? 0, last) as ParagraphIndex;
  const kept: TextPositionSelector = position ?? { type: 'TextPositionSelector', start: 0 as Utf16Offset, end: quote.exact.length as Utf16Offset };
  const annotation: Annotation = { ...base, paragraph, selectors: [quote, kept], orphan: true };
  return { item, annotation, how: 'orphan' };
}

const isRefusal = (x: Placed | Refusal): x is Refusal => 'code' in x;

export function placeAnnotations(items: readonly ImportedAnnotation[], docs: readonly PlaceDoc[], options: PlaceOptions = {}): PlaceResult {
  const byId = new Map(docs.map((d) => [d.id, d] as const));
  const folds = new Folds();
  const chosen = options.docId !== undefined ? byId.get(options.docId) : undefined;
  const ownDoc = (item: ImportedAnnotation): PlaceDoc | undefined => {
    const named = item.target.docId;
    if (named === undefined) return undefined;
    return byId.get(options.docMap?.get(named) ?? named);
  };

  // Sources whose document is not known: each goes to the document holding most of its quotes.
  const bySource = new Map<string, ImportedAnnotation[]>();
  for (const item of items) {
    if (ownDoc(item) || chosen) continue;
    const key = item.target.docId ?? item.target.source;
    const list = bySource.get(key);
    if (list) list.push(item);
    else bySource.set(key, [item]);
  }
  const docOfSource = new Map<string, PlaceDoc | undefined>();
  for (const [source, group] of bySource) {
    const sample = group.filter((i) => i.target.quote).slice(0, SAMPLE);
    let best: PlaceDoc | undefined;
    let bestCount = 0;
    for (const doc of docs) {
      const n = quotesFound(doc, sample, folds);
      if (n > bestCount) [best, bestCount] = [doc, n];
    }
    docOfSource.set(source, best);
  }

  const out: PlaceResult = { placed: [], refused: [] };
  items.forEach((item, k) => {
    if (k % 500 === 0) options.onProgress?.(k / items.length);
    const doc = ownDoc(item) ?? chosen ?? docOfSource.get(item.target.docId ?? item.target.source);
    if (!doc) {
      out.refused.push({
        index: item.index,
        id: item.id,
        code: 'no-document',
        detail: `no document here holds its text (${item.target.source.slice(0, 80)}); choose one to anchor it to`,
      });
      return;
    }
    const r = anchorOne(item, doc, folds);
    if (isRefusal(r)) out.refused.push(r);
    else out.placed.push(r);
  });
  options.onProgress?.(1);
  return out;
}
