import { describe, expect, it } from 'vitest';
import { apartChecks, checksBesides, mergeFlags, runCheckGroup, runChecks } from '../../src/core/checks';
import { seedPair } from './helpers';

describe('the checks split over two workers', () => {
  it('gives the flags runChecks gives, the helper checking a copy of the pair as postMessage makes it', () => {
    const { a, b, beads, others } = seedPair();
    const input = { a, b, beads, others };
    const whole = runChecks(input);
    const away = apartChecks(input);
    const apart = runCheckGroup(structuredClone(input), away);
    const here = runCheckGroup(input, checksBesides(away));
    expect(Object.keys(apart)).toEqual(away);
    expect(Object.keys(here).some((name) => away.includes(name))).toBe(false);
    expect(apart['name-mismatch']!.length).toBeGreaterThan(0);
    expect(mergeFlags({ ...here, ...apart })).toEqual(whole);
    expect(mergeFlags({ ...apart, ...here })).toEqual(whole);
  });

  it('gives the same flags with the numbers check in the helper too, as a long pair has it', () => {
    const { a, b, beads, others } = seedPair();
    const input = { a, b, beads, others };
    const away = ['name-mismatch', 'number-mismatch'];
    const apart = runCheckGroup(structuredClone(input), away);
    expect(apart['number-mismatch']!.length).toBeGreaterThan(0);
    expect(mergeFlags({ ...runCheckGroup(input, checksBesides(away)), ...apart })).toEqual(runChecks(input));
  });

  it('sends the numbers check along on a long pair only', () => {
    const { a, b, beads } = seedPair();
    const long = (n: number) => ({ ...a, paragraphs: Array.from({ length: n }, (_, i) => ({ ...a.paragraphs[i % a.paragraphs.length]!, index: i })) });
    expect(apartChecks({ a, b, beads })).toEqual(['name-mismatch']);
    expect(apartChecks({ a: long(50_000), b: long(50_000), beads })).toEqual(['name-mismatch', 'number-mismatch']);
  });
});
