import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rng, ROOT, type GoldBead } from './corpus';

/**
 * Real translated software manuals (corpora/manuals): pages of one paragraph per line with
 * headings, label tables, lists and commands, English with a human translation, gold from
 * the source's own element structure (line k ↔ line k). Pages alternate between dev and
 * held-out in the order of the file.
 */

export interface ManualPage {
  name: string;
  split: 'dev' | 'held-out';
  a: string[];
  b: string[];
  links: GoldBead[];
}

export function manualPages(): ManualPage[] {
  const pages = new Map<string, { a: string[]; b: string[] }>();
  for (const row of readFileSync(join(ROOT, 'corpora/manuals/pages.tsv'), 'utf8').split('\n')) {
    if (!row) continue;
    const [name, , en, tr] = row.split('\t');
    const page = pages.get(name!) ?? { a: [], b: [] };
    page.a.push(en!);
    page.b.push(tr!);
    pages.set(name!, page);
  }
  return [...pages].map(([name, p], k) => ({ name, split: k % 2 ? 'held-out' : 'dev', ...p, links: p.a.map((_, i) => ({ a: [i], b: [i] })) }));
}

const SENTENCE_END = /[.!?]$/u;
/** A sentence end inside a line, where a translator may cut it in two. */
const MID_SENTENCE_END = /[.!?] (?=\p{Lu})/gu;

/**
 * The same page as a translation that lags its original and was edited by hand, as real
 * ones often are: of the translated lines, about 4% are left out, 4% of the paragraphs
 * that end a sentence are joined with the next such paragraph, and 3% are cut in two at a
 * sentence end. Labels, headings, cells and code stay as they are. The words are the
 * translators'; the edits are ours (seeded per page).
 */
export function editedPage(p: ManualPage, seed: number): ManualPage {
  const rand = rng(seed);
  const b: string[] = [];
  const links: GoldBead[] = [];
  const prose = (s: string): boolean => s.length > 60 && SENTENCE_END.test(s);
  for (let k = 0; k < p.a.length; k++) {
    const r = rand();
    const line = p.b[k]!;
    if (r < 0.04) continue;
    if (r < 0.08 && k + 1 < p.a.length && prose(line) && prose(p.b[k + 1]!)) {
      links.push({ a: [k, k + 1], b: [b.push(`${line} ${p.b[k + 1]!}`) - 1] });
      k++;
      continue;
    }
    const cuts = r < 0.11 && prose(line) ? [...line.matchAll(MID_SENTENCE_END)].map((m) => m.index + 1) : [];
    if (cuts.length) {
      const at = cuts[Math.floor(rand() * cuts.length)]!;
      const first = b.push(line.slice(0, at).trim()) - 1;
      links.push({ a: [k], b: [first, b.push(line.slice(at).trim()) - 1] });
      continue;
    }
    links.push({ a: [k], b: [b.push(line) - 1] });
  }
  return { ...p, name: `${p.name} edited`, b, links };
}
