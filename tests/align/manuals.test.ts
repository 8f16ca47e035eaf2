import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/core/align';
import { segment } from '../../src/core/text/segment';

// Real manual pages with their human Russian translation (corpora/manuals, CC BY-SA 3.0 and
// GPL 2; see its README), one paragraph per line: the gold links line k to line k.
function page(name: string): { en: string; ru: string; lines: number } {
  const rows = readFileSync(join(__dirname, '../../corpora/manuals/pages.tsv'), 'utf8')
    .split('\n')
    .filter((r) => r.startsWith(`${name}\t`))
    .map((r) => r.split('\t'));
  return { en: rows.map((r) => r[2]).join('\n') + '\n', ru: rows.map((r) => r[3]).join('\n') + '\n', lines: rows.length };
}

const doc = (text: string, lang: string) => ({ lang, paragraphs: segment(text, { lang, sentences: false }) });
const linked = (beads: Array<{ a: number[]; b: number[] }>) => beads.filter((b) => b.a.length && b.b.length).map((b) => `${b.a.join(',')}|${b.b.join(',')}`);

describe('manual pages', () => {
  it('keeps a table of names and their labels one paragraph per line, though values start in lower case', () => {
    // "Absolute Value" above "ceil": a label and the next cell, not a hard-wrapped sentence.
    const p = page('gnome-calculator/functions');
    expect(segment(p.en, { lang: 'en', sentences: false })).toHaveLength(p.lines);
    expect(segment(p.ru, { lang: 'und', sentences: false })).toHaveLength(p.lines);
  });

  it('keeps a command, and the sentence that goes on after it, on lines of their own', () => {
    // The guide's paragraph stops at "use", shows the command, and goes on after it: three lines.
    const p = page('install/ch04s07');
    expect(segment(p.en, { lang: 'en', sentences: false })).toHaveLength(p.lines);
  });

  it('keeps a two-column table of lower-case names and long descriptions apart, and aligns it 1-1', () => {
    // "Mount point for mounting a file system temporarily" above "proc", in Russian too.
    for (const name of ['install/apcs02', 'install/apds01']) {
      const p = page(name);
      expect(segment(p.ru, { lang: 'und', sentences: false })).toHaveLength(p.lines);
      const beads = align(doc(p.en, 'en'), doc(p.ru, 'und'), { sentences: false });
      expect(linked(beads)).toEqual(Array.from({ length: p.lines }, (_, i) => `${i}|${i}`));
    }
  });

  it('keeps the headings of a translation in another script (neither Latin nor Arabic) as text, not page furniture', () => {
    const p = page('evince/headerbar');
    const paras = segment(p.ru, { lang: 'und', sentences: false });
    expect(paras.slice(0, 3).map((x) => x.kind)).not.toContain('boilerplate');
    const beads = align(doc(p.en, 'en'), doc(p.ru, 'und'), { sentences: false });
    expect(linked(beads)).toEqual(Array.from({ length: p.lines }, (_, i) => `${i}|${i}`));
  });

  it('links a formula or command written the same on both sides, though it looks like a page header', () => {
    // Written for this test: a calculator's help page and its Arabic translation, formulas
    // left as they are, the first one above any full sentence (where a date line would be).
    const en = ['Powers and Roots', 'Powers are entered after the value.', '5²', 'The inverse of a number is entered with the inverse symbol, as below.', '3⁻¹', 'Square roots are calculated with the root symbol.', '√2'].join('\n');
    const ar = ['القوى والجذور', 'تُدخل القوى بعد القيمة.', '5²', 'يُدخل مقلوب العدد برمز المقلوب، كما يلي.', '3⁻¹', 'تُحسب الجذور التربيعية برمز الجذر.', '√2'].join('\n');
    const beads = align(doc(en, 'en'), doc(ar, 'ar'), { sentences: false });
    expect(linked(beads)).toEqual(Array.from({ length: 7 }, (_, i) => `${i}|${i}`));
  });

  it('links a one-word label to the long phrase that translates it, inside a table of names and labels', () => {
    // "Ceiling" and "Floor" are rendered by whole phrases; the page's prose fits its lengths
    // tightly, which alone would leave both labels out.
    const p = page('gnome-calculator/functions');
    const beads = align(doc(p.en, 'en'), doc(p.ru, 'und'), { sentences: false });
    expect(linked(beads)).toEqual(Array.from({ length: p.lines }, (_, i) => `${i}|${i}`));
  });

  it('leaves out a label the translation lacks rather than joining two labels against one', () => {
    // Written for this test: a list of orientations under a sentence; the translation lacks
    // the last one. No bead may hold two labels on one side.
    const en = ['Changing the paper orientation', 'You can also use the Orientation menu to choose a different orientation for the printed pages:', 'Portrait', 'Landscape', 'Reverse portrait', 'Reverse landscape'].join('\n');
    const ar = ['تغيير اتجاه الورق', 'يمكنك أيضًا استخدام قائمة الاتجاه لاختيار اتجاه مختلف للصفحات المطبوعة:', 'عمودي', 'أفقي', 'عمودي معكوس'].join('\n');
    const beads = align(doc(en, 'en'), doc(ar, 'ar'), { sentences: false });
    expect(beads.filter((b) => b.a.length > 1 || b.b.length > 1)).toEqual([]);
    expect(linked(beads).slice(0, 4)).toEqual(['0|0', '1|1', '2|2', '3|3']);
  });
});
