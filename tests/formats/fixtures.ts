import type { Annotation } from '../../src/core/model';

/** Annotations with the text that breaks naive exporters: harakat, tatweel, ZWNJ, RTL marks, markup, emoji, quotes, line breaks. */
export const STORY = 's-story';
export const DOCS: ReadonlyMap<string, string> = new Map([
  ['d-ar', STORY],
  ['d-fa', STORY],
  ['d-en', STORY],
]);

export const ANNOTATIONS: Annotation[] = [
  {
    id: 'n-1',
    storyId: STORY,
    docId: 'd-ar',
    paragraph: 18,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'غَلِيـــزْمَانُ', prefix: ' ميكانيكي الطيران الأمريكي جورج ', suffix: '، قال كل من طالبان ومبعوث ترامب' },
      { type: 'TextPositionSelector', start: 61, end: 75 },
    ],
    body: { note: 'الاسم مكتوب "غليزمان" وليس "جليسون"، راجع\nالنص الإنجليزي 👀', category: 'garbled-name', status: 'open', color: '#ffcc00', suggestion: 'جليسون' },
    createdAt: Date.UTC(2025, 2, 1, 10, 0, 0, 123),
    updatedAt: Date.UTC(2025, 2, 2, 11, 30, 0, 456),
    rev: 3,
  },
  {
    id: 'n-2',
    storyId: STORY,
    docId: 'd-fa',
    paragraph: 0,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'می‌خواهد', prefix: 'دولت ایران ', suffix: ' مذاکرات را' },
      { type: 'TextPositionSelector', start: 11, end: 19 },
    ],
    body: { note: 'نیم‌فاصله\u200f درست است، ولی «خواهد» را بررسی کنید?', category: 'question', status: 'resolved' },
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_001,
    rev: 1,
  },
  {
    id: 'n-3',
    storyId: STORY,
    docId: 'd-en',
    paragraph: 4,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'agreement, "for peace" & <script>', prefix: 'signed an ', suffix: '\r\nin Feb' },
      { type: 'TextPositionSelector', start: 40, end: 73 },
    ],
    body: { note: '', category: 'good-example', status: 'open' },
    createdAt: 1_700_000_100_000,
    updatedAt: 1_700_000_200_000,
    rev: 7,
    orphan: true,
  },
  {
    id: 'n-4',
    storyId: STORY,
    docId: 'd-en',
    paragraph: 2,
    selectors: [
      { type: 'TextQuoteSelector', exact: '  leading, trailing  ', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 21 },
    ],
    body: { note: '=SUM(A1) , "x" 🇦🇫 \u202bRTL\u202c', category: 'mistranslation', status: 'open', color: 'amber', suggestion: 'x,y\n"z"' },
    createdAt: 1_700_000_300_000,
    updatedAt: 1_700_000_300_000,
    rev: 2,
  },
];
