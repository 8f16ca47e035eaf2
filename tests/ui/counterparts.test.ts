import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/core/model';
import { createWordCounterparts } from '../../src/ui/reader/counterparts';
import type { Row } from '../../src/ui/reader/rows';
import { doc } from '../checks/helpers';

const en = { ...doc('en', 'en', ['Opening line.', 'Trump met Khalilzad in Kabul in 2021.']), dir: 'ltr' } as unknown as Document;
const ar = { ...doc('ar', 'ar', ['سطر أول.', 'التقى ترامب خليل زاد في كابول عام ٢٠٢١.']), dir: 'rtl' } as unknown as Document;
const rows: Row[] = [{ cells: [[0], [0]] }, { cells: [[1], [1]] }];
const text = (d: Document, w: { paragraph: number; start: number; end: number }) => d.paragraphs[w.paragraph]!.text.slice(w.start, w.end);

describe('the word pointed at in the reader', () => {
  it('has its counterpart in the other column of its row, and none for a common word', () =>
    createRoot(async (dispose) => {
      const w = createWordCounterparts(() => rows, () => [en, ar]);
      await w.step(1, 0, 1, 1); // loads the matching code
      w.point({ row: 1, col: 0, paragraph: 1, offset: en.paragraphs[1]!.text.indexOf('Khalilzad') + 3 });
      expect(w.current()!.counterparts.map((c) => [c.row, c.col, text(ar, c)])).toEqual([[1, 1, 'خليل زاد']]);
      w.point({ row: 1, col: 0, paragraph: 1, offset: en.paragraphs[1]!.text.indexOf('met') });
      expect(w.current()).toBeNull();
      dispose();
    }));

  it('steps through the linked words of a paragraph in reading order, both ways, wrapping', () =>
    createRoot(async (dispose) => {
      const w = createWordCounterparts(() => rows, () => [ar, en]);
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await w.step(1, 0, 1, 1);
        seen.push(text(ar, w.current()!.word));
      }
      expect(seen).toEqual(['ترامب', 'خليل زاد', 'كابول', '٢٠٢١', 'ترامب']);
      await w.step(1, 0, 1, -1);
      expect(text(ar, w.current()!.word)).toBe('٢٠٢١');
      dispose();
    }));
});
