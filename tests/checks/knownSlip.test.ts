import { describe, expect, it } from 'vitest';
import '../../src/core/checks/translitTable';
import { knownNeighbours, knownSlip } from '../../src/core/checks/knownSlip';

describe('knownSlip: a real name one letter away that writes the source far better', () => {
  it('finds Revlon for "Revlo" against ريفلون', () => {
    expect(knownNeighbours('Revlo')).toContain('revlon');
    expect(knownSlip('Revlo', ['قالت', 'ريفلون'])).toMatchObject({ text: 'revlon', word: 1 });
  });

  it('undoes a confused letter group ("Chrithtine" for كريستين)', () => {
    expect(knownSlip('Chrithtine', ['كريستين'])).toMatchObject({ text: 'christine' });
  });

  it('needs the source to tell them apart: "Londn" is a slip of London only where the source reads london', () => {
    // News spells لندن as London, and the table learnt it from news name pairs too.
    expect(knownSlip('Londn', ['لندن'])).toMatchObject({ text: 'london' });
    expect(knownSlip('Londn', ['باريس'])).toBeNull();
  });

  it('does not take a silent letter away from a real spelling', () => {
    // Kavanagh writes كافانا better, but "Kavanaugh" differs only by a vowel beside a vowel.
    expect(knownNeighbours('Kavanaugh')).not.toContain('kavanagh');
    expect(knownNeighbours('Zinke')).not.toContain('zink');
    expect(knownNeighbours('Chuuk')).not.toContain('chuck');
    expect(knownNeighbours('Koreas')).not.toContain('korea');
  });

  it('does not call a vowel put for a letter the source writes as it a slip (McDowall, McDouall: both مکدوال)', () => {
    // NTREX scotsman.133765, Dari: "a Stafford McDowall try" beside ستافورد مکدوال.
    expect(knownSlip('McDowall', ['ستافورد', 'مکدوال'])).toBeNull();
    // A slip of the same name by a letter the source does not write alike is still one.
    expect(knownSlip('Mcdoull', ['مکدوال'])).toMatchObject({ text: 'mcdouall', word: 0 });
  });

  it('does not take the h of th, dh, kh or gh away: the source may write the first letter alone (Kanther, كانتر)', async () => {
    const { betterSpelling } = await import('../../src/core/checks/modelMatch');
    // A real spelling the lists lack would otherwise be called a slip of the known "Kanter".
    expect(knownSlip('Kanther', ['كانتر'])).toBeNull();
    expect(betterSpelling('Kanther', 'كانتر')).toBeNull();
    // The h of "ch" changes the letter there (تش, not ك): an added one is still a slip.
    expect(knownSlip('Chraig', ['كريج'])).toMatchObject({ text: 'craig' });
  });

  it('does not call a real spelling a slip of the same with a letter doubled (Gutmann, Guttmann: both غوتمان)', async () => {
    const { betterSpelling } = await import('../../src/core/checks/modelMatch');
    expect(knownSlip('Gutmann', ['غوتمان'])).toBeNull();
    expect(betterSpelling('Gutmann', 'غوتمان')).toBeNull();
    expect(knownSlip('Nuseibeh', ['نسيبة'])).toBeNull();
    // A letter left out that the source writes is still a slip ("Revlo" for ريفلون).
    expect(knownSlip('Revlo', ['ريفلون'])).toMatchObject({ text: 'revlon' });
  });

  it('keeps the name as written when it writes the source as well', () => {
    expect(knownSlip('London', ['لندن'])).toBeNull();
  });

  it('knows the larger towns of GeoNames: "Crodon" is a slip of Croydon (كرويدون)', () => {
    expect(knownNeighbours('Crodon')).toContain('croydon');
    expect(knownSlip('Crodon', ['في', 'كرويدون'])).toMatchObject({ text: 'croydon', word: 1 });
  });
});

describe('knownNeighbours, hashed without building every edit', () => {
  it('gives what filtering every edit through the name lists gives, in the same order', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { edits } = await import('../../src/core/checks/knownSlip');
    const { isKnownName, isPlaceName } = await import('../../src/core/checks/knownNames');
    const { latinLetters } = await import('../../src/core/checks/translitModel');
    const names = readFileSync(join(__dirname, '../../corpora/translit/google-ar2en-eval.txt'), 'utf8')
      .split('\n')
      .slice(0, 300)
      .map((l) => l.split('\t')[1] ?? '')
      .concat(['Revlo', 'Chrithtine', 'Londn', 'Mothcow', 'Kavanaugh', 'Khaman', 'Ahmd']);
    let some = 0;
    for (const name of names) {
      const w = latinLetters(name);
      const plain = w.length < 3 ? [] : [...edits(w)].filter((c) => c.length >= 3 && (isKnownName(c) || isPlaceName(c)));
      expect(knownNeighbours(name), name).toEqual(plain);
      if (plain.length) some++;
    }
    expect(some).toBeGreaterThan(50);
  });

  it('gives the English words and known names a letter away (the slip rules\' suggestions) as filtering every edit does, in order', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { edits, editsByHash } = await import('../../src/core/checks/knownSlip');
    const { englishWordByHash, isEnglishWord, isKnownName, isPlaceName, knownOrPlaceByHash } = await import('../../src/core/checks/knownNames');
    const { latinLetters } = await import('../../src/core/checks/translitModel');
    const words = readFileSync(join(__dirname, '../../corpora/translit/google-ar2en-eval.txt'), 'utf8')
      .split('\n')
      .slice(0, 300)
      .map((l) => l.split('\t')[1] ?? '')
      .concat(['Cosngress', 'Methoditht', 'Englihsh', 'Russua', 'Sneptember', 'Mothcow', 'Egret', 'Londn']);
    const kind = (h: number) => (englishWordByHash(h) ? 1 : knownOrPlaceByHash(h));
    let some = 0;
    for (const word of words) {
      const w = latinLetters(word);
      if (w.length < 4) continue;
      const plain = [...edits(w)].filter((c) => c.length >= 4 && (isEnglishWord(c) || isKnownName(c) || isPlaceName(c)));
      expect(editsByHash(w, 4, kind, isPlaceName), word).toEqual(plain);
      if (plain.length > 1) some++;
    }
    expect(some).toBeGreaterThan(50);
  });
});
