import type { Annotation } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import { placeAnnotations, type PlaceDoc, type PlaceOptions, type Placed } from '../core/anchor/place';
import { exportWebAnnotations, fromStoredAnnotation, readWebAnnotations, type ParsedAnnotations, type Refusal, type WebAnnotationCollection } from '../core/formats/webanno';
import { annotationsFromCsv } from '../core/formats/csv';
import type { TarjumanDB } from './schema';
import { readParagraphs } from './paragraphs';

/**
 * Annotation files in and out of the database. Import never overwrites: an annotation whose id
 * is already stored with other content becomes a conflict the user resolves (keep theirs, keep
 * mine, or keep both as a copy); one already stored as it is, or with the same text, place and
 * note under another id, is counted unchanged. What does not anchor is stored as an orphan and
 * said so; what cannot be placed at all is refused with its reason.
 */

export interface ImportConflict {
  /** The row as stored when the import read it (deleted rows too: deleting was a decision). */
  stored: Annotation;
  /** The file's version, anchored in this library. */
  incoming: Annotation;
}

export interface AnnotationImportReport {
  /** Stored and anchored in the text. */
  added: number;
  /** Of `added`, those found by their quote rather than where they said (text or ids differed). */
  moved: number;
  /** Stored, but their quote is not in the text: listed as orphans, never dropped. */
  orphaned: number;
  /** Already here: the same id with the same content, or the same note on the same words. */
  unchanged: number;
  /** Same id, different content: nothing written, the user chooses. */
  conflicts: ImportConflict[];
  refused: Refusal[];
  /** Dates after the import's clock, set back to it. */
  clamped: number;
}

export type ConflictChoice = 'mine' | 'theirs' | 'copy';

export type AnnotationFileKind = 'jsonld' | 'csv';

export interface ImportOptions extends PlaceOptions {
  onProgress?: (fraction: number) => void;
}

/** The story's live documents with their paragraph texts, for anchoring. */
export async function placeDocs(db: TarjumanDB, storyId: string): Promise<PlaceDoc[]> {
  const docs = (await db.documents.where('storyId').equals(storyId).toArray()).filter((d) => d.deletedAt === undefined);
  docs.sort((a, b) => a.createdAt - b.createdAt);
  return Promise.all(docs.map(async (d) => ({ id: d.id, storyId: d.storyId, paragraphs: (await readParagraphs(db, d.id)).map((p) => p.text) })));
}

/** Reads a file's text as JSON-LD or the app's CSV, in the shape anchoring takes. */
export function parseAnnotationFile(text: string, kind: AnnotationFileKind, now = Date.now()): ParsedAnnotations {
  if (kind === 'jsonld') return readWebAnnotations(text, now);
  // Every document id is accepted here: anchoring decides (by id, else by content).
  const anyDoc = { get: () => '' } as unknown as ReadonlyMap<string, string>;
  return { items: annotationsFromCsv(text, anyDoc).map((a, i) => fromStoredAnnotation(a, i, now)), refused: [] };
}

const bodyKey = (a: Annotation) => JSON.stringify([a.body.note, a.body.category, a.body.suggestion ?? '', a.body.status, a.body.color ?? '']);
const placeKey = (a: Annotation) => JSON.stringify([a.docId, a.paragraph, a.selectors[1].start, a.selectors[1].end, a.selectors[0].exact]);

function sameContent(a: Annotation, b: Annotation): boolean {
  return a.deletedAt === undefined && bodyKey(a) === bodyKey(b) && placeKey(a) === placeKey(b);
}

/** Writes placed annotations in one transaction: all or none (a cancel before commit adds nothing). */
export async function storePlaced(db: TarjumanDB, placed: readonly Placed[], refused: Refusal[], clamped: number): Promise<AnnotationImportReport> {
  const report: AnnotationImportReport = { added: 0, moved: 0, orphaned: 0, unchanged: 0, conflicts: [], refused, clamped };
  const docIds = [...new Set(placed.map((p) => p.annotation.docId))];
  await db.transaction('rw', db.annotations, async () => {
    const existing = new Set<string>();
    for (const docId of docIds) {
      for (const a of await db.annotations.where('docId').equals(docId).toArray()) {
        if (a.deletedAt === undefined) existing.add(placeKey(a) + bodyKey(a));
      }
    }
    const stored = await db.annotations.bulkGet(placed.map((p) => p.annotation.id));
    const rows: Annotation[] = [];
    placed.forEach((p, i) => {
      const incoming = p.annotation;
      const old = stored[i];
      if (old) {
        if (sameContent(old, incoming)) report.unchanged++;
        else report.conflicts.push({ stored: old, incoming });
        return;
      }
      const key = placeKey(incoming) + bodyKey(incoming);
      if (existing.has(key)) {
        report.unchanged++;
        return;
      }
      existing.add(key);
      rows.push({ ...incoming, rev: 1 });
      if (p.how === 'orphan') report.orphaned++;
      else {
        report.added++;
        if (p.how === 'quote') report.moved++;
      }
    });
    await db.annotations.bulkAdd(rows);
  });
  return report;
}

/**
 * Parses, anchors in the story's documents and stores an annotation file. Runs on the page
 * for small files and in a worker for big ones (annotations.worker.ts), the same code.
 */
export async function importAnnotationFile(
  db: TarjumanDB,
  storyId: string,
  text: string,
  kind: AnnotationFileKind,
  options: ImportOptions = {},
): Promise<AnnotationImportReport> {
  const parsed = parseAnnotationFile(text, kind);
  options.onProgress?.(0.1);
  const docs = await placeDocs(db, storyId);
  if (docs.length === 0) throw new CoreError('unknown-document', 'This story has no documents to anchor annotations to.');
  options.onProgress?.(0.2);
  const { placed, refused } = placeAnnotations(parsed.items, docs, {
    ...options,
    onProgress: (f) => options.onProgress?.(0.2 + 0.7 * f),
  });
  const report = await storePlaced(db, placed, [...parsed.refused, ...refused].sort((a, b) => a.index - b.index), parsed.items.filter((i) => i.clamped).length);
  options.onProgress?.(1);
  return report;
}

/** Strictly later than the stored row, even if the clock stepped back. */
const later = (t: number) => Math.max(Date.now(), t + 1);

/**
 * The user's answer to one conflict. 'theirs' replaces the stored row only if it has not
 * changed since the import read it (else the conflict stands, with the new stored row);
 * 'copy' keeps both, the file's under a new id; 'mine' writes nothing.
 */
export async function resolveImportConflict(db: TarjumanDB, conflict: ImportConflict, choice: ConflictChoice): Promise<Annotation | undefined> {
  if (choice === 'mine') return undefined;
  return db.transaction('rw', db.annotations, async () => {
    if (choice === 'copy') {
      const copy: Annotation = { ...conflict.incoming, id: newId('n'), rev: 1 };
      await db.annotations.add(copy);
      return copy;
    }
    const now = await db.annotations.get(conflict.stored.id);
    if (!now || now.rev !== conflict.stored.rev || now.updatedAt !== conflict.stored.updatedAt) {
      throw new CoreError('conflict', `Annotation ${conflict.stored.id} changed again while you chose.`, { stored: now ?? null });
    }
    const next: Annotation = { ...conflict.incoming, rev: (now.rev ?? 0) + 1, updatedAt: later(now.updatedAt) };
    delete next.deletedAt;
    await db.annotations.put(next);
    return next;
  });
}

/** A story's live annotations as W3C JSON-LD, positions counted in code points. */
export async function exportStoryAnnotations(db: TarjumanDB, storyId: string, label?: string): Promise<WebAnnotationCollection> {
  const rows = (await db.annotations.where('storyId').equals(storyId).toArray()).filter((a) => a.deletedAt === undefined);
  rows.sort((a, b) => a.docId.localeCompare(b.docId) || a.paragraph - b.paragraph || a.selectors[1].start - b.selectors[1].start);
  const texts = new Map<string, string[]>();
  for (const docId of new Set(rows.map((a) => a.docId))) texts.set(docId, (await readParagraphs(db, docId)).map((p) => p.text));
  return exportWebAnnotations(storyId, rows, (docId, paragraph) => texts.get(docId)?.[paragraph], label);
}
