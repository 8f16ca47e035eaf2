import { describe, expect, it } from 'vitest';
import { endsWithOneOf, fewWords } from '../../src/core/text/lineEnds';

// Segmentation reads line ends with these helpers: where they disagreed with the patterns
// they stand for, a line would be joined to (or cut from) its neighbour.
const LINES = [
  '',
  ' ',
  'Example 11.5. Recipient checks',
  'He said so.',
  'He said so.  ',
  'He said so.\u00a0\u2003',
  'he said, ',
  'قال الرئيس:',
  'قال الرئيس،',
  'هل جاء؟ ',
  'می‌گوید؛',
  'می\u200cگوید',
  'سلام\u200c',
  '«نقل قول»',
  'end with tab\t',
  'an em dash –',
  'a hyphen -',
  'star*',
  'emoji 😀',
  'emoji 😀.',
  'sha256sum filename.iso',
  '  leading space',
  'one two three four five six',
  'one two three four five six seven',
  'one\ttwo',
  'trailing\u3000',
  '\ufeffbom',
  'lone \ud83d',
];

describe('line-end tests read from the end', () => {
  it.each(LINES.map((l) => [l]))('%j ends as the regular expressions say', (line) => {
    expect(endsWithOneOf('.!?؟…:;؛"\'”’»)]*')(line)).toBe(/[.!?؟…:;؛"'”’»)\]*]\s*$/u.test(line));
    expect(endsWithOneOf(',،-–')(line)).toBe(/[,،\-–]\s*$/u.test(line));
    expect(endsWithOneOf('.!?؟…:"”»)]')(line)).toBe(/[.!?؟…:"”»)\]]\s*$/u.test(line));
  });

  it.each(LINES.map((l) => [l]))('%j has few words as the regular expression says', (line) => {
    expect(fewWords(line, 6)).toBe(/^\S+(\s+\S+){0,5}$/u.test(line));
  });
});
