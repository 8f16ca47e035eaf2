import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/locales/en.json';
import ar from '../../src/i18n/locales/ar.json';
import fa from '../../src/i18n/locales/fa.json';

type Tree = { [k: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;
// The plural categories each language needs (Intl.PluralRules knows them; i18next uses them).
const categories = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const locales = { en: flatten(en as Tree), ar: flatten(ar as Tree), fa: flatten(fa as Tree) };
const baseKeys = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, '')));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}
const SRC = join(import.meta.dirname, '..', '..', 'src');
const uiFiles = sourceFiles(SRC).filter((f) => !f.includes(`${join('src', 'core')}`));

describe('locales', () => {
  it.each(['ar', 'fa'] as const)('%s has every key of English, and no extra', (lang) => {
    expect([...baseKeys(locales[lang])].sort()).toEqual([...baseKeys(locales.en)].sort());
  });

  it.each(['en', 'ar', 'fa'] as const)('%s has every plural form its language needs', (lang) => {
    const plurals = [...locales[lang].keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    for (const base of new Set(plurals)) {
      for (const cat of categories(lang)) expect(locales[lang].has(`${base}_${cat}`), `${lang}: ${base}_${cat}`).toBe(true);
    }
  });

  it.each(['ar', 'fa'] as const)('%s keeps every {{placeholder}} of English', (lang) => {
    const holes = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).filter((h) => h !== 'count');
    for (const [key, text] of locales.en) {
      if (PLURAL.test(key)) continue;
      const other = locales[lang].get(key);
      for (const h of holes(text)) expect(other, `${lang}:${key}`).toContain(`{{${h}`);
    }
  });

  it('every t() key used in the code exists in English', () => {
    const used = new Set<string>();
    for (const f of uiFiles) {
      for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const known = baseKeys(locales.en);
    for (const k of used) expect(known.has(k), k).toBe(true);
  });
});

describe('no hard-coded interface text', () => {
  // JSX text between tags, and user-visible attributes, must come from t().
  const JSX_TEXT = /(?<![=\w])>\s*([^<>{}\n]*\p{L}[^<>{}\n]*)\s*</gu;
  const ATTR = /\b(aria-label|title|placeholder|alt)="([^"]*\p{L}[^"]*)"/gu;
  it.each(uiFiles.filter((f) => f.endsWith('.tsx')).map((f) => [f.slice(SRC.length + 1), f]))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const found = [...code.matchAll(JSX_TEXT)].map((m) => m[1]!.trim()).filter((s) => !/^[−+•·:,]$/.test(s));
    found.push(...[...code.matchAll(ATTR)].map((m) => m[2]!));
    expect(found).toEqual([]);
  });
});
