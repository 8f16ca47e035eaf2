import { align } from '../src/core/align';
import { checkNumbers, runChecks } from '../src/core/checks';
import type { Flag } from '../src/core/model';
import { versePairs, versesNumbered } from './omissions';

/**
 * Every reviewer check on clean literary and religious translation (the Hidden Words and the
 * Kitáb-i-Aqdas, English with the human Arabic or Persian, one passage per paragraph, aligned
 * by the aligner): nothing was garbled or left out, so every flag is a false alarm. Text of
 * another kind than the news the name checks were built on, with vocalised Arabic, epithets
 * written as capitalised English ("the Ancient Beauty") and few names. The literature set's
 * dev texts are the development half; DUMP=1 prints the dev flags.
 */
export function runChecksVerseBench(log: (line: string) => void = console.log): void {
  const runs = versePairs().map((pair) => ({ pair, flags: runChecks({ a: pair.en, b: pair.other, beads: pair.beads }) }));
  log('checks on clean literary and religious translation (Hidden Words, Kitáb-i-Aqdas; every flag a false alarm), per 100 passages');
  for (const [label, held] of [['dev', false], ['held-out', true]] as const) {
    const v = runs.filter((x) => x.pair.heldOut === held);
    const units = v.reduce((n, x) => n + x.pair.en.paragraphs.length, 0);
    const byCheck = new Map<string, number>();
    for (const f of v.flatMap((x) => x.flags)) byCheck.set(f.check, (byCheck.get(f.check) ?? 0) + 1);
    const names = (byCheck.get('name-variants') ?? 0) + (byCheck.get('name-mismatch') ?? 0);
    const all = [...byCheck.values()].reduce((s, n) => s + n, 0);
    const per100 = (n: number) => ((100 * n) / Math.max(1, units)).toFixed(2);
    log(`  ${label} (${v.map((x) => x.pair.id).join(', ')}; ${units} passages): name flags ${per100(names)} (${names}), all flags ${per100(all)} (${[...byCheck].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`);
    if (process.env.DUMP && !held) for (const x of v) for (const f of x.flags) log(`    ${x.pair.id} ${describe(f, x.pair.en.paragraphs, x.pair.other.paragraphs)}`);
    // Verses numbered on one side only, as editions of scripture often are: the numbers check's flags.
    const numbered = v.map(({ pair }) => {
      const other = versesNumbered(pair.other);
      return checkNumbers({ a: pair.en, b: other, beads: align(pair.en, other) }).length;
    });
    log(`    the translation's passages numbered ﴿١﴾ ﴿٢﴾ … at their end: number flags ${numbered.reduce((n, k) => n + k, 0)} (as written: ${byCheck.get('number-mismatch') ?? 0})`);
  }
}

function describe(f: Flag, en: Array<{ text: string }>, other: Array<{ text: string }>): string {
  const s = f.span;
  const text = s ? (s.side === 'b' ? other : en)[s.paragraph]?.text.slice(s.start, s.end) : '';
  return `${f.check} ¶${s?.paragraph ?? f.paragraphs.a[0]} «${text}» ${f.evidence}${f.suggestion ? ` → ${f.suggestion}` : ''}`.slice(0, 300);
}

if (process.argv[1] && /checksVerse\.ts$/.test(process.argv[1])) runChecksVerseBench();
