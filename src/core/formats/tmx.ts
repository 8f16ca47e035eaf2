import { SaxesParser } from 'saxes';
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
import { decodeXmlBytes } from './xmlDecode';

/**
 * TMX 1.4b (LISA OSCAR), the translation-memory format every CAT tool reads, for an
 * alignment of two or more documents; and its import.
 *
 * Export: one <tu> per row (per sentence link at sentence level), one <tuv xml:lang> per
 * non-empty side, the side's paragraphs joined by a line break inside <seg> (see
 * alignment-export.ts). What TMX has no attribute for travels in <prop type="x-…">, which
 * other tools keep and ignore: the row's status, confidence and score, the sentence links
 * of each side, and the document order in the header. The file validates against the
 * 1.4b DTD that its DOCTYPE names and the project ships (tmx14b.dtd beside this file). For a
 * translation memory the defaults leave out rows that link nothing (one language only) and
 * site furniture, and the user picks locale tags (en-US, ar-SA, fa-IR) and the source language.
 *
 * Import: saxes, a maintained streaming XML parser that runs the same in the page, a worker
 * and Node (workers have no DOMParser, and big files are read in one), never loads a DTD and
 * expands no entity but XML's five; a DOCTYPE declaring entities is refused outright. Bytes
 * are decoded as the XML declaration says (xmlDecode.ts). Each <tu> becomes a row, each
 * language a document, each line of a <seg> a paragraph; inline codes' native markup is left out,
 * the text they mark up (<hi>, <sub>) kept.
 * All or nothing: a malformed file throws CoreError('invalid-format', "Line N: …", { line: N }).
 */

/** The DTD file the project ships, which the DOCTYPE of an export names. */
export const TMX_DTD_FILE = 'tmx14b.dtd';

export interface TmxExportOptions {
  level?: ExportLevel;
  /** Leave out units that do not link two languages (default true: what a translation memory wants). */
  linkedOnly?: boolean;
  /** Keep paragraphs marked as site furniture (default false). */
  furniture?: boolean;
  /** The language tag each document is written with, e.g. en-US (default: its own lang). */
  tags?: readonly string[];
  /** The source document's index (default 0): the header's srclang, and first in each unit. */
  source?: number;
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

/** The tags the documents are written with: checked as BCP 47, one per document, all different. */
function languageTags(docs: readonly ExportDoc[], chosen: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  return docs.map((d, k) => {
    const raw = chosen?.[k]?.trim() || d.lang;
    const tag = canonicalTag(raw);
    if (!tag) throw new CoreError('invalid-operation', `"${raw}" is not a language tag (write it like en-US, ar-SA or fa-IR).`);
    if (seen.has(tag.toLowerCase())) {
      // TMX tells the variants of a unit apart by language only.
      throw new CoreError('invalid-operation', `TMX needs one document per language; "${tag}" is used twice.`);
    }
    seen.add(tag.toLowerCase());
    return tag;
  });
}

function headerXml(tags: readonly string[], source: number, options: TmxExportOptions, level: ExportLevel): string {
  const attrs: Array<[string, string]> = [
    ['creationtool', 'Tarjuman'],
    ['creationtoolversion', options.toolVersion ?? APP_VERSION],
    ['datatype', 'plaintext'],
    ['segtype', level],
    ['adminlang', 'en'],
    ['srclang', tags[source] ?? 'en'],
    ['o-tmf', 'Tarjuman'],
    ['creationdate', tmxDate(options.date ?? new Date())],
  ];
  const open = `  <header ${attrs.map(([k, v]) => `${k}="${xmlAttr(v)}"`).join(' ')}`;
  if (options.metadata === false) return `${open}/>\n`;
  return `${open}>\n${prop(PROP.languages, tags.join(' '), '    ')}  </header>\n`;
}

/** A side's part in each sentence link: "0 1,2 -" (indices, "-" where it has none). */
function linksProp(row: AlignedRow, d: number): string {
  return (row.sentences ?? []).map((l) => (l[d]?.length ? l[d]!.join(',') : '-')).join(' ');
}

function tuvXml(lang: string, text: string, links: string | null): string {
  const linkProp = links === null ? '' : prop(PROP.links, links, '        ');
  return `      <tuv xml:lang="${xmlAttr(lang)}">\n${linkProp}        <seg>${xmlText(text)}</seg>\n      </tuv>\n`;
}

function tuXml(data: AlignmentData, tags: readonly string[], order: readonly number[], unit: ExportUnit, options: TmxExportOptions, level: ExportLevel): string {
  const row = data.rows[unit.row]!;
  const tuid = unit.link === undefined ? `${unit.row + 1}` : `${unit.row + 1}.${unit.link + 1}`;
  const meta = options.metadata !== false;
  let out = `    <tu tuid="${tuid}">\n`;
  if (meta) {
    out += prop(PROP.status, unit.status, '      ') + prop(PROP.confidence, String(unit.confidence), '      ') + prop(PROP.score, String(unit.score), '      ');
  }
  if (options.notes !== false && unit.note) out += `      <note>${xmlText(unit.note)}</note>\n`;
  // Sentence links name the sentences of the whole row: kept only when no paragraph was left out.
  const whole = unit.sides.every((s, d) => s.indices.length === (row.sides[d]?.length ?? 0));
  const withLinks = meta && level === 'paragraph' && row.sentences !== undefined && whole;
  for (const d of order) {
    const side = unit.sides[d]!;
    if (side.indices.length) out += tuvXml(tags[d]!, side.text, withLinks ? linksProp(row, d) : null);
  }
  return `${out}    </tu>\n`;
}

/** The alignment as a TMX 1.4b document (UTF-8 text). */
export function alignmentToTmx(data: AlignmentData, options: TmxExportOptions = {}): string {
  const tags = languageTags(data.docs, options.tags);
  const source = options.source ?? 0;
  if (!data.docs[source] && data.docs.length) throw new CoreError('invalid-operation', `There is no document ${source + 1} to be the source.`);
  const order = [source, ...data.docs.map((_, d) => d).filter((d) => d !== source)];
  const level = options.level ?? 'paragraph';
  // Furniture left out first: a row whose one side was only "Loading..." links nothing after.
  const units = exportUnits(data, level, { linkedOnly: options.linkedOnly ?? true, furniture: options.furniture ?? false });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<!DOCTYPE tmx SYSTEM "${TMX_DTD_FILE}">\n` +
    '<tmx version="1.4">\n' +
    headerXml(tags, source, options, level) +
    '  <body>\n' +
    units.map((u) => tuXml(data, tags, order, u, options, level)).join('') +
    '  </body>\n' +
    '</tmx>\n'
  );
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
  /** The source document's language tag ('' for a `*all*` header whose languages are equal). */
  srclang: string;
  segtype: string;
  creationtool: string;
}

export interface TmxReadOptions {
  /** Called with the share of the work done, in [0, 1]. */
  onProgress?: (fraction: number) => void;
}

function malformed(line: number, what: string): CoreError {
  const message = `Line ${line}: ${what}`;
  return new CoreError('invalid-format', message, { line, detail: message });
}

// Inline codes hold the original file's native markup ("<b>", "{1}", "%s"): TMX 1.4b says their
// content is code, not text, so a reader showing "<b>envoy</b>" and an aligner counting "<b>" as
// words would both be wrong. Their content is left out, except <sub> (a sub-flow of real text
// inside a code, such as an image's alt text); <hi> only marks text up and keeps it.
const INLINE = ['bpt', 'ept', 'ph', 'it', 'ut', 'hi', 'sub'] as const;
const NATIVE_CODE = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
// Stands where code was left out, so the spaces on either side become one; XML cannot hold it.
const CODE_GAP = '\u0000';

/** What each TMX element may hold; text is allowed only where `TEXT` says. */
const CHILDREN: Record<string, readonly string[]> = {
  tmx: ['header', 'body'],
  header: ['note', 'prop', 'ude'],
  ude: ['map'],
  map: [],
  body: ['tu'],
  // Notes and props in any order: translate-toolkit writes <note> after the <tuv>s.
  tu: ['note', 'prop', 'tuv'],
  tuv: ['note', 'prop', 'seg'],
  note: [],
  prop: [],
  seg: INLINE,
  ...Object.fromEntries(INLINE.map((n) => [n, INLINE])),
};
const TEXT = new Set(['note', 'prop', 'seg', ...INLINE]);

/** A DOCTYPE that declares entities is refused before any of them could be used. */
const ENTITY_DECLARATION = /<!ENTITY/i;

/**
 * A language tag as BCP 47 spells it: "en_US" (Java and gettext style) becomes "en-US", case
 * is canonical ("AR" → "ar", "en-us" → "en-US"), so two spellings make one document.
 */
export function canonicalTag(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

const primary = (tag: string): string => tag.toLowerCase().split('-')[0]!;

interface Prop {
  value: string;
  line: number;
}

interface TuvRead {
  lang: string;
  texts: string[];
  links: number[][] | null;
  line: number;
}

interface TuRead {
  props: Map<string, Prop>;
  notes: string[];
  tuvs: TuvRead[];
  line: number;
}

interface Frame {
  name: string;
  line: number;
}

/** What the SAX events build: the header's attributes and props, and every unit read. */
interface Collected {
  header: Record<string, string>;
  headerProps: Map<string, Prop>;
  tus: TuRead[];
  /** Line of <body>, where a file without two languages is at fault. */
  bodyLine: number;
}

/** "0 1,2 -" back to per-link index lists; null when it does not read. */
function parseLinks(value: string): number[][] | null {
  const groups = value.trim().split(/\s+/);
  const out = groups.map((g) => (g === '-' ? [] : g.split(',').map((x) => (/^\d+$/.test(x) ? Number(x) : NaN))));
  return out.every((g) => g.every(Number.isInteger)) ? out : null;
}

/** A seg's text with each left-out code gone: "arrived <it/> on" reads "arrived on", "The<ph/>envoy" "Theenvoy". */
function withoutCodeGaps(text: string): string {
  return text.replace(/[ \t]*\u0000+[ \t]*/g, (gap) => (/[ \t]/.test(gap) ? ' ' : ''));
}

/** Where an inline element opens or closes: a gap for left-out code, a space around a sub-flow. */
function markInline(seg: string[], name: string): void {
  if (NATIVE_CODE.has(name)) seg.push(CODE_GAP);
  else if (name === 'sub') seg.push(' ');
}

/** Lines of a <seg>, one paragraph each; blank lines carry nothing. */
function segParagraphs(text: string): string[] {
  return toNfc(withoutCodeGaps(text))
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Streams the XML through saxes (a maintained, non-validating parser that never loads a DTD
 * and knows only XML's five entities) and collects the units. The structure is checked as it
 * goes, each fault with its line. No tree is built: a file of tens of megabytes costs its units.
 */
function collect(text: string, onProgress: (fraction: number) => void): Collected {
  const parser = new SaxesParser({ position: true });
  const out: Collected = { header: {}, headerProps: new Map(), tus: [], bodyLine: 1 };
  const stack: Frame[] = [];
  let tu: TuRead | null = null;
  let tuv: (TuvRead & { props: Map<string, Prop>; segs: number; seg: string[] }) | null = null;
  let buffer: string[] = [];
  /** Children of <tmx> seen so far. */
  let parts = 0;
  const fail = (what: string, line = parser.line): never => {
    throw malformed(line, what);
  };

  parser.on('error', (e) => {
    // saxes reports "line:column: message."; people need the line and what to fix.
    const message = e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    const top = stack[stack.length - 1];
    const unclosed = /^unclosed tag: (.*)$/.exec(message);
    if (unclosed || message === 'unexpected end') {
      // saxes reads a bare "&" up to the next ";", so it surfaces only at the end: find it.
      const amp = bareAmpersand(text);
      if (amp >= 0) fail('a bare "&" (write &amp;)', lineAt(text, amp));
      const comment = text.lastIndexOf('<!--');
      if (comment > text.lastIndexOf('-->')) fail('a comment is never closed', lineAt(text, comment));
      const open = [...stack].reverse().find((f) => f.name === unclosed?.[1]) ?? top;
      if (open) fail(`<${open.name}> is never closed`, open.line);
    }
    if (message === 'unexpected close tag' && top) fail(`a closing tag that does not close <${top.name}> (opened on line ${top.line})`);
    if (/undefined entity/.test(message)) fail('an entity TMX does not know (it allows &lt; &gt; &amp; &quot; &apos; and numeric references)');
    fail(message);
  });
  parser.on('doctype', (doctype) => {
    if (ENTITY_DECLARATION.test(doctype)) {
      fail('the DOCTYPE declares entities (<!ENTITY …>). Tarjuman never expands entities or loads DTDs, since they can read files from your computer or fill its memory (XXE, "billion laughs"); remove the declarations and import the file again');
    }
  });
  parser.on('opentag', (tag) => {
    const name = tag.name;
    const parent = stack[stack.length - 1];
    const line = parser.line;
    if (!parent) {
      if (name !== 'tmx') fail(`the root element is <${name}>, not <tmx>`);
    } else if (parent.name === 'tmx') {
      // <tmx> holds exactly a header and a body, in this order.
      if (parts === 0 && name !== 'header') fail('missing <header> (it comes first in <tmx>)');
      if (parts === 1 && name !== 'body') fail(`expected <body>, found <${name}>`);
      if (parts === 2) fail(`<${name}> after <body>`);
      parts++;
    } else {
      const allowed = CHILDREN[parent.name];
      if (allowed && !allowed.includes(name)) fail(`<${name}> is not allowed in <${parent.name}>${allowed.length ? ` (expected ${allowed.map((n) => `<${n}>`).join(', ')})` : ''}`);
    }
    stack.push({ name, line });
    const attrs = tag.attributes as Record<string, string>;
    if (name === 'header') out.header = attrs;
    else if (name === 'body') out.bodyLine = line;
    else if (name === 'tu') tu = { props: new Map(), notes: [], tuvs: [], line };
    else if (name === 'tuv') {
      const raw = attrs['xml:lang'] ?? attrs['lang']; // lang: TMX 1.3 and older
      if (!raw?.trim()) fail('<tuv> without xml:lang');
      const lang = canonicalTag(raw!) ?? fail(`xml:lang="${raw}" is not a language tag`);
      tuv = { lang, texts: [], links: null, line, props: new Map(), segs: 0, seg: [] };
    } else if (name === 'seg') {
      if (tuv!.segs++ > 0) fail('a <tuv> needs exactly one <seg>, found a second');
    } else if (name === 'note' || name === 'prop') buffer = [];
    else if (tuv) markInline(tuv.seg, name);
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (!top) return; // white space around the root
    if (!TEXT.has(top.name)) {
      const rest = t.slice(t.search(/\S/));
      // The event comes at the next "<"; the line is where the stray text starts.
      if (t.trim()) fail(`text directly inside <${top.name}> (text belongs in <seg>)`, parser.line - (rest.match(/\r\n?|\n/g)?.length ?? 0));
      return;
    }
    if (top.name === 'note' || top.name === 'prop') buffer.push(t);
    else if (!NATIVE_CODE.has(top.name)) tuv!.seg.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', (tag) => {
    const frame = stack.pop()!;
    if (tuv) markInline(tuv.seg, tag.name);
    const parent = stack[stack.length - 1]?.name;
    const name = tag.name;
    if (name === 'prop') {
      const type = (tag.attributes as Record<string, string>)['type'];
      if (type === undefined) fail('<prop> without a type', frame.line);
      const props = parent === 'tuv' ? tuv!.props : parent === 'tu' ? tu!.props : out.headerProps;
      props.set(type!, { value: buffer.join(''), line: frame.line });
    } else if (name === 'note') {
      if (parent === 'tu') tu!.notes.push(buffer.join(''));
      // A variant's note is the unit's too, said of its language.
      else if (parent === 'tuv') tu!.notes.push(`${tuv!.lang}: ${buffer.join('')}`);
    } else if (name === 'tuv') {
      const v = tuv!;
      if (v.segs === 0) fail('a <tuv> needs exactly one <seg>, found 0');
      // Some memories keep alternative translations as further variants of one language: the
      // first is the row's text, the others its notes, so none is lost and none is a new row.
      if (tu!.tuvs.some((o) => o.lang === v.lang)) {
        const text = withoutCodeGaps(v.seg.join('')).trim();
        if (text) tu!.notes.push(`${v.lang} (alternative): ${text}`);
        tuv = null;
        return;
      }
      const links = v.props.get(PROP.links);
      tu!.tuvs.push({ lang: v.lang, texts: segParagraphs(v.seg.join('')), links: links ? parseLinks(links.value) : null, line: v.line });
      tuv = null;
    } else if (name === 'tu') {
      if (tu!.tuvs.length === 0) fail('<tu> without any <tuv>', frame.line);
      out.tus.push(tu!);
      tu = null;
    } else if (name === 'tmx') {
      if (parts === 0) fail('missing <header> (it comes first in <tmx>)');
      if (parts === 1) fail('missing <body> after <header>');
    }
  });

  // Fed in slices so that a worker can report progress; saxes carries a split character over.
  const SLICE = 1 << 20;
  for (let at = 0; at < text.length; at += SLICE) {
    parser.write(text.slice(at, at + SLICE));
    onProgress(Math.min(1, (at + SLICE) / text.length));
  }
  parser.close();
  return out;
}

/** The 1-based line of a position in the text (XML counts CRLF and a lone CR as one break). */
function lineAt(text: string, pos: number): number {
  const before = text.slice(0, pos);
  return (before.match(/\r\n?|\n/g)?.length ?? 0) + 1;
}

/** Where the first "&" that starts no reference lies, outside CDATA and comments; -1 if none. */
function bareAmpersand(text: string): number {
  const REF = /&(?:#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/y;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' && text.startsWith('<![CDATA[', i)) i = Math.max(i, text.indexOf(']]>', i));
    else if (c === '<' && text.startsWith('<!--', i)) i = Math.max(i, text.indexOf('-->', i));
    else if (c === '&') {
      REF.lastIndex = i;
      if (!REF.test(text)) return i;
    }
  }
  return -1;
}

function number(p: Prop | undefined, name: string, fallback: number, max = Infinity): number {
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
function rowFigures(props: Map<string, Prop>): Pick<AlignedRow, 'score' | 'confidence' | 'status'> {
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

/**
 * The documents' languages, in order. Our own files list them (x-languages). Otherwise the
 * languages of the <tuv>s in order of first use, the header's source language first. A
 * source language that no <tuv> uses as written ("en" beside "en-US") names the variant
 * language it is the base of; it never makes a document of its own, and `*all*` names none.
 */
function documentLanguages(c: Collected): { langs: string[]; source: string } {
  const used: string[] = [];
  for (const tu of c.tus) for (const v of tu.tuvs) if (!used.includes(v.lang)) used.push(v.lang);
  const listed = (c.headerProps.get(PROP.languages)?.value.split(/\s+/).filter(Boolean) ?? []).map((t) => canonicalTag(t) ?? t);
  const raw = c.header['srclang']?.trim() ?? '';
  const src = raw && raw.toLowerCase() !== '*all*' ? canonicalTag(raw) : null;
  const source = src ? (used.find((l) => l === src) ?? used.find((l) => primary(l) === primary(src)) ?? '') : '';
  if (listed.length) return { langs: [...listed, ...used.filter((l) => !listed.includes(l))], source: source || listed[0]! };
  return { langs: source ? [source, ...used.filter((l) => l !== source)] : used, source };
}

/** Sentence links of a row, kept only if every side's part names its sentences exactly. */
function rowLinks(tu: TuRead, row: AlignedRow, docs: TmxDoc[], index: Map<string, number>): number[][][] | undefined {
  const withLinks = tu.tuvs.filter((t) => t.links);
  if (withLinks.length === 0 || withLinks.length !== tu.tuvs.length) return undefined;
  const count = withLinks[0]!.links!.length;
  if (!withLinks.every((t) => t.links!.length === count)) return undefined;
  const links = Array.from({ length: count }, (_, k) => docs.map((_, d) => tu.tuvs.find((t) => index.get(t.lang) === d)?.links![k] ?? []));
  const sentenceCounts = docs.map((doc, d) => row.sides[d]!.reduce((n, i) => n + Math.max(1, doc.paragraphs[i]!.sentences.length), 0));
  return linksFit(links, sentenceCounts) ? links : undefined;
}

/** A document's paragraphs from its lines: kinds by the document's own rules, sentences split. */
export function buildParagraphs(texts: string[], lang: string): Paragraph[] {
  const kinds = classifyParagraphs(texts);
  return texts.map((text, index) => ({
    index: index as ParagraphIndex,
    text,
    sentences: splitSentences(text, lang),
    kind: kinds[index]!.kind,
    ...(kinds[index]!.reason ? { kindReason: kinds[index]!.reason } : {}),
  }));
}

/** Share of the progress bar the XML parse takes; splitting sentences takes the rest. */
const PARSED = 0.6;

/**
 * Reads a TMX file (1.1 to 1.4b), given as bytes (its encoding found as XML says) or text.
 * Each language becomes a document and each <tu> a row; a language missing from a <tu> is an
 * empty side there. All or nothing: a malformed file throws CoreError('invalid-format') whose
 * message starts "Line N: ".
 */
export function tmxToAlignment(input: string | Uint8Array, options: TmxReadOptions = {}): TmxImport {
  const progress = options.onProgress ?? (() => {});
  const text = typeof input === 'string' ? input.replace(/^\ufeff/, '') : decodeXmlBytes(input).text;
  if (!text.trim()) throw malformed(1, 'the file is empty');
  const c = collect(text, (f) => progress(PARSED * f));
  const { langs, source } = documentLanguages(c);
  if (langs.length < 2) throw malformed(c.bodyLine, `the file has ${langs.length === 1 ? `one language (${langs[0]})` : 'no language'}; an alignment needs two`);
  const index = new Map(langs.map((l, d) => [l, d]));
  const texts: string[][] = langs.map(() => []);
  const kept = c.tus.filter((tu) => tu.tuvs.some((t) => t.texts.length));
  const rows: AlignedRow[] = kept.map((tu) => {
    const sides: number[][] = langs.map(() => []);
    for (const v of tu.tuvs) {
      const d = index.get(v.lang)!;
      sides[d] = v.texts.map((t) => texts[d]!.push(t) - 1);
    }
    const note = tu.notes.join('\n');
    return { sides, ...rowFigures(tu.props), ...(note ? { note } : {}) };
  });
  const docs: TmxDoc[] = [];
  langs.forEach((lang, d) => {
    docs.push({ lang, dir: dirOf(lang), paragraphs: buildParagraphs(texts[d]!, lang) });
    progress(PARSED + ((1 - PARSED) * (d + 1)) / langs.length);
  });
  rows.forEach((row, r) => {
    const links = rowLinks(kept[r]!, row, docs, index);
    if (links) row.sentences = links;
  });
  return {
    docs,
    rows,
    beads: beadsBetween(rows, 0, 1),
    srclang: source,
    segtype: c.header['segtype'] ?? 'paragraph',
    creationtool: c.header['creationtool'] ?? '',
  };
}
