import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TextPositionSelector, Utf16Offset } from '../../src/core/model';
import { toCodePoints, toUtf16, type CodePointOffset } from '../../src/core/anchor/codepoints';

describe('code point offsets', () => {
  const text = '🎉 زلمی 👋🏽 و';

  it('count an emoji once and a skin-toned one twice', () => {
    expect(toCodePoints(text, 3 as Utf16Offset)).toBe(2);
    expect(toCodePoints(text, text.indexOf('و') as Utf16Offset)).toBe(10);
    expect(Array.from(text)[10]).toBe('و');
  });

  it('map back to the UTF-16 offset, and say when the text is shorter', () => {
    expect(toUtf16(text, 2 as CodePointOffset)).toBe(3);
    expect(text.slice(toUtf16(text, 2 as CodePointOffset)!, toUtf16(text, 6 as CodePointOffset)!)).toBe('زلمی');
    expect(toUtf16(text, 99 as CodePointOffset)).toBeNull();
    expect(toUtf16(text, -1 as CodePointOffset)).toBeNull();
  });

  it('are an exact inverse at every character boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        let i = 0;
        for (const ch of s) {
          const cp = toCodePoints(s, i as Utf16Offset);
          expect(toUtf16(s, cp)).toBe(i);
          i += ch.length;
        }
      }),
    );
  });

  it('cannot be mixed with UTF-16 offsets without a conversion (checked by tsc)', () => {
    const cp = toCodePoints(text, 3 as Utf16Offset);
    // @ts-expect-error a code point offset is not a UTF-16 offset
    const wrong: TextPositionSelector = { type: 'TextPositionSelector', start: cp, end: cp };
    // @ts-expect-error a plain number is not a code point offset
    toUtf16(text, 3);
    expect(wrong.start).toBe(2);
  });
});
