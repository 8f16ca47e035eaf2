import Dexie, { type Table } from 'dexie';
import type { Paragraph } from '../core/model';
import type { ParagraphChunk, TarjumanDB } from './schema';

/**
 * Paragraphs per stored row. bench/idbLayout.ts, 50,000 paragraphs in Chromium (medians, a busy
 * 2-core machine, so ±50%): one row per paragraph writes in 14–17 s and reads whole in 3–5 s
 * (IndexedDB pays per row); one row per document (v1–v3) reads a screenful or changes a kind
 * in 0.4–2 s (the whole book each time). Chunks of 512 wrote in 0.8–1.3 s, read whole in
 * 0.28–0.9 s (256: 0.6–1.5 s, 1024: 0.2–0.7 s) and a screenful or a kind change in 10–80 ms.
 * Changing it needs a schema version that re-chunks stored documents.
 */
export const CHUNK = 512;

/** The stored row a paragraph lives in. */
export const chunkOf = (index: number) => Math.floor(index / CHUNK);

/** A document's paragraphs cut into rows; each keeps its index. */
export function toChunks(docId: string, paragraphs: readonly Paragraph[]): ParagraphChunk[] {
  const out: ParagraphChunk[] = [];
  for (let c = 0; c * CHUNK < paragraphs.length; c++) out.push({ docId, chunk: c, paragraphs: paragraphs.slice(c * CHUNK, (c + 1) * CHUNK) });
  return out;
}

const all = (table: Table<ParagraphChunk, [string, number]>, docId: string) =>
  table.where('[docId+chunk]').between([docId, Dexie.minKey], [docId, Dexie.maxKey], true, true);

/** A document's chunks `first` to `last`, both included. */
const chunks = (db: TarjumanDB, docId: string, first: number, last: number) =>
  db.paragraphs.where('[docId+chunk]').between([docId, first], [docId, last], true, true).toArray();

/**
 * Chunks per read in readParagraphs (8,192 paragraphs). The browser turns a read's result into
 * objects in one task: a book's 50,000 paragraphs in one read were a 200 ms task on the page.
 */
const CHUNKS_PER_READ = 16;

/**
 * Every paragraph of a document, in order; run it inside a transaction that names the table.
 * A document's chunks are numbered 0, 1, 2… without gaps, so a short read is the last one.
 */
export async function readParagraphs(db: TarjumanDB, docId: string): Promise<Paragraph[]> {
  const out: Paragraph[] = [];
  for (let from = 0; ; from += CHUNKS_PER_READ) {
    const rows = await chunks(db, docId, from, from + CHUNKS_PER_READ - 1);
    for (const r of rows) for (const p of r.paragraphs) out.push(p);
    if (rows.length < CHUNKS_PER_READ) return out;
  }
}

/** Paragraphs `from` (inclusive) to `to` (exclusive) of a document, reading only their rows. */
export async function readParagraphRange(db: TarjumanDB, docId: string, from: number, to: number): Promise<Paragraph[]> {
  if (to <= from) return [];
  const rows = await chunks(db, docId, chunkOf(from), chunkOf(to - 1));
  return rows.flatMap((r) => r.paragraphs).filter((p) => p.index >= from && p.index < to);
}

/** One paragraph, or undefined when the document has no paragraph with that index. */
export async function readParagraph(db: TarjumanDB, docId: string, index: number): Promise<Paragraph | undefined> {
  if (!Number.isInteger(index) || index < 0) return undefined;
  const row = await db.paragraphs.get([docId, chunkOf(index)]);
  const p = row?.paragraphs[index - chunkOf(index) * CHUNK];
  return p?.index === index ? p : undefined;
}

/**
 * Stores a document's paragraphs in place of whatever rows it had (rows left by a document
 * whose row was removed included). Call it inside a transaction that also writes the
 * document row, so both change or neither.
 */
export async function writeParagraphs(table: Table<ParagraphChunk, [string, number]>, docId: string, paragraphs: readonly Paragraph[]): Promise<void> {
  await all(table, docId).delete();
  await table.bulkAdd(toChunks(docId, paragraphs));
}
