import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadNtrex, paragraph, seedGold } from '../../bench/corpus';
import { align } from '../../src/core/align';
import { forEachWordSpan, splitWords, type RawClues } from '../../src/core/align/extract';
import { buildItemSpace, docItems, docVocabulary, identityLinks, itemsOf, pairVocabulary, unitItems } from '../../src/core/align/items';
import { sentenceTexts } from '../../src/core/align/sentences';
import { prepareSides } from '../../src/core/align/table';
import type { Paragraph } from '../../src/core/model';

/**
 * The aligner reads each document once as tokens (tokens.ts) and takes the clues of every
 * paragraph and sentence from token ranges. These tests hold that to what reading each
 * unit's text with ClueReader gives: same vocabulary, same items, same lengths.
 */

/** The length rule as first written: characters without spaces, harakat, tatweel and ZWNJ. */
const lengthByRegex = (text: string): number => text.replace(/[\s\u064b-\u065f\u0670\u0640\u200c]/g, '').length;

const ntrex = loadNtrex().slice(0, 3);
const tricky = [
  'وقال مبعوث ترامب زلماي خليل زاد لطالبان إن ٢٬٥٠٠ جندي سيغادرون. وبالتالي فالحكومة ستُعلن ذلك؟ نعم.',
  'می‌خواهد در ۲۵۰۰ سال گذشته کابل را ببیند؛ آری. ـــ اما ترامپ گفت ۳٫۵ درصد!',
  "Trump's envoy Zalmay Khalilzad met the Taliban in Doha on 29 February 2020. The U.S. will leave.",
];
const pairs: Array<[string, Paragraph[], Paragraph[]]> = [
  ['seed 000 ↔ 003', seedGold().a, seedGold().b],
  ['NTREX en ↔ fa', ntrex.flatMap((d) => d.en).map((t, k) => paragraph(k, t, 'en')), ntrex.flatMap((d) => d.fa).map((t, k) => paragraph(k, t, 'fa'))],
  ['tricky en ↔ ar/fa', [paragraph(0, tricky[2]!, 'en')], tricky.slice(0, 2).map((t, k) => paragraph(k, t, 'ar'))],
];

describe.each(pairs)('%s: token ranges give what reading the text gives', (_, a, b) => {
  const sides = prepareSides(a, b);
  const docs = [sides[0].doc, sides[1].doc] as const;
  const paragraphs = [a, b] as const;
  const clues: [RawClues[], RawClues[]] = [a.map((p) => docs[0].reader.read(p.text)), b.map((p) => docs[1].reader.read(p.text))];
  const vocab = docVocabulary([docs[0], docs[1]]);

  it('has the same vocabulary, in the same order', () => {
    const read = pairVocabulary(clues);
    expect(vocab.numbers).toEqual(read.numbers);
    expect([...vocab.names]).toEqual([...read.names]);
    expect([...vocab.words[0]]).toEqual([...read.words[0]]);
    expect([...vocab.words[1]]).toEqual([...read.words[1]]);
  });

  it('gives each paragraph and each sentence the same items and length', () => {
    const space = buildItemSpace(vocab, identityLinks(vocab));
    for (const s of [0, 1] as const) {
      const m = docItems(docs[s], s, space);
      const d = docs[s];
      paragraphs[s].forEach((p, k) => {
        expect([...unitItems(m, d.parTok[k]!, d.parTok[k + 1]!, d.parNum[k]!, d.parNum[k + 1]!)]).toEqual([...itemsOf(clues[s][k]!, s, space)]);
        expect(d.len[k]).toBe(lengthByRegex(p.text));
        expect(d.regular[k]).toBe(1);
        const texts = sentenceTexts([p]);
        expect(d.parSent[k + 1]! - d.parSent[k]!).toBe(texts.length);
        texts.forEach((text, x) => {
          const u = d.parSent[k]! + x;
          expect([...unitItems(m, d.sentTok0[u]!, d.sentTok1[u]!, d.sentNum0[u]!, d.sentNum1[u]!)]).toEqual([...itemsOf(d.reader.read(text), s, space)]);
          expect(d.sentLen[u]).toBe(lengthByRegex(text));
        });
      });
    }
  });
});

describe('sentence spans that cut through a word', () => {
  it('are read from their texts, and the bead still gets sentence links', () => {
    const en = paragraph(0, 'Khalilzad met the Taliban in Doha in 2020. The talks went on.', 'en');
    const ar = paragraph(0, 'التقى خليل زاد بطالبان في الدوحة عام 2020. واستمرت المحادثات.', 'ar');
    // A span ending inside "Doha" (not what segment() makes, but stored data may say so).
    const cut: Paragraph = { ...en, sentences: [{ start: 0, end: 30 }, { start: 30, end: en.text.length }] };
    const sides = prepareSides([cut], [ar]);
    expect(sides[0].doc.regular[0]).toBe(0);
    const [bead] = align({ lang: 'en', paragraphs: [cut] }, { lang: 'ar', paragraphs: [ar] });
    expect(bead!.sentences!.flatMap(([x]) => x)).toEqual([0, 1]);
    expect(bead!.sentences!.flatMap(([, y]) => y)).toEqual([0, 1]);
  });
});

describe('word spans', () => {
  const words = (text: string): string[] => {
    const out: string[] = [];
    forEachWordSpan(text, (start, end) => out.push(text.slice(start, end)));
    return out;
  };
  it.each([
    "Trump's envoy — the U.S.-Taliban deal's 'end'",
    'می‌خواهد ۲۵۰۰ کتاب‌ها را',
    'وَقَالَ الـــرئيس -بايدن- ٢٬٥٠٠',
    '𝐀𝐁c 𠀀x\ud800y \udc00z é-', // astral letters, lone surrogates, combining mark
  ])('%s: the words of splitWords', (text) => {
    expect(words(text)).toEqual(splitWords(text));
  });
  it('agrees with splitWords on any text', () => {
    const alphabet = [..."aZé\u0301 -'’‐.,x2٣\u200cوالی\u064e\u0640"].map((c) => fc.constant(c)).concat([fc.constant('𝐀'), fc.constant('\ud800')]);
    fc.assert(
      fc.property(fc.array(fc.oneof(...alphabet), { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        expect(words(text)).toEqual(splitWords(text));
      }),
      { numRuns: 500 },
    );
  });
});
