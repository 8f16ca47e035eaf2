import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { documentsRepo } from '../../src/db/documents';
import { annotationsRepo } from '../../src/db/annotations';
import { alignmentsRepo } from '../../src/db/alignments';
import { flagsRepo } from '../../src/db/flags';
import { exportStory, importStory } from '../../src/db/story';
import type { Bead, Document, Flag } from '../../src/core/model';
import { runChecks } from '../../src/core/checks';

const AR_TEXT = [
  'طالبان تسعى لعلاقات رسمية مع إدارة ترامب',
  'بعد اجتماع الشهر الماضي بشأن إطلاق سراح ميكانيكي الطيران الأمريكي جورج غليزمان، قال كل من طالبان ومبعوث ترامب السابق.',
  'تم الإفراج بوساطة قطر 🇶🇦 التي تستضيف مسؤولين من طالبان منذ سنوات. بعد غليزمان، أفرجت طالبان عن الأمريكي فاي هول.',
].join('\n\n');
const EN_TEXT = [
  'Taliban seek formal ties with the Trump administration',
  'After last month’s meeting on the release of American aviation mechanic George Glezmann, both the Taliban and Trump’s former envoy said.',
  'The release was brokered by Qatar 🇶🇦, which has hosted Taliban officials for years. After Glizmann, the Taliban freed American Faye Hall.',
].join('\n\n');

const dbs: TarjumanDB[] = [];
let n = 0;
async function fresh() {
  const db = openDb(`story-${++n}`);
  await db.open();
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function pasted(db: TarjumanDB, title = 'Pasted') {
  const story = await storiesRepo(db).create(title);
  const ar = await documentsRepo(db).add({ storyId: story.id, text: AR_TEXT, source: { type: 'paste' } });
  const en = await documentsRepo(db).add({ storyId: story.id, text: EN_TEXT, source: { type: 'paste' } });
  return { story, ar, en };
}

function at(doc: Document, paragraph: number, word: string) {
  const start = doc.paragraphs[paragraph]!.text.indexOf(word);
  return { docId: doc.id, paragraph, start, end: start + word.length };
}

/** A reviewed story: aligned with one row confirmed and one edited, three notes, one dismissal. */
async function reviewed(db: TarjumanDB) {
  const lib = await pasted(db, 'Review <b>of</b> “Glezmann”');
  const beads: Bead[] = [0, 1, 2].map((i) => ({ a: [i], b: [i], score: 1, confidence: 0.9, status: i === 0 ? 'confirmed' : i === 1 ? 'edited' : 'auto' }));
  await alignmentsRepo(db).save(lib.ar, lib.en, beads, 'parallel');
  const repo = annotationsRepo(db);
  await repo.create({ ...at(lib.ar, 2, 'غليزمان'), category: 'garbled-name', note: 'بعد العلم 🇶🇦', suggestion: 'جليسون' });
  await repo.create({ ...at(lib.en, 2, 'Glizmann'), category: 'garbled-name', note: 'Spelled Glezmann above', suggestion: 'Glezmann' });
  await repo.create({ ...at(lib.en, 0, 'Taliban'), category: 'good-example' });
  await flagsRepo(db).dismiss(lib.story.id, spellingFlag(lib.en, lib.ar));
  return lib;
}

/** The checks' flag on the English spelling one name two ways (Glezmann, Glizmann), under these ids. */
function spellingFlag(en: Document, ar: Document): Flag {
  const beads: Bead[] = [0, 1, 2].map((i) => ({ a: [i], b: [i], score: 1, confidence: 0.9, status: 'auto' }));
  const flag = runChecks({ a: en, b: ar, beads }).find((f) => f.check === 'name-variants' && f.docId === en.id && f.span);
  if (!flag) throw new Error('the checks no longer flag the two spellings in the fixture');
  return flag;
}

describe('story files', () => {
  it('carry a whole story into a fresh library: texts, alignment with hand work, annotations, dismissed flags', async () => {
    const a = await fresh();
    const from = await reviewed(a);
    const file = JSON.stringify(await exportStory(a, from.story.id));

    const b = await fresh();
    const report = await importStory(b, file);
    expect(report).toMatchObject({ createdStory: true, docsAdded: 2, docsMatched: 0, alignmentsAdded: 1, flagsAdded: 1, flagsNotCarried: 0 });
    expect(report.annotations).toMatchObject({ added: 3, orphaned: 0, unchanged: 0, conflicts: [], refused: [] });
    const [story] = await storiesRepo(b).list();
    expect(story!.title).toBe('Review <b>of</b> “Glezmann”'); // markup stays text
    const docs = await documentsRepo(b).load((await documentsRepo(b).listByStory(story!.id)).map((d) => d.id));
    expect(docs.map((d) => [d.lang, d.dir, d.paragraphs.map((p) => p.text)])).toEqual([
      ['ar', 'rtl', from.ar.paragraphs.map((p) => p.text)],
      ['en', 'ltr', from.en.paragraphs.map((p) => p.text)],
    ]);
    expect(docs[0]!.paragraphs).toEqual(from.ar.paragraphs);
    const al = await alignmentsRepo(b).current(docs[0]!, docs[1]!);
    expect(al!.beads.map((x) => x.status)).toEqual(['confirmed', 'edited', 'auto']);
    const notes = (await annotationsRepo(b).listByStory(story!.id)).map((x) => [x.selectors[0].exact, x.body.note]);
    expect(notes.sort()).toEqual([['Glizmann', 'Spelled Glezmann above'], ['Taliban', ''], ['غليزمان', 'بعد العلم 🇶🇦']].sort());
    expect((await flagsRepo(b).listByStory(story!.id)).map((f) => f.flagId)).toEqual([spellingFlag(docs[1]!, docs[0]!).id]);
  });

  it('a dismissal from a file written before spans were kept is counted as not carried when its document gets another id', async () => {
    const a = await fresh();
    const from = await reviewed(a);
    const file = await exportStory(a, from.story.id);
    file.dismissedFlags = file.dismissedFlags.map(({ span: _span, kind: _kind, ...old }) => old);
    const b = await fresh();
    await pasted(b);
    const report = await importStory(b, JSON.stringify(file));
    expect(report).toMatchObject({ docsMatched: 2, flagsAdded: 0, flagsNotCarried: 1 });
  });

  it('merge into the story that already has the same texts (matched by content, not id), adding each annotation once', async () => {
    const a = await fresh();
    const from = await reviewed(a);
    const file = JSON.stringify(await exportStory(a, from.story.id));

    const b = await fresh();
    const here = await pasted(b); // the same two texts, pasted separately: other ids
    await annotationsRepo(b).create({ ...at(here.en, 1, 'Glezmann'), category: 'question', note: 'mine' });
    const report = await importStory(b, file);
    expect(report).toMatchObject({ storyId: here.story.id, createdStory: false, docsAdded: 0, docsMatched: 2, alignmentsAdded: 1 });
    expect(report.annotations).toMatchObject({ added: 3, orphaned: 0, conflicts: [] });
    // The dismissed flag, whose id names its document, is the same flag here under the new id.
    expect(report).toMatchObject({ flagsAdded: 1, flagsNotCarried: 0 });
    expect((await flagsRepo(b).listByStory(here.story.id)).map((f) => f.flagId)).toEqual([spellingFlag(here.en, here.ar).id]);
    expect(spellingFlag(here.en, here.ar).id).not.toBe(spellingFlag(from.en, from.ar).id);
    expect(await b.documents.count()).toBe(2);
    const rows = await annotationsRepo(b).listByStory(here.story.id);
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => !r.orphan && [here.ar.id, here.en.id].includes(r.docId))).toBe(true);

    // Again: nothing new.
    const again = await importStory(b, file);
    expect(again).toMatchObject({ docsAdded: 0, docsMatched: 2, alignmentsAdded: 0 });
    expect(again.annotations).toMatchObject({ added: 0, unchanged: 3, conflicts: [] });
    expect(await b.annotations.count()).toBe(4);
    expect(await b.stories.count()).toBe(1);
  });

  it('keep the library’s hand-edited alignment and say so', async () => {
    const a = await fresh();
    const from = await reviewed(a);
    const file = JSON.stringify(await exportStory(a, from.story.id));
    const b = await fresh();
    const here = await pasted(b);
    const mine: Bead[] = [{ a: [0, 1], b: [0, 1], score: 1, confidence: 1, status: 'edited' }, { a: [2], b: [2], score: 1, confidence: 1, status: 'auto' }];
    await alignmentsRepo(b).save(here.ar, here.en, mine, 'manual');
    const report = await importStory(b, file);
    expect(report.alignmentsKept).toHaveLength(1);
    expect((await alignmentsRepo(b).forPair(here.story.id, here.ar.id, here.en.id))!.beads).toEqual(mine);
  });

  const hostile: Array<[string, (f: Record<string, unknown>) => string, RegExp]> = [
    ['an HTML page', () => '<!doctype html><html><body><script>alert(1)</script>', /HTML or XML page/],
    ['a newer version', (f) => JSON.stringify({ ...f, version: 2 }), /version 2; this version of Tarjuman reads version 1/],
    ['an annotation file', (f) => JSON.stringify(f.annotations), /annotation file, not a story file/],
    ['a bad language tag', (f) => JSON.stringify({ ...f, documents: [{ ...(f.documents as object[])[0], lang: '<script>' }] }), /documents\/0\/lang/],
    ['an extra field', (f) => JSON.stringify({ ...f, script: 'x' }), /additional properties \(script\)/],
    ['an alignment that skips a paragraph', (f) => {
      const al = (f.alignments as Array<{ beads: unknown[] }>)[0]!;
      return JSON.stringify({ ...f, alignments: [{ ...al, beads: al.beads.slice(1) }] });
    }, /alignments\/0, row 1: side A has paragraph 1 where paragraph 0 was expected/],
  ];

  it.each(hostile)('refuse %s with a clear message, adding nothing', async (_name, make, message) => {
    const a = await fresh();
    const from = await reviewed(a);
    const file = (await exportStory(a, from.story.id)) as unknown as Record<string, unknown>;
    const b = await fresh();
    await expect(importStory(b, make(file))).rejects.toMatchObject({ code: 'invalid-format', message: expect.stringMatching(message) });
    expect(await b.stories.count()).toBe(0);
    expect(await b.documents.count()).toBe(0);
  });

  it('refuse a file past the import limit before parsing it', async () => {
    const b = await fresh();
    await expect(importStory(b, ' '.repeat(64 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: 'too-large' });
  });
});
