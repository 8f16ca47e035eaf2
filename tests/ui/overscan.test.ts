import { describe, expect, it } from 'vitest';
import { motionOf, OVERSCAN, rowsToDraw } from '../../src/ui/reader/overscan';

describe('rows a virtual list draws beyond the screen', () => {
  it('keeps a margin on both sides while still, so the keyboard finds rows either way', () => {
    expect(rowsToDraw(10, 14, 100, 'still', 1)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
    expect(rowsToDraw(10, 14, 100, 'still', 1).length).toBe(5 + 2 * OVERSCAN);
  });

  it('draws ahead of the direction of travel while scrolling, one row behind', () => {
    const down = rowsToDraw(10, 14, 100, 'scrolling', 1);
    expect(down[0]).toBe(9);
    expect(down.at(-1)).toBe(14 + OVERSCAN);
    const up = rowsToDraw(10, 14, 100, 'scrolling', -1);
    expect(up[0]).toBe(10 - OVERSCAN);
    expect(up.at(-1)).toBe(15);
  });

  it('draws only what the screen shows, plus one, while a fling jumps screens a frame', () => {
    expect(rowsToDraw(10, 14, 100, 'flinging', 1)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(rowsToDraw(10, 14, 100, 'flinging', -1)).toEqual([9, 10, 11, 12, 13, 14]);
  });

  it('never draws rows that do not exist', () => {
    expect(rowsToDraw(0, 3, 4, 'still', 1)).toEqual([0, 1, 2, 3]);
    expect(rowsToDraw(0, 0, 0, 'still', 1)).toEqual([]);
  });

  it('calls a move of more than a screen between frames a fling', () => {
    expect(motionOf(2000, 900)).toBe('flinging');
    expect(motionOf(120, 900)).toBe('scrolling');
  });
});

describe('the focused row', () => {
  it('stays drawn when the screen moves away from it, above or below', () => {
    expect(rowsToDraw(40, 44, 100, 'scrolling', 1, 12)).toEqual([12, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48]);
    expect(rowsToDraw(10, 14, 100, 'flinging', 1, 80)).toEqual([10, 11, 12, 13, 14, 15, 80]);
    expect(rowsToDraw(10, 14, 100, 'flinging', 1, 12)).toEqual([10, 11, 12, 13, 14, 15]);
  });
});
