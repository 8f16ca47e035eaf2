import { describe, expect, it, vi } from 'vitest';
import type { CheckInput } from '../../src/core/checks';
import { seedPair } from './helpers';

/** The checks' flags and name index on each pair in turn, with the checks' modules (and every cache they hold) loaded fresh. */
async function checkedInTurn(...pairs: CheckInput[]): Promise<unknown[]> {
  vi.resetModules();
  const { nameIndex, runChecks } = await import('../../src/core/checks');
  return pairs.map((p) => ({ flags: runChecks(p), names: nameIndex([p.a, p.b, ...(p.others ?? [])]) }));
}

describe('checks on one pair after another', () => {
  it('give each pair the flags it gets checked alone', async () => {
    const { a, b, beads, others } = seedPair();
    const first: CheckInput = { a, b, beads, others };
    // The same story with its names spelt otherwise (as long, so the sentences' offsets hold):
    // the same source words meet other spellings, as a second book's would meet whatever the
    // first one left remembered.
    const respelt = (text: string) => text.replace(/Khalilzad/g, 'Khalilzed').replace(/Zalmay/g, 'Zalmai').replace(/Taliban/g, 'Tolibon');
    const second: CheckInput = {
      a: { ...a, paragraphs: a.paragraphs.map((p) => ({ ...p, text: respelt(p.text) })) },
      b,
      beads,
      others: others.map((d) => ({ ...d, paragraphs: d.paragraphs.map((p) => ({ ...p, text: respelt(p.text) })) })),
    };
    const [firstAlone] = await checkedInTurn(first);
    const [secondAlone] = await checkedInTurn(second);
    expect(secondAlone).not.toEqual(firstAlone);
    expect(await checkedInTurn(first, second, first)).toEqual([firstAlone, secondAlone, firstAlone]);
  });
});
