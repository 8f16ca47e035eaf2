import { describe, expect, it } from 'vitest';
import { forEachToken, forEachWord, tokenize } from '../../src/core/checks/tokens';
import { forEachPieceWord, pieceWords, tokensOf } from '../../src/core/checks/docTokens';
import { forEachWordSpan } from '../../src/core/align/extract';
import { doc } from './helpers';

/** Texts mixing scripts, joiners, ZWNJ, digits and astral letters. */
const TEXTS = [
  'Zalmay Khalilzad’s envoy met al-Qaeda in Doha on 12 March.',
  'قال زلماي خليلزاد إن المبعوث التقى بحركة طالبان في الدوحة.',
  'خلیل‌زاد گفت: «مذاکرات» ادامه دارد - ۱۲ مارس',
  'mixed سلامworld and ‐dash ’quote’ it\'s 𝒜𝒷 x‌y',
  '',
  '  --  ',
];

describe('forEachWord', () => {
  it('finds the words tokenize finds, with their script', () => {
    for (const text of TEXTS) {
      const spans: Array<[number, number, boolean]> = [];
      forEachWord(text, (s, e, arabic) => spans.push([s, e, arabic]));
      expect(spans).toEqual(tokenize(text).map((t) => [t.start, t.end, t.arabic]));
    }
  });
});

describe('forEachToken', () => {
  it('gives every field of the tokens tokenize makes', () => {
    for (const text of TEXTS) {
      const tokens: Array<ReturnType<typeof tokenize>[number]> = [];
      forEachToken(text, (start, end, index, arabic, afterBreak) => tokens.push({ text: text.slice(start, end), start, end, index, arabic, afterBreak }));
      expect(tokens).toEqual(tokenize(text));
    }
  });
});

describe('tokensOf', () => {
  it('gives each paragraph the tokens tokenize finds, and none past the end', () => {
    const d = doc('d', 'en', TEXTS);
    TEXTS.forEach((text, i) => expect(tokensOf(d, i)).toEqual(tokenize(text)));
    expect(tokensOf(d, TEXTS.length)).toEqual([]);
  });

  it('reads each document apart: a second one with other texts gets its own tokens', () => {
    const first = doc('d', 'en', TEXTS);
    const second = doc('d', 'en', TEXTS.slice().reverse());
    tokensOf(first, 0);
    TEXTS.slice().reverse().forEach((text, i) => expect(tokensOf(second, i)).toEqual(tokenize(text)));
  });
});

describe('forEachPieceWord', () => {
  it('gives a sentence the words forEachWordSpan reads in it, or declines', () => {
    const d = doc('d', 'en', TEXTS);
    const pieceWords = (paragraph: number, start: number, end: number): string[] | null => {
      const out: string[] = [];
      const text = TEXTS[paragraph]!.slice(start, end);
      return forEachPieceWord(d, { paragraph, start, text }, (n, w) => out.push(w)) ? out : null;
    };
    const spans = (text: string): string[] => {
      const out: string[] = [];
      forEachWordSpan(text, (s, e) => out.push(text.slice(s, e)));
      return out;
    };
    const first = TEXTS[0]!;
    expect(pieceWords(0, 0, first.length)).toEqual(spans(first));
    expect(pieceWords(0, first.indexOf('envoy'), first.indexOf(' in Doha'))).toEqual(['envoy', 'met', 'al-Qaeda']);
    // A word cut by the piece's edge, and a ZWNJ inside a word, are left to forEachWordSpan.
    expect(pieceWords(0, first.indexOf('Qaeda'), first.length)).toBeNull();
    expect(pieceWords(2, 0, TEXTS[2]!.length)).toBeNull();
  });
});

describe('pieceWords', () => {
  it('gives a sentence the words tokenize finds in it, ZWNJ kept, or declines at a cut word', () => {
    const d = doc('d', 'en', TEXTS);
    const piece = (paragraph: number, start: number, end: number) => ({ paragraph, start, text: TEXTS[paragraph]!.slice(start, end) });
    const read = (text: string) => tokenize(text).map((t) => ({ text: t.text, arabic: t.arabic }));
    for (const [paragraph, text] of TEXTS.entries()) expect(pieceWords(d, piece(paragraph, 0, text.length))).toEqual(read(text));
    const third = TEXTS[2]!;
    const after = third.indexOf('گفت');
    expect(pieceWords(d, piece(2, after, third.length))).toEqual(read(third.slice(after)));
    expect(pieceWords(d, piece(0, TEXTS[0]!.indexOf('Qaeda'), TEXTS[0]!.length))).toBeNull();
  });
});
