import { readFileSync, statSync } from 'node:fs';
import { decodeBytes, isInvisible, MAX_IMPORT_BYTES, type Decoded } from '../core/formats/decode';
import { CoreError } from '../core/model';

/**
 * Reading text files for the command-line tools (align, check): one place that decides what
 * counts as a usable text file, with one-line messages for people. Bytes are decoded by the
 * app's own rule (src/core/formats/decode.ts): UTF-8, UTF-16, Windows-1256 and lines of a
 * legacy code page inside a UTF-8 file are read exactly as the app reads them.
 *
 * Exit codes, the same for every command: 0 done, 1 bad input (missing, empty, binary or
 * oversized file), 2 bad usage (wrong arguments or options).
 */

export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class InputError extends Error {
  constructor(
    readonly code: 'missing' | 'not-a-file' | 'empty' | 'binary' | 'too-large',
    message: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Wrong arguments: the command prints its usage line and exits with EXIT_USAGE. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Larger inputs are not articles; the same limit as the app's imports. */
export const MAX_BYTES = MAX_IMPORT_BYTES;

/** What a person should know about how a file was read: one line each, none for plain UTF-8. */
export function decodingNotes(decoded: Omit<Decoded, 'text'>, name: string): string[] {
  const notes: string[] = [];
  if (decoded.encoding === 'windows-1256' || decoded.encoding === 'windows-1252') notes.push(`${name}: not UTF-8; read as ${decoded.encoding}`);
  for (const encoding of new Set(decoded.reread.map((r) => r.encoding))) {
    const lines = decoded.reread.filter((r) => r.encoding === encoding).map((r) => r.line);
    const list = lines.slice(0, 10).join(', ') + (lines.length > 10 ? ` and ${lines.length - 10} more` : '');
    notes.push(`${name}: ${lines.length === 1 ? `line ${list} is` : `lines ${list} are`} not valid UTF-8; read as ${encoding}`);
  }
  if (decoded.replaced) notes.push(`${name}: ${decoded.replaced} undecodable bytes replaced by U+FFFD`);
  return notes;
}

const stderrLine = (line: string) => void process.stderr.write(`${line}\n`);

/** Checks bytes that claim to be a text file; returns the text or throws InputError. */
export function textFromBytes(bytes: Uint8Array, name: string, warn: (line: string) => void = stderrLine): string {
  let decoded: Decoded;
  try {
    decoded = decodeBytes(bytes);
  } catch (e) {
    if (!(e instanceof CoreError)) throw e;
    if (e.code === 'empty-input') throw new InputError('empty', `${name}: empty file`);
    if (e.code === 'too-large') throw new InputError('too-large', `${name}: too large (${bytes.length} bytes; limit ${MAX_BYTES})`);
    throw new InputError('binary', `${name}: binary file, not text (UTF-8, UTF-16 or Windows-1256 expected)`);
  }
  if (isInvisible(decoded.text)) throw new InputError('empty', `${name}: empty file (no visible text)`);
  decodingNotes(decoded, name).forEach(warn);
  return decoded.text;
}

/** Reads a text file, refusing missing, empty, binary and oversized ones. */
export function readTextFile(path: string, warn?: (line: string) => void): string {
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
  return textFromBytes(readFileSync(path), path, warn);
}
