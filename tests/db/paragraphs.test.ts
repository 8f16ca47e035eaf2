import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { openDb } from '../../src/db/schema';
import { CHUNK, readParagraphs, writeParagraphs } from '../../src/db/paragraphs';
import type { Paragraph } from '../../src/core/model';

const NAME = 'paragraph-reads';

const book = (n: number): Paragraph[] =>
  Array.from({ length: n }, (_, i) => ({ index: i, text: `قالَ المُتَحَدِّث ${i} — وزیر خارجه\u200cی ایران ۱۴۰۲`, sentences: [{ start: 0, end: 10 }], kind: 'body' }));

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('readParagraphs', () => {
  // A book is read in several requests of 16 chunks: the sizes straddle those boundaries.
  it.each([0, 1, CHUNK, 16 * CHUNK - 1, 16 * CHUNK, 16 * CHUNK + 1, 33 * CHUNK + 5])('reads back all %i paragraphs in order', async (n) => {
    const db = openDb(NAME);
    const paragraphs = book(n);
    await db.transaction('rw', db.paragraphs, () => writeParagraphs(db.paragraphs, 'd1', paragraphs));
    await db.transaction('rw', db.paragraphs, () => writeParagraphs(db.paragraphs, 'd2', book(3)));
    expect(await db.transaction('r', db.paragraphs, () => readParagraphs(db, 'd1'))).toEqual(paragraphs);
    db.close();
  });
});
