import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { poToAlignment } from '../../src/core/formats/po';
import type { TmxImport } from '../../src/core/formats/tmx';
import { alignmentsRepo } from '../../src/db/alignments';
import { documentsRepo } from '../../src/db/documents';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { importTmx } from '../../src/db/tmxImport';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'po');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

/** Each row as [source lines, translation lines]. */
const pairs = (r: TmxImport) => r.rows.map((row) => row.sides.map((side, d) => side.map((i) => r.docs[d]!.paragraphs[i]!.text).join('\n')));

describe('a gettext PO file read as an alignment', () => {
  it('msgid beside msgstr: header and obsolete entries left out, fuzzy, context and comments in the note', () => {
    const r = poToAlignment(bytes('news-fa.po'));
    expect(r.docs.map((d) => [d.lang, d.dir])).toEqual([
      ['en', 'ltr'],
      ['fa', 'rtl'],
    ]);
    expect(pairs(r)).toEqual([
      ['Zalmay Khalilzad returns to Kabul', 'زلمی خلیل‌زاد به کابل بازمی‌گردد'],
      ['The envoy met the Taliban in Doha on Monday.', 'فرستاده روز دوشنبه در دوحه با طالبان دیدار کرد.'],
      ['Talks will resume next week.', 'گفتگوها هفته‌ی آینده ادامه می‌یابد.'],
      ['Read more', 'بیشتر بخوانید'],
      ['One prisoner was released.', 'یک زندانی آزاد شد.'],
      // Untranslated: a row with nothing beside it; markup-like text stays text.
      ['Not translated yet <script>alert(1)</script>', ''],
    ]);
    expect(r.rows.map((row) => row.note)).toEqual([
      'Headline of the story',
      'Translator: the envoy\'s title is official.',
      'fuzzy: the translator has not confirmed this translation',
      'context: button',
      undefined,
      undefined,
    ]);
    // The unconfirmed guess is less sure than the rest.
    expect(r.rows.map((row) => row.confidence)).toEqual([1, 1, 0.5, 1, 1, 1]);
    expect(r.beads.map((b) => [b.a, b.b])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
      [[3], [3]],
      [[4], [4]],
      [[5], []],
    ]);
  });

  it('documentation PO (itstool): the XML markup is left out, its text kept, image entries skipped', () => {
    const r = poToAlignment(bytes('help-ar.po'));
    expect(r.docs.map((d) => d.lang)).toEqual(['en', 'ar']);
    expect(pairs(r)).toEqual([
      ['Import', 'الاستيراد'],
      ['Import a translation memory', 'استيراد ذاكرة ترجمة'],
      ['Press Import and choose the file, see Formats & limits.', 'اضغط استيراد واختر الملف، انظر الصيغ & الحدود.'],
    ]);
  });

  it('decodes the charset the header names, and says so when the bytes are not in it', () => {
    expect(pairs(poToAlignment(bytes('cp1256.po')))).toEqual([['Kabul', 'كابول']]);
    // The same Arabic bytes under a header that claims UTF-8.
    const enc = (t: string) => [...new TextEncoder().encode(t)];
    const declaredUtf8 = new Uint8Array([...enc('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Kabul"\nmsgstr "'), 0xdf, 0xc7, 0xc8, 0xe6, 0xe1, ...enc('"\n')]);
    expect(() => poToAlignment(declaredUtf8)).toThrow(/says its text is in UTF-8, but its bytes are not/);
  });

  it('refuses, with a reason a person can act on, an empty, a binary (.mo) and a non-PO file', () => {
    expect(() => poToAlignment(new Uint8Array())).toThrow(/empty/);
    const mo = new Uint8Array(64);
    mo.set([0xde, 0x12, 0x04, 0x95]);
    expect(() => poToAlignment(mo)).toThrow(/binary data \(a compiled \.mo file/);
    expect(() => poToAlignment('<!doctype html><html><body><p>Hello</p></body></html>')).toThrow(/no messages to read/);
  });

  it('without a Language header, the translation\'s language is told by its letters', () => {
    const r = poToAlignment('msgid "The envoy returned."\nmsgstr "بازگشت فرستاده."\n\nmsgid "Kabul is cold."\nmsgstr "کابل سرد است."\n');
    expect(r.docs.map((d) => [d.lang, d.dir])).toEqual([
      ['en', 'ltr'],
      ['fa', 'rtl'],
    ]);
  });
});

describe('a PO import stores the file\'s pairs like a TMX', () => {
  let db: TarjumanDB;
  beforeEach(async () => {
    db = openDb(`po-import-${Math.random()}`);
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('two documents from the file and the alignment the reader opens, not re-aligned', async () => {
    const story = await storiesRepo(db).create('Style notes');
    await importTmx(db, story.id, 'news-fa.po', bytes('news-fa.po'));
    const listed = await documentsRepo(db).listByStory(story.id);
    expect(listed.map((d) => [d.lang, d.paragraphCount, d.source.type, d.source.name])).toEqual([
      ['en', 6, 'file', 'news-fa.po'],
      ['fa', 5, 'file', 'news-fa.po'],
    ]);
    const [en, fa] = await documentsRepo(db).load(listed.map((d) => d.id));
    const current = await alignmentsRepo(db).current(en!, fa!);
    expect(current?.method).toBe('tmx');
    expect(current!.beads).toHaveLength(6);
  });
});
