import type { Flag, FlagCheck, FlagData, ParagraphIndex, Utf16Offset } from '../model';
import type { Side } from './types';

/**
 * Flag construction with stable ids. A reviewer dismisses a flag by id, so the id depends
 * only on what was found and where (check, document, side, paragraph, offsets, text, kind),
 * never on the wording of the evidence or the suggestion, which may improve between runs.
 */

/** cyrb53: a fast 53-bit string hash, plenty for telling a few thousand flags apart. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export interface FlagSpan {
  side: Side;
  paragraph: ParagraphIndex;
  start: Utf16Offset;
  end: Utf16Offset;
}

export interface FlagParts {
  check: FlagCheck;
  docId: string;
  span: FlagSpan;
  /** The flagged text (part of the id). */
  text: string;
  paragraphs: { a: ParagraphIndex[]; b: ParagraphIndex[] };
  evidence: string;
  suggestion?: string;
  data: FlagData;
}

type IdParts = Pick<FlagParts, 'check' | 'docId' | 'span' | 'text'> & { kind: string };

const flagId = (p: IdParts) => `${p.check}:${hash53([p.check, p.docId, p.span.side, p.span.paragraph, p.span.start, p.span.end, p.text, p.kind].join('\u241f'))}`;

/**
 * The id a flag has in the same text under another document id (a story file's document
 * matched to one already here). The flagged text is the span's text in the paragraph.
 */
export function flagIdIn(flag: { check: FlagCheck; span: FlagSpan; kind: string }, docId: string, paragraphText: string): string {
  return flagId({ check: flag.check, docId, span: flag.span, text: paragraphText.slice(flag.span.start, flag.span.end), kind: flag.kind });
}

export function makeFlag(p: FlagParts): Flag {
  return {
    id: flagId({ ...p, kind: p.data.kind }),
    check: p.check,
    docId: p.docId,
    paragraphs: p.paragraphs,
    span: p.span,
    evidence: p.evidence,
    ...(p.suggestion !== undefined ? { suggestion: p.suggestion } : {}),
    data: p.data,
  };
}

/** Paragraph lists for a flag that concerns one side only. */
export function onSide(side: Side, paragraphs: number[], other: number[] = []): { a: number[]; b: number[] } {
  return side === 'a' ? { a: paragraphs, b: other } : { a: other, b: paragraphs };
}

/** Flags in reading order: side A first, then by paragraph and offset; ties by id. */
export function sortFlags(flags: Flag[]): Flag[] {
  const key = (f: Flag) => [f.span?.side === 'b' ? 1 : 0, f.span?.paragraph ?? 0, f.span?.start ?? 0] as const;
  return [...flags].sort((x, y) => {
    const kx = key(x);
    const ky = key(y);
    for (let i = 0; i < 3; i++) if (kx[i] !== ky[i]) return kx[i]! - ky[i]!;
    return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  });
}
