import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { documentsRepo } from '../../src/db/documents';
import { segment } from '../../src/core/text/segment';
import { ensureSeedStory, restoreSeedStory, seedStoryIsLive } from '../../src/db/seeds';
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
