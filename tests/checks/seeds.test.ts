import { describe, expect, it } from 'vitest';
import { nameIndex, runChecks } from '../../src/core/checks';
import { expected, isNameFlag, scoreNames, seedPair } from './helpers';

describe('checks on seed 000 (English MT) against 003 (its Arabic source)', () => {
  const { a, b, beads, others } = seedPair();
  const flags = runChecks({ a, b, beads, others });

  it('finds the expected name findings with good precision and recall', () => {
    const s = scoreNames(flags);
    console.info(`name flags with the story: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)} (${s.truePositives}/${s.flagged} flags, ${s.expected} expected)`, s.missed, s.falseFlags);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
    expect(s.precision).toBeGreaterThanOrEqual(0.7);
  });

  it('without the other documents still finds the group and the source mismatches', () => {
    const s = scoreNames(runChecks({ a, b, beads }), expected, false);
    console.info(`name flags, pair only: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)}`);
    expect(s.recall).toBeGreaterThanOrEqual(0.8);
    expect(s.precision).toBeGreaterThanOrEqual(0.7);
  });

  it('suggests the spelling the story supports', () => {
    for (const e of expected.nameFlags.filter((x) => x.suggestion)) {
      const f = flags.find((x) => isNameFlag(x) && x.span?.side === e.side && (e.texts ? e.texts.includes(x.data?.text ?? '') : x.data?.text === e.text));
      expect(f?.suggestion, e.text ?? e.texts?.join('/')).toBe(e.suggestion);
    }
    const zalmay = flags.find((f) => f.data?.text === 'Zawassi')!;
    expect(zalmay.evidence).toContain('Arabic has زلماي (Zalmay)');
    expect(zalmay.data).toMatchObject({ kind: 'source-differs', sourceText: 'زلماي', suggestion: 'Zalmay', suggestionFrom: 'story' });
  });

  it('flags none of the correct names', () => {
    const named = flags.filter(isNameFlag).map((f) => f.data?.text);
    for (const name of expected.mustNotFlag) expect(named, name).not.toContain(name);
  });

  it('finds the number, omission, leftover and near-miss findings', () => {
    for (const e of expected.otherFlags) {
      const hit = flags.find((f) => f.check === e.check && f.span?.side === e.side && f.span.paragraph === e.paragraph && (!e.text || f.data?.text === e.text));
      expect(hit, `${e.check} ${e.side}${e.paragraph} ${e.text ?? ''}`).toBeDefined();
      if (e.suggestion) expect(hit?.suggestion).toBe(e.suggestion);
    }
  });

  it('points every span at the text it names, and gives the same ids on a second run', () => {
    for (const f of flags) {
      const d = f.span!.side === 'a' ? a : b;
      const text = d.paragraphs[f.span!.paragraph]!.text.slice(f.span!.start, f.span!.end);
      if (f.data?.text && f.check !== 'omission' && f.check !== 'untranslated') expect(text).toBe(f.data.text);
      expect(f.span!.end).toBeGreaterThan(f.span!.start);
    }
    const again = runChecks({ a, b, beads, others });
    expect(again.map((f) => f.id)).toEqual(flags.map((f) => f.id));
    expect(new Set(flags.map((f) => f.id)).size).toBe(flags.length);
  });

  it('indexes the story: who spells Zalmay, Sirajuddin and Glezmann how', () => {
    const index = nameIndex([a, b, ...others]);
    const find = (t: string) => index.find((e) => e.spellings.some((s) => s.text === t));
    expect(find('Zalmay')?.spellings.map((s) => s.docId)).toEqual(expect.arrayContaining(['001', '002', '003']));
    expect(find('Sirajuddin')?.spellings.map((s) => `${s.docId}:${s.text}`)).toEqual(expect.arrayContaining(['002:Sirajuddin', '003:سراج الدين']));
    const glez = find('Glezmann')!;
    expect(glez.spellings.map((s) => s.text)).toEqual(expect.arrayContaining(['Glizmann', 'Galzman', 'Galzmann', 'Gulzman', 'غليزمان']));
    expect(glez.disagreeing).toEqual(expect.arrayContaining(['000', '002']));
    const walz = find('Walz')!;
    expect(walz.spellings.map((s) => s.text)).toContain('Waltz');
    expect(find('Trump')?.disagreeing).toEqual([]);
  });
});
