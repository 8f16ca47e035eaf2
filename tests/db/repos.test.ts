import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { documentsRepo } from '../../src/db/documents';
import { segment } from '../../src/core/text/segment';
import { ensureSeedStory, restoreSeedStory, seedStoryIsLive } from '../../src/db/seeds';
import { importTmx } from '../../src/db/tmxImport';
import { CHUNK, readParagraphRange, writeParagraphs } from '../../src/db/paragraphs';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { Paragraph } from '../../src/core/model';
import { manifest, readSeed } from '../seeds';

let db: TarjumanDB;
let n = 0;
beforeEach(async () => {
  db = openDb(`test-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('stories repository', () => {
  it('creates, renames, lists newest first, deletes and undoes', async () => {
    const stories = storiesRepo(db);
    const a = await stories.create('First story');
    const b = await stories.create('  Second story  ');
    expect(b.title).toBe('Second story');
    await new Promise((r) => setTimeout(r, 2)); // the rename lands in a later millisecond than b's creation, as a user's would
    await stories.rename(a.id, 'Renamed');
    expect((await stories.list()).map((s) => s.title)).toEqual(['Renamed', 'Second story']);
    await stories.remove(a.id);
    expect((await stories.list()).map((s) => s.title)).toEqual(['Second story']);
    await stories.restore(a.id);
    expect((await stories.list()).map((s) => s.id)).toContain(a.id);
  });

  it('refuses an empty title with a coded error', async () => {
    await expect(storiesRepo(db).create('   ')).rejects.toMatchObject({ code: 'empty-input' });
  });

  it('deleting a story hides its documents; undo brings back only those deleted with it', async () => {
    const stories = storiesRepo(db);
    const docs = documentsRepo(db);
    const s = await stories.create('S');
    const d1 = await docs.add({ storyId: s.id, text: 'One paragraph here.', source: { type: 'paste' } });
    const d2 = await docs.add({ storyId: s.id, text: 'Another paragraph.', source: { type: 'paste' } });
    await docs.remove(d2.id);
    await new Promise((r) => setTimeout(r, 2)); // a later deletion time than d2's
    await stories.remove(s.id);
    expect(await docs.listByStory(s.id)).toEqual([]);
    await stories.restore(s.id);
    expect((await docs.listByStory(s.id)).map((d) => d.id)).toEqual([d1.id]);
  });
});

describe('documents repository', () => {
  it('imports pasted Arabic text with detected language, direction and paragraphs', async () => {
    const s = await storiesRepo(db).create('S');
    const d = await documentsRepo(db).add({
      storyId: s.id,
      text: 'طالبان تسعى لعلاقات رسمية\n\nقال المسؤول إن المحادثات مستمرة. وأضاف أن الوفد غادر.',
      source: { type: 'paste' },
    });
    expect(d.lang).toBe('ar');
    expect(d.dir).toBe('rtl');
    expect(d.paragraphs).toHaveLength(2);
    expect(d.paragraphs[1]!.sentences).toHaveLength(2);
    expect(d.title).toBe('طالبان تسعى لعلاقات رسمية');
  });

  it('keeps markup as text: a pasted script tag is stored verbatim', async () => {
    const s = await storiesRepo(db).create('S');
    const d = await documentsRepo(db).add({ storyId: s.id, text: '<script>alert(1)</script>', source: { type: 'paste' } });
    expect(d.paragraphs[0]!.text).toBe('<script>alert(1)</script>');
  });

  it('refuses empty and binary text and stores nothing', async () => {
    const s = await storiesRepo(db).create('S');
    const docs = documentsRepo(db);
    await expect(docs.add({ storyId: s.id, text: ' \n\n ', source: { type: 'paste' } })).rejects.toMatchObject({ code: 'empty-input' });
    await expect(docs.add({ storyId: s.id, text: 'ab\u0000cd', source: { type: 'paste' } })).rejects.toMatchObject({ code: 'binary-input' });
    expect(await docs.listByStory(s.id)).toEqual([]);
  });

  it('lets a user override language and paragraph kind, and keeps the override', async () => {
    const s = await storiesRepo(db).create('S');
    const docs = documentsRepo(db);
    const d = await docs.add({ storyId: s.id, text: 'افغانستان آزاد\nLoading...\nبا مردم افغانستان.', source: { type: 'paste' } });
    expect(d.lang).toBe('ar'); // no Persian-only letter in the text
    await docs.setParagraphKind(d.id, 1, 'body');
    await docs.setLanguage(d.id, 'fa');
    const again = (await docs.get(d.id))!;
    expect(again.lang).toBe('fa');
    expect(again.dir).toBe('rtl');
    expect(again.langByUser).toBe(true);
    expect(again.paragraphs[1]!.kind).toBe('body');
  });

  it('refuses a document for a story that does not exist', async () => {
    await expect(documentsRepo(db).add({ storyId: 'nope', text: 'x', source: { type: 'paste' } })).rejects.toMatchObject({
      code: 'unknown-document',
    });
  });
});

describe('documents repository: already segmented input (the import worker)', () => {
  it('stores segmented paragraphs as given, the same document add() makes from the text', async () => {
    const s = await storiesRepo(db).create('S');
    const docs = documentsRepo(db);
    const text = 'طالبان تسعى لعلاقات رسمية\n\nقال المسؤول إن المحادثات مستمرة. وأضاف أن الوفد غادر.';
    const viaText = await docs.add({ storyId: s.id, text, source: { type: 'paste' } });
    const viaParas = await docs.addSegmented({ storyId: s.id, lang: 'ar', paragraphs: segment(text, { lang: 'ar' }), source: { type: 'file', name: 'book.txt' } });
    expect(viaParas.dir).toBe('rtl');
    expect(viaParas.langByUser).toBe(false);
    expect(viaParas.title).toBe(viaText.title);
    expect(viaParas.paragraphs).toEqual(viaText.paragraphs);
    expect((await docs.get(viaParas.id))?.paragraphs).toHaveLength(2);
    expect((await docs.listByStory(s.id)).map((d) => d.id)).toEqual([viaText.id, viaParas.id]);
  });

  it('keeps a chosen title, language and direction (Persian with ZWNJ)', async () => {
    const s = await storiesRepo(db).create('S');
    const d = await documentsRepo(db).addSegmented({
      storyId: s.id,
      title: '  کتاب  ',
      lang: 'fa',
      langByUser: true,
      paragraphs: segment('می‌خواهیم بخوانیم.', { lang: 'fa' }),
      source: { type: 'paste' },
    });
    expect(d).toMatchObject({ title: 'کتاب', lang: 'fa', dir: 'rtl', langByUser: true });
  });

  it('refuses empty paragraphs and unknown stories, storing nothing', async () => {
    const s = await storiesRepo(db).create('S');
    const docs = documentsRepo(db);
    await expect(docs.addSegmented({ storyId: s.id, lang: 'en', paragraphs: [], source: { type: 'paste' } })).rejects.toMatchObject({ code: 'empty-input' });
    await expect(docs.addSegmented({ storyId: 'nope', lang: 'en', paragraphs: segment('x'), source: { type: 'paste' } })).rejects.toMatchObject({
      code: 'unknown-document',
    });
    expect(await docs.listByStory(s.id)).toEqual([]);
  });
});

/** Paragraphs 0..n-1 of a book: Arabic with diacritics, Persian ZWNJ, mixed digits. */
function bookParagraphs(n: number): Paragraph[] {
  const lines = Array.from({ length: n }, (_, i) => (i % 2 ? `قالَ الوزير إن ${i} سجيناً أُفرج عنهم في ٢٠٢٣.` : `می‌خواهیم ${i} بار بخوانیم، سال ۱۴۰۲.`));
  return segment(lines.join('\n\n'), { lang: 'ar' });
}

/** Records every write the database makes: table, type and keys. */
function writeLog(log: Array<{ table: string; type: string; keys: unknown[] }>, fail?: { from: number; count: number }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'write-log',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            const keyOf = table.schema.primaryKey.extractKey;
            const keys = req.type === 'delete' ? req.keys : req.type === 'deleteRange' ? [req.range] : (req.keys ?? req.values.map((v) => keyOf?.(v)));
            log.push({ table: name, type: req.type, keys });
            if (fail && ++fail.count >= fail.from) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

describe('documents repository: text stored apart from the document row (books)', () => {
  it('lists documents without their text, with how many paragraphs they have', async () => {
    const s = await storiesRepo(db).create('S');
    const docs = documentsRepo(db);
    const book = await docs.addSegmented({ storyId: s.id, lang: 'ar', paragraphs: bookParagraphs(CHUNK * 2 + 3), source: { type: 'file', name: 'book.txt' } });
    const listed = await docs.listByStory(s.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]).not.toHaveProperty('paragraphs');
    expect(listed[0]).toMatchObject({ id: book.id, title: book.title, lang: 'ar', dir: 'rtl', paragraphCount: CHUNK * 2 + 3 });
  });

  it('loads whole documents for the ids asked, in that order, leaving out deleted and unknown ones', async () => {
    const s = await storiesRepo(db).create('S');
    const docs = documentsRepo(db);
    const a = await docs.addSegmented({ storyId: s.id, lang: 'ar', paragraphs: bookParagraphs(CHUNK + 1), source: { type: 'paste' } });
    const b = await docs.add({ storyId: s.id, text: 'می‌خواهیم بخوانیم.', lang: 'fa', source: { type: 'paste' } });
    const c = await docs.add({ storyId: s.id, text: 'Gone soon.', source: { type: 'paste' } });
    await docs.remove(c.id);
    const loaded = await docs.load([b.id, 'nope', c.id, a.id]);
    expect(loaded.map((d) => d.id)).toEqual([b.id, a.id]);
    expect(loaded[1]).toEqual(a);
    expect(loaded[1]!.paragraphs.map((p) => p.index)).toEqual([...Array(CHUNK + 1).keys()]);
    expect(await docs.get(c.id)).toBeUndefined();
    await docs.restore(c.id);
    expect((await docs.get(c.id))?.paragraphs[0]?.text).toBe('Gone soon.');
  });

  it('reads a range of paragraphs across stored rows, and only that range', async () => {
    const s = await storiesRepo(db).create('S');
    const paragraphs = bookParagraphs(CHUNK * 3);
    const d = await documentsRepo(db).addSegmented({ storyId: s.id, lang: 'ar', paragraphs, source: { type: 'paste' } });
    expect(await readParagraphRange(db, d.id, CHUNK - 2, CHUNK + 3)).toEqual(paragraphs.slice(CHUNK - 2, CHUNK + 3));
    expect(await readParagraphRange(db, d.id, CHUNK * 3 - 1, CHUNK * 3 + 10)).toEqual(paragraphs.slice(-1));
    expect(await readParagraphRange(db, d.id, 5, 5)).toEqual([]);
  });

  it('changing one paragraph kind rewrites only the row holding it', async () => {
    const log: Array<{ table: string; type: string; keys: unknown[] }> = [];
    const logged = openDb(`${db.name}-log`);
    logged.use(writeLog(log));
    await logged.open();
    try {
      const s = await storiesRepo(logged).create('S');
      const docs = documentsRepo(logged);
      const d = await docs.addSegmented({ storyId: s.id, lang: 'ar', paragraphs: bookParagraphs(CHUNK * 3), source: { type: 'paste' } });
      log.length = 0;
      await docs.setParagraphKind(d.id, CHUNK + 5, 'boilerplate');
      expect(log.filter((w) => w.table === 'paragraphs')).toEqual([{ table: 'paragraphs', type: 'put', keys: [[d.id, 1]] }]);
      expect(log.filter((w) => w.table !== 'paragraphs').map((w) => [w.table, w.keys])).toEqual([['documents', [d.id]]]);
      const again = (await docs.get(d.id))!;
      expect(again.paragraphs[CHUNK + 5]).toMatchObject({ kind: 'boilerplate', kindByUser: true });
      expect(again.paragraphs.filter((p) => p.kindByUser)).toHaveLength(1);
      expect(again.textUpdatedAt).toBeGreaterThanOrEqual(d.createdAt);
      await expect(docs.setParagraphKind(d.id, CHUNK * 3, 'body')).rejects.toMatchObject({ code: 'unknown-document' });
      await expect(docs.setParagraphKind(d.id, -1, 'body')).rejects.toMatchObject({ code: 'unknown-document' });
      await expect(docs.setParagraphKind('nope', 0, 'body')).rejects.toMatchObject({ code: 'unknown-document' });
    } finally {
      await logged.delete();
    }
  });

  it('a shorter text leaves no rows of the longer one behind', async () => {
    await writeParagraphs(db.paragraphs, 'd', bookParagraphs(CHUNK * 2 + 1));
    await writeParagraphs(db.paragraphs, 'd', bookParagraphs(3));
    expect(await db.paragraphs.count()).toBe(1);
    expect(await readParagraphRange(db, 'd', 0, CHUNK * 3)).toHaveLength(3);
  });

  it('a full disk while storing a book or a kind change loses nothing and half-writes nothing', async () => {
    const log: Array<{ table: string; type: string; keys: unknown[] }> = [];
    const fail = { from: Infinity, count: 0 };
    const full = openDb(`${db.name}-full`);
    full.use(writeLog(log, fail));
    await full.open();
    try {
      const s = await storiesRepo(full).create('S');
      const docs = documentsRepo(full);
      const kept = await docs.addSegmented({ storyId: s.id, lang: 'ar', paragraphs: bookParagraphs(CHUNK * 2), source: { type: 'paste' } });
      // The book's document row goes in, then its paragraphs fail: neither stays.
      fail.count = 0;
      fail.from = 3;
      const err = await docs.addSegmented({ storyId: s.id, lang: 'ar', paragraphs: bookParagraphs(CHUNK * 4), source: { type: 'paste' } }).catch((e: unknown) => e);
      expect((err as { name?: string; inner?: { name?: string } }).inner?.name ?? (err as { name?: string }).name).toBe('QuotaExceededError');
      expect((await docs.listByStory(s.id)).map((d) => d.id)).toEqual([kept.id]);
      expect(await full.paragraphs.count()).toBe(2);
      // A kind change that cannot be stored leaves the paragraph and the document as they were.
      fail.count = 0;
      fail.from = 1;
      await expect(docs.setParagraphKind(kept.id, 3, 'boilerplate')).rejects.toBeTruthy();
      fail.from = Infinity;
      expect(await docs.get(kept.id)).toEqual(kept);
    } finally {
      await full.delete();
    }
  });

  it('a TMX file stores each language\'s paragraphs; a malformed one stores nothing', async () => {
    const s = await storiesRepo(db).create('S');
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header srclang="en" adminlang="en" segtype="paragraph" datatype="plaintext" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en"><seg>Talks in Kabul in 2023.</seg></tuv><tuv xml:lang="fa"><seg>گفت‌وگو در کابل در ۱۴۰۲.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>The envoy left.</seg></tuv><tuv xml:lang="fa"><seg>فرستاده رفت.</seg></tuv></tu>
</body>
</tmx>
`;
    await expect(importTmx(db, s.id, 'bad.tmx', tmx.replace('</body>', ''))).rejects.toMatchObject({ code: 'invalid-format' });
    expect(await db.paragraphs.count()).toBe(0);
    const done = await importTmx(db, s.id, 'talks.tmx', tmx);
    const docs = documentsRepo(db);
    // Both documents share a creation time, so their listing order is not asserted.
    expect((await docs.listByStory(s.id)).map((d) => [d.lang, d.paragraphCount]).sort()).toEqual([
      ['en', 2],
      ['fa', 2],
    ]);
    expect(await docs.load(done.docs.map((d) => d.id))).toEqual(done.docs);
    expect((await docs.get(done.docs[1]!.id))!.paragraphs[0]!.text).toBe('گفت‌وگو در کابل در ۱۴۰۲.');
  });
});

describe('the demo story', () => {
  it('is loaded once on first start with all five documents and their relations', async () => {
    const story = await ensureSeedStory(db, manifest, readSeed);
    expect(story).not.toBeNull();
    const docs = await documentsRepo(db).listByStory(story!.id);
    expect(docs.map((d) => d.lang).sort()).toEqual(['ar', 'en', 'en', 'en', 'en']);
    const mt = docs.find((d) => d.source.name?.startsWith('000'))!;
    const ar = docs.find((d) => d.source.name?.startsWith('003'))!;
    expect(mt.relation).toEqual({ kind: 'machine-translation-of', docId: ar.id });
    expect(ar.dir).toBe('rtl');
    expect(await ensureSeedStory(db, manifest, readSeed)).toBeNull();
    expect(await storiesRepo(db).list()).toHaveLength(1);
  });

  it('stays deleted after a restart, and comes back when asked', async () => {
    const story = (await ensureSeedStory(db, manifest, readSeed))!;
    await storiesRepo(db).remove(story.id);
    expect(await ensureSeedStory(db, manifest, readSeed)).toBeNull();
    expect(await seedStoryIsLive(db)).toBe(false);
    const back = await restoreSeedStory(db, manifest, readSeed);
    expect(back.id).toBe(story.id);
    expect(await documentsRepo(db).listByStory(story.id)).toHaveLength(5);
    expect(await seedStoryIsLive(db)).toBe(true);
  });

  it('is seeded once when two tabs start at the same moment', async () => {
    const other = openDb(db.name);
    await other.open();
    const [a, b] = await Promise.all([ensureSeedStory(db, manifest, readSeed), ensureSeedStory(other, manifest, readSeed)]);
    other.close();
    expect([a, b].filter((s) => s !== null)).toHaveLength(1);
    expect(await storiesRepo(db).list()).toHaveLength(1);
    expect(await db.documents.count()).toBe(5);
  });

  it('a failure while seeding leaves no demo story with some of its documents, and the next start seeds it whole', async () => {
    let calls = 0;
    const failing: Middleware<DBCore> = {
      stack: 'dbcore',
      name: 'fail-third-document',
      create: (down) => ({
        ...down,
        table: (name: string): DBCoreTable => {
          const t = down.table(name);
          if (name !== 'documents') return t;
          return {
            ...t,
            mutate: (req: DBCoreMutateRequest) => (req.type === 'add' || req.type === 'put') && ++calls === 3 ? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError')) : t.mutate(req),
          };
        },
      }),
    };
    const full = openDb(db.name);
    full.use(failing);
    await full.open();
    await expect(ensureSeedStory(full, manifest, readSeed)).rejects.toThrow();
    full.close();
    expect(await db.stories.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
    expect(await db.paragraphs.count()).toBe(0);
    expect(await ensureSeedStory(db, manifest, readSeed)).not.toBeNull();
    expect(await db.documents.count()).toBe(5);
  });

  it('is loaded afresh if its rows are gone entirely, with the same ids', async () => {
    const story = (await ensureSeedStory(db, manifest, readSeed))!;
    const ids = (await documentsRepo(db).listByStory(story.id)).map((d) => d.id).sort();
    await db.stories.delete(story.id);
    await db.documents.clear();
    const back = await restoreSeedStory(db, manifest, readSeed);
    expect(back.id).toBe(story.id);
    expect((await documentsRepo(db).listByStory(back.id)).map((d) => d.id).sort()).toEqual(ids);
  });
});
