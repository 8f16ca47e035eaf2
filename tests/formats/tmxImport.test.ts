import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alignmentsRepo } from '../../src/db/alignments';
import { documentsRepo } from '../../src/db/documents';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { importTmx } from '../../src/db/tmxImport';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'tmx');
const bytes = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

let db: TarjumanDB;
beforeEach(async () => {
  db = openDb(`tmx-import-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('a TMX import stores the file\'s own pairs', () => {
  it('one document per language, listed source first, and the alignment the reader opens is current (not re-aligned)', async () => {
    const story = await storiesRepo(db).create('Envoy');
    const seen: number[] = [];
    await importTmx(db, story.id, 'srclang-base.tmx', bytes('srclang-base.tmx'), (f) => seen.push(f));
    const docs = documentsRepo(db);
    const listed = await docs.listByStory(story.id);
    // srclang="en" beside units in en-US: two documents, never an empty third.
    expect(listed.map((d) => [d.lang, d.paragraphCount])).toEqual([
      ['en-US', 3],
      ['ar-SA', 3],
    ]);
    const [en, ar] = await docs.load(listed.map((d) => d.id));
    // The pair the library preselects is the pair stored: the reader shows it, no aligner runs.
    const current = await alignmentsRepo(db).current(en!, ar!);
    expect(current?.method).toBe('tmx');
    expect(current!.beads.map((b) => [b.a, b.b, b.status])).toEqual([
      [[0], [0], 'auto'],
      [[1], [1], 'auto'],
      [[2], [2], 'auto'],
    ]);
    expect(seen.at(-1)).toBe(1);
  });

  it('a refused file (an entity attack) stores nothing', async () => {
    const story = await storiesRepo(db).create('Attack');
    await expect(importTmx(db, story.id, 'xxe.tmx', bytes('xxe.tmx'))).rejects.toMatchObject({ code: 'invalid-format' });
    expect(await db.documents.count()).toBe(0);
    expect(await db.alignments.count()).toBe(0);
  });
});
