import PO from 'pofile';
import { CoreError } from '../model';
import { detectLanguage, dirOf } from '../text/detect';
import { toNfc } from '../text/normalize';
import { beadsBetween, type AlignedRow } from './alignment-export';
import { looksBinary } from './decode';
import { buildParagraphs, canonicalTag, type TmxDoc, type TmxImport, type TmxReadOptions } from './tmx';

/**
 * Gettext PO files, the format most free-software translation is done in (documentation and
 * programs alike), read as an alignment: each entry's msgid is the source side of a row and
 * its msgstr the translation, so a translator sees the file side by side, checks it, and
 * exports it as TMX or a table like an alignment of their own. The parser is pofile, a small
 * maintained one with no dependencies that runs in a worker.
 *
 * What a reader of the translation wants and a PO file holds beside it:
 * - the header entry (msgid "") describes the file and is not a row; its Language names the
 *   translation's language, the source language is English unless the header says otherwise
 *   (X-Source-Language, as some tools write it);
 * - obsolete entries (#~) are no longer in the source and are left out;
 * - an untranslated entry is a row with an empty translation, a fuzzy one (a guess the
 *   translator has not confirmed) a row whose note says so, translators' and extracted
 *   comments and the context (msgctxt) are the row's note; a plural entry shows its first
 *   forms (singular msgid, msgstr[0]);
 * - in documentation extracted from XML (itstool, xml2po, po4a: its references name .page,
 *   .xml or .docbook files) msgids carry the inline markup of the source (<gui>, <link
 *   xref="…">): it is left out, the text between kept, as the reader and the aligner need.
 */

const XML_SOURCES = /\.(?:page|xml|docbook|dbk|xhtml|html?|svg)(?::\d+)?$/i;
const TAG = /<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>/g;
// itstool's entries for images ("external ref='figures/x.png' md5='…'") name a file, not text.
const EXTERNAL_REF = /^external ref=(['"]).*\1 md5=/;

function invalid(message: string): CoreError {
  return new CoreError('invalid-format', message, { detail: message });
}

/** The charset a PO header names ("Content-Type: text/plain; charset=UTF-8"), read as ASCII. */
function declaredCharset(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /charset=([A-Za-z0-9_.:-]+)/i.exec(head)?.[1] ?? 'utf-8';
}

function decodePo(bytes: Uint8Array): string {
  if (looksBinary(bytes)) throw invalid('This is not a PO file: it holds binary data (a compiled .mo file, an image or an archive?). Choose the .po file, which is text.');
  const named = declaredCharset(bytes);
  // "CHARSET" is the template's placeholder; a .pot is UTF-8 or ASCII in practice.
  const charset = /^charset$/i.test(named) ? 'utf-8' : named;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw invalid(`The PO file says its text is in "${named}", an encoding this browser does not know.`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw invalid(`The PO file says its text is in ${named}, but its bytes are not: it may have been saved in another encoding. Save it as UTF-8 and import it again.`);
  }
}

/** A msgid or msgstr as a reader's lines: markup of XML sources left out, blank lines dropped. */
function lines(text: string, fromXml: boolean): string[] {
  const plain = fromXml ? text.replace(TAG, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&') : text;
  return toNfc(plain)
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

/**
 * Reads a PO (or POT) file, as bytes (decoded as its header's charset says) or text, into the
 * shape a TMX import has: two documents (source, translation) and one row per entry.
 * Throws CoreError('invalid-format') with a message for people when it holds no entries.
 */
export function poToAlignment(input: string | Uint8Array, options: TmxReadOptions = {}): TmxImport {
  const progress = options.onProgress ?? (() => {});
  const text = (typeof input === 'string' ? input : decodePo(input)).replace(/^\ufeff/, '');
  if (!text.trim()) throw invalid('The PO file is empty.');
  let po: PO;
  try {
    po = PO.parse(text);
  } catch (err) {
    throw invalid(`This file cannot be read as a PO file: ${err instanceof Error ? err.message : String(err)}`);
  }
  progress(0.3);
  const entries = po.items.filter((it) => !it.obsolete && it.msgid !== '' && !EXTERNAL_REF.test(it.msgid));
  if (entries.length === 0) throw invalid('The file has no messages to read: is it a PO file (msgid "…" / msgstr "…" entries)?');
  const named = canonicalTag(po.headers.Language?.trim() || '');
  const source = canonicalTag(po.headers['X-Source-Language']?.trim() || '') ?? 'en';
  const texts: [string[], string[]] = [[], []];
  const rows: AlignedRow[] = [];
  for (const it of entries) {
    const fromXml = it.references.some((r) => r.split(/\s+/).some((ref) => XML_SOURCES.test(ref)));
    const sides = [lines(it.msgid, fromXml), lines(it.msgstr[0] ?? '', fromXml)].map((ls, d) => ls.map((l) => texts[d as 0 | 1].push(l) - 1));
    if (sides[0]!.length === 0 && sides[1]!.length === 0) continue;
    const fuzzy = it.flags.fuzzy === true && sides[1]!.length > 0;
    const note = [
      ...(fuzzy ? ['fuzzy: the translator has not confirmed this translation'] : []),
      ...(it.msgctxt ? [`context: ${it.msgctxt}`] : []),
      ...it.extractedComments,
      ...it.comments,
    ].join('\n');
    rows.push({ sides, score: 0, confidence: fuzzy ? 0.5 : 1, status: 'auto', ...(note ? { note } : {}) });
  }
  progress(0.5);
  // A file without a Language header (a hand-made one, an old tool's) is told by its letters.
  const target = named ?? detectLanguage(texts[1].slice(0, 200).join(' ')).lang;
  const docs: TmxDoc[] = [source, target].map((lang, d) => ({ lang, dir: dirOf(lang), paragraphs: buildParagraphs(texts[d as 0 | 1], lang) }));
  progress(1);
  return { docs, rows, beads: beadsBetween(rows, 0, 1), srclang: source, segtype: 'block', creationtool: po.headers['X-Generator'] ?? '' };
}
