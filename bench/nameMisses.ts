import { checkNameMismatch, checkNameVariants } from '../src/core/checks';
import { isDictionaryArabic } from '../src/core/checks/arabicWords';
import { sideIndices } from '../src/core/checks/beads';
import { isBorneName, isEnglishWord, isKnownName, isPlaceName } from '../src/core/checks/knownNames';
import { mismatchRule } from '../src/core/checks/mismatch';
import { bestGap, isCommonArabic } from '../src/core/checks/modelMatch';
import { SLIP_GAP, SLIP_MARGIN } from '../src/core/checks/knownSlip';
import type { Flag } from '../src/core/model';
import { checksCorpus, flagHits, isNameFlag, type BenchPair, type GarbledPair } from './checksCorpus';
import { onDevFoldTable, onDevTable } from './omissionTable';
import { useTablesFromEnv } from './checks';

/**
 * The name checks' clean false alarms and missed garbles on NTREX, one per line, for reading
 * (bench/checks.ts's checks-ntrex counts them): each false alarm with the rule that raised it,
 * its suggestion, what the lists say of the spelling and the source word; each garble with the
 * rules that caught it, or, when missed, why the model could not: the name as meant writes no
 * word of its bead (name-does-not-write), the garble writes that word within SLIP_MARGIN of it
 * (garble-writes-too), or other (a rule's prior or margin). Development documents only.
 *
 *   npx tsx bench/nameMisses.ts                     dev half and Dari, shipped tables
 *   TRANSLIT_TABLE=/tmp/tt-q1.json npx tsx ...      the unmined quarter (UNMINED=2, or 0 for a NEWS_QUARTER=2 table)
 *   COMMON_WORDS=file                               common-word lists learnt without it (scripts/build-common-words.ts)
 */

const quarter = useTablesFromEnv();
const unmined = Number(process.env.UNMINED ?? 2);

const rule = (f: Flag) => (f.check === 'name-variants' ? 'variants' : (mismatchRule.get(f) ?? 'other'));
const lists = (t: string) =>
  [isEnglishWord(t) && 'word', isKnownName(t) && 'known', isBorneName(t) && 'borne', isPlaceName(t) && 'place'].filter(Boolean).join(',') || 'unlisted';
const where = (p: BenchPair) => `${p.id}/${p.fresh ? 'prs' : p.lang}`;

function nameFlags(p: BenchPair): Flag[] {
  const run = () => {
    const input = { a: p.en, b: p.other, beads: p.beads };
    return [...checkNameVariants(input), ...checkNameMismatch(input)].filter(isNameFlag);
  };
  return quarter ? onDevFoldTable(p.id, run) : run();
}

function whyMissed(p: GarbledPair, g: GarbledPair['garbles'][number]): string {
  const o = g.occurrences[0]!;
  const bead = p.beads.find((b) => sideIndices(b, 'a').includes(o.paragraph));
  if (!bead) return 'no bead';
  const words = sideIndices(bead, 'b')
    .flatMap((k) => p.other.paragraphs[k]!.text.split(/[\s.,،؛:"«»()!?؟]+/))
    .filter((x) => /[\u0600-\u06ff]/.test(x));
  let best = { w: '', gap: Infinity };
  for (const w of words) {
    const gap = bestGap(g.name, [w]).gap;
    if (gap < best.gap) best = { w, gap };
  }
  const garbled = best.w ? bestGap(g.garbled, [best.w]).gap : Infinity;
  const why = best.gap > SLIP_GAP ? 'name-does-not-write' : garbled - best.gap < SLIP_MARGIN ? 'garble-writes-too' : 'other';
  const marks = best.w ? `${isCommonArabic(best.w) ? ' common' : ''}${isDictionaryArabic(best.w) ? ' dictionary' : ''}` : '';
  return `${why}: ${best.w || '-'} name ${best.gap.toFixed(1)}, garble ${garbled.toFixed(1)} nats${marks}; name ${isKnownName(g.name) ? 'known' : 'unknown'}`;
}

onDevTable(() => {
  const corpus = checksCorpus();
  const keep = (p: BenchPair) => !p.heldOut && (!quarter || p.doc % 4 === unmined);
  for (const p of corpus.clean.filter(keep))
    for (const f of nameFlags(p)) console.log(`false alarm ${where(p)} ${rule(f)}: ${String(f.data?.text)} → ${f.suggestion ?? ''} [${lists(String(f.data?.text))}] ${String(f.data?.sourceText ?? '')}`);
  for (const p of corpus.garbled.filter(keep)) {
    const flags = nameFlags(p);
    for (const g of p.garbles) {
      const hits = [...new Set(flags.filter((f) => flagHits(f, g)).map(rule))];
      const head = `${where(p)} ${g.type}, ${g.spread}: ${g.name} → ${g.garbled} [${lists(g.garbled)}]`;
      console.log(hits.length ? `caught ${head} by ${hits.join(', ')}` : `missed ${head} ${whyMissed(p, g)}`);
    }
  }
});
