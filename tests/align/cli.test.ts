import Papa from 'papaparse';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../bench/corpus';
import { parseArgs, runAlign, UsageError } from '../../src/cli/align';
import { InputError, readTextFile, textFromBytes } from '../../src/cli/io';
import { segment } from '../../src/core/text/segment';

const seedA = join(ROOT, 'seeds/000_f64be7aa07701883.txt');
const seedB = join(ROOT, 'seeds/003_7fe56e322bbbd2e3.txt');
const dir = mkdtempSync(join(tmpdir(), 'tarjuman-cli-'));
const file = (name: string, bytes: Uint8Array | string): string => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

describe('io: reading text files', () => {
  it.each([
    ['missing', join(dir, 'nope.txt')],
    ['empty', file('empty.txt', '  \n\n')],
    ['binary', file('nul.bin', new Uint8Array([0x61, 0x00, 0x62]))],
    ['binary', file('noise.bin', new Uint8Array(Array.from({ length: 200 }, (_, i) => (i * 37) % 32)))],
    ['empty', file('invisible.txt', '\u200f\u200b\n\u200c\n')],
    ['not-a-file', dir],
  ])('refuses %s input', (code, path) => {
    expect(() => readTextFile(path)).toThrow(InputError);
    try {
      readTextFile(path);
    } catch (e) {
      expect((e as InputError).code).toBe(code);
      expect((e as InputError).message).not.toContain('\n');
    }
  });

  it('accepts UTF-8 with Arabic, Persian, a BOM and a stray legacy byte, and says which line it re-read', () => {
    const text = '\ufeffطالبان ۲۵۰۰ کابل\n' + 'x'.repeat(200);
    const bytes = new Uint8Array([...new TextEncoder().encode(text), 0xe9]);
    const notes: string[] = [];
    const read = textFromBytes(bytes, 'f', (l) => notes.push(l));
    expect(read).toBe(`طالبان ۲۵۰۰ کابل\n${'x'.repeat(200)}é`);
    expect(notes).toEqual(['f: line 2 is not valid UTF-8; read as windows-1252']);
  });
});

describe('align CLI', () => {
  it('parses arguments', () => {
    expect(parseArgs(['a.txt', 'b.txt'])).toEqual({ a: 'a.txt', b: 'b.txt', mode: 'parallel', format: 'json' });
    expect(parseArgs(['a', 'b', '--mode', 'comparable', '--format=tsv'])).toEqual({ a: 'a', b: 'b', mode: 'comparable', format: 'tsv' });
    expect(() => parseArgs(['a'])).toThrow(UsageError);
    expect(() => parseArgs(['a', 'b', '--mode', 'x'])).toThrow(UsageError);
  });

  it('prints the documented JSON, indices pointing into segment(text)', () => {
    const out = JSON.parse(runAlign({ a: seedA, b: seedB, mode: 'parallel', format: 'json' }));
    expect(Object.keys(out)).toEqual(['a', 'b', 'beads']);
    expect(out.a.lang).toBe('en');
    expect(out.b).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(out.b.paragraphs).toEqual(segment(readTextFile(seedB), { lang: 'ar' }).map((p) => p.text));
    expect(out.beads.flatMap((b: { b: number[] }) => b.b)).toEqual(out.b.paragraphs.map((_: string, i: number) => i));
    expect(Object.keys(out.beads[0])).toEqual(['a', 'b', 'score', 'confidence']);
  });

  it('prints links in comparable mode and TSV on request', () => {
    const out = JSON.parse(runAlign({ a: seedA, b: seedB, mode: 'comparable', format: 'json' }));
    expect(out.links.length).toBeGreaterThan(0);
    expect(Object.keys(out.links[0])).toEqual(['a', 'b', 'score', 'evidence']);
    // The app's TSV dialect (RFC 4180 quoting), as papaparse reads it back.
    const tsv = Papa.parse<string[]>(runAlign({ a: seedA, b: seedB, mode: 'parallel', format: 'tsv' }), { delimiter: '\t', skipEmptyLines: true });
    expect(tsv.errors).toEqual([]);
    expect(tsv.data[0]).toEqual(['row', 'status', 'confidence', 'en paragraphs', 'ar paragraphs', 'en', 'ar']);
    expect(tsv.data.every((r) => r.length === 7)).toBe(true);
    // Paragraph numbers count from 1, as the reader shows them, and name every paragraph once.
    const numbers = (col: number) => tsv.data.slice(1).flatMap((r) => (r[col] ? r[col]!.split(' ').map(Number) : []));
    expect(numbers(4)).toEqual(segment(readTextFile(seedB), { lang: 'ar' }).map((_, i) => i + 1));
  });

  it('prints through the bundled CLI (what npm run align runs) exactly what runAlign returns', () => {
    const res = spawnSync(process.execPath, [join(ROOT, 'scripts/run-cli.mjs'), 'align', seedA, seedB], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status).toBe(0);
    expect(res.stdout).toBe(runAlign({ a: seedA, b: seedB, mode: 'parallel', format: 'json' }));
  }, 60_000);

  it('exits non-zero with one line on stderr for bad input', () => {
    const res = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/align.ts'), file('bin2.bin', new Uint8Array([1, 0, 2])), seedB], { cwd: ROOT, encoding: 'utf8' });
    expect(res.status).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/binary/);
  });
});
