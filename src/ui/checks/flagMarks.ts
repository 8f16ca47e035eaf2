import type { Flag, FlagCheck } from '../../core/model';

/** One flagged span of a paragraph, in the shape of an annotation highlight. */
export interface FlagMark {
  /** The flag id. */
  id: string;
  check: FlagCheck;
  /** UTF-16 offsets in the paragraph's text. */
  start: number;
  end: number;
}

export const flagMarkKey = (docId: string, paragraph: number) => `${docId}:${paragraph}`;

/**
 * Where flags point, per `${docId}:${paragraph}` (the key the reader uses for annotation
 * highlights), so the reader can underline flagged text. Flags without a span or document,
 * dismissed ones and empty spans are left out; spans are clipped to their paragraph when its
 * length is known. Each list is in reading order.
 */
export function flagMarks(
  flags: readonly Flag[],
  options: { dismissed?: ReadonlySet<string> | ReadonlyMap<string, unknown>; paragraphLength?: (docId: string, paragraph: number) => number | undefined } = {},
): Map<string, FlagMark[]> {
  const out = new Map<string, FlagMark[]>();
  for (const f of flags) {
    if (!f.span || !f.docId || options.dismissed?.has(f.id)) continue;
    const length = options.paragraphLength?.(f.docId, f.span.paragraph) ?? Infinity;
    const start = Math.max(0, Math.min(f.span.start, length));
    const end = Math.max(start, Math.min(f.span.end, length));
    if (end <= start) continue;
    const key = flagMarkKey(f.docId, f.span.paragraph);
    const list = out.get(key) ?? [];
    list.push({ id: f.id, check: f.check, start, end });
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((x, y) => x.start - y.start || y.end - x.end || (x.id < y.id ? -1 : 1));
  return out;
}

/** The flags covering a piece of text [start, end) of a paragraph: for the underline's class and title. */
export function marksOver(marks: readonly FlagMark[], start: number, end: number): FlagMark[] {
  return marks.filter((m) => m.start <= start && m.end >= end && end > start);
}
