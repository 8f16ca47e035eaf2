import { describe, expect, it } from 'vitest';
import { letters } from '../../src/core/checks/sentenceContent';

describe('letters, the unit of every length ratio', () => {
  it('counts letters and digits of every script as the text with all else removed would', () => {
    const slow = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '').length;
    for (const t of ['Hello, world 123!', 'می‌گوید که «MW»', 'قال ترامب ٢٠١٨ 𝐀𝐁 x', '', '\ud800 lone', 'é composed e\u0301']) expect(letters(t)).toBe(slow(t));
  });
});
