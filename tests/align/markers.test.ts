import { describe, expect, it } from 'vitest';
import { gapClasses } from '../../src/core/align/boundaries';
import type { PathBead } from '../../src/core/align/dp';
import { markedPassages, passageMarks, withPassageEdges } from '../../src/core/align/markers';
import { SHAPES } from '../../src/core/align/shapes';
import { segment } from '../../src/core/text/segment';

const shape = (da: number, db: number): number => SHAPES.findIndex((s) => s.da === da && s.db === db);

// First words that differ from line to line, as in a real text.
const HEAR = ['Hear', 'Know', 'Heed', 'Mark', 'Mind', 'Note'];
const LAMP = ['Thou', 'Ye', 'You', 'He', 'She', 'It'];
const SEEK = ['Seek', 'Find', 'Ask', 'Want', 'Crave', 'Need'];
const AR_LAMP = ['أنت', 'أنتم', 'هو', 'هي', 'نحن', 'هم'];
const AR_SEEK = ['لا تطلب', 'فلا تسأل', 'ولا تبغ', 'اطلب', 'سل', 'ابغ'];

/** Six passages: English "O Son of Man!" and two sentences; Arabic one opening sentence with the vocative and one more. */
function passages(openers: boolean): { classes: [string[], string[]]; path: PathBead[] } {
  const en: string[] = [];
  const ar: string[] = [];
  const path: PathBead[] = [];
  for (let k = 0; k < 6; k++) {
    path.push({ i: en.length, j: ar.length, shape: shape(2, 1) }, { i: en.length + 2, j: ar.length + 1, shape: shape(1, 1) });
    en.push(openers ? 'O Son of Man!' : `${HEAR[k]} this.`, `${LAMP[k]} art My lamp.`, `${SEEK[k]} none other than Me.`);
    ar.push(openers ? `يا ابن الإنسان ${AR_LAMP[k]} مصباحي.` : `${AR_LAMP[k]} مصباحي.`, `${AR_SEEK[k]} غيري.`);
  }
  const lines = (xs: string[], lang: string) => segment(xs.join('\n') + '\n', { lang });
  return { classes: [gapClasses(lines(en, 'en')), gapClasses(lines(ar, 'ar'))], path };
}

describe('passages marked on both sides', () => {
  it('joins the beads between points where both sides open a passage with their marker word', () => {
    const { classes, path } = passages(true);
    expect(classes[0].length).toBe(18);
    expect(markedPassages(classes, path)).toEqual([0, 2, 4, 6, 8, 10].map((k) => [k, k + 2]));
  });

  it('leaves the path as it is when no word marks passages', () => {
    const { classes, path } = passages(false);
    expect(markedPassages(classes, path)).toEqual(path.map((_, k) => [k, k + 1]));
  });

  it('leaves the path as it is when the path does not end beads at the markers', () => {
    const { classes } = passages(true);
    // The path is one line out of step with the passages on A: each "O Son of Man!" ends a bead.
    const off: PathBead[] = [{ i: 0, j: 0, shape: shape(1, 0) }];
    for (let k = 0; k < 6; k++) off.push({ i: 3 * k + 1, j: 2 * k, shape: shape(2, 1) }, k < 5 ? { i: 3 * k + 3, j: 2 * k + 1, shape: shape(1, 1) } : { i: 18, j: 11, shape: shape(0, 1) });
    expect(markedPassages(classes, off)).toEqual(off.map((_, k) => [k, k + 1]));
  });
});

describe('passage edges pull the next pass through them', () => {
  it('makes ending a bead cheaper at each marked gap of both sides, and only there', () => {
    const { classes, path } = passages(true);
    const marks = passageMarks(classes, path)!;
    expect([...marks[0]].flatMap((x, g) => (x ? [g] : []))).toEqual([3, 6, 9, 12, 15]);
    expect([...marks[1]].flatMap((x, g) => (x ? [g] : []))).toEqual([2, 4, 6, 8, 10]);
    const edges = withPassageEdges([new Float64Array(19), new Float64Array(13)], marks);
    expect(edges[0][3]).toBeLessThan(-2);
    expect(edges[1][4]).toBeLessThan(-2);
    expect([...edges[0]].filter((c) => c !== 0)).toHaveLength(5);
    expect([...edges[1]].filter((c) => c !== 0)).toHaveLength(5);
  });

  it('gives no marks when the text does not mark its passages', () => {
    const { classes, path } = passages(false);
    expect(passageMarks(classes, path)).toBeNull();
  });
});

describe('passages marked on both sides, edge cases', () => {
  it('leaves a path with no link bead as it is', () => {
    const en = segment('One.\nTwo.\n', { lang: 'en' });
    const path: PathBead[] = [{ i: 0, j: 0, shape: shape(1, 0) }, { i: 1, j: 0, shape: shape(1, 0) }];
    expect(markedPassages([gapClasses(en), []], path)).toEqual([[0, 1], [1, 2]]);
  });
});

/**
 * Eight quoted passages found one bead each: English "O Son of Man!" and two sentences,
 * Arabic two sentences, the first opening with the vocative. Passages in `bare` open
 * without it on both sides (the English keeps its opening quote), passages in `bareAr` in
 * the Arabic only, as a work whose passages mostly, not always, open with the formula.
 */
function quoted(bare: number[], bareAr: number[], asks: number[] = []): { classes: [string[], string[]]; path: PathBead[] } {
  const en: string[] = [];
  const ar: string[] = [];
  const path: PathBead[] = [];
  for (let k = 0; k < 8; k++) {
    const lines = [`${LAMP[k % 6]} art My lamp.`, `${SEEK[k % 6]} none other than Me.`];
    if (!bare.includes(k)) lines.unshift('O Son of Man!');
    lines[0] = `"${lines[0]}`;
    if (asks.includes(k)) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/\.$/, '?');
    lines[lines.length - 1] += '"';
    const opens = !bare.includes(k) && !bareAr.includes(k);
    path.push({ i: en.length, j: ar.length, shape: shape(lines.length, 2) });
    en.push(...lines);
    ar.push(`${opens ? 'يا ابن الإنسان ' : ''}${AR_LAMP[k % 6]} مصباحي.`, `${AR_SEEK[k % 6]} غيري.`);
  }
  const lines = (xs: string[], lang: string) => segment(xs.join('\n') + '\n', { lang });
  return { classes: [gapClasses(lines(en, 'en')), gapClasses(lines(ar, 'ar'))], path };
}

describe('passages that open without their formula', () => {
  it('keeps a passage apart whose original opens without the vocative the translation keeps', () => {
    const { classes, path } = quoted([], [3, 6]);
    expect(markedPassages(classes, path)).toEqual(path.map((_, k) => [k, k + 1]));
  });

  it('keeps a quoted passage apart that opens without the vocative on both sides', () => {
    const { classes, path } = quoted([3], [6]);
    expect(markedPassages(classes, path)).toEqual(path.map((_, k) => [k, k + 1]));
  });

  it('keeps it apart also where the passage before it ends its quote with a question', () => {
    const { classes, path } = quoted([3], [6], [2]);
    expect(markedPassages(classes, path)).toEqual(path.map((_, k) => [k, k + 1]));
  });
});
