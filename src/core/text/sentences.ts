import type { Sentence } from '../model';

/**
 * Sentence boundaries inside one paragraph. Intl.Segmenter knows Latin punctuation and
 * abbreviations; Arabic and Persian add the question mark ؟ and, in long run-on sentences,
 * nothing else reliable. We split after . ! ? ؟ … and also after ؛ (Arabic semicolon), which
 * Arabic news prose uses where English would end a sentence. The comma ، is not a boundary.
 */

const EXTRA_BOUNDARY = /[؟؛۔]["'”»)\]]*\s+/g;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang || 'en', { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Returns spans covering the paragraph's non-space text, in order and non-overlapping. */
export function splitSentences(text: string, lang = 'en'): Sentence[] {
  const cuts = new Set<number>();
  for (const seg of segmenterFor(lang).segment(text)) cuts.add(seg.index);
  for (const m of text.matchAll(EXTRA_BOUNDARY)) cuts.add(m.index + m[0].length);
  cuts.add(text.length);
  const sorted = [...cuts].sort((x, y) => x - y);
  const out: Sentence[] = [];
  let start = 0;
  for (const cut of sorted) {
    if (cut <= start) continue;
    const span = trimSpan(text, start, cut);
    if (span) out.push(mergeIfFragment(out, span, text));
    start = cut;
  }
  return dedupeMerged(out);
}

function trimSpan(text: string, start: number, end: number): Sentence | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A piece with no letter (a lone quote mark or "...") belongs to the sentence before it;
 * splitting there would give the reader a sentence made only of punctuation.
 */
function mergeIfFragment(out: Sentence[], span: Sentence, text: string): Sentence {
  const prev = out[out.length - 1];
  if (prev && !/\p{L}|\p{N}/u.test(text.slice(span.start, span.end))) {
    prev.end = span.end;
    return prev;
  }
  return span;
}

function dedupeMerged(spans: Sentence[]): Sentence[] {
  return spans.filter((s, i) => spans.indexOf(s) === i);
}
