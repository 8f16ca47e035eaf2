import { checkOmissions } from '../src/core/checks/omission';
import { letters, sentencePieces } from '../src/core/checks/sentenceContent';
import type { Flag } from '../src/core/model';
import { checksCorpus, type DeletionPair } from './checksCorpus';
import { onDevFoldTable, onDevTable } from './omissionTable';

/**
 * Where the omission check misses deleted sentences (bench/omissions.ts's NTREX pairs), by
 * class: language, the sentence's length, its place in its bead, the sentence link the
 * aligner put it in, the bead's shape, and whether the sentence splitter kept it apart.
 *
 *   npx tsx bench/omissionMisses.ts          dev half, dev-half word table
 *   ... -x                                   dev half, word table from the other dev fold
 *   ... -v                                   also each dev miss, with its bead's sentences
 *   ... -f                                   also each dev false alarm on the deletion pairs
 *   ... -H                                   held-out half: the classes only, never an item
 */

type Span = { paragraph: number; start: number; end: number };
const overlaps = (x: Span, y: Span) => x.paragraph === y.paragraph && x.start < y.end && y.start < x.end;
const args = new Set(process.argv.slice(2));
const heldOut = args.has('-H');
const classes = new Map<string, Map<string, [number, number]>>();
function by(name: string, k: string, hit: boolean): void {
  const m = classes.get(name) ?? (classes.set(name, new Map()), classes.get(name)!);
  const v = m.get(k) ?? [0, 0];
  v[0] += hit ? 1 : 0;
  v[1]++;
  m.set(k, v);
}
const lengthClass = (n: number) => (n < 30 ? '<30' : n < 40 ? '30-39' : n < 80 ? '40-79' : n < 140 ? '80-139' : '140+');

function judge(pair: DeletionPair): Flag[] {
  const run = () => checkOmissions({ a: pair.en, b: pair.other, beads: pair.beads }).filter((f) => f.check === 'omission');
  return !heldOut && args.has('-x') ? onDevFoldTable(pair.id, run) : onDevTable(run);
}

for (const pair of checksCorpus().deletions.filter((p) => p.heldOut === heldOut)) {
  const om = judge(pair);
  const lang = pair.fresh ? 'prs' : pair.lang;
  for (const d of pair.deleted) {
    const hit = om.some((f) => f.span?.side === 'b' && overlaps(f.span, d));
    const bead = pair.beads.find((b) => b.b.includes(d.paragraph))!;
    const pb = sentencePieces(pair.other, bead.b);
    const idx = pb.flatMap((p, i) => (overlaps(p, d) ? [i] : []));
    const text = pair.other.paragraphs[d.paragraph]!.text.slice(d.start, d.end);
    const link = bead.sentences?.find(([, sb]) => sb.some((j) => idx.includes(j)));
    const one = idx.length === 1 ? pb[idx[0]!]! : null;
    by('language', lang, hit);
    by('letters', lengthClass(letters(text)), hit);
    const linkClass = !bead.a.length ? 'paragraph unlinked' : !link ? 'one link' : `${Math.min(link[0].length, 3)}-${Math.min(link[1].length, 3)}`;
    // Crossed classes: where one language's misses gather (its short lines, its shifted links).
    by('language, letters', `${lang} ${lengthClass(letters(text))}`, hit);
    by('language, sentence link', `${lang} ${linkClass}`, hit);
    if (letters(text) < 30) by('under 30 letters, sentence link', linkClass, hit);
    by('place in bead', idx.length !== 1 ? 'over several' : idx[0] === 0 ? 'first' : idx[0] === pb.length - 1 ? 'last' : 'middle', hit);
    by('sentence link', linkClass, hit);
    by('bead paragraphs', `${bead.a.length}x${bead.b.length}`, hit);
    const split = one && one.start <= d.start + 1 && one.end >= d.end - 2 && one.end <= d.end + 2 ? 'own sentence' : idx.length > 1 ? 'cut' : 'run into a neighbour';
    by('splitter', split, hit);
    by('language, splitter', `${lang} ${split}`, hit);
    if (hit || heldOut || !args.has('-v')) continue;
    console.log(`MISS ${pair.id}/${lang} paragraph ${d.paragraph} bead ${JSON.stringify([bead.a, bead.b])} links ${JSON.stringify(bead.sentences)}`);
    console.log(`  deleted: ${text}`);
    pb.forEach((p, i) => console.log(`  b${i}${idx.includes(i) ? '*' : ' '} ${p.letters} ${p.text.slice(0, 140)}`));
    sentencePieces(pair.en, bead.a).forEach((p, i) => console.log(`  a${i}  ${p.letters} ${p.text.slice(0, 140)}`));
  }
  if (!heldOut && args.has('-f')) for (const f of om.filter((f) => !(f.span?.side === 'b' && pair.deleted.some((d) => overlaps(f.span!, d))))) console.log(`FALSE ALARM ${pair.id}/${lang} ${f.span?.side} ${String(f.data?.kind)} ${String(f.data?.text ?? '').slice(0, 140)}`);
}
console.log(`deleted sentences found, ${heldOut ? 'held-out' : 'dev'} half${!heldOut && args.has('-x') ? ' (word table from the other dev fold)' : ''}, by class:`);
for (const [name, m] of classes) console.log(`  ${name}: ${[...m].sort().map(([k, [h, n]]) => `${k} ${h}/${n}`).join(', ')}`);
