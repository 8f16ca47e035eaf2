import { CoreError } from '../../core/model';
import { decodeBytes, type Decoded, type DecodeNote } from '../../core/formats/decode';
import { isHtml, markdownToText } from '../../core/formats/plaintext';
import { formatNumber, t, uiLang } from '../../i18n';

const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'PRE', 'DD', 'DT', 'BR', 'HR', 'TABLE', 'UL', 'OL']);
// Navigation, forms and asides are site furniture, never article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'FOOTER']);

/**
 * HTML becomes plain text through DOMParser, which builds an inert document: scripts do not
 * run and nothing is inserted into the page. Block elements become line breaks. The walk keeps
 * its own stack, so a page nested 10,000 deep reads like any other (recursion ran out of stack).
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  // A node to enter, or a block element's end (its closing line break).
  const stack: Array<Node | null> = [doc.body];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      out.push('\n');
      continue;
    }
    if (!node) continue;
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const name = (node as Element).tagName;
    if (SKIP.has(name)) continue;
    if (BLOCK.has(name)) {
      out.push('\n');
      stack.push(null);
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return out.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export interface FileText {
  text: string;
  /** How the bytes were decoded: encoding, replaced bytes, lines re-read in a legacy code page. */
  decoded: Omit<Decoded, 'text'>;
}

/**
 * Any text file's content (annotation exports, TMX): decoded and checked, not converted. A
 * binary file is told what this import expects (`kind` picks the message), not a document's
 * .txt, .md or .html.
 */
export async function readRawText(file: File, kind: 'tmx' | 'annotations'): Promise<string> {
  try {
    return decodeBytes(new Uint8Array(await file.arrayBuffer())).text;
  } catch (e) {
    if (e instanceof CoreError && e.code === 'binary-input') throw new CoreError('binary-input', e.message, { context: kind });
    throw e;
  }
}

export type FileFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXT: Record<string, FileFormat> = {
  '': 'text',
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

/** The format a document file is read as, by its extension; other kinds are refused clearly. */
export function fileFormat(file: File): FileFormat {
  const ext = file.name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const format = FORMAT_BY_EXT[ext];
  if (!format) throw new CoreError('unsupported-file', `Unsupported file ${file.name}`, { name: file.name });
  return format;
}

/** Reads a chosen or dropped file as text, by its extension; refuses other kinds clearly. */
export async function readFileText(file: File): Promise<FileText> {
  const format = fileFormat(file);
  const { text: raw, ...decoded } = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  const text = isHtml(format, raw) ? htmlToText(raw) : format === 'markdown' ? markdownToText(raw) : raw;
  return { text, decoded };
}

const ENCODING_NAMES: Record<Decoded['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  'windows-1256': 'Windows-1256',
  'windows-1252': 'Windows-1252',
};

/** Paragraph or line numbers as people count them (from 1), at most ten, in the UI's language. */
function numberList(indices: readonly number[], base: number): string {
  const shown = indices.slice(0, 10).map((i) => formatNumber(i + base));
  if (indices.length > shown.length) shown.push(t('import.andMore', { count: indices.length - shown.length }));
  return new Intl.ListFormat(uiLang(), { type: 'conjunction' }).format(shown);
}

/**
 * What the user is told about how a file was read: a legacy code page for the whole file, or
 * the paragraphs that were not UTF-8 and were re-read, and bytes that could not be read at all.
 * Empty when the file was plain UTF-8 or UTF-16.
 */
export function decodingMessage(note: DecodeNote | null): string {
  if (!note) return '';
  const parts: string[] = [];
  if (note.encoding === 'windows-1256' || note.encoding === 'windows-1252') parts.push(t('import.readAs', { encoding: ENCODING_NAMES[note.encoding] }));
  for (const group of note.reread) {
    const encoding = ENCODING_NAMES[group.encoding];
    if (group.paragraphs.length) parts.push(t('import.reread', { count: group.paragraphs.length, list: numberList(group.paragraphs, 1), encoding }));
    else parts.push(t('import.rereadLines', { count: group.lines.length, list: numberList(group.lines, 0), encoding }));
  }
  if (note.replaced) parts.push(t('import.replaced', { count: note.replaced }));
  return parts.join(' ');
}
