import type { Utf16Offset } from '../model';

/**
 * Offsets in code points, as the W3C model counts TextPositionSelector (one per Unicode
 * character: an emoji is 1, not 2). The app itself counts UTF-16 code units, as JavaScript
 * strings index. The brand is required, so a plain number or a Utf16Offset cannot be passed
 * where code points are meant (and a CodePointOffset cannot be stored as a Utf16Offset):
 * the only way across is through the functions below, which read the text.
 */
export type CodePointOffset = number & { readonly __brand: 'CodePointOffset' };

/** Unchecked: for values read from a file, which the caller validates against the text. */
export const asCodePoints = (n: number): CodePointOffset => n as CodePointOffset;

/** The code point count of text.slice(0, offset); an offset inside a pair counts its start. */
export function toCodePoints(text: string, offset: Utf16Offset): CodePointOffset {
  let n = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n as CodePointOffset;
}

/** The UTF-16 offset of the `offset`-th code point, or null when the text is shorter. */
export function toUtf16(text: string, offset: CodePointOffset): Utf16Offset | null {
  if (!Number.isSafeInteger(offset) || offset < 0) return null;
  let i = 0;
  for (let n = 0; n < offset; n++) {
    if (i >= text.length) return null;
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    i += pair ? 2 : 1;
  }
  return i as Utf16Offset;
}
