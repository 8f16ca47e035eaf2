import type { Bead, Flag, Paragraph } from '../model';
import { lineRule } from '../text/boilerplate';
import { countScripts, detectLanguage } from '../text/detect';
import { makeFlag, onSide } from './flag';
import { isEnglishWord } from './knownNames';
import { forEachWord, langName, scriptOfLang } from './tokens';
import type { CheckDoc, CheckInput, Side } from './types';

/**
 * Check 6, untranslated or leftover text: a paragraph in another script (or, within Arabic
 * script, the other language) than its document; a run of foreign words inside a paragraph;
 * and site furniture inside the article: a furniture line the aligner linked to text, a
 * furniture sentence inside a body paragraph, or the site's own name (from its logo line or
 * URL) left in a paragraph.
 */

/** Letters a paragraph needs before its script says anything (a name or "C-17" does not). */
const MIN_LETTERS = 12;
/** Foreign words in a row that make an untranslated run inside a paragraph. */
const MIN_RUN_WORDS = 4;
/** Distinctive letters (پ چ ژ گ vs ة ى) needed to call Arabic-script text Persian or Arabic. */
const MIN_DISTINCTIVE = 4;

function flag(doc: CheckDoc, side: Side, paragraph: number, start: number, end: number, evidence: string, data: Flag['data'] & object, beads: number[] = []): Flag {
  const text = doc.paragraphs[paragraph]!.text.slice(start, end);
  return makeFlag({
    check: 'untranslated',
    docId: doc.id,
    span: { side, paragraph, start, end },
    text,
    paragraphs: onSide(side, [paragraph], beads),
    evidence,
    data: { ...data, text },
  });
}

/**
 * Letters only Persian writes (پ چ ژ گ) and letters rare in Persian prose (ة ى), counted in
 * one pass without the arrays of matches a regex would build for every paragraph.
 */
function distinctive(text: string): { persian: number; arabic: number } {
  let persian = 0;
  let arabic = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06af) persian++;
    else if (c === 0x0629 || c === 0x0649) arabic++;
  }
  return { persian, arabic };
}

/** Spans [start, end) of a paragraph that hold names and code carried over from its source (carriedSpans). */
export type Carried = Array<[number, number]>;

const EDGE = /^[\s"'“”‘’«»()[\]{}<>,;:!?،؛؟\u200c-\u200f\u202a-\u202e\u2066-\u2069]+|[\s"'“”‘’«»()[\]{}<>,;:!?.،؛؟…\u200c-\u200f\u202a-\u202e\u2066-\u2069]+$/gu;
const NAME_OR_CODE = /[\p{Lu}\d_/.:=@%+\\]|^-/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function chunks(text: string, at: (start: number, end: number, core: string) => void): void {
  for (const m of text.matchAll(/\S+/gu)) {
    const core = m[0].replace(EDGE, '');
    if (!core) continue;
    const lead = m[0].indexOf(core);
    at(m.index + lead, m.index + lead + core.length, core);
  }
}

/**
 * Where a translation keeps the source's own Latin-script names and code as they are: the
 * spans of its whitespace-delimited chunks that stand in the aligned source paragraphs
 * (whole, or each piece between hyphens and slashes: "AppleDouble" for "AppleDouble-encoded")
 * and are written as names or code are (a capital, a digit, or code punctuation: "StartDoc",
 * "GtkAdjustment", "use_custom_default_size", "image/png", "--driver", "http://…"), or are
 * lower-case terms and commands no English word list has ("framebuffer", "cdrecord"), or are
 * quoted words on their own, literal values ("‘updates’ or ‘installed’"). Such a
 * chunk is the counterpart of itself, not text left untranslated; an English word is never
 * one, so an English sentence left in the translation still reads as English.
 */
export function carriedSpans(text: string, source: string[]): Carried {
  // Every span kept holds a Latin letter of the text: a paragraph without one keeps none, and
  // its source paragraphs need not be read (most of a book's translated paragraphs).
  if (!LATIN_LETTER.test(text)) return [];
  const known = new Set<string>();
  for (const s of source) {
    chunks(s, (_a, _b, core) => {
      known.add(core);
      for (const piece of core.split(/[-/]/u)) if (piece) known.add(piece);
    });
  }
  const out: Carried = [];
  if (!known.size) return out;
  chunks(text, (start, end, core) => {
    if (!LATIN_LETTER.test(core) || !(NAME_OR_CODE.test(core) || termOrCommand(core) || quoted(text, start, end))) return;
    if (known.has(core) || core.split(/[-/]/u).every((piece) => !piece || known.has(piece) || !LATIN_LETTER.test(piece))) out.push([start, end]);
  });
  return out;
}

/** A chunk in quotation marks of its own: a literal value or keyword ("either ‘updates’ or ‘installed’"). */
function quoted(text: string, start: number, end: number): boolean {
  return QUOTES.includes(text.charAt(start - 1)) && QUOTES.includes(text.charAt(end));
}
const QUOTES = `"'“”‘’«»\``;

/** A lower-case word of four letters or more that no English word list has: "framebuffer", "cdrecord". */
function termOrCommand(core: string): boolean {
  return core.replace(/[^a-z]/gu, '').length >= 4 && !isEnglishWord(core);
}

/** Latin letters inside the spans, counted as countScripts counts the paragraph's. */
function latinLetters(text: string, spans: Carried): number {
  return spans.reduce((n, [start, end]) => n + countScripts(text.slice(start, end)).latin, 0);
}

/** Whole paragraphs in the wrong script or language. */
function paragraphLanguage(doc: CheckDoc, side: Side, p: Paragraph, carried: Carried): Flag | null {
  const expected = scriptOfLang(doc.lang);
  const c = countScripts(p.text);
  if (c.latin + c.arabic < MIN_LETTERS || expected === 'other') return null;
  // Names and code carried over from the source weigh nothing beside the translation's own words.
  const latin = c.arabic > 0 ? c.latin - latinLetters(p.text, carried) : c.latin;
  const found = c.arabic > latin ? 'arabic' : 'latin';
  if (found !== expected) {
    const d = detectLanguage(p.text);
    return flag(doc, side, p.index, 0, p.text.length, `Paragraph ${p.index + 1} is in ${langName(d.lang)} in a ${langName(doc.lang)} document`, {
      kind: 'wrong-script',
      found: d.lang,
      expected: doc.lang,
    });
  }
  if (found === 'arabic' && (doc.lang === 'ar' || doc.lang === 'fa')) {
    const { persian, arabic } = distinctive(p.text);
    const other = doc.lang === 'ar' ? (persian >= MIN_DISTINCTIVE && arabic === 0 ? 'fa' : null) : arabic >= MIN_DISTINCTIVE && persian === 0 ? 'ar' : null;
    if (other) {
      return flag(doc, side, p.index, 0, p.text.length, `Paragraph ${p.index + 1} reads as ${langName(other)} in a ${langName(doc.lang)} document`, {
        kind: 'wrong-language',
        found: other,
        expected: doc.lang,
      });
    }
  }
  return null;
}

/** Runs of foreign-script words inside a paragraph of the right script. */
function foreignRuns(doc: CheckDoc, side: Side, p: Paragraph, carried: Carried): Flag[] {
  const expectArabic = scriptOfLang(doc.lang) === 'arabic';
  const out: Flag[] = [];
  let run: Array<{ start: number; end: number }> = [];
  const close = () => {
    // A run counts only its words that are not names or code carried over from the source.
    const own = carried.length ? run.filter((t) => !carried.some(([a, b]) => t.start >= a && t.end <= b)) : run;
    const letters = own.reduce((n, t) => n + (t.end - t.start), 0);
    if (own.length >= MIN_RUN_WORDS && letters >= 20) {
      const [start, end] = [run[0]!.start, run[run.length - 1]!.end];
      const found = expectArabic ? 'en' : detectLanguage(p.text.slice(start, end)).lang;
      out.push(flag(doc, side, p.index, start, end, `${run.length} words in ${langName(found)} inside a ${langName(doc.lang)} paragraph`, { kind: 'foreign-run', found, expected: doc.lang }));
    }
    run = [];
  };
  forEachWord(p.text, (start, end, arabic) => {
    if (arabic !== expectArabic) run.push({ start, end });
    else close();
  });
  close();
  return out;
}

/** Site names a page shows about itself: "خَبَرَيْن logo", "www.afgazad.com", "bbc.co.uk". */
function siteNames(doc: CheckDoc): string[] {
  const out = new Set<string>();
  for (const p of doc.paragraphs) {
    const logo = /^(.{2,30}?)\s+logo$/iu.exec(p.text.trim());
    if (logo) out.add(logo[1]!);
    // A domain's labels are letters after each dot: "Comments..." is a label with an ellipsis.
    const url = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]{3,})(?:\.[a-z]{2,6}){1,2}\/?$/iu.exec(p.text.trim());
    if (url) out.add(url[1]!);
  }
  return [...out];
}

/** Furniture inside article paragraphs: a furniture sentence, or the site's name. */
function furnitureInside(doc: CheckDoc, side: Side, p: Paragraph, names: string[]): Flag[] {
  const out: Flag[] = [];
  for (const s of p.sentences.length > 1 ? p.sentences : []) {
    const rule = lineRule(p.text.slice(s.start, s.end));
    if (rule) out.push(flag(doc, side, p.index, s.start, s.end, `Site furniture (${rule}) inside paragraph ${p.index + 1}`, { kind: 'boilerplate', found: rule }));
  }
  for (const name of names) {
    const at = p.text.indexOf(name);
    if (at >= 0) out.push(flag(doc, side, p.index, at, at + name.length, `The site's name “${name}” inside paragraph ${p.index + 1}`, { kind: 'boilerplate', found: 'site-name' }));
  }
  return out;
}

/** Furniture paragraphs the alignment links to text of the other document. */
function linkedFurniture(input: CheckInput, beads: Bead[]): Flag[] {
  const out: Flag[] = [];
  for (const bead of beads) {
    if (!bead.a.length || !bead.b.length) continue;
    for (const side of ['a', 'b'] as const) {
      const doc = input[side];
      for (const i of side === 'a' ? bead.a : bead.b) {
        const p = doc.paragraphs[i];
        if (p?.kind !== 'boilerplate') continue;
        out.push(flag(doc, side, i, 0, p.text.length, `Site furniture (${p.kindReason ?? 'boilerplate'}) is linked to article text`, { kind: 'boilerplate', found: p.kindReason ?? 'boilerplate' }, side === 'a' ? bead.b : bead.a));
      }
    }
  }
  return out;
}

/**
 * Check 6 on one document; `source`, where given, is the text of the other document's
 * paragraphs aligned with paragraph p (names and code the translation carries over from it).
 */
export function untranslatedIn(doc: CheckDoc, side: Side, source?: (p: number) => string[]): Flag[] {
  const names = siteNames(doc);
  const out: Flag[] = [];
  const expectArabic = scriptOfLang(doc.lang) === 'arabic';
  for (const p of doc.paragraphs) {
    if (p.kind === 'boilerplate') continue;
    const carried = source && expectArabic ? carriedSpans(p.text, source(p.index)) : [];
    const whole = paragraphLanguage(doc, side, p, carried);
    if (whole) out.push(whole);
    else out.push(...foreignRuns(doc, side, p, carried));
    out.push(...furnitureInside(doc, side, p, names));
  }
  return out;
}

/** Check 6 on both documents of the pair. */
export function checkUntranslated(input: CheckInput): Flag[] {
  const counterparts = (side: Side) => {
    const other = side === 'a' ? input.b : input.a;
    const of = new Map<number, string[]>();
    for (const bead of input.beads) {
      const texts = (side === 'a' ? bead.b : bead.a).map((i) => other.paragraphs[i]?.text ?? '');
      for (const i of side === 'a' ? bead.a : bead.b) of.set(i, texts);
    }
    return (p: number) => of.get(p) ?? [];
  };
  return [...untranslatedIn(input.a, 'a', counterparts('a')), ...untranslatedIn(input.b, 'b', counterparts('b')), ...linkedFurniture(input, input.beads)];
}
