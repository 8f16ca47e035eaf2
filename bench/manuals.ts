import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, type GoldBead } from './corpus';

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
