import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkText, decodeBytes, describeDecoding, isInvisible, MAX_IMPORT_BYTES } from '../../src/core/formats/decode';
import { segment } from '../../src/core/text/segment';
import { encode1256, LEGACY_PARAGRAPH } from '../fixtures/encodings/make';

const utf8 = (s: string) => new TextEncoder().encode(s);
const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../fixtures/encodings', name)));
const seedLines = readFileSync(join(__dirname, '../../seeds/003_7fe56e322bbbd2e3.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeBytes(utf8('\ufeffسلام')).text).toBe('سلام');
    expect(decodeBytes(utf8('Kabul')).encoding).toBe('utf-8');
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x33, 0x06, 0x44, 0x06]); // "سل" little-endian
    expect(decodeBytes(bytes).text).toBe('سل');
  });

  it('reads legacy Windows-1256 Arabic', () => {
    // "طالبان" in Windows-1256
    const bytes = new Uint8Array([0xd8, 0xc7, 0xe1, 0xc8, 0xc7, 0xe4]);
    expect(decodeBytes(bytes)).toMatchObject({ text: 'طالبان', encoding: 'windows-1256' });
  });

  it('a damaged UTF-8 sequence (cut short) becomes U+FFFD and is counted, the rest stays', () => {
    const good = utf8('طالبان '.repeat(200));
    // E2 80 is the start of a three-byte sequence, cut by the space.
    const bytes = concat(good, new Uint8Array([0xe2, 0x80]), utf8(' end'));
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(2);
    expect(d.text).toBe(`${'طالبان '.repeat(200)}\ufffd end`);
  });

  it('refuses empty, binary and huge input with coded errors', () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow(expect.objectContaining({ code: 'empty-input' }));
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeBytes(png)).toThrow(expect.objectContaining({ code: 'binary-input' }));
    // A fake size: only the length is read before the limit check refuses it.
    const huge = { length: MAX_IMPORT_BYTES + 1 } as Uint8Array;
    expect(() => decodeBytes(huge)).toThrow(
      expect.objectContaining({ code: 'too-large', detail: { size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES } }),
    );
  });

  it('opens a book: the limit is 64 MB, so a 10 MB (and a 50 MB) file decodes', () => {
    expect(MAX_IMPORT_BYTES).toBe(64 * 1024 * 1024);
    const line = utf8('قال المسؤول إن المحادثات مستمرة. The talks go on.\n');
    const book = new Uint8Array(10 * 1024 * 1024);
    for (let at = 0; at + line.length <= book.length; at += line.length) book.set(line, at);
    const d = decodeBytes(book.subarray(0, book.length - (book.length % line.length)));
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('قال المسؤول')).toBe(true);
    expect(50 * 1024 * 1024).toBeLessThan(MAX_IMPORT_BYTES);
  });

  it('refuses pasted text beyond the limit with the same code', () => {
    expect(() => checkText('a'.repeat(MAX_IMPORT_BYTES + 1))).toThrow(expect.objectContaining({ code: 'too-large' }));
    expect(checkText('a'.repeat(1000))).toHaveLength(1000);
  });
});

describe('decoding per line: a legacy paragraph in a UTF-8 file', () => {
  it('keeps every UTF-8 paragraph and re-reads only the Windows-1256 one (fixture)', () => {
    const d = decodeBytes(fixture('mixed-utf8-1256.txt'));
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(0);
    const lines = d.text.split('\n').filter(Boolean);
    expect(lines).toEqual([...seedLines.slice(0, 3), LEGACY_PARAGRAPH, ...seedLines.slice(3, 8)]);
    expect(d.reread).toEqual([{ line: 4, encoding: 'windows-1256', sample: LEGACY_PARAGRAPH.slice(0, 80) }]);
  });

  it('names the paragraph the re-read line became', () => {
    const d = decodeBytes(fixture('mixed-utf8-1256.txt'));
    const paragraphs = segment(d.text, { lang: 'ar' }).map((p) => p.text);
    const note = describeDecoding(d, paragraphs);
    expect(note.reread).toHaveLength(1);
    expect(note.reread[0]!.encoding).toBe('windows-1256');
    expect(note.reread[0]!.lines).toEqual([4]);
    const [p] = note.reread[0]!.paragraphs;
    expect(paragraphs[p!]).toContain(LEGACY_PARAGRAPH);
    // Every paragraph is the one a wholly UTF-8 file gives: nothing garbled.
    const clean = [...seedLines.slice(0, 3), LEGACY_PARAGRAPH, ...seedLines.slice(3, 8)].join('\n');
    expect(paragraphs).toEqual(segment(clean, { lang: 'ar' }).map((x) => x.text));
  });

  it('re-reads a Windows-1256 word inside a UTF-8 line and keeps the UTF-8 around it', () => {
    const bytes = concat(utf8('قال المتحدث باسم الحركة إن '), encode1256('طالبان'), utf8(' مستعدة للحوار.\nسطر ثان.'));
    const d = decodeBytes(bytes);
    expect(d.text).toBe('قال المتحدث باسم الحركة إن طالبان مستعدة للحوار.\nسطر ثان.');
    expect(d.reread).toEqual([{ line: 1, encoding: 'windows-1256', sample: 'طالبان' }]);
  });

  it('reads a Persian line saved in Windows-1256 whole, even where its bytes happen to form UTF-8', () => {
    // ب (0xC8) then گ (0x90) is a valid two-byte UTF-8 sequence (U+0210).
    const persian = 'بگو که دولت افغانستان در گفتگو است';
    const bytes = concat(utf8('سطر عربي صحيح.\n'), encode1256(persian), utf8('\n'));
    const d = decodeBytes(bytes);
    expect(d.text).toBe(`سطر عربي صحيح.\n${persian}\n`);
    expect(d.reread.map((r) => r.line)).toEqual([2]);
  });

  it('takes Latin accents for Windows-1252, not Arabic letters inside Latin words', () => {
    const latin1 = Uint8Array.from([...'Señor Müller a dit: café.'].map((c) => c.charCodeAt(0)));
    const bytes = concat(utf8('قال الرئيس.\n'), latin1);
    const d = decodeBytes(bytes);
    expect(d.text).toBe('قال الرئيس.\nSeñor Müller a dit: café.');
    expect(d.reread).toEqual([expect.objectContaining({ line: 2, encoding: 'windows-1252' })]);
  });

  it('reads a file with no UTF-8 at all wholly in Windows-1256, with nothing to name', () => {
    const d = decodeBytes(fixture('windows-1256.txt'));
    expect(d).toMatchObject({ encoding: 'windows-1256', reread: [] });
    expect(d.text).toBe(`${seedLines.slice(0, 4).join('\n')}\n`);
  });
});

describe('UTF-16 and invisible text', () => {
  const sample = `${seedLines.slice(0, 4).join('\n')}\n`;
  it.each([
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
  ])('reads %s', (name, encoding) => {
    expect(decodeBytes(fixture(name))).toMatchObject({ text: sample, encoding, replaced: 0 });
  });

  it('still refuses binary data with NUL bytes that is not UTF-16', () => {
    const bytes = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256);
    expect(() => decodeBytes(bytes)).toThrow(expect.objectContaining({ code: 'binary-input' }));
  });

  it('calls a file of only zero-width characters and direction marks empty', () => {
    const d = decodeBytes(fixture('invisible.txt'));
    expect(isInvisible(d.text)).toBe(true);
    expect(() => checkText(d.text)).toThrow(expect.objectContaining({ code: 'empty-input' }));
    // Persian text with ZWNJ and a direction mark is text.
    expect(checkText('\u200fمی\u200cخواهم')).toBe('\u200fمی\u200cخواهم');
  });

  it('drops lines of only invisible characters from the paragraphs, keeps the text around them', () => {
    const text = 'قال الرئيس.\n\u200f\u200b\n\u200c\nوأضاف أن المحادثات مستمرة.';
    expect(segment(text, { lang: 'ar' }).map((p) => p.text)).toEqual(['قال الرئيس.', 'وأضاف أن المحادثات مستمرة.']);
  });
});
