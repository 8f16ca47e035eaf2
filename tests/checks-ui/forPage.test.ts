import { afterAll, describe, expect, it } from 'vitest';
import { forPage, nameIndex, occurrenceCount, runChecks } from '../../src/core/checks';
import { OCCURRENCE_SAMPLE } from '../../src/core/checks/forPage';
import type { Flag } from '../../src/core/model';
import { setUiLang } from '../../src/i18n';
import { flagMessage, type MessageContext } from '../../src/ui/checks/messages';
import { seedPair } from '../checks/helpers';

const { a, b, beads, others } = seedPair();
const ctx: MessageContext = { a: { id: a.id, lang: 'en' }, b: { id: b.id, lang: 'ar' }, titleOf: (id) => id };

afterAll(() => setUiLang('en'));

describe('checks results as the page receives them', () => {
  it('keep how often every name is spelt each way, with only its first occurrences', () => {
    const entities = nameIndex([a, b, ...others]);
    const sent = forPage([], entities).entities;
    let trimmed = 0;
    sent.forEach((e, i) =>
      e.spellings.forEach((s, j) => {
        const full = entities[i]!.spellings[j]!;
        expect(occurrenceCount(s)).toBe(full.occurrences.length);
        expect(s.occurrences).toEqual(full.occurrences.slice(0, OCCURRENCE_SAMPLE));
        if (full.occurrences.length > OCCURRENCE_SAMPLE) trimmed++;
      }),
    );
    expect(trimmed).toBeGreaterThan(0);
  });

  it('shrink a book’s name index to a small part of its size', () => {
    // The English article ten times over: every name occurs ten times as often.
    const book = { ...a, id: 'book', paragraphs: Array.from({ length: 10 }, () => a.paragraphs).flat().map((p, index) => ({ ...p, index })) };
    const entities = nameIndex([book]);
    const sent = forPage([], entities).entities;
    expect(sent.flatMap((e) => e.spellings.map(occurrenceCount))).toEqual(entities.flatMap((e) => e.spellings.map((s) => s.occurrences.length)));
    expect(JSON.stringify(sent).length).toBeLessThan(0.3 * JSON.stringify(entities).length);
  });

  it('word every flag as before, "spelt 5×" included', () => {
    setUiLang('en');
    const flags = runChecks({ a, b, beads, others });
    const group = flags.find((f) => f.data?.text === 'Glizmann')!;
    const often: Flag = {
      ...group,
      data: { ...group.data!, variants: group.data!.variants!.map((v, k) => (k === 0 ? { ...v, occurrences: Array(5).fill(v.occurrences[0]) } : v)) },
    };
    const all = [...flags, often];
    const sent = forPage(all, []).flags;
    expect(sent.map((f) => flagMessage(f, ctx))).toEqual(all.map((f) => flagMessage(f, ctx)));
    expect(flagMessage(sent.at(-1)!, ctx)).toContain('Glizmann (5×)');
    expect(sent.at(-1)!.data!.variants![0]!.occurrences).toHaveLength(OCCURRENCE_SAMPLE);
  });
});
