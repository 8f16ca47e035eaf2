import { CoreError } from '../model';

/**
 * Turns file bytes into text, or says clearly why it cannot. The one rule for the page, the
 * import worker and the command line:
 * - UTF-16 when a byte-order mark says so (or when NUL bytes sit at every other position, as
 *   in UTF-16 saved without a mark);
 * - else UTF-8, strictly, wherever it is valid;
 * - a line that is not valid UTF-8 is re-read in a legacy code page (Windows-1256, the Arabic
 *   one that Arabic and Persian sites still serve, or Windows-1252 for Latin text) and named
 *   in `reread`, so one pasted legacy paragraph leaves every other paragraph intact;
 * - a file with no valid UTF-8 beyond ASCII is read whole in that code page;
 * - binary data (NUL bytes, control characters) is refused.
 */

/**
 * A long book is ~10 MB of UTF-8; books are decoded and segmented in a worker, so 64 MB still
 * imports. Beyond it a tab runs short of memory, so the user is told to split the file.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export type FallbackEncoding = 'windows-1256' | 'windows-1252';

/** A line of the file that was not valid UTF-8 and was read in a legacy code page. */
export interface Reread {
  /** 1-based line of the file. */
  line: number;
  encoding: FallbackEncoding;
  /** The re-read text (whitespace collapsed, at most SAMPLE characters), to find its paragraph. */
  sample: string;
}

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | FallbackEncoding;
  /** Bytes that could not be decoded at all and were replaced by U+FFFD. */
  replaced: number;
  /** Lines of a UTF-8 file that were not UTF-8, in file order. */
  reread: Reread[];
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new CoreError('empty-input', 'The file is empty.');
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new CoreError('too-large', `The file is ${bytes.length} bytes; the limit is ${MAX_IMPORT_BYTES}.`, {
      size: bytes.length,
      limit: MAX_IMPORT_BYTES,
    });
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : unmarkedUtf16(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    return { ...finish(text, utf16), replaced: countReplacements(text) };
  }
  if (looksBinary(bytes)) throw new CoreError('binary-input', 'This file is not text (it holds binary data).');
  try {
    return finish(new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'utf-8');
  } catch {
    return decodeMixed(bytes);
  }
}

function finish(text: string, encoding: Decoded['encoding']): Decoded {
  return { text: text.replace(/^\ufeff/, ''), encoding, replaced: 0, reread: [] };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/* ------------------------------------------------------------- mixed UTF-8 and legacy */

/** Longest sample kept per re-read line: enough to find its paragraph, small to post. */
const SAMPLE = 80;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const looseUtf8 = new TextDecoder('utf-8');
const legacy: Record<FallbackEncoding, TextDecoder> = {
  'windows-1256': new TextDecoder('windows-1256'),
  'windows-1252': new TextDecoder('windows-1252'),
};

/**
 * Length of the well-formed UTF-8 sequence at `i` (1 to 4 bytes); 0 when the bytes there are
 * not one; a negative -k when a multi-byte sequence starts correctly but is cut after k > 1
 * bytes (damage, not another encoding: a legacy code page rarely forms a valid prefix).
 */
export function utf8SequenceAt(b: Uint8Array, i: number, end: number): number {
  const x = b[i]!;
  if (x < 0x80) return 1;
  let n: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (x >= 0xc2 && x <= 0xdf) n = 2;
  else if (x >= 0xe0 && x <= 0xef) {
    n = 3;
    if (x === 0xe0) lo = 0xa0;
    else if (x === 0xed) hi = 0x9f;
  } else if (x >= 0xf0 && x <= 0xf4) {
    n = 4;
    if (x === 0xf0) lo = 0x90;
    else if (x === 0xf4) hi = 0x8f;
  } else return 0;
  let k = 1;
  for (; k < n && i + k < end; k++) {
    const y = b[i + k]!;
    if (k === 1 ? y < lo || y > hi : y < 0x80 || y > 0xbf) break;
  }
  if (k === n) return n;
  return k > 1 ? -k : 0;
}

type Piece = { kind: 'utf8' | 'legacy'; from: number; to: number } | { kind: 'damage'; from: number; to: number };

/** Splits one line into valid UTF-8, legacy runs and damaged sequences; counts their bytes. */
function scanLine(b: Uint8Array, from: number, to: number): { pieces: Piece[]; multi: number; invalid: number } {
  const pieces: Piece[] = [];
  let multi = 0;
  let invalid = 0;
  const push = (kind: Piece['kind'], s: number, e: number) => {
    const last = pieces[pieces.length - 1];
    if (last && last.kind === kind && last.to === s) last.to = e;
    else pieces.push({ kind, from: s, to: e });
  };
  for (let i = from; i < to; ) {
    const n = utf8SequenceAt(b, i, to);
    if (n > 0) {
      if (n > 1) multi += n;
      push('utf8', i, i + n);
      i += n;
    } else if (n < 0) {
      push('damage', i, i - n);
      i -= n;
    } else {
      invalid++;
      push('legacy', i, i + 1);
      i++;
    }
  }
  return { pieces, multi, invalid };
}

const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/;
const ASCII_LETTER = (x: number | undefined) => x !== undefined && ((x >= 0x41 && x <= 0x5a) || (x >= 0x61 && x <= 0x7a));

/**
 * Windows-1256 or Windows-1252 for these bytes. Both decode every byte, so the choice rests
 * on what the text looks like: read as Windows-1256, Arabic words are runs of high bytes
 * between spaces; Latin accents (café, Ñoño) are single high bytes inside ASCII words, which
 * would put an Arabic letter against a Latin one. Runs are the maximal stretches of bytes
 * >= 0x80 within [from, to).
 */
export function chooseFallback(b: Uint8Array, from: number, to: number): FallbackEncoding {
  let arabic = 0;
  let clash = 0;
  for (let i = from; i < to; ) {
    if (b[i]! < 0x80) {
      i++;
      continue;
    }
    let e = i;
    while (e < to && b[e]! >= 0x80) e++;
    const run = legacy['windows-1256'].decode(b.subarray(i, e));
    for (const ch of run) if (ARABIC_LETTER.test(ch)) arabic++;
    if (ASCII_LETTER(i > from ? b[i - 1] : undefined) && ARABIC_LETTER.test(run[0]!)) clash++;
    if (ASCII_LETTER(e < to ? b[e] : undefined) && ARABIC_LETTER.test(run[run.length - 1]!)) clash++;
    i = e;
  }
  return arabic > 0 && clash * 4 <= arabic ? 'windows-1256' : 'windows-1252';
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A file that is not valid UTF-8 as a whole. Lines are the unit: a legacy paragraph pasted
 * into a UTF-8 file is one line (or several), and both encodings keep 0x0A as a line break.
 * A line where valid multi-byte UTF-8 outweighs the rest stays UTF-8 with its odd stretches
 * re-read; otherwise the whole line is re-read (a legacy line can hold byte pairs that happen
 * to be valid UTF-8, as Persian گ after an Arabic letter does in Windows-1256).
 */
function decodeMixed(b: Uint8Array): Decoded {
  const bad: Array<{ line: number; from: number; to: number; pieces: Piece[]; whole: boolean }> = [];
  let utf8Beyond = false;
  let line = 0;
  for (let from = 0; from <= b.length; ) {
    line++;
    const nl = b.indexOf(0x0a, from);
    const to = nl < 0 ? b.length : nl;
    let valid = true;
    try {
      strictUtf8.decode(b.subarray(from, to));
    } catch {
      valid = false;
    }
    if (!valid) {
      const { pieces, multi, invalid } = scanLine(b, from, to);
      if (multi > 0 && multi >= invalid) utf8Beyond = true;
      bad.push({ line, from, to, pieces, whole: multi < invalid });
    }
    if (nl < 0) break;
    from = nl + 1;
  }
  // The valid stretches between bad lines, each decoded in one call: goods[k] precedes bad[k].
  const goods: string[] = [];
  let goodFrom = 0;
  for (const x of bad) {
    goods.push(strictUtf8.decode(b.subarray(goodFrom, x.from)));
    goodFrom = x.to;
  }
  goods.push(strictUtf8.decode(b.subarray(goodFrom)));
  if (!utf8Beyond) utf8Beyond = goods.some((g) => /[^\x00-\x7f]/.test(g));
  if (!utf8Beyond) {
    // Nothing here is UTF-8 beyond ASCII: a legacy file, read whole in one code page.
    const encoding = chooseFallback(b, 0, b.length);
    return finish(legacy[encoding].decode(b), encoding);
  }
  let replaced = 0;
  const reread: Reread[] = [];
  const texts = bad.map((x) => {
    const encoding = chooseFallback(b, x.from, x.to);
    if (x.whole) {
      const text = legacy[encoding].decode(b.subarray(x.from, x.to));
      reread.push({ line: x.line, encoding, sample: collapse(text).slice(0, SAMPLE) });
      return text;
    }
    let text = '';
    let first = -1;
    let last = -1;
    for (const p of x.pieces) {
      const bytes = b.subarray(p.from, p.to);
      if (p.kind === 'utf8') text += looseUtf8.decode(bytes);
      else if (p.kind === 'damage') {
        text += '\ufffd';
        replaced += p.to - p.from;
      } else {
        if (first < 0) first = text.length;
        text += legacy[encoding].decode(bytes);
        last = text.length;
      }
    }
    if (first >= 0) reread.push({ line: x.line, encoding, sample: collapse(text.slice(first, last)).slice(0, SAMPLE) });
    return text;
  });
  const text = goods.map((g, k) => g + (texts[k] ?? '')).join('');
  return { text: text.replace(/^\ufeff/, ''), encoding: 'utf-8', replaced, reread };
}

/* --------------------------------------------------------------------------- UTF-16 */

/**
 * UTF-16 saved without a byte-order mark: ASCII characters (spaces, line breaks, digits) put a
 * NUL in every other byte, all on one side, and the whole decodes strictly as text.
 */
function unmarkedUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (b.length < 4 || b.length % 2) return null;
  const n = Math.min(b.length, 8192);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (b[i] === 0) (i % 2 ? odd++ : even++);
  const pairs = n / 2;
  let encoding: 'utf-16le' | 'utf-16be';
  if (odd >= pairs * 0.1 && even <= odd * 0.02) encoding = 'utf-16le';
  else if (even >= pairs * 0.1 && odd <= even * 0.02) encoding = 'utf-16be';
  else return null;
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(b.subarray(0, n - (n % 2)));
    return /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text) ? null : encoding;
  } catch {
    return null;
  }
}

/* ------------------------------------------------------------------------ reporting */

/** What the user is told about how a file was read, once its paragraphs are known. */
export interface DecodeNote {
  encoding: Decoded['encoding'];
  replaced: number;
  /** Re-read lines grouped by code page: the paragraphs (0-based) they fell in, in order. */
  reread: Array<{ encoding: FallbackEncoding; paragraphs: number[]; lines: number[] }>;
}

/**
 * Finds the paragraphs that hold the re-read lines. Lines and paragraphs are both in file
 * order, so the search moves forward only: linear in the document, however many lines.
 */
export function describeDecoding(decoded: Pick<Decoded, 'encoding' | 'replaced' | 'reread'>, paragraphs: readonly string[]): DecodeNote {
  const groups = new Map<FallbackEncoding, { encoding: FallbackEncoding; paragraphs: number[]; lines: number[] }>();
  let at = 0;
  for (const r of decoded.reread) {
    const group = groups.get(r.encoding) ?? { encoding: r.encoding, paragraphs: [], lines: [] };
    groups.set(r.encoding, group);
    group.lines.push(r.line);
    const sample = r.sample.normalize('NFC');
    if (!sample) continue;
    for (let p = at; p < paragraphs.length; p++) {
      if (paragraphs[p]!.includes(sample)) {
        if (group.paragraphs[group.paragraphs.length - 1] !== p) group.paragraphs.push(p);
        at = p;
        break;
      }
    }
  }
  return { encoding: decoded.encoding, replaced: decoded.replaced, reread: [...groups.values()] };
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

/**
 * Text with nothing a reader would see: whitespace, format characters (zero-width spaces and
 * joiners, direction marks and embeddings, the byte-order mark, soft hyphens) and controls.
 */
const VISIBLE = /[^\s\p{Cf}\p{Cc}]/u;

export function isInvisible(text: string): boolean {
  return !VISIBLE.test(text);
}

/** Pasted or decoded text is checked the same way as file bytes. */
export function checkText(text: string): string {
  if (text.length > MAX_IMPORT_BYTES) {
    throw new CoreError('too-large', `The text has ${text.length} characters; the limit is ${MAX_IMPORT_BYTES}.`, {
      size: text.length,
      limit: MAX_IMPORT_BYTES,
    });
  }
  if (isInvisible(text)) throw new CoreError('empty-input', 'There is no text to import.');
  if (text.includes('\u0000')) throw new CoreError('binary-input', 'This text holds binary data (NUL characters).');
  return text;
}
