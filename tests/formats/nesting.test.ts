import { describe, expect, it } from 'vitest';
import { tmxToAlignment } from '../../src/core/formats/tmx';
import { MAX_PARAGRAPH, segment } from '../../src/core/text/segment';

const tmx = (seg: string) =>
  `<?xml version="1.0"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="paragraph" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu><tuv xml:lang="en"><seg>${seg}</seg></tuv><tuv xml:lang="ar"><seg>مرحبا</seg></tuv></tu></body></tmx>`;

describe('deep nesting in TMX', () => {
  it('reads a <seg> with <hi> nested 10,000 deep, with no stack overflow', () => {
    const n = 10_000;
    const read = tmxToAlignment(tmx(`${'<hi>'.repeat(n)}Hello world${'</hi>'.repeat(n)}, again`));
    expect(read.docs[0]!.paragraphs.map((p) => p.text)).toEqual(['Hello world, again']);
  });

  it('still refuses an element that does not belong in a <seg>, however deep', () => {
    expect(() => tmxToAlignment(tmx(`${'<hi>'.repeat(50)}<b>x</b>${'</hi>'.repeat(50)}`))).toThrow(/<b> is not allowed in <hi>/);
  });
});

describe('a 5 MB single line', () => {
  it('becomes paragraphs of at most MAX_PARAGRAPH characters, cut at sentence ends, losing no text', () => {
    const sentence = 'قال المسؤول إن المحادثات مستمرة مع الجانب الأمريكي. ';
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length)).trim();
    const paragraphs = segment(line, { lang: 'ar' });
    expect(paragraphs.length).toBeGreaterThan(400);
    expect(Math.max(...paragraphs.map((p) => p.text.length))).toBeLessThanOrEqual(MAX_PARAGRAPH);
    expect(paragraphs.every((p) => p.text.endsWith('.'))).toBe(true);
    expect(paragraphs.map((p) => p.text).join(' ')).toBe(line);
  });

  it('cuts a line with no sentence ends or spaces too, never inside a surrogate pair', () => {
    const line = '𝔸'.repeat(30_000);
    const texts = segment(line).map((p) => p.text);
    expect(texts.join('')).toBe(line);
    expect(texts.every((t) => t.length <= MAX_PARAGRAPH && !/^[\udc00-\udfff]/.test(t))).toBe(true);
  });

  it('leaves ordinary paragraphs alone', () => {
    expect(segment('A short paragraph.\nAnother one.').map((p) => p.text)).toEqual(['A short paragraph.', 'Another one.']);
  });
});
