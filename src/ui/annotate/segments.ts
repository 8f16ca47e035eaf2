/**
 * Splits a paragraph's text at highlight boundaries, so overlapping annotations render as
 * nested marks without changing the text: joining the pieces gives the paragraph back.
 */
export interface Highlight {
  id: string;
  start: number;
  end: number;
}

export interface Piece {
  text: string;
  ids: string[];
}

export function splitByHighlights(text: string, highlights: readonly Highlight[]): Piece[] {
  const cuts = new Set([0, text.length]);
  for (const h of highlights) {
    cuts.add(Math.max(0, Math.min(text.length, h.start)));
    cuts.add(Math.max(0, Math.min(text.length, h.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i]!;
    const e = sorted[i + 1]!;
    if (e <= s) continue;
    out.push({ text: text.slice(s, e), ids: highlights.filter((h) => h.start <= s && h.end >= e).map((h) => h.id) });
  }
  return out;
}
