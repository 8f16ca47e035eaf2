import { CoreError } from '../model';
import { looksBinary } from './decode';

/**
 * The bytes of an XML file as text, the way XML says to find the encoding (XML 1.0 appendix
 * F): a byte order mark; else the first bytes of "<?xml" in UTF-16 without a mark; else the
 * encoding the XML declaration names; else UTF-8. Unlike decodeBytes (for pasted articles),
 * nothing is guessed: a file that is not what it declares is refused with a message that
 * says so, rather than read as mojibake.
 */

export type XmlEncoding = string;

export interface DecodedXml {
  text: string;
  /** The WHATWG name of the encoding used (utf-8, utf-16le, windows-1252, …). */
  encoding: XmlEncoding;
}

function notXml(message: string): CoreError {
  return new CoreError('invalid-format', message, { detail: message });
}

/** The encoding a byte order mark or UTF-16 "<" gives away; null for ASCII-compatible files. */
function sniff(bytes: Uint8Array): { encoding: string; skip: number } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // No mark: an XML file starts with "<" or white space, which UTF-16 pairs with a zero byte.
  if (bytes.length >= 2 && b0 !== 0 && b1 === 0) return { encoding: 'utf-16le', skip: 0 };
  if (bytes.length >= 2 && b0 === 0 && b1 !== 0) return { encoding: 'utf-16be', skip: 0 };
  return null;
}

const DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*(["'])([A-Za-z][\w.:-]*)\1/;

/** The encoding named by the XML declaration, read as ASCII from the file's first bytes. */
function declared(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 256));
  return DECLARATION.exec(head)?.[2];
}

function decoder(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw notXml(`its XML declaration names the encoding "${label}", which cannot be read here; save it as UTF-8 and import it again.`);
  }
}

export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  if (bytes.length === 0) throw new CoreError('empty-input', 'The file is empty.');
  const bom = sniff(bytes);
  if (!bom && looksBinary(bytes)) throw notXml('it is not text (it holds binary data), so it is not a TMX file.');
  const label = bom?.encoding ?? declared(bytes) ?? 'utf-8';
  const dec = decoder(label);
  let text: string;
  try {
    text = dec.decode(bytes.subarray(bom?.skip ?? 0));
  } catch {
    const said = bom ? `${label} (from its first bytes)` : declared(bytes) ? `${label} (as its XML declaration says)` : 'UTF-8 (it names no other encoding)';
    throw notXml(`it is not valid ${said}. If it uses another encoding, its XML declaration must name it.`);
  }
  if (!/^\s*</.test(text)) throw notXml('it does not start with "<", so it is not an XML (TMX) file.');
  return { text, encoding: dec.encoding };
}
