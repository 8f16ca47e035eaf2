import type { Bead, BeadStatus, Dir, Paragraph, ParagraphIndex } from '../model';
import { CoreError } from '../model';
import { classifyParagraphs } from '../text/boilerplate';
import { dirOf } from '../text/detect';
import { toNfc } from '../text/normalize';
import { splitSentences } from '../text/sentences';
import { version as APP_VERSION } from '../../../package.json';
import {
  beadsBetween,
  exportUnits,
  linksFit,
  type AlignedRow,
  type AlignmentData,
  type ExportDoc,
  type ExportLevel,
  type ExportUnit,
} from './alignment-export';

/**
 * TMX 1.4b (LISA OSCAR), the translation-memory format every CAT tool reads, for an
 * alignment of two or more documents; and its import.
 *
 * Export: one <tu> per row (per sentence link at sentence level), one <tuv xml:lang> per
 * non-empty side, the side's paragraphs joined by a line break inside <seg> (see
 * alignment-export.ts). What TMX has no attribute for travels in <prop type="x-…">, which
 * other tools keep and ignore: the row's status, confidence and score, the sentence links
 * of each side, and the document order in the header. The file validates against the
 * 1.4b DTD (tmx14b.dtd beside this file).
 *
 * Import: a strict parser for the XML subset TMX uses (no DTD processing, no entities but
 * XML's five and character references), with the line of every error; each <tu> becomes a
 * row, each language a document, each line of a <seg> a paragraph. All or nothing: a
 * malformed file throws CoreError('invalid-format', "Line N: …", { line: N }).
 */

/** The system identifier the specification gives; tools know TMX by it. */
export const TMX_DTD_FILE = 'tmx14.dtd';

export interface TmxExportOptions {
  level?: ExportLevel;
  /** Write status, confidence, score and sentence links as <prop>s (default true). */
  metadata?: boolean;
  /** Write a row's note as <note> (default true). */
  notes?: boolean;
  /** creationtoolversion; defaults to the app's version. */
  toolVersion?: string;
  /** creationdate; defaults to now. */
  date?: Date;
}

/* ================================================================== writing */

/** Our <prop> types: a row's figures, each side's sentence links, the document order. */
const PROP = {
  status: 'x-status',
  confidence: 'x-confidence',
  score: 'x-score',
  links: 'x-sentence-links',
  languages: 'x-languages',
} as const;

// XML 1.0 forbids these even as character references; they are written as U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Invisible direction controls are written as references: they survive editors that drop
// or reorder them, and a person reading the file can see they are there. So is CR, which a
// parser would read as a line feed.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\r]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const charRef = (c: string): string => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`;

export function xmlText(s: string): string {
  return s
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>]/g, (c) => ESCAPES[c]!)
    .replace(BIDI_CONTROLS, charRef);
}

/** Attribute values also escape quotes, and whitespace a parser would turn into spaces. */
export function xmlAttr(s: string): string {
  return xmlText(s)
    .replace(/"/g, '&quot;')
    .replace(/[\t\n]/g, charRef);
}

/** TMX's date form, YYYYMMDDThhmmssZ. */
function tmxDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const prop = (type: string, value: string, indent: string): string => `${indent}<prop type="${xmlAttr(type)}">${xmlText(value)}</prop>\n`;

function checkLanguages(docs: readonly ExportDoc[]): void {
  const seen = new Set<string>();
  for (const d of docs) {
    const key = d.lang.toLowerCase();
    if (!d.lang.trim() || seen.has(key)) {
      // TMX tells the variants of a unit apart by language only.
      throw new CoreError('invalid-operation', `TMX needs one document per language; "${d.lang}" is used twice or empty.`);
    }
    seen.add(key);
  }
}

function headerXml(data: AlignmentData, options: TmxExportOptions, level: ExportLevel): string {
  const attrs: Array<[string, string]> = [
    ['creationtool', 'Tarjuman'],
    ['creationtoolversion', options.toolVersion ?? APP_VERSION],
    ['datatype', 'plaintext'],
    ['segtype', level],
    ['adminlang', 'en'],
    ['srclang', data.docs[0]?.lang ?? 'en'],
    ['o-tmf', 'Tarjuman'],
    ['creationdate', tmxDate(options.date ?? new Date())],
  ];
  const open = `  <header ${attrs.map(([k, v]) => `${k}="${xmlAttr(v)}"`).join(' ')}`;
  if (options.metadata === false) return `${open}/>\n`;
  return `${open}>\n${prop(PROP.languages, data.docs.map((d) => d.lang).join(' '), '    ')}  </header>\n`;
}

/** A side's part in each sentence link: "0 1,2 -" (indices, "-" where it has none). */
function linksProp(row: AlignedRow, d: number): string {
  return (row.sentences ?? []).map((l) => (l[d]?.length ? l[d]!.join(',') : '-')).join(' ');
}

function tuvXml(lang: string, text: string, links: string | null): string {
  const linkProp = links === null ? '' : prop(PROP.links, links, '        ');
  return `      <tuv xml:lang="${xmlAttr(lang)}">\n${linkProp}        <seg>${xmlText(text)}</seg>\n      </tuv>\n`;
}

function tuXml(data: AlignmentData, unit: ExportUnit, options: TmxExportOptions, level: ExportLevel): string {
  const row = data.rows[unit.row]!;
  const tuid = unit.link === undefined ? `${unit.row + 1}` : `${unit.row + 1}.${unit.link + 1}`;
  const meta = options.metadata !== false;
  let out = `    <tu tuid="${tuid}">\n`;
  if (meta) {
    out += prop(PROP.status, unit.status, '      ') + prop(PROP.confidence, String(unit.confidence), '      ') + prop(PROP.score, String(unit.score), '      ');
  }
  if (options.notes !== false && unit.note) out += `      <note>${xmlText(unit.note)}</note>\n`;
  const withLinks = meta && level === 'paragraph' && row.sentences !== undefined;
  unit.sides.forEach((side, d) => {
    if (side.indices.length) out += tuvXml(data.docs[d]!.lang, side.text, withLinks ? linksProp(row, d) : null);
  });
  return `${out}    </tu>\n`;
}

/** The alignment as a TMX 1.4b document (UTF-8 text). */
export function alignmentToTmx(data: AlignmentData, options: TmxExportOptions = {}): string {
  checkLanguages(data.docs);
  const level = options.level ?? 'paragraph';
  const units = exportUnits(data, level).filter((u) => u.sides.some((s) => s.indices.length));
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!DOCTYPE tmx SYSTEM "${TMX_DTD_FILE}">\n` +
    '<tmx version="1.4">\n' +
    headerXml(data, options, level) +
    '  <body>\n' +
    units.map((u) => tuXml(data, u, options, level)).join('') +
    '  </body>\n' +
    '</tmx>\n'
  );
}

/* ================================================================== XML parsing */

export interface XmlText {
  kind: 'text';
  text: string;
  line: number;
}

export interface XmlElement {
  kind: 'element';
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
  line: number;
  /** Line of the end tag (of the start tag when self-closing). */
  endLine: number;
}

export type XmlNode = XmlElement | XmlText;

function malformed(line: number, what: string): CoreError {
  const message = `Line ${line}: ${what}`;
  return new CoreError('invalid-format', message, { line, detail: message });
}

/** Position in the source, with lines found by binary search over line starts. */
class Cursor {
  pos = 0;
  private readonly starts: number[] = [0];

  constructor(readonly src: string) {
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  lineAt(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  get line(): number {
    return this.lineAt(this.pos);
  }

  fail(what: string, pos = this.pos): never {
    throw malformed(this.lineAt(pos), what);
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  get done(): boolean {
    return this.pos >= this.src.length;
  }

  /** Moves past `end`, returning what lay before it; fails with `what` if it never comes. */
  until(end: string, what: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) this.fail(what);
    const text = this.src.slice(this.pos, at);
    this.pos = at + end.length;
    return text;
  }

  skipSpace(): boolean {
    const start = this.pos;
    while (!this.done && ' \t\n'.includes(this.src[this.pos]!)) this.pos++;
    return this.pos > start;
  }

  name(what: string): string {
    NAME.lastIndex = this.pos;
    const m = NAME.exec(this.src);
    if (!m) this.fail(`expected ${what}`);
    this.pos += m[0].length;
    return m[0];
  }
}

const NAME = /[A-Za-z_:\u00C0-\uFFFF][\w.:\u00B7\u00C0-\uFFFF-]*/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

/** Reads `&…;` at the cursor (which is on the "&"). */
const REFERENCE = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_][\w.-]*);/y;

function readReference(c: Cursor): string {
  const start = c.pos;
  REFERENCE.lastIndex = start;
  const found = REFERENCE.exec(c.src);
  if (!found) c.fail('a bare "&" (write &amp;) or a malformed reference', start);
  c.pos = start + found[0].length;
  const body = found[1]!;
  if (!body.startsWith('#')) {
    const value = PREDEFINED[body];
    if (value === undefined) c.fail(`unknown entity &${body}; (TMX allows &lt; &gt; &amp; &quot; &apos; and numeric references)`, start);
    return value;
  }
  const cp = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (!isXmlChar(cp)) c.fail(`&${body}; is not a character XML allows`, start);
  return String.fromCodePoint(cp);
}

/** An attribute value; literal whitespace becomes a space, as XML normalises it. */
function readAttrValue(c: Cursor): string {
  const quote = c.src[c.pos];
  if (quote !== '"' && quote !== "'") c.fail('an attribute value must be quoted');
  c.pos++;
  let value = '';
  for (;;) {
    if (c.done) c.fail('an attribute value is never closed');
    const ch = c.src[c.pos]!;
    if (ch === quote) break;
    if (ch === '<') c.fail('"<" inside an attribute value');
    if (ch === '&') value += readReference(c);
    else {
      value += ch === '\t' || ch === '\n' ? ' ' : ch;
      c.pos++;
    }
  }
  c.pos++;
  return value;
}

/** `<name attr="v" …>` or `…/>`, the cursor on the "<". */
function readStartTag(c: Cursor): { element: XmlElement; selfClosing: boolean } {
  const line = c.line;
  c.pos++;
  const name = c.name('an element name after "<"');
  const attrs = new Map<string, string>();
  for (;;) {
    const spaced = c.skipSpace();
    if (c.done) c.fail(`the start tag <${name}> is never finished`);
    if (c.startsWith('/>') || c.startsWith('>')) break;
    if (!spaced) c.fail(`expected a space, ">" or "/>" in <${name}>`);
    const attr = c.name(`an attribute name in <${name}>`);
    c.skipSpace();
    if (c.src[c.pos] !== '=') c.fail(`expected "=" after ${attr} in <${name}>`);
    c.pos++;
    c.skipSpace();
    if (attrs.has(attr)) c.fail(`${attr} appears twice in <${name}>`);
    attrs.set(attr, readAttrValue(c));
  }
  const selfClosing = c.startsWith('/>');
  c.pos += selfClosing ? 2 : 1;
  return { element: { kind: 'element', name, attrs, children: [], line, endLine: line }, selfClosing };
}

const TEXT_RUN = /[^<&]+/y;

/** Character data up to the next "<", references decoded; runs are sliced, not copied by character. */
function readText(c: Cursor): XmlText {
  const line = c.line;
  let text = '';
  while (!c.done && c.src[c.pos] !== '<') {
    if (c.src[c.pos] === '&') {
      text += readReference(c);
      continue;
    }
    TEXT_RUN.lastIndex = c.pos;
    const run = TEXT_RUN.exec(c.src)![0];
    const cdataEnd = run.indexOf(']]>');
    if (cdataEnd >= 0) c.fail('"]]>" outside a CDATA section', c.pos + cdataEnd);
    text += run;
    c.pos += run.length;
  }
  return { kind: 'text', text, line };
}

/** Skips a DOCTYPE declaration, internal subset included; its declarations are not used. */
function skipDoctype(c: Cursor): void {
  const start = c.pos;
  let depth = 0;
  let quote = '';
  for (c.pos += '<!DOCTYPE'.length; !c.done; c.pos++) {
    const ch = c.src[c.pos]!;
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']') depth--;
    else if (ch === '>' && depth === 0) {
      c.pos++;
      return;
    }
  }
  c.fail('the DOCTYPE declaration is never closed', start);
}

/** Comments and processing instructions, allowed anywhere markup is. */
function skipCommentOrPi(c: Cursor): boolean {
  if (c.startsWith('<!--')) {
    const start = c.pos;
    c.pos += 4;
    const body = c.until('-->', 'a comment is never closed');
    if (body.includes('--')) c.fail('"--" inside a comment', start);
    return true;
  }
  if (c.startsWith('<?')) {
    c.until('?>', 'a processing instruction is never closed');
    return true;
  }
  return false;
}

/** Whitespace, comments, PIs and (before the root) one DOCTYPE. */
function skipMisc(c: Cursor, beforeRoot: boolean): void {
  let doctype = false;
  for (;;) {
    c.skipSpace();
    if (skipCommentOrPi(c)) continue;
    if (beforeRoot && !doctype && c.startsWith('<!DOCTYPE')) {
      skipDoctype(c);
      doctype = true;
      continue;
    }
    return;
  }
}

/** One step inside an element: a child, text, CDATA, a comment or the end tag. */
function readContent(c: Cursor, stack: XmlElement[]): void {
  const top = stack[stack.length - 1]!;
  if (c.startsWith('</')) {
    const at = c.pos;
    c.pos += 2;
    const name = c.name('an element name after "</"');
    c.skipSpace();
    if (c.src[c.pos] !== '>') c.fail(`expected ">" to end </${name}>`);
    c.pos++;
    if (name !== top.name) c.fail(`</${name}> does not close <${top.name}> (opened on line ${top.line})`, at);
    top.endLine = c.lineAt(at);
    stack.pop();
  } else if (c.startsWith('<![CDATA[')) {
    const line = c.line;
    c.pos += 9;
    top.children.push({ kind: 'text', text: c.until(']]>', 'a CDATA section is never closed'), line });
  } else if (skipCommentOrPi(c)) {
    // nothing to keep
  } else if (c.startsWith('<!')) {
    c.fail('a declaration inside an element');
  } else if (c.startsWith('<')) {
    const { element, selfClosing } = readStartTag(c);
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  } else {
    top.children.push(readText(c));
  }
}

/** The document element of an XML text, strictly parsed. */
export function parseXml(input: string): XmlElement {
  // XML reads CRLF and a lone CR as a line break; doing it first keeps line numbers right.
  const c = new Cursor(input.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  const bad = /[^\t\n\u0020-\uD7FF\uE000-\uFFFD\uD800-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(c.src);
  if (bad) c.fail(`a character XML does not allow (U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})`, bad.index);
  skipMisc(c, true);
  if (!c.startsWith('<') || c.startsWith('</') || c.startsWith('<!')) c.fail(c.done ? 'the file is empty' : 'expected the root element');
  const { element: root, selfClosing } = readStartTag(c);
  const stack = selfClosing ? [] : [root];
  while (stack.length) {
    if (c.done) {
      const open = stack[stack.length - 1]!;
      throw malformed(open.line, `<${open.name}> is never closed`);
    }
    readContent(c, stack);
  }
  skipMisc(c, false);
  if (!c.done) c.fail('content after the end of the root element');
  return root;
}

/* ================================================================== reading TMX */

export interface TmxDoc {
  lang: string;
  dir: Dir;
  paragraphs: Paragraph[];
}

export interface TmxImport {
  /** One per language: the source language first, then the header's order or first use. */
  docs: TmxDoc[];
  /** One per <tu> (units with no text at all are skipped). */
  rows: AlignedRow[];
  /** The rows seen from the first two documents, as the reader shows them. */
  beads: Bead[];
  srclang: string;
  segtype: string;
  creationtool: string;
}

const elements = (el: XmlElement): XmlElement[] => el.children.filter((n): n is XmlElement => n.kind === 'element');

/** Structure elements hold only elements (and whitespace) of the names allowed. */
function checkStructure(el: XmlElement, allowed: readonly string[]): XmlElement[] {
  for (const child of el.children) {
    if (child.kind === 'text' && child.text.trim()) throw malformed(child.line, `text directly inside <${el.name}> (text belongs in <seg>)`);
    if (child.kind === 'element' && !allowed.includes(child.name)) {
      throw malformed(child.line, `<${child.name}> is not allowed in <${el.name}> (expected ${allowed.map((n) => `<${n}>`).join(', ')})`);
    }
  }
  return elements(el);
}

/** Text of an element that holds only text (<prop>, <note>). */
function plainText(el: XmlElement): string {
  const inner = elements(el)[0];
  if (inner) throw malformed(inner.line, `<${inner.name}> is not allowed in <${el.name}>`);
  return el.children.map((n) => (n.kind === 'text' ? n.text : '')).join('');
}

// Inline codes stand for formatting of the original file (<b>, {1}); they are not text.
const INLINE_CODES = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

/**
 * The text of a <seg>: character data and <hi> content; inline codes are left out. The walk
 * keeps its own stack: <hi> nested 10,000 deep ran recursion out of stack.
 */
function segText(seg: XmlElement): string {
  const out: string[] = [];
  const stack: Array<{ el: XmlElement; next: number }> = [{ el: seg, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1]!;
    const n = top.el.children[top.next++];
    if (!n) stack.pop();
    else if (n.kind === 'text') out.push(n.text);
    else if (n.name === 'hi') stack.push({ el: n, next: 0 });
    else if (!INLINE_CODES.has(n.name)) throw malformed(n.line, `<${n.name}> is not allowed in <${top.el.name}>`);
  }
  return out.join('');
}

/** `<tmx>` holds exactly a header and a body. */
function tmxParts(root: XmlElement): { header: XmlElement; body: XmlElement } {
  if (root.name !== 'tmx') throw malformed(root.line, `the root element is <${root.name}>, not <tmx>`);
  const [header, body, extra] = checkStructure(root, ['header', 'body']);
  if (!header || header.name !== 'header') throw malformed(header?.line ?? root.line, 'missing <header> (it comes first in <tmx>)');
  if (!body) throw malformed(root.endLine, 'missing <body> after <header>');
  if (body.name !== 'body') throw malformed(body.line, `expected <body>, found a second <${body.name}>`);
  if (extra) throw malformed(extra.line, `<${extra.name}> after <body>`);
  checkStructure(header, ['note', 'prop', 'ude']);
  return { header, body };
}

interface Props {
  get(type: string): { value: string; line: number } | undefined;
}

/** <note>s and <prop>s first, then the rest: the order TMX requires in <tu> and <tuv>. */
function splitMeta(el: XmlElement, rest: string): { props: Props; notes: string[]; main: XmlElement[] } {
  const children = checkStructure(el, ['note', 'prop', rest]);
  const firstMain = children.findIndex((c) => c.name === rest);
  const meta = firstMain < 0 ? children : children.slice(0, firstMain);
  const main = firstMain < 0 ? [] : children.slice(firstMain);
  const late = main.find((c) => c.name !== rest);
  if (late) throw malformed(late.line, `<${late.name}> after <${rest}> in <${el.name}> (notes and props come first)`);
  return { props: readProps(meta), notes: meta.filter((m) => m.name === 'note').map(plainText), main };
}

function readProps(children: readonly XmlElement[]): Props {
  const props = new Map<string, { value: string; line: number }>();
  for (const p of children.filter((m) => m.name === 'prop')) {
    const type = p.attrs.get('type');
    if (type === undefined) throw malformed(p.line, '<prop> without a type');
    props.set(type, { value: plainText(p), line: p.line });
  }
  return props;
}

/** Languages in document order, keyed case-insensitively (en-US and en-us are one). */
class Languages {
  readonly tags: string[] = [];
  private readonly index = new Map<string, number>();

  add(tag: string): number {
    const key = tag.toLowerCase();
    let d = this.index.get(key);
    if (d === undefined) {
      d = this.tags.length;
      this.tags.push(tag);
      this.index.set(key, d);
    }
    return d;
  }
}

/** Header order: our x-languages prop, else the source language first. */
function headerLanguages(header: XmlElement): Languages {
  const langs = new Languages();
  // The header's notes, props and <ude>s come in any order (checked by tmxParts).
  const props = readProps(elements(header));
  const listed = props.get(PROP.languages)?.value.split(/\s+/).filter(Boolean) ?? [];
  const src = header.attrs.get('srclang');
  for (const tag of listed.length ? listed : src && src !== '*all*' ? [src] : []) langs.add(tag);
  return langs;
}

function number(p: { value: string; line: number } | undefined, name: string, fallback: number, max = Infinity): number {
  if (!p) return fallback;
  const x = Number(p.value.trim());
  if (!p.value.trim() || !Number.isFinite(x) || x < 0 || x > max) throw malformed(p.line, `${name} must be a number${max === 1 ? ' from 0 to 1' : ''}, not "${p.value}"`);
  return x;
}

const STATUSES: readonly BeadStatus[] = ['auto', 'confirmed', 'edited'];

/**
 * Figures of a row. A unit from another tool carries none: it becomes an 'auto' row with
 * confidence 1 and score 0, a link the reviewer has not vouched for but nothing doubts.
 */
function rowFigures(props: Props): Pick<AlignedRow, 'score' | 'confidence' | 'status'> {
  const status = props.get(PROP.status);
  if (status && !STATUSES.includes(status.value.trim() as BeadStatus)) {
    throw malformed(status.line, `${PROP.status} must be auto, confirmed or edited, not "${status.value}"`);
  }
  return {
    status: (status?.value.trim() as BeadStatus | undefined) ?? 'auto',
    confidence: number(props.get(PROP.confidence), PROP.confidence, 1, 1),
    score: number(props.get(PROP.score), PROP.score, 0),
  };
}

/** Lines of a <seg>, one paragraph each; blank lines carry nothing. */
function segParagraphs(text: string): string[] {
  return toNfc(text)
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** "0 1,2 -" back to per-link index lists; null when it does not read. */
function parseLinks(value: string): number[][] | null {
  const groups = value.trim().split(/\s+/);
  const out = groups.map((g) => (g === '-' ? [] : g.split(',').map((x) => (/^\d+$/.test(x) ? Number(x) : NaN))));
  return out.every((g) => g.every(Number.isInteger)) ? out : null;
}

interface TuvRead {
  doc: number;
  texts: string[];
  links: number[][] | null;
}

function readTuv(tuv: XmlElement, langs: Languages): TuvRead {
  const lang = tuv.attrs.get('xml:lang') ?? tuv.attrs.get('lang'); // lang: TMX 1.3 and older
  if (!lang?.trim()) throw malformed(tuv.line, '<tuv> without xml:lang');
  const { props, main } = splitMeta(tuv, 'seg');
  if (main.length !== 1) throw malformed(main[1]?.line ?? tuv.line, `a <tuv> needs exactly one <seg>, found ${main.length}`);
  const links = props.get(PROP.links);
  return { doc: langs.add(lang.trim()), texts: segParagraphs(segText(main[0]!)), links: links ? parseLinks(links.value) : null };
}

interface TuRead {
  figures: Pick<AlignedRow, 'score' | 'confidence' | 'status'>;
  note: string;
  tuvs: TuvRead[];
}

function readTu(tu: XmlElement, langs: Languages): TuRead {
  const { props, notes, main } = splitMeta(tu, 'tuv');
  if (main.length === 0) throw malformed(tu.line, '<tu> without any <tuv>');
  const tuvs = main.map((t) => readTuv(t, langs));
  const seen = new Set<number>();
  tuvs.forEach((t, k) => {
    if (seen.has(t.doc)) throw malformed(main[k]!.line, `a second <tuv> for ${langs.tags[t.doc]} in one <tu>`);
    seen.add(t.doc);
  });
  return { figures: rowFigures(props), note: notes.join('\n'), tuvs };
}

/** Appends a unit's paragraphs to the documents and returns its row (sides not yet padded). */
function addRow(tu: TuRead, texts: string[][]): AlignedRow {
  const sides: number[][] = [];
  for (const tuv of tu.tuvs) {
    while (texts.length <= tuv.doc) texts.push([]);
    const doc = texts[tuv.doc]!;
    sides[tuv.doc] = tuv.texts.map((t) => doc.push(t) - 1);
  }
  return { sides, ...tu.figures, ...(tu.note ? { note: tu.note } : {}) };
}

/** Sentence links of a row, kept only if every side's part names its sentences exactly. */
function rowLinks(tu: TuRead, row: AlignedRow, docs: TmxDoc[]): number[][][] | undefined {
  const withLinks = tu.tuvs.filter((t) => t.links);
  if (withLinks.length === 0 || withLinks.length !== tu.tuvs.length) return undefined;
  const count = withLinks[0]!.links!.length;
  if (!withLinks.every((t) => t.links!.length === count)) return undefined;
  const links = Array.from({ length: count }, (_, k) => docs.map((_, d) => tu.tuvs.find((t) => t.doc === d)?.links![k] ?? []));
  const sentenceCounts = docs.map((doc, d) => row.sides[d]!.reduce((n, i) => n + Math.max(1, doc.paragraphs[i]!.sentences.length), 0));
  return linksFit(links, sentenceCounts) ? links : undefined;
}

function buildParagraphs(texts: string[], lang: string): Paragraph[] {
  const kinds = classifyParagraphs(texts);
  return texts.map((text, index) => ({
    index: index as ParagraphIndex,
    text,
    sentences: splitSentences(text, lang),
    kind: kinds[index]!.kind,
    ...(kinds[index]!.reason ? { kindReason: kinds[index]!.reason } : {}),
  }));
}

/**
 * Reads a TMX file (1.1 to 1.4b). Each language becomes a document and each <tu> a row;
 * a language missing from a <tu> is an empty side there.
 */
export function tmxToAlignment(input: string): TmxImport {
  const { header, body } = tmxParts(parseXml(input));
  const langs = headerLanguages(header);
  const tus = checkStructure(body, ['tu']).map((tu) => readTu(tu, langs));
  if (langs.tags.length < 2) throw malformed(body.line, `the file has ${langs.tags.length === 1 ? 'one language' : 'no language'}; an alignment needs two`);
  const texts: string[][] = langs.tags.map(() => []);
  const kept = tus.filter((tu) => tu.tuvs.some((t) => t.texts.length));
  const rows = kept.map((tu) => addRow(tu, texts));
  const docs = langs.tags.map((lang, d) => ({ lang, dir: dirOf(lang), paragraphs: buildParagraphs(texts[d]!, lang) }));
  rows.forEach((row, r) => {
    row.sides = docs.map((_, d) => row.sides[d] ?? []);
    const links = rowLinks(kept[r]!, row, docs);
    if (links) row.sentences = links;
  });
  return {
    docs,
    rows,
    beads: beadsBetween(rows, 0, 1),
    srclang: header.attrs.get('srclang') ?? docs[0]!.lang,
    segtype: header.attrs.get('segtype') ?? 'paragraph',
    creationtool: header.attrs.get('creationtool') ?? '',
  };
}
