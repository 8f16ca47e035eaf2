import { describe, expect, it } from 'vitest';
import type { Flag } from '../../src/core/model';
import { flagMarkKey, flagMarks, marksOver } from '../../src/ui/checks/flagMarks';

const AR = 'أفرجت طالبان عن جورج غليزمان.';
const FA = 'وزیر خارجه\u200cی ایران گفت.';
const EN = 'Zawassi Khalilzad met Glizmann.';

function flag(id: string, docId: string, paragraph: number, text: string, word: string, check: Flag['check'] = 'name-mismatch'): Flag {
  const start = text.indexOf(word);
  return { id, check, docId, paragraphs: { a: [], b: [] }, span: { side: 'a', paragraph, start, end: start + word.length }, evidence: '' };
}

describe('flagMarks', () => {
  const flags = [
    flag('f3', 'en', 0, EN, 'Glizmann', 'name-variants'),
    flag('f1', 'en', 0, EN, 'Zawassi'),
    flag('f2', 'ar', 2, AR, 'غليزمان', 'name-variants'),
    flag('f4', 'fa', 0, FA, 'خارجه\u200cی', 'untranslated'),
    { ...flag('f5', 'en', 1, EN, 'met'), span: undefined },
  ];

  it('groups spans by document and paragraph, in reading order, skipping flags without a span', () => {
    const marks = flagMarks(flags);
    expect([...marks.keys()].sort()).toEqual(['ar:2', 'en:0', 'fa:0']);
    expect(marks.get(flagMarkKey('en', 0))).toEqual([
      { id: 'f1', check: 'name-mismatch', start: 0, end: 7 },
      { id: 'f3', check: 'name-variants', start: 22, end: 30 },
    ]);
    const [ar] = marks.get('ar:2')!;
    expect(AR.slice(ar!.start, ar!.end)).toBe('غليزمان');
    const [fa] = marks.get('fa:0')!;
    expect(FA.slice(fa!.start, fa!.end)).toBe('خارجه\u200cی'); // the ZWNJ stays inside the span
  });

  it('leaves dismissed flags out, and clips spans to the paragraph', () => {
    const marks = flagMarks(flags, { dismissed: new Set(['f1', 'f2']), paragraphLength: (doc) => (doc === 'en' ? 25 : undefined) });
    expect(marks.get('en:0')).toEqual([{ id: 'f3', check: 'name-variants', start: 22, end: 25 }]);
    expect(marks.has('ar:2')).toBe(false);
    expect(flagMarks(flags, { paragraphLength: () => 0 }).size).toBe(0);
  });

  it('finds the flags covering a piece of text', () => {
    const marks = flagMarks([flag('whole', 'en', 0, EN, EN, 'omission'), flag('name', 'en', 0, EN, 'Zawassi')]).get('en:0')!;
    expect(marksOver(marks, 0, 7).map((m) => m.id)).toEqual(['whole', 'name']);
    expect(marksOver(marks, 8, 12).map((m) => m.id)).toEqual(['whole']);
    expect(marksOver(marks, 3, 3)).toEqual([]);
  });
});
