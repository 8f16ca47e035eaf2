import { describe as group, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, describe, reanchorDocument } from '../../src/core/anchor';
import { foldWithMap } from '../../src/core/anchor/fold';
import { segment } from '../../src/core/text/segment';
import { manifest, seed } from '../seeds';

/** Every paragraph of the five seeds (Arabic and English), as the app segments them. */
const PARAGRAPHS = manifest.documents.flatMap((d) => segment(seed(d.file.slice(0, 3)), { lang: d.lang }).map((p) => p.text));
const ARABIC = PARAGRAPHS.filter((p) => /[\u0600-\u06ff]/.test(p));

/** A random non-empty span of a random seed paragraph. */
const spanIn = (pool: string[]) =>
  fc
    .integer({ min: 0, max: pool.length - 1 })
    .chain((i) => {
      const text = pool[i]!;
      return fc
        .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: 80 }))
        .map(([start, len]) => ({ text, index: i, start, end: Math.min(text.length, start + len) }));
    });

const key = (s: string) => foldWithMap(s).key;

group('describe → anchor round trip on seed paragraphs', () => {
  it('anchors every span of unchanged text by position, at the same offsets', () => {
    fc.assert(
      fc.property(spanIn(PARAGRAPHS), ({ text, start, end }) => {
        const selectors = describe(text, start, end);
        const [, pos] = selectors;
        expect(anchor(text, selectors)).toEqual({ start: pos.start, end: pos.end, method: 'position' });
        expect(text.slice(pos.start, pos.end)).toBe(selectors[0].exact);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same words after text is inserted before the paragraph start', () => {
    fc.assert(
      fc.property(spanIn(PARAGRAPHS), fc.constantFrom('خبر عاجل. ', 'Update: ', 'به‌روزرسانی: '), ({ text, start, end }, lead) => {
        const selectors = describe(text, start, end);
        const [quote, pos] = selectors;
        const changed = lead + text;
        const hit = anchor(changed, selectors);
        expect(hit).not.toBeNull();
        expect(key(changed.slice(hit!.start, hit!.end))).toBe(key(quote.exact));
        // Where quote and contexts occur once, it must be exactly the shifted span.
        const whole = quote.prefix + quote.exact + quote.suffix;
        if (text.indexOf(whole) === text.lastIndexOf(whole) && key(quote.exact) !== '') {
          expect([hit!.start, hit!.end]).toEqual([pos.start + lead.length, pos.end + lead.length]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds Arabic spans after harakat and tatweel are sprinkled through the paragraph', () => {
    const marks = ['\u064e', '\u064f', '\u0650', '\u0651', '\u0652', '\u0640', '\u200c'];
    fc.assert(
      fc.property(
        spanIn(ARABIC),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...marks)), { minLength: 1, maxLength: 12 }),
        ({ text, start, end }, inserts) => {
          const selectors = describe(text, start, end);
          fc.pre(key(selectors[0].exact).trim() !== '');
          let changed = text;
          for (const [at, mark] of inserts) {
            const i = at % (changed.length + 1);
            changed = changed.slice(0, i) + mark + changed.slice(i);
          }
          const hit = anchor(`مقدمة. ${changed}`, selectors);
          expect(hit).not.toBeNull();
          const found = `مقدمة. ${changed}`.slice(hit!.start, hit!.end);
          expect(key(found).trim()).toBe(key(selectors[0].exact).trim());
        },
      ),
      { numRuns: 200 },
    );
  });

  it('re-anchors into the right paragraph when one is inserted at the top of the document', () => {
    const doc = segment(seed('003'), { lang: 'ar' }).map((p) => p.text);
    fc.assert(
      fc.property(spanIn(doc), ({ text, index, start, end }) => {
        const selectors = describe(text, start, end);
        fc.pre(key(selectors[0].exact).trim().length >= 4);
        const changed = ['فقرة جديدة.', ...doc];
        const hit = reanchorDocument(changed, { paragraph: index, selectors });
        expect(hit).not.toBeNull();
        expect(key(changed[hit!.paragraph]!.slice(hit!.start, hit!.end))).toBe(key(selectors[0].exact));
      }),
      { numRuns: 150 },
    );
  });
});
