import { CoreError } from '../../core/model';
import { decodeBytes } from '../../core/formats/decode';
import { markdownToText } from '../../core/formats/plaintext';

const BLOCK = new Set(['P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'PRE', 'DD', 'DT', 'BR', 'HR', 'TABLE', 'UL', 'OL']);
// Navigation, forms and asides are site furniture, never article text.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG', 'HEAD', 'NAV', 'ASIDE', 'FORM', 'BUTTON', 'FOOTER']);

/**
 * HTML becomes plain text through DOMParser, which builds an inert document: scripts do not
 * run and nothing is inserted into the page. Block elements become line breaks.
 */
export function htmlToText(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      out.push((node.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const name = (node as Element).tagName;
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    node.childNodes.forEach(walk);
    if (block) out.push('\n');
  };
  walk(doc.body);
  return out.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
}

export interface FileText {
  text: string;
  replaced: number;
}

/** Any text file's content (annotation exports, TMX): decoded and checked, not converted. */
export async function readRawText(file: File): Promise<string> {
  return decodeBytes(new Uint8Array(await file.arrayBuffer())).text;
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
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  const isHtml = format === 'html' || /^\s*<(!doctype html|html)/i.test(decoded.text);
  const text = isHtml ? htmlToText(decoded.text) : format === 'markdown' ? markdownToText(decoded.text) : decoded.text;
  return { text, replaced: decoded.replaced };
}
