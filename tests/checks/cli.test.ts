import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, parseArgs } from '../../src/cli/check';

describe('check CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-cli-'));
  const file = (name: string, data: string | Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, data);
    return p;
  };
  afterEach(() => vi.restoreAllMocks());

  function run(args: string[]) {
    let out = '';
    let err = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
    const code = main(args);
    return { code, out, err };
  }

  it('reads UTF-16 and Windows-1256 files as the app does, and exits 2 on a usage error like align', () => {
    const fixtures = join(__dirname, '../fixtures/encodings');
    const ar = (name: string) => join(fixtures, name);
    const en = file('en.txt', 'The Taliban seek official relations with the Trump administration.\n');
    for (const name of ['utf16le-bom.txt', 'utf16be-bom.txt', 'windows-1256.txt']) {
      const r = run([en, ar(name), '--format', 'json']);
      expect(r.code, `${name}: ${r.err}`).toBe(0);
      expect(Array.isArray(JSON.parse(r.out))).toBe(true);
    }
    const mixed = run([en, ar('mixed-utf8-1256.txt')]);
    expect(mixed.code).toBe(0);
    expect(mixed.err).toMatch(/line 4 is not valid UTF-8; read as windows-1256/);
    expect(run([en]).code).toBe(2);
    expect(run([en, en, '--bogus']).code).toBe(2);
  });

  it('parses files, --others and --format', () => {
    expect(parseArgs(['a.txt', 'b.txt', '--others', 'c.txt,d.txt', '--format', 'json'])).toEqual({ a: 'a.txt', b: 'b.txt', others: ['c.txt', 'd.txt'], format: 'json' });
    expect(() => parseArgs(['a.txt'])).toThrow(/usage/);
  });

  it('prints flags as JSON with the flagged text', () => {
    const a = file('a.txt', 'The former envoy, Zawassi Khalilzad, arrived.\n');
    const b = file('b.txt', 'وصل المبعوث السابق، زلماي خليل زاد.\n');
    const r = run([a, b, '--format', 'json']);
    expect(r.code).toBe(0);
    const flags = JSON.parse(r.out);
    expect(flags[0]).toMatchObject({ check: 'name-mismatch', span: { side: 'a', paragraph: 0, text: 'Zawassi' }, suggestion: 'Zalmay' });
  });

  it.each([
    ['missing', () => join(dir, 'nope.txt'), /no such file/],
    ['empty', () => file('empty.txt', ''), /empty/],
    ['binary', () => file('bin.dat', new Uint8Array([0, 1, 2, 3, 0, 5])), /binary/],
  ])('refuses a %s file with one line on stderr', (_, path, msg) => {
    const ok = file('ok.txt', 'Some text.\n');
    const r = run([path(), ok]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(msg);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
