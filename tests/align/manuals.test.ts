import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('manual pages', () => {
  it('keeps a table of names and their labels one paragraph per line, though values start in lower case', () => {
    // "Absolute Value" above "ceil": a label and the next cell, not a hard-wrapped sentence.
    const p = page('gnome-calculator/functions');
    expect(segment(p.en, { lang: 'en', sentences: false })).toHaveLength(p.lines);
    expect(segment(p.ru, { lang: 'und', sentences: false })).toHaveLength(p.lines);
  });
});
