import { CoreError } from '../model';

/**
 * Turns file bytes into text, or says clearly why it cannot. UTF-8 first (with or without
 * BOM), then UTF-16 when a BOM says so, then Windows-1256, the legacy Arabic code page that
 * Arabic and Persian sites still serve. Binary data (NUL bytes, control characters) is refused.
 */

/**
 * A long book is ~10 MB of UTF-8; books are decoded and segmented in a worker, so 64 MB still
 * imports. Beyond it a tab runs short of memory, so the user is told to split the file.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';
  /** Bytes that could not be decoded and were replaced by U+FFFD. */
  replaced: number;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new CoreError('empty-input', 'The file is empty.');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new CoreError('too-large', `The file is ${bytes.length} bytes; the limit is ${MAX_IMPORT_BYTES}.`, {
      size: bytes.length,
      limit: MAX_IMPORT_BYTES,
    });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes), 'utf-16be');
  if (looksBinary(bytes)) throw new CoreError('binary-input', 'This file is not text (it holds binary data).');
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    // Mixed encodings: mostly UTF-8 with a few stray bytes keeps UTF-8 and reports the count.
    const loose = new TextDecoder('utf-8').decode(bytes);
    const replaced = (loose.match(/\ufffd/g) ?? []).length;
    if (replaced / Math.max(1, loose.length) < 0.01) return { ...finish(loose, 'utf-8'), replaced };
    return finish(new TextDecoder('windows-1256').decode(bytes), 'windows-1256');
  }
}

function finish(text: string, encoding: Decoded['encoding']): Decoded {
  return { text: text.replace(/^\ufeff/, ''), encoding, replaced: 0 };
}

/** NUL bytes or a high share of control bytes in the first 8 KiB mean this is not text. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 8 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return control / Math.max(1, n) > 0.05;
}

/** Pasted or decoded text is checked the same way as file bytes. */
export function checkText(text: string): string {
  if (!text.trim()) throw new CoreError('empty-input', 'There is no text to import.');
  if (text.length > MAX_IMPORT_BYTES) {
    throw new CoreError('too-large', `The text has ${text.length} characters; the limit is ${MAX_IMPORT_BYTES}.`, {
      size: text.length,
      limit: MAX_IMPORT_BYTES,
    });
  }
  if (text.includes('\u0000')) throw new CoreError('binary-input', 'This text holds binary data (NUL characters).');
  return text;
}
