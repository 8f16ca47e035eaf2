import { describe, expect, it } from 'vitest';
import { loadNtrex, paragraph } from '../../bench/corpus';
import { align } from '../../src/core/align';
import { gapClasses, boundaryCosts, closingClasses, openingClasses, pathJointCosts } from '../../src/core/align/boundaries';
import { SHAPES } from '../../src/core/align/shapes';
import { restructuresSentences } from '../../src/core/align/parallel';

/**
 * A user's literary text: each passage of the English is a quotation of several sentences,
 * one per line, and the translator renders it as one long Arabic sentence. The words are
 * NTREX's human translation (corpora/ntrex); the passages and joins are made here.
 */
function quotedPassages(from: number, to: number): { a: string[]; b: string[]; links: Array<{ a: number[]; b: number[] }> } {
  const sizes = [3, 2, 5, 4, 6, 2, 3, 7, 2, 4];
  const out = { a: [] as string[], b: [] as string[], links: [] as Array<{ a: number[]; b: number[] }> };
  let turn = 0;
  for (const doc of loadNtrex().slice(from, to)) {
    for (let k = 1; k + 1 < doc.en.length; ) {
      const run = Math.min(doc.en.length - k, sizes[turn++ % sizes.length]!);
      const en = doc.en.slice(k, k + run).map((s, x) => (x === 0 ? '“' : '') + s + (x === run - 1 ? '”' : ''));
      const ar = doc.ar.slice(k, k + run).map((s) => s.replace(/[.!؟?]\s*$/u, '')).join('، و') + '.';
      out.links.push({ a: en.map((_, x) => out.a.length + x), b: [out.b.length] });
      out.a.push(...en);
      out.b.push(ar);
      k += run;
    }
  }
  return out;
}

describe('literary passages: one long Arabic sentence for a quoted English passage', () => {
  it('links each passage as one bead', () => {
    const pair = quotedPassages(30, 42);
    const beads = align({ lang: 'en', paragraphs: pair.a.map((t, i) => paragraph(i, t, 'en')) }, { lang: 'ar', paragraphs: pair.b.map((t, i) => paragraph(i, t, 'ar')) }, { sentences: false });
    const key = (x: { a: number[]; b: number[] }) => `${x.a.join(',')}|${x.b.join(',')}`;
    const found = new Set(beads.map(key));
    const hit = pair.links.filter((l) => found.has(key(l))).length;
    expect(hit / pair.links.length).toBeGreaterThan(0.9);
  });
});

describe('bead ends read from punctuation', () => {
  it('prices a gap inside an open quotation above a gap after a closing quote', () => {
    const passage = ['“O friend!', 'Hear me.', 'Go now.”'];
    const lines = [...passage, ...passage, ...passage, ...passage];
    const classes = gapClasses(lines.map((t, i) => paragraph(i, t, 'en')));
    // A path that ended beads after each closing quote and nowhere else.
    const ends = Uint8Array.from({ length: lines.length + 1 }, (_, g) => (g === lines.length || /”$/.test(lines[g - 1] ?? '') ? 1 : 0));
    const cost = boundaryCosts(classes, ends);
    expect(cost[3]!).toBeLessThan(0);
    expect(cost[2]!).toBeGreaterThan(0);
    expect(cost[lines.length]).toBe(0);
  });

  it('learns that a word opening many lines opens passages', () => {
    const passage = ['Say the day has come and the night is gone from us.', 'The road is long and it is open to all of you.', 'Walk on it while the light is with you still.'];
    const lines = Array.from({ length: 6 }, () => passage).flat();
    const classes = gapClasses(lines.map((t, i) => paragraph(i, t, 'en')));
    const ends = Uint8Array.from({ length: lines.length + 1 }, (_, g) => (g % 3 === 0 ? 1 : 0));
    const cost = boundaryCosts(classes, ends);
    expect(cost[3]!).toBeLessThan(0);
    expect(cost[4]!).toBeGreaterThan(0);
  });

  it('learns that a formula opening many lines closes passages', () => {
    // Each passage opens and goes on differently and closes with the same formula, as a
    // devotional text's "He, verily, is …" (the other side may end its last sentence with it).
    const opens = ['Hear', 'Know', 'Consider', 'Remember', 'Behold', 'Ponder'];
    const goes = ['Keep', 'Walk', 'Hold', 'Turn', 'Give', 'Seek'];
    const lines = opens.flatMap((o, k) => [`${o} what was sent down to you in this day.`, `${goes[k]} to it with all your heart and soul.`, 'He, verily, is the Mighty, the Wise.']);
    const classes = gapClasses(lines.map((t, i) => paragraph(i, t, 'en')));
    const ends = Uint8Array.from({ length: lines.length + 1 }, (_, g) => (g % 3 === 0 ? 1 : 0));
    const cost = boundaryCosts(classes, ends);
    expect(cost[3]!).toBeLessThan(0);
    expect(cost[3]!).toBeLessThan(cost[1]!);
    expect(cost[3]!).toBeLessThan(cost[2]!);
  });
});

describe('a bead\'s two opening words read together', () => {
  const shape = (da: number, db: number): number => SHAPES.findIndex((x) => x.da === da && x.db === db);
  const paras = (lines: string[], lang: string) => lines.map((t, i) => paragraph(i, t, lang));

  it('learns that a vocative line starts the bead whose other side opens with the vocative', () => {
    // Eight passages: the English opens with a vocative line and two more sentences, the
    // translator's two sentences open with يا; then four passages with no vocative.
    const en: string[] = [];
    const ar: string[] = [];
    const path: Array<{ i: number; j: number; shape: number }> = [];
    const words = ['Hear', 'Know', 'Consider', 'Remember', 'Behold', 'Ponder', 'Seek', 'Keep'];
    const then = ['توجه', 'اقبل', 'ارجع', 'تمسك', 'انظر', 'تفكر', 'اطلب', 'احفظ'];
    words.forEach((w, k) => {
      path.push({ i: en.length, j: ar.length, shape: shape(3, 2) });
      en.push('O friend!', `${w} what was sent down to you.`, `Turn to it number ${k}.`);
      ar.push(`يا صديقي اسمع ما نزل اليك ${k}.`, `${then[k]} اليه رقم ${k}.`);
    });
    ['Walk', 'Hold', 'Give', 'Think'].forEach((w, k) => {
      path.push({ i: en.length, j: ar.length, shape: shape(1, 1) });
      en.push(`${w} on in the path number ${k}.`);
      ar.push(`امش في الطريق رقم ${k}.`);
    });
    const opening: [Int32Array, Int32Array] = [openingClasses(paras(en, 'en')), openingClasses(paras(ar, 'ar'))];
    const starts = pathJointCosts(opening, path, 'first')!;
    const cost = (i: number, j: number): number => starts.cost[starts.a[i]! * starts.width + starts.b[j]!]!;
    // A bead opening "O friend!" against يا earns; against the other passage's second
    // Arabic sentence (the path shifted by a line) it pays, and pays more than two plain openings.
    expect(cost(0, 0)).toBeLessThan(0);
    expect(cost(0, 1)).toBeGreaterThan(0);
    expect(cost(0, 1)).toBeGreaterThan(cost(en.length - 1, ar.length - 1));
    expect(cost(1, 0)).toBeGreaterThan(0);
  });

  it('learns that a question ends the bead whose other side ends with a question', () => {
    // Passages of a dialogue: a question and its answer on each side, the English question in
    // two sentences; then plain statements.
    const en: string[] = [];
    const ar: string[] = [];
    const path: Array<{ i: number; j: number; shape: number }> = [];
    for (let k = 0; k < 8; k++) {
      path.push({ i: en.length, j: ar.length, shape: shape(2, 1) }, { i: en.length + 2, j: ar.length + 1, shape: shape(1, 1) });
      en.push(`Listen to me, friend number ${k}.`, `Where is the road ${k}?`, `It is here, number ${k}.`);
      ar.push(`اسمعني يا صديقي اين الطريق ${k}؟`, `انه هنا رقم ${k}.`);
    }
    const ends = pathJointCosts([closingClasses(paras(en, 'en')), closingClasses(paras(ar, 'ar'))], path, 'last')!;
    const cost = (i: number, j: number): number => ends.cost[ends.a[i]! * ends.width + ends.b[j]!]!;
    // A bead ending with the English question and the Arabic question earns; one ending with
    // the question against the Arabic answer (shifted by a line) pays.
    expect(cost(1, 0)).toBeLessThan(0);
    expect(cost(1, 1)).toBeGreaterThan(0);
    expect(cost(2, 0)).toBeGreaterThan(0);
  });
});

describe('literary passages kept as paragraphs: sentences linked inside each bead', () => {
  it('links a quoted passage\'s English sentences with the one Arabic sentence that renders them', () => {
    const pair = quotedPassages(30, 42);
    const a = pair.links.map((l, i) => paragraph(i, l.a.map((k) => pair.a[k]).join(' '), 'en'));
    const b = pair.links.map((l, i) => paragraph(i, l.b.map((k) => pair.b[k]).join(' '), 'ar'));
    const beads = align({ lang: 'en', paragraphs: a }, { lang: 'ar', paragraphs: b });
    // Each passage is one Arabic sentence: its bead's sentences are one n-1 link, nothing left out.
    const whole = beads.filter((x) => x.a.length === 1 && x.b.length === 1 && x.sentences?.length === 1 && x.sentences[0]![1].length === 1).length;
    expect(beads.length).toBeGreaterThan(20);
    expect(whole / pair.links.length).toBeGreaterThan(0.9);
  });
});

describe('whether a translation regroups its sentences inside paragraph beads', () => {
  const bead = (k: number) => ({ a: [k], b: [k], score: 1, confidence: 1, status: 'auto' as const });
  const docs = (count: number, en: string, ar: string) => [
    { lang: 'en', paragraphs: Array.from({ length: count }, (_, i) => paragraph(i, en, 'en')) },
    { lang: 'ar', paragraphs: Array.from({ length: count }, (_, i) => paragraph(i, ar, 'ar')) },
  ] as const;

  it('says so when many beads have several English sentences for one Arabic', () => {
    const [a, b] = docs(24, 'O friend! Hear me now. Go in peace.', 'يا صديقي اسمعني الآن واذهب بسلام.');
    expect(restructuresSentences(Array.from({ length: 24 }, (_, k) => bead(k)), a, b)).toBe(true);
  });

  it('does not when the counts match, or when a short text has too few beads to tell', () => {
    const [a, b] = docs(24, 'Hear me now. Go in peace.', 'اسمعني الآن. اذهب بسلام.');
    expect(restructuresSentences(Array.from({ length: 24 }, (_, k) => bead(k)), a, b)).toBe(false);
    const [c, d] = docs(5, 'O friend! Hear me now. Go in peace.', 'يا صديقي اسمعني الآن واذهب بسلام.');
    expect(restructuresSentences(Array.from({ length: 5 }, (_, k) => bead(k)), c, d)).toBe(false);
  });
});
