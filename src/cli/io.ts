import { readFileSync, statSync } from 'node:fs';

/**
 * Reading text files for the command-line tools (align now, check later): one place that
 * decides what counts as a usable text file, with one-line messages for people.
 */

export class InputError extends Error {
  constructor(
    readonly code: 'missing' | 'not-a-file' | 'empty' | 'binary' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Larger inputs are not articles; refusing them keeps a typo from eating the machine. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Share of undecodable bytes above which a file is binary rather than slightly damaged text. */
const MAX_INVALID_SHARE = 0.01;

/** Decodes UTF-8 (dropping a BOM) and reports the share of characters that were invalid. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidShare: number } {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(bytes);
  let invalid = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) invalid++;
  // A genuine U+FFFD in the file counts too; real text almost never holds many.
  return { text, invalidShare: text.length ? invalid / text.length : 0 };
}

/** Checks bytes that claim to be a text file; returns the text or throws InputError. */
export function textFromBytes(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new InputError('binary', `${name}: binary file (contains NUL bytes), expected UTF-8 text`);
  const { text, invalidShare } = decodeUtf8(bytes);
  if (invalidShare > MAX_INVALID_SHARE) throw new InputError('binary', `${name}: not UTF-8 text (${(invalidShare * 100).toFixed(1)}% invalid characters)`);
  if (!text.trim()) throw new InputError('empty', `${name}: empty file`);
  return text;
}

/** Reads a UTF-8 text file, refusing missing, empty, binary and oversized ones. */
export function readTextFile(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError('not-a-file', `${path}: not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError('missing', `${path}: no such file`);
  }
  if (size > MAX_BYTES) throw new InputError('too-large', `${path}: too large (${size} bytes; limit ${MAX_BYTES})`);
  return textFromBytes(readFileSync(path), path);
}
