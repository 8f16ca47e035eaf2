import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { annotationsRepo } from '../../src/db/annotations';
import { exportStoryAnnotations, importAnnotationFile, resolveImportConflict } from '../../src/db/annotationTransfer';
import { annotationsToCsv } from '../../src/core/formats/csv';
import { at, pastedStory } from './pastedStory';

const AR_TEXT = [
  'طالبان تسعى لعلاقات رسمية مع إدارة ترامب',
  'بعد اجتماع الشهر الماضي بشأن إطلاق سراح ميكانيكي الطيران الأمريكي جورج غليزمان، قال كل من طالبان ومبعوث ترامب السابق إن هذه الخطوة كانت بادرة حسن نية.',
  'تم الإفراج بوساطة قطر 🇶🇦 التي تستضيف مسؤولين من طالبان منذ سنوات. بعد غليزمان، أفرجت طالبان عن الأمريكي فاي هول.',
].join('\n\n');
const FA_TEXT = 'دولت ایران 🎉 می‌خواهد مذاکرات را ادامه دهد.\n\nوزیر خارجه گفت که کابل هنوز پاسخی نداده است.';

let dbs: TarjumanDB[] = [];
let n = 0;
const fresh = async () => {
  const db = openDb(`transfer-${++n}`);
  await db.open();
  dbs.push(db);
  return db;
};
beforeEach(() => {
  dbs = [];
});
afterEach(async () => {
  for (const db of dbs) {
    db.close();
    await db.delete();
  }
});

const library = (db: TarjumanDB) => pastedStory(db, AR_TEXT, FA_TEXT);

async function annotated(db: TarjumanDB) {
  const lib = await library(db);
  const repo = annotationsRepo(db);
  await repo.create({ ...at(lib.ar, 2, 'غليزمان'), category: 'garbled-name', note: 'بعد العلم 🇶🇦', suggestion: 'جليسون' });
  await repo.create({ ...at(lib.fa, 0, 'می‌خواهد'), category: 'question', note: 'after an emoji' });
  return lib;
}

describe('importing an annotation file into another library', () => {
  it('anchors every annotation on the same texts pasted separately (other ids), once', async () => {
    const a = await fresh();
    const from = await annotated(a);
    const file = JSON.stringify(await exportStoryAnnotations(a, from.story.id, 'S'));

    const b = await fresh();
    const to = await library(b);
    const report = await importAnnotationFile(b, to.story.id, file, 'jsonld');
    expect(report).toMatchObject({ added: 2, orphaned: 0, unchanged: 0, conflicts: [], refused: [] });
    const rows = await annotationsRepo(b).listByStory(to.story.id);
    const source = await annotationsRepo(a).listByStory(from.story.id);
    // Same words, same UTF-16 offsets, in the matching document of this library.
    expect(rows.map((r) => [r.docId, r.paragraph, r.selectors, r.body])).toEqual(
      source.map((r) => [r.docId === from.ar.id ? to.ar.id : to.fa.id, r.paragraph, r.selectors, r.body]),
    );
    // Importing again adds nothing.
    expect(await importAnnotationFile(b, to.story.id, file, 'jsonld')).toMatchObject({ added: 0, unchanged: 2, conflicts: [] });
    expect(await b.annotations.count()).toBe(2);
  });

  it('never overwrites: a colliding id with other content is a conflict the user settles', async () => {
    const db = await fresh();
    const lib = await annotated(db);
    const repo = annotationsRepo(db);
    const [mine] = await repo.listByStory(lib.story.id);
    const file = JSON.parse(JSON.stringify(await exportStoryAnnotations(db, lib.story.id)));
    const item = file.first.items.find((i: { id: string }) => i.id.endsWith(encodeURIComponent(mine!.id)));
    item.body[0].value = 'their note';
    item.modified = '9999-12-31T23:59:59Z'; // newer than anything: must not win by itself

    const report = await importAnnotationFile(db, lib.story.id, JSON.stringify(file), 'jsonld');
    expect(report).toMatchObject({ added: 0, unchanged: 1, clamped: 1 });
    expect(report.conflicts).toHaveLength(1);
    expect((await repo.get(mine!.id))!.body.note).toBe(mine!.body.note); // untouched

    const conflict = report.conflicts[0]!;
    expect(conflict.incoming.updatedAt).toBeLessThanOrEqual(Date.now());
    const copy = await resolveImportConflict(db, conflict, 'copy');
    expect(copy!.id).not.toBe(mine!.id);
    expect((await repo.get(copy!.id))!.body.note).toBe('their note');

    // "Use theirs" after the user edited the row meanwhile: asked again, not overwritten.
    await repo.update(mine!, { note: 'edited meanwhile' });
    await expect(resolveImportConflict(db, conflict, 'theirs')).rejects.toMatchObject({ code: 'conflict' });
    expect((await repo.get(mine!.id))!.body.note).toBe('edited meanwhile');

    // A later genuine edit still saves: the clamped date did not lock the row.
    const again = await importAnnotationFile(db, lib.story.id, JSON.stringify(file), 'jsonld');
    const theirs = await resolveImportConflict(db, again.conflicts[0]!, 'theirs');
    expect(theirs!.body.note).toBe('their note');
    const edited = await repo.update(theirs!, { note: 'later edit' });
    expect(edited.body.note).toBe('later edit');
    expect(edited.updatedAt).toBeGreaterThan(theirs!.updatedAt);
  });

  it('reports out-of-range selectors as orphans, not as added, and CSV export and re-import round-trip', async () => {
    const db = await fresh();
    const lib = await library(db);
    const file = {
      type: 'AnnotationPage',
      items: [
        { id: 'urn:x:1', type: 'Annotation', bodyValue: 'far', target: { source: `urn:tarjuman:doc:${lib.ar.id}#p99999`, selector: [{ type: 'TextQuoteSelector', exact: 'not in this text' }, { type: 'TextPositionSelector', start: 0, end: 1e9 }] } },
        { id: 'urn:x:2', type: 'Annotation', bodyValue: 'huge', target: { source: `urn:tarjuman:doc:${lib.ar.id}#p1000000000000000000000`, selector: { type: 'TextQuoteSelector', exact: 'also missing' } } },
      ],
    };
    const report = await importAnnotationFile(db, lib.story.id, JSON.stringify(file), 'jsonld');
    expect(report).toMatchObject({ added: 0, orphaned: 2, refused: [] });
    const rows = await annotationsRepo(db).listByStory(lib.story.id);
    expect(rows.every((r) => r.orphan)).toBe(true);

    const csv = annotationsToCsv(rows);
    expect(csv).not.toMatch(/e\+\d/);
    await db.annotations.clear();
    const back = await importAnnotationFile(db, lib.story.id, csv, 'csv');
    expect(back).toMatchObject({ orphaned: 2, refused: [] });
    expect((await annotationsRepo(db).listByStory(lib.story.id)).map((r) => r.body.note).sort()).toEqual(['far', 'huge']);
  });

  it('refuses a file for a story without documents with a clear error and stores nothing', async () => {
    const db = await fresh();
    const story = await storiesRepo(db).create('empty');
    await expect(importAnnotationFile(db, story.id, '[]', 'jsonld')).rejects.toMatchObject({ code: 'unknown-document' });
  });
});
