import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { align } from '../src/core/align';
import { runChecks, type CheckDoc } from '../src/core/checks';
import type { Bead, Flag } from '../src/core/model';
import { paragraph, ROOT } from './corpus';

/**
 * Every reviewer check on clean technical translation (corpora/tech: strings of Debian
 * packages' gettext catalogues and the paragraphs of their installation questions, English
 * with the human Arabic or Persian, one string or paragraph per paragraph, grouped into
 * documents of about 30): UI labels, product names, placeholders,
 * file names, commands, keys and versions, nothing garbled or left out, so every flag is a
 * false alarm. Documents alternate between dev and held-out within each language, in the
 * order of the file. The pairs are aligned as a user's would be (the gold is line k ↔ line k;
 * the bench prints how many gold links the aligner kept). DUMP=1 prints the dev flags.
 */

export interface TechDoc {
  id: string;
  lang: 'ar' | 'fa';
  split: 'dev' | 'held-out';
  en: string[];
  other: string[];
}

export function techDocs(): TechDoc[] {
  const docs = new Map<string, { en: string[]; other: string[] }>();
  for (const row of readFileSync(join(ROOT, 'corpora/tech/pairs.tsv'), 'utf8').split('\n')) {
    if (!row) continue;
    const [id, , en, tr] = row.split('\t');
    const doc = docs.get(id!) ?? { en: [], other: [] };
    doc.en.push(en!);
    doc.other.push(tr!);
    docs.set(id!, doc);
  }
  const seen = { ar: 0, fa: 0 };
  return [...docs].map(([id, d]) => {
    const lang = id.startsWith('fa/') ? 'fa' : 'ar';
    return { id, lang, split: seen[lang]++ % 2 ? 'held-out' : 'dev', ...d };
  });
}

export interface TechPair {
  doc: TechDoc;
  a: CheckDoc;
  b: CheckDoc;
  beads: Bead[];
}

export function techPair(doc: TechDoc): TechPair {
  const a: CheckDoc = { id: `${doc.id}-en`, lang: 'en', paragraphs: doc.en.map((t, i) => paragraph(i, t, 'en')) };
  const b: CheckDoc = { id: `${doc.id}-${doc.lang}`, lang: doc.lang, paragraphs: doc.other.map((t, i) => paragraph(i, t, doc.lang)) };
  return { doc, a, b, beads: align(a, b) };
}

const CHECKS = ['name-mismatch', 'name-variants', 'number-mismatch', 'omission', 'untranslated', 'word-mismatch'];

export function runChecksTechBench(log: (line: string) => void = console.log): void {
  const t0 = performance.now();
  const pairs = techDocs().map(techPair);
  const t1 = performance.now();
  const runs = pairs.map((pair) => ({ pair, flags: runChecks({ a: pair.a, b: pair.b, beads: pair.beads }) }));
  const t2 = performance.now();
  log('checks on clean technical translation (corpora/tech: Debian gettext catalogues and debconf templates, one string a paragraph; every flag a false alarm), flags per 100 paragraphs');
  for (const split of ['dev', 'held-out'] as const) {
    for (const lang of ['ar', 'fa'] as const) {
      const v = runs.filter((x) => x.pair.doc.split === split && x.pair.doc.lang === lang);
      const units = v.reduce((n, x) => n + x.pair.doc.en.length, 0);
      const kept = v.reduce((n, x) => n + x.pair.beads.filter((bd) => bd.a.length === 1 && bd.b.length === 1 && bd.a[0] === bd.b[0]).length, 0);
      const byCheck = new Map<string, number>();
      for (const f of v.flatMap((x) => x.flags)) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
      const all = [...byCheck.values()].reduce((s, n) => s + n, 0);
      const per100 = (n: number) => ((100 * n) / Math.max(1, units)).toFixed(2);
      const other = [...byCheck.keys()].filter((k) => !CHECKS.includes(k));
      log(`  ${split} ${lang} (${v.length} documents, ${units} paragraphs, gold links kept by the aligner ${kept}): all ${per100(all)} (${all}); ${[...CHECKS, ...other].map((k) => `${k} ${per100(byCheck.get(k) ?? 0)} (${byCheck.get(k) ?? 0})`).join(', ')}`);
    }
  }
  const dev = runs.filter((x) => x.pair.doc.split === 'dev');
  const words = new Map<string, number>();
  for (const x of dev) for (const f of x.flags) {
    const key = `${f.check} «${flaggedText(f, x.pair)}»`;
    words.set(key, (words.get(key) ?? 0) + 1);
  }
  log(`  dev, most frequent flagged words: ${[...words].sort((p, q) => q[1] - p[1] || (p[0] < q[0] ? -1 : 1)).slice(0, 10).map(([k, n]) => `${k} ${n}`).join('; ') || 'none'}`);
  if (process.env.DUMP) for (const x of dev) for (const f of x.flags) log(`    ${x.pair.doc.id} ${describe(f, x.pair)}`);
  log(`  ${pairs.length} documents aligned in ${((t1 - t0) / 1000).toFixed(1)} s, checked in ${((t2 - t1) / 1000).toFixed(1)} s`);
}

function flaggedText(f: Flag, pair: TechPair): string {
  const s = f.span;
  if (!s) return '';
  return ((s.side === 'b' ? pair.b : pair.a).paragraphs[s.paragraph]?.text.slice(s.start, s.end) ?? '').slice(0, 40);
}

function describe(f: Flag, pair: TechPair): string {
  const s = f.span;
  const p = s?.paragraph ?? f.paragraphs.a[0] ?? 0;
  return `${f.check} ¶${p} «${flaggedText(f, pair)}» ${f.evidence}${f.suggestion ? ` → ${f.suggestion}` : ''} | ${pair.a.paragraphs[f.paragraphs.a[0] ?? p]?.text.slice(0, 120)} | ${pair.b.paragraphs[f.paragraphs.b[0] ?? p]?.text.slice(0, 120)}`.slice(0, 500);
}

if (process.argv[1] && /checksTech\.ts$/.test(process.argv[1])) runChecksTechBench();
