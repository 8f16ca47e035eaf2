import type { Bead, Paragraph } from '../../src/core/model';
import { paragraph, type GoldPair } from '../../bench/corpus';

/**
 * Edits one side (B) of a gold-aligned pair and keeps the gold in step, so a property test
 * can check that the aligner recovers what was done: a deleted paragraph leaves its partner
 * unlinked, two merged ones make a 2-1 bead, an inserted one is unlinked, a duplicate is
 * unlinked (or linked instead of its original: both are right, see `canonical`).
 */

export type Edit = { op: 'delete' | 'merge' | 'duplicate'; at: number } | { op: 'insert'; at: number; text: string };

interface Unit {
  para: Paragraph;
  /** Index of the gold link this paragraph belongs to, or -1. */
  link: number;
  /** For a duplicate: index (in the current list) of its original, fixed up on rebuild. */
  copyOf?: Unit;
}

export interface EditedPair extends GoldPair {
  /** B index of each duplicate → B index of its original. */
  copies: Map<number, number>;
}

function unitsOf(pair: GoldPair): Unit[] {
  const linkOf = new Map<number, number>();
  pair.links.forEach((l, k) => l.b.forEach((j) => linkOf.set(j, k)));
  return pair.b.map((para) => ({ para, link: linkOf.get(para.index) ?? -1 }));
}

/** Position k of a B unit whose gold link is 1-1, searching forward from `at`. */
function oneToOne(units: Unit[], links: GoldPair['links'], at: number): number {
  for (let d = 0; d < units.length; d++) {
    const k = (at + d) % units.length;
    const l = links[units[k]!.link];
    if (l && l.a.length === 1 && l.b.length === 1 && !units[k]!.copyOf) return k;
  }
  return -1;
}

function apply(units: Unit[], links: Array<{ a: number[]; b: number[] }>, edit: Edit, lang: string): void {
  const k = oneToOne(units, links, Math.abs(edit.at) % Math.max(1, units.length));
  if (edit.op === 'insert') {
    units.splice(Math.abs(edit.at) % (units.length + 1), 0, { para: paragraph(0, edit.text, lang), link: -1 });
  } else if (k < 0) {
    return;
  } else if (edit.op === 'delete') {
    links[units[k]!.link]!.a = []; // its partner is now unlinked
    units.splice(k, 1);
  } else if (edit.op === 'duplicate') {
    units.splice(k + 1, 0, { para: units[k]!.para, link: -1, copyOf: units[k]! });
  } else {
    const next = units[k + 1];
    const l1 = links[units[k]!.link]!;
    const l2 = next && links[next.link];
    // Only two neighbouring 1-1 links with nothing unlinked between them on A merge cleanly.
    if (!next || !l2 || next.copyOf || l2.a.length !== 1 || l2.b.length !== 1 || l2.a[0] !== l1.a[0]! + 1) return;
    units.splice(k, 2, { para: paragraph(0, `${units[k]!.para.text} ${next.para.text}`, lang), link: units[k]!.link });
    l1.a = [...l1.a, ...l2.a];
    l2.a = [];
  }
}

/** Applies edits to side B; `lang` is B's language (for sentence splitting). */
export function editB(pair: GoldPair, edits: Edit[], lang: string): EditedPair {
  const units = unitsOf(pair);
  const links = pair.links.map((l) => ({ a: [...l.a], b: [...l.b] }));
  for (const e of edits) apply(units, links, e, lang);
  const b = units.map((u, index) => ({ ...u.para, index }));
  const byLink = new Map<number, number[]>();
  units.forEach((u, j) => {
    if (u.link >= 0) byLink.set(u.link, [...(byLink.get(u.link) ?? []), j]);
  });
  const goldLinks = links.flatMap((l, k) => (l.a.length && byLink.has(k) ? [{ a: l.a, b: byLink.get(k)! }] : []));
  const copies = new Map<number, number>();
  units.forEach((u, j) => {
    if (u.copyOf) copies.set(j, units.indexOf(u.copyOf));
  });
  return { a: pair.a, b, links: goldLinks, copies };
}

/** Beads with each duplicate replaced by its original, so either may carry the link. */
export function canonical(beads: Array<Pick<Bead, 'a' | 'b'>>, copies: Map<number, number>): Array<Pick<Bead, 'a' | 'b'>> {
  return beads.map((x) => ({ a: x.a, b: [...new Set(x.b.map((j) => copies.get(j) ?? j))].sort((p, q) => p - q) }));
}
