import { describe, expect, it } from 'vitest';
import { checkText, decodeBytes, MAX_IMPORT_BYTES } from '../../src/core/formats/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

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

  it('keeps mostly-UTF-8 text with a stray byte and counts what it replaced', () => {
    const good = utf8('طالبان '.repeat(200));
    const bytes = new Uint8Array([...good, 0xff, ...utf8(' end')]);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(1);
    expect(d.text.endsWith(' end')).toBe(true);
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
