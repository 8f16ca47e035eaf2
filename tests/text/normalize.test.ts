import { describe, expect, it } from 'vitest';
import { foldForMatch } from '../../src/core/text/normalize';

/** Tatweel is dropped by foldForMatch and stops its shortcut for already-folded words. */
const TATWEEL = '\u0640';

function char(c: number): string {
  return String.fromCharCode(c);
}

describe('foldForMatch', () => {
  it.each([
    ['كابول', 'كابول'],
    ['کابل', 'كابل'],
    ['أفغانستان', 'افغانستان'],
    ['مُحَمَّد', 'محمد'],
    ['ایران', 'ايران'],
    ['می\u200cخواهد', '\u0645\u064a\u062e\u0648\u0627\u0647\u062f'], // ZWNJ dropped, Persian yeh folded
    ['٢٠٢٤', '2024'],
    ['Trump', 'trump'],
  ])('folds %s to %s', (input, key) => {
    expect(foldForMatch(input)).toBe(key);
  });

  it('gives an already-folded word back as the full folding would', () => {
    // Every code unit up to the Arabic block, alone and (for letters) in pairs.
    for (let c = 0; c < 0x0700; c++) expect(foldForMatch(char(c)), c.toString(16)).toBe(foldForMatch(char(c) + TATWEEL));
    const letters: number[] = [];
    for (let c = 0x61; c <= 0x7a; c++) letters.push(c);
    for (let c = 0x0621; c <= 0x064a; c++) letters.push(c);
    letters.push(0x067e, 0x0686, 0x0698, 0x06a4, 0x06a9, 0x06af, 0x06cc);
    for (const x of letters) for (const y of letters) expect(foldForMatch(char(x) + char(y))).toBe(foldForMatch(char(x) + TATWEEL + char(y)));
  });
});
