import { describe, expect, it } from 'vitest';
import { APART_CHECKS, checksBesides, mergeFlags, runCheckGroup, runChecks } from '../../src/core/checks';
import { seedPair } from './helpers';

describe('the checks split over two workers', () => {
  it('gives the flags runChecks gives, the helper checking a copy of the pair as postMessage makes it', () => {
    const { a, b, beads, others } = seedPair();
    const input = { a, b, beads, others };
    const whole = runChecks(input);
    const apart = runCheckGroup(structuredClone(input), APART_CHECKS);
    const here = runCheckGroup(input, checksBesides(APART_CHECKS));
    expect(Object.keys(apart)).toEqual([...APART_CHECKS]);
    expect(Object.keys(here).some((name) => APART_CHECKS.includes(name))).toBe(false);
    expect(apart['name-mismatch']!.length).toBeGreaterThan(0);
    expect(mergeFlags({ ...here, ...apart })).toEqual(whole);
    expect(mergeFlags({ ...apart, ...here })).toEqual(whole);
  });
});
