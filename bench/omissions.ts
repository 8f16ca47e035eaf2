import { align, alignParallel } from '../src/core/align';
import type { CheckDoc } from '../src/core/checks';
import { checkOmissions } from '../src/core/checks/omission';
import type { Bead, Flag } from '../src/core/model';
import { checksCorpus, scoreDeletions, type BenchPair } from './checksCorpus';
import { loadNtrex, paragraph } from './corpus';
import { literatureSet } from './literature';
import { onDevFoldTable, onDevTable } from './omissionTable';

/**
 * The omission check alone, on two kinds of real translation: NTREX news with an English
 * sentence deleted here and there (how many deletions it finds, and its flags on the clean
 * pairs), and verse-style literary text (bench/literature.ts: the Hidden Words and the
 * Kitáb-i-Aqdas, one passage per paragraph on both sides, a long Arabic or Persian passage
 * often written as several English sentences, nothing left out), where every flag is a false
 * alarm. Even NTREX documents and the literature set's dev texts are the development half.
 * The NTREX runs use the word table learnt from NTREX's development half only (the app ships
 * one learnt from all of it); the literature, which is not NTREX, the shipped one. That table
 * has seen every dev sentence, so the dev half is also judged with a table learnt from the
 * other of its two folds (documents taken alternately): words as unseen as on held-out text.
 */

export interface VersePair {
  id: string;
  heldOut: boolean;
  en: CheckDoc;
  other: CheckDoc;
  beads: Bead[];
}

let verseCache: VersePair[] | undefined;

/** Each literary text with one passage per paragraph on both sides, aligned as a user would. */
export function versePairs(): VersePair[] {
  if (verseCache) return verseCache;
  verseCache = literatureSet().map((t) => {
    const lang = /–fa/.test(t.name) ? 'fa' : 'ar';
    const a: CheckDoc = { id: `${t.name}-en`, lang: 'en', paragraphs: t.links.map((l, i) => paragraph(i, l.a.map((k) => t.a[k]).join(' '), 'en')) };
    const b: CheckDoc = { id: `${t.name}-${lang}`, lang, paragraphs: t.links.map((l, i) => paragraph(i, l.b.map((k) => t.b[k]).join(' '), lang)) };
    return { id: t.name, heldOut: t.split === 'held-out', en: a, other: b, beads: alignParallel(a, b) };
  });
  return verseCache;
}

const per100 = (n: number, of: number) => ((100 * n) / Math.max(1, of)).toFixed(2);

export function runOmissionsBench(log: (line: string) => void = console.log): void {
  const verses = versePairs();
  const run = (p: BenchPair) => checkOmissions({ a: p.en, b: p.other, beads: p.beads });
  const [deletions, clean] = onDevTable(() => {
    const corpus = checksCorpus();
    return [corpus.deletions.map((pair) => ({ pair, flags: run(pair) })), corpus.clean.map((pair) => ({ pair, flags: run(pair) }))];
  });
  const devFolds = <P extends BenchPair>(pairs: P[]) => pairs.filter((p) => !p.heldOut).map((pair) => ({ pair, flags: onDevFoldTable(pair.id, () => run(pair)) }));
  const folds = { deletions: devFolds(checksCorpus().deletions), clean: devFolds(checksCorpus().clean) };
  const verse = verses.map((pair) => ({ pair, flags: checkOmissions({ a: pair.en, b: pair.other, beads: pair.beads }) }));
  log('omissions: NTREX with English sentences deleted; clean NTREX; verse-style literature (Hidden Words, Kitáb-i-Aqdas: one passage per paragraph, clean)');
  for (const [label, held] of [['dev', false], ['held-out', true]] as const) {
    const d = scoreDeletions(deletions.filter((x) => x.pair.heldOut === held));
    const c = clean.filter((x) => x.pair.heldOut === held);
    const cParas = c.reduce((n, x) => n + x.pair.en.paragraphs.length, 0);
    const cFlags = c.reduce((n, x) => n + x.flags.length, 0);
    const v = verse.filter((x) => x.pair.heldOut === held);
    const vUnits = v.reduce((n, x) => n + x.pair.other.paragraphs.length, 0);
    const vFlags = v.reduce((n, x) => n + x.flags.length, 0);
    log(`  ${label}: deleted sentences found ${d.found}/${d.deleted} (${((100 * d.found) / Math.max(1, d.deleted)).toFixed(0)}%), other flags on those pairs ${per100(d.falseAlarms, d.paragraphs)} per 100 paragraphs`);
    log(`    false alarms: clean NTREX ${per100(cFlags, cParas)} per 100 paragraphs (${cFlags}/${cParas}); verse-style ${per100(vFlags, vUnits)} per 100 passages (${vFlags}/${vUnits}; ${kinds(v.flatMap((x) => x.flags))})`);
    const u = unstoppedVerse(verses.filter((x) => x.heldOut === held));
    log(`    verse-style with the translation written without stops: false alarms ${per100(u.clean, vUnits)} per 100 passages (${u.clean}/${vUnits}); a passage's last translated sentence removed (every fourth passage of two sentences or more): found ${u.found}/${u.deleted}, other flags ${u.other}`);
    if (held) continue;
    const fd = scoreDeletions(folds.deletions);
    const fParas = folds.clean.reduce((n, x) => n + x.pair.en.paragraphs.length, 0);
    const fFlags = folds.clean.reduce((n, x) => n + x.flags.length, 0);
    const titles = titleDeletions();
    log(`  dev, English title left out where it shares a paragraph with the first line (fold word table): found ${titles.map(([lang, f, n, other]) => `${lang} ${f}/${n} (other flags ${other})`).join(', ')}`);
    log(`  dev, word table from the other dev fold: deleted sentences found ${fd.found}/${fd.deleted} (${((100 * fd.found) / Math.max(1, fd.deleted)).toFixed(0)}%), other flags on those pairs ${per100(fd.falseAlarms, fd.paragraphs)} per 100 paragraphs; clean NTREX ${per100(fFlags, fParas)} per 100 paragraphs (${fFlags}/${fParas})`);
  }
}

const UNSTOPPED = /[.!?،؛؟:«»"()[\]…,;]/gu;

/** Text as some editions of scripture write it: no stops, commas, quote marks or brackets. */
export function withoutStops(text: string): string {
  return text.replace(UNSTOPPED, ' ').replace(/\s+/gu, ' ').trim();
}

const ARABIC_INDIC = new Intl.NumberFormat('ar-u-nu-arab', { useGrouping: false });

/** The document with each paragraph numbered at its end as verses are (﴿١﴾, ﴿٢﴾, …). */
export function versesNumbered(doc: CheckDoc): CheckDoc {
  return { ...doc, paragraphs: doc.paragraphs.map((p, k) => paragraph(k, `${p.text} ﴿${ARABIC_INDIC.format(k + 1)}﴾`, doc.lang)) };
}

/**
 * The verse pairs with their translation written as some editions of scripture are, without
 * stops or commas, aligned again: the omission check's flags on them clean, and with the last
 * sentence of every fourth translated passage of two sentences or more removed first.
 */
function unstoppedVerse(pairs: VersePair[]): { clean: number; deleted: number; found: number; other: number } {
  const out = { clean: 0, deleted: 0, found: 0, other: 0 };
  for (const pair of pairs) {
    for (const cut of [false, true]) {
      const removed = new Set<number>();
      const paragraphs = pair.other.paragraphs.map((p, k) => {
        const last = p.sentences[p.sentences.length - 1];
        const drop = cut && k % 4 === 1 && p.sentences.length >= 2 && last !== undefined && last.end - last.start >= 30;
        if (drop) removed.add(k);
        const text = drop ? p.text.slice(0, last.start) + p.text.slice(last.end) : p.text;
        return paragraph(k, withoutStops(text), pair.other.lang);
      });
      const other = { ...pair.other, paragraphs };
      const flags = checkOmissions({ a: pair.en, b: other, beads: align(pair.en, other) });
      if (!cut) {
        out.clean += flags.length;
        continue;
      }
      out.deleted += removed.size;
      const hit = new Set<number>();
      for (const f of flags) {
        const k = f.span?.side === 'a' ? f.span.paragraph : -1;
        if (removed.has(k)) hit.add(k);
        else out.other++;
      }
      out.found += hit.size;
    }
  }
  return out;
}

/**
 * Each dev pair with its English title left out, where the title and the first line share a
 * paragraph (the pair's clean text otherwise): whether the other side's title is flagged,
 * judged with the other dev fold's word table, and how many other omission flags the pair gets.
 * Titles are lines without a stop, so a title run into the first line hides in its sentence.
 */
function titleDeletions(): Array<[string, number, number, number]> {
  const docs = new Map(loadNtrex().map((d) => [d.id, d]));
  const by = new Map<string, [number, number, number]>();
  for (const pair of checksCorpus().clean.filter((p) => !p.heldOut)) {
    const d = docs.get(pair.id)!;
    const lang = pair.fresh ? 'prs' : pair.lang;
    const [title, theirs] = [d.en[0]!, d[lang][0]!];
    const first = pair.en.paragraphs[0]!;
    if (!first.text.startsWith(`${title} `) || !pair.other.paragraphs[0]!.text.startsWith(theirs)) continue;
    const en = { ...pair.en, paragraphs: [paragraph(0, first.text.slice(title.length + 1), 'en'), ...pair.en.paragraphs.slice(1)] };
    const beads = align(en, pair.other);
    const flags = onDevFoldTable(pair.id, () => checkOmissions({ a: en, b: pair.other, beads }));
    const onTitle = (f: Flag) => f.span?.side === 'b' && f.span.paragraph === 0 && f.span.start < theirs.length;
    const v = by.get(lang) ?? [0, 0, 0];
    by.set(lang, [v[0] + (flags.some(onTitle) ? 1 : 0), v[1] + 1, v[2] + flags.filter((f) => !onTitle(f)).length]);
  }
  return [...by].sort().map(([lang, v]) => [lang, ...v]);
}

function kinds(flags: Flag[]): string {
  const n = new Map<string, number>();
  for (const f of flags) n.set(String(f.data?.kind), (n.get(String(f.data?.kind)) ?? 0) + 1);
  return [...n].map(([k, c]) => `${k} ${c}`).join(', ') || 'none';
}

if (process.argv[1] && /omissions\.ts$/.test(process.argv[1])) runOmissionsBench();
