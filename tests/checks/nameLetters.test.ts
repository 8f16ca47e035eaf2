import { describe, expect, it } from 'vitest';
import table from '../../src/core/checks/name-letters.json';
import { NAME_ORDER, nameLogProb, padded } from '../../src/core/checks/nameLetters';

const t = table as { grams: string; counts: number[] };
const gram = new Map<string, number>();
const context = new Map<string, number>();
const types = new Map<string, number>();
t.grams.split(' ').forEach((g, i) => {
  gram.set(g, t.counts[i]!);
  const h = g.slice(0, -1);
  context.set(h, (context.get(h) ?? 0) + t.counts[i]!);
  types.set(h, (types.get(h) ?? 0) + 1);
});

/** The model as its build script defines it (Witten-Bell over name-letters.json), read term by term. */
function reference(letters: string): number {
  const prob = (history: string, ch: string): number => {
    if (!history) return ((gram.get(ch) ?? 0) + 1) / ((context.get('') ?? 0) + 27);
    const lower = prob(history.slice(1), ch);
    const n = context.get(history);
    if (!n) return lower;
    return ((gram.get(history + ch) ?? 0) + types.get(history)! * lower) / (n + types.get(history)!);
  };
  const s = padded(letters);
  let lp = 0;
  for (let i = NAME_ORDER - 1; i < s.length; i++) lp += Math.log(prob(s.slice(i - NAME_ORDER + 1, i), s[i]!));
  return lp;
}

describe('nameLogProb', () => {
  it('is the model’s sum, term by term and in order, whatever was asked before', () => {
    let seed = 3;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const words = ['welsh', 'welthh', 'stamford', 'sdtamford', 'pittman', 'pitutman', 'a', '', 'zz'];
    for (let n = 0; n < 300; n++) words.push(Array.from({ length: 1 + Math.floor(rand() * 9) }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]).join(''));
    for (const w of words) expect(nameLogProb(w), w).toBe(reference(w));
  });
});
