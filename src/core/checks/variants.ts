import type { Bead, Flag, FlagData } from '../model';
import { nameSkeleton } from '../text/names';
import { isDictionaryArabic } from './arabicWords';
import { arabicHits, groupHits, groupSpellings, latinHits, sameEntity, spellingsOf, type NameHit } from './entities';
import { makeFlag, onSide } from './flag';
import { readingDistance } from './match';
import { mentionsOf } from './story';
import { bestGap, gapWithin, isCommonArabic } from './modelMatch';
import { SLIP_MARGIN } from './knownSlip';
import { isArabicStopword } from './stoplists';
import { isDictionaryName, isEnglishWord, isKnownName, isPlaceName } from './knownNames';

import { scriptOfLang } from './tokens';
import { tokensOf } from './docTokens';
import { arabicLetters, latinLetters, MATCH_GAP, writtenEitherWay } from './translitModel';
import { nameLogProb } from './nameLetters';

/** Looser than a match (a variant is by definition off), far tighter than a coincidence. */
const VARIANT_GAP = 15;
import { latinKey } from './translit';
import { countWithin, REPORT_SPAN, reportAround } from '../text/stretch';
import { editDistance } from './tokens';
import type { CheckDoc, CheckInput, Side, Spelling } from './types';

/**
 * Check 1, "one name, many spellings": inside one document, spellings that write the same
 * person or place (seed 000 has Glizmann, Galzman, Glezmann and Galzmann). Each spelling
 * other than the preferred one gets a flag at its first occurrence, carrying the whole group.
 * Latin spellings are grouped by letters and skeleton; Arabic-script ones by the Latin name
 * they write, and only when their consonants differ (كابل/كابول is spelling convention).
 */

interface Choice {
  text: string;
  from: NonNullable<FlagData['suggestionFrom']>;
}

/**
 * Most occurrences here, then most documents of the story, then a spelling real people, places
 * or the dictionary bear over one nobody is known to (Washington beside Washinkton, once each),
 * then closest to the source.
 */
function preferLatin(sp: Spelling[], story: CheckDoc[], source: NameHit[]): Choice {
  const storyDocs = (text: string) => story.filter((d) => mentionKeys(d).has(latinKey(text))).length;
  const sourceWord = mostFrequent(source.map((h) => h.text));
  const ranked = sp
    .map((s, order) => ({ s, n: s.occurrences.length, docs: storyDocs(s.text), real: realSpelling(s.text), look: nameLogProb(latinLetters(s.text)), near: sourceWord ? readingDistance(s.text, sourceWord) : 0, order }))
    .sort((x, y) => y.n - x.n || y.docs - x.docs || realFirst(x, y) || x.near - y.near || x.order - y.order);
  const [first, second] = ranked;
  const from: Choice['from'] = !second || first!.n > second.n ? 'majority' : first!.docs > second.docs ? 'story' : 'source';
  return { text: first!.s.text, from };
}

/**
 * Between spellings as frequent as each other, a real one before one nobody is known to bear
 * when it also looks much more like a name (nameLetters.ts: Washington beside Washinkton); a
 * real one and a plausible unknown one (Wade and Wayde) may be two people, and keep their order.
 */
function realFirst(x: { real: boolean; look: number }, y: { real: boolean; look: number }): number {
  if (x.real === y.real) return 0;
  const [real, other] = x.real ? [x, y] : [y, x];
  if (real.look - other.look < REAL_LOOKS_BY) return 0;
  return x.real ? -1 : 1;
}

const REAL_LOOKS_BY = 8;

const keysMemo = new WeakMap<CheckDoc, Set<string>>();

/** The Latin keys of a document's mentions, once per document (asked for every spelling group). */
function mentionKeys(doc: CheckDoc): Set<string> {
  let keys = keysMemo.get(doc);
  if (!keys) keysMemo.set(doc, (keys = new Set(mentionsOf(doc).map((m) => latinKey(m.text)))));
  return keys;
}

/**
 * groupSpellings, remembered for the last list of spellings: both sides' checks group the
 * pair's Latin document's spellings, and a book's spellings are costly to compare pairwise.
 * Its answer depends only on the distinct spellings in first-seen order, so that is the key.
 */
function groupOnce(texts: string[]): (key: string) => string {
  const key = [...new Set(texts)].join('\u241f');
  if (lastGroups?.key !== key) lastGroups = { key, groupOf: groupSpellings(texts) };
  return lastGroups.groupOf;
}
let lastGroups: { key: string; groupOf: (key: string) => string } | undefined;

/** Items grouped by a key, in their order; for lookups per group instead of a scan per group. */
function groupBy<T>(xs: T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}

function mostFrequent(texts: string[]): string | undefined {
  const n = new Map<string, number>();
  for (const t of texts) n.set(t, (n.get(t) ?? 0) + 1);
  return [...n.entries()].sort((x, y) => y[1] - x[1])[0]?.[0];
}

function describe(sp: Spelling[]): string {
  return sp.map((s) => (s.occurrences.length > 1 ? `${s.text} (${s.occurrences.length}×)` : s.text)).join(', ');
}

function groupFlags(doc: CheckDoc, side: Side, sp: Spelling[], choice: Choice, label: (s: Spelling) => string): Flag[] {
  const variants = sp.map((s) => ({ text: s.text, occurrences: s.occurrences }));
  return sp
    .filter((s) => s.text !== choice.text)
    .map((s) => {
      const first = s.occurrences[0]!;
      return makeFlag({
        check: 'name-variants',
        docId: doc.id,
        span: { side, paragraph: first.paragraph, start: first.start, end: first.end },
        text: s.text,
        paragraphs: onSide(side, [...new Set(sp.flatMap((v) => v.occurrences.map((o) => o.paragraph)))].sort((x, y) => x - y)),
        evidence: `${label(s)} is one of ${sp.length} spellings of one name in this document: ${describe(sp)}`,
        suggestion: choice.text,
        data: { kind: 'spelling-group', text: s.text, suggestion: choice.text, suggestionFrom: choice.from, variants },
      });
    });
}

const knownSpelling = (t: string) => isEnglishWord(t) || isDictionaryName(t) || isPlaceName(t) || isKnownName(t);

/** A spelling the dictionary or the name lists know, or a compound of such words ("All-Gracious"). */
function realSpelling(t: string): boolean {
  return knownSpelling(t) || (/[-‐]/.test(t) && t.split(/[-‐]/).every((part) => part !== '' && knownSpelling(part)));
}

/**
 * The spellings of a group that another of its spellings stands near (within a report-sized
 * stretch, text/stretch.ts) or differs from by one letter. A report is read whole. In a
 * book, a chapter may write a name wrong every time while the rest spell it right, far away;
 * but two spellings chapters apart are also often two names (Johnstone and Johnson, Tornillo
 * and Tornado): the further apart, the closer the spellings must be to be one.
 */
function writtenNear(sp: Spelling[], paragraphs: number): Spelling[] {
  if (paragraphs <= REPORT_SPAN || sp.length < 2) return sp;
  const at = sp.map((s) => [...new Set(s.occurrences.map((o) => o.paragraph))].sort((x, y) => x - y));
  const letters = sp.map((s) => s.text.toLowerCase());
  const near = (k: number, j: number): boolean =>
    editDistance(letters[k]!, letters[j]!) <= 1 || at[k]!.some((p) => countWithin(at[j]!, reportAround(p, paragraphs)) > 0);
  return sp.filter((_, k) => sp.some((_, j) => j !== k && near(k, j)));
}

/** Spelling groups of a Latin-script document. */
export function latinVariantFlags(doc: CheckDoc, side: Side, story: CheckDoc[] = [], source?: CheckDoc, asWritten: ReadAsWritten = () => false): Flag[] {
  const hits = latinHits(doc);
  const groupOf = groupOnce(hits.map((h) => h.text));
  const sourceHits = source && scriptOfLang(source.lang) === 'arabic' ? arabicHits(source, [...new Set(hits.map((h) => h.text))]) : [];
  const sourceByGroup = groupBy(sourceHits, (h) => groupOf(h.latin));
  const flags: Flag[] = [];
  for (const [group, members] of groupHits(hits, groupOf)) {
    const sp = writtenNear(spellingsOf(members), doc.paragraphs.length);
    if (sp.length < 2) continue;
    const source = sourceByGroup.get(group) ?? [];
    const choice = preferLatin(sp, story, source);
    const label = (s: Spelling) => `“${s.text}”`;
    // A spelling the dictionary or the name lists know may be another person or word (Brett
    // and Brent, Davis and Davies, Sergei and Sergey, Live and Love); one that differs in
    // capitals only is the same spelling. A compound of known words is known too: epithets
    // such as "All-Gracious" beside "All-Glorious" are two titles, not one misspelt.
    const odd = (text: string, to: Choice) => latinKey(text) !== latinKey(to.text) && !realSpelling(text) && !realSpelling(text.replace(/s$/, ''));
    // Groups are joined link by link, so two unrelated names meet through spellings between
    // them (Keane, Jeane, Joan, John, Johnny): a spelling the group's choice is no variant of
    // is weighed only against the spellings it is a variant of itself, and one that is its
    // variant is shown beside the choice's own variants, not the names the chain brought in.
    const chained = new Set(sp.filter((s) => !sameEntity(s.text, choice.text)));
    const direct = new Map(groupFlags(doc, side, sp.filter((s) => s.text === choice.text || !chained.has(s)), choice, label).map((f) => [f.data!.text!, f]));
    for (const s of sp) {
      if (s.text === choice.text) continue;
      if (!chained.has(s)) {
        const f = direct.get(s.text);
        if (f && odd(s.text, choice) && !asWritten(s, sp.find((t) => t.text === choice.text)!)) flags.push(f);
        continue;
      }
      const near = sp.filter((t) => t === s || sameEntity(t.text, s.text));
      const own = preferLatin(near, story, source);
      if (own.text !== s.text && odd(s.text, own) && !asWritten(s, near.find((t) => t.text === own.text)!)) flags.push(...groupFlags(doc, side, near, own, label).filter((g) => g.data!.text === s.text));
    }
  }
  return flags;
}

/**
 * Spelling groups of an Arabic-script document: its words that write the names of the
 * Latin documents, grouped by name, flagged when their consonant skeletons differ.
 */
export function arabicVariantFlags(doc: CheckDoc, side: Side, latinDocs: CheckDoc[], beside?: (h: NameHit, group: (key: string) => string) => boolean): Flag[] {
  const pool = [...new Set(latinDocs.flatMap((d) => mentionsOf(d).map((m) => m.text)))];
  const groupOf = groupOnce(pool);
  // The first pool spelling of each group: the name a group of Arabic hits writes.
  const firstOfGroup = new Map<string, string>();
  for (const t of pool) if (!firstOfGroup.has(groupOf(latinKey(t)))) firstOfGroup.set(groupOf(latinKey(t)), t);
  const flags: Flag[] = [];
  for (const [, all] of groupHits(arabicHits(doc, pool), groupOf)) {
    // Only with strong evidence: each spelling must write the Latin name by the learned
    // model, so a common word whose consonants happen to fit (جهان "world" for John) is left
    // out, and, where the pair's beads tell, stand beside that name in the translation
    // (سراح "release" reads Sarah, but no Sarah is mentioned where it is written). A dictionary
    // word is left out too (قهرمانی, "championship", reads as the Dari جرمنی for Germany): the
    // list leaves out the words the model reads as names, save nouns running text inflects.
    const name = firstOfGroup.get(groupOf(all[0]!.latin)) ?? '';
    // A book writes each spelling many times: its gap to the name is scored once.
    const gaps = new Map<string, number>();
    const gapOf = (text: string) => gaps.get(text) ?? (gaps.set(text, bestGap(name, [text]).gap), gaps.get(text)!);
    const members = all.filter((h) => gapOf(h.text) <= VARIANT_GAP && !isCommonArabic(h.text) && !isDictionaryArabic(h.text) && (!beside || beside(h, groupOf)));
    const skeletons = new Set(members.map((h) => h.skeleton));
    if (skeletons.size < 2) continue;
    const sp = spellingsOf(members);
    const target = nameSkeleton(name);
    const ranked = [...sp].sort(
      (x, y) => y.occurrences.length - x.occurrences.length || Number(skeletonOf(members, y) === target) - Number(skeletonOf(members, x) === target),
    );
    // Spellings sharing the preferred skeleton are the same spelling for this purpose.
    const prefSkeleton = skeletonOf(members, ranked[0]!);
    // An odd spelling must write the same Latin spelling as the preferred one: برنت for Brent
    // beside بريت for Brett are two people, however alike their Latin names.
    const latinOf = (s: Spelling) => new Set(members.filter((h) => h.text === s.text).map((h) => h.latin));
    const prefLatin = latinOf(ranked[0]!);
    // Nor does one that starts with another letter: ورد ("came") beside فورد (Ford) is a word.
    // Nor one that writes the name at least as well as the preferred one: جاکوبس for Jacobs
    // beside a more frequent جاکوبز is the closer spelling, not a slip.
    // Nor one that only puts one letter for another and still writes the name by the model:
    // ديفيز beside ديفيس both write Davis (s as ز or س), two conventions a translator mixes;
    // a letter dropped or added (بولر beside بويهلر) changes the name's sound.
    const prefGap = gapOf(ranked[0]!.text);
    // The letter put for another may also be one the name's letter is usually written with
    // (writtenEitherWay: Persian writes Lindsey's s as ز too, which the model, trained on Arabic
    // names, reads as less likely than MATCH_GAP allows).
    const convention = (s: Spelling) =>
      oneLetterFor(skeletonOf(members, s), prefSkeleton) && (gapOf(s.text) <= MATCH_GAP || swappedEitherWay(name, s.text, ranked[0]!.text));
    const odd = sp.filter(
      (s) => skeletonOf(members, s) !== prefSkeleton && skeletonOf(members, s)[0] === prefSkeleton[0] && [...latinOf(s)].some((k) => prefLatin.has(k)) && gapOf(s.text) > prefGap && !convention(s),
    );
    const choice: Choice = { text: ranked[0]!.text, from: 'majority' };
    const label = (s: Spelling) => `“${s.text}” (${name})`;
    flags.push(...groupFlags(doc, side, [...sp.filter((s) => !odd.includes(s)), ...odd], choice, label).filter((f) => odd.some((s) => s.text === f.data?.text)));
  }
  return flags;
}

/** Two Arabic-script words of one length that differ in one letter, which some letter of the name is usually written either way. */
function swappedEitherWay(name: string, x: string, y: string): boolean {
  const [a, b] = [arabicLetters(x), arabicLetters(y)];
  if (a.length !== b.length) return false;
  const at = [...a].flatMap((c, i) => (c !== b[i] ? [i] : []));
  return at.length === 1 && writtenEitherWay(name, a[at[0]!]!, b[at[0]!]!);
}

/** Two skeletons of one length that differ in one letter. */
function oneLetterFor(x: string, y: string): boolean {
  if (x.length !== y.length) return false;
  let diff = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) diff++;
  return diff === 1;
}

function skeletonOf(hits: NameHit[], s: Spelling): string {
  return hits.find((h) => h.text === s.text)?.skeleton ?? '';
}

/** Whether an Arabic-script hit's bead has, on the Latin side, a mention of the name it writes. */
function besideName(beads: Bead[], side: Side, latin: CheckDoc): (h: NameHit, group: (key: string) => string) => boolean {
  const latinOf = new Map<number, number[]>();
  for (const b of beads) for (const p of side === 'a' ? b.a : b.b) latinOf.set(p, side === 'a' ? b.b : b.a);
  const byParagraph = new Map<number, string[]>();
  for (const m of mentionsOf(latin)) byParagraph.set(m.paragraph, [...(byParagraph.get(m.paragraph) ?? []), latinKey(m.text)]);
  // A paragraph the alignment does not link says nothing either way.
  return (h, group) => {
    const ps = latinOf.get(h.occurrence.paragraph);
    return !ps?.length || ps.some((p) => (byParagraph.get(p) ?? []).some((k) => group(k) === group(h.latin)));
  };
}

/** Whether two spellings of a group are two names by the source (readAsWritten). */
type ReadAsWritten = (s: Spelling, to: Spelling) => boolean;

/**
 * How much better (nats) a source word must read as one spelling than as the other: SLIP_MARGIN,
 * the margin by which a slip's reading of a word is told from the name's.
 */
const AS_WRITTEN_BY = SLIP_MARGIN;

/**
 * A spelling the translation reads as written is another name than the group's choice, not a
 * slip of it, when the choice is another name too: at each occurrence of the spelling the
 * aligned source has a word that the spelling writes (within MATCH_GAP) and the choice writes
 * AS_WRITTEN_BY worse; and the choice is read as written somewhere the same way ("Noren" نورين
 * beside "Norton" نورتون, "Johnstone" جونستون beside "Johnson"), or it is translated, the
 * source holding no word the spelling writes wherever the choice stands ("Stadio" ستاديو
 * beside "Stadium" ملعب, "Struan" ستروان beside "Stream"). A garbled spelling stands where the
 * source writes the name meant, which the choice writes better; and where the choice is the
 * garble (written more often than the name), its source words are the name's, so the name's
 * flag stays, listing the garble.
 */
function readAsWritten(beads: Bead[], side: Side, source: CheckDoc): ReadAsWritten {
  const sourceOf = new Map<number, number[]>();
  for (const b of beads) if (b.a.length && b.b.length) for (const p of side === 'a' ? b.a : b.b) sourceOf.set(p, side === 'a' ? b.b : b.a);
  const wordsOf = new Map<number, string[]>();
  const sourceWords = (paragraph: number): string[] => {
    let ws = wordsOf.get(paragraph);
    if (!ws) {
      const ps = sourceOf.get(paragraph) ?? [];
      ws = [...new Set(ps.flatMap((i) => tokensOf(source, i).filter((t) => t.arabic && !isArabicStopword(t.text) && !isCommonArabic(t.text)).map((t) => t.text)))];
      wordsOf.set(paragraph, ws);
    }
    return ws;
  };
  // Whether the source word the spelling writes best at this occurrence, when it writes one, is one the other spelling writes AS_WRITTEN_BY worse.
  const own = (s: Spelling, other: Spelling, paragraph: number): boolean => {
    let best = { word: '', gap: Infinity };
    for (const w of sourceWords(paragraph)) {
      const g = gapWithin(s.text, w, Math.min(MATCH_GAP, best.gap));
      if (g < best.gap) best = { word: w, gap: g };
    }
    return best.word !== '' && gapWithin(other.text, best.word, best.gap + AS_WRITTEN_BY) === Infinity;
  };
  const writesThere = (s: Spelling, paragraph: number): boolean => sourceWords(paragraph).some((w) => gapWithin(s.text, w, MATCH_GAP) <= MATCH_GAP);
  const translated = (to: Spelling, s: Spelling): boolean =>
    to.occurrences.some((o) => sourceWords(o.paragraph).length > 0) && !to.occurrences.some((o) => writesThere(s, o.paragraph));
  return (s, to) => s.occurrences.every((o) => own(s, to, o.paragraph)) && (to.occurrences.some((o) => own(to, s, o.paragraph)) || translated(to, s));
}

/** Check 1 on both documents of the pair; other documents only lend support. */
export function checkNameVariants(input: CheckInput): Flag[] {
  const others = input.others ?? [];
  const out: Flag[] = [];
  for (const [side, doc, other] of [
    ['a', input.a, input.b],
    ['b', input.b, input.a],
  ] as const) {
    const script = scriptOfLang(doc.lang);
    if (script === 'latin') {
      const asWritten = scriptOfLang(other.lang) === 'arabic' ? readAsWritten(input.beads, side, other) : undefined;
      out.push(...latinVariantFlags(doc, side, [other, ...others], other, asWritten));
    }
    else if (script === 'arabic') {
      // The pair's own Latin document names what matters here; the rest of the story,
      // matched against a whole Arabic document without beads, mostly adds coincidences.
      const pairLatin = scriptOfLang(other.lang) === 'latin';
      const latinDocs = pairLatin ? [other] : others.filter((d) => scriptOfLang(d.lang) === 'latin');
      if (latinDocs.length) out.push(...arabicVariantFlags(doc, side, latinDocs, pairLatin ? besideName(input.beads, side, other) : undefined));
    }
  }
  return out;
}
