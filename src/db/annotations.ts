import type { Annotation, AnnotationCategory, DocumentInfo, ParagraphIndex } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import { describe } from '../core/anchor/anchor';
import { reanchorDocument } from '../core/anchor/reanchor';
import { checkBody, type AnnotationStatus } from '../core/anchor/annotation';
import type { TarjumanDB } from './schema';
import { readParagraph } from './paragraphs';

/**
 * Annotations repository. Rows are soft-deleted (undo is one write) and carry a revision
 * counter `rev` for optimistic concurrency.
 *
 * Conflicts: `update` takes the revision the editor last saw. If the stored row has moved on
 * (edited, resolved, deleted or re-anchored in another tab), it throws CoreError('conflict')
 * with `detail.stored` (the stored row, or null if it is gone) instead of merging or letting
 * the last writer win: a reviewer's note is prose, and silently losing either version is
 * worse than asking. The UI shows both; "keep mine" is `update(stored, myPatch)`, "keep
 * theirs" is dropping the draft. Revisions rather than timestamps, because two tabs can write
 * within one millisecond and clocks can step back.
 *
 * One-click commands (resolve, reopen, remove, restore) are idempotent and not checked: doing
 * them twice means the same as once. Storage errors such as QuotaExceededError are not caught:
 * the promise rejects, the transaction rolls back, and the UI keeps the unsaved annotation.
 */

export interface NewAnnotationInput {
  docId: string;
  paragraph: number;
  /** UTF-16 offsets of the selected span in the paragraph's text. */
  start: number;
  end: number;
  category: AnnotationCategory;
  note?: string;
  status?: AnnotationStatus;
  color?: string;
  suggestion?: string;
}

/** Fields an editor may change; '' or undefined for colour/suggestion clears them. */
export interface AnnotationPatch {
  note?: string;
  category?: AnnotationCategory;
  status?: AnnotationStatus;
  color?: string | undefined;
  suggestion?: string | undefined;
  /** A new span (the reviewer re-selected the text). */
  span?: { paragraph: number; start: number; end: number };
}

export interface ReanchorReport {
  /** Anchored where the selectors said: nothing written. */
  unchanged: string[];
  /** Anchored elsewhere (new offsets, paragraph or context): selectors rewritten. */
  moved: string[];
  /** Could not anchor: kept with their old selectors and marked `orphan`. */
  orphaned: string[];
}

/** Strictly increasing per row, even when the clock steps back or two writes share a ms. */
function nextTime(previous: number): number {
  return Math.max(Date.now(), previous + 1);
}

function isLive(a: Annotation | undefined): a is Annotation {
  return a !== undefined && a.deletedAt === undefined;
}

function byPlace(a: Annotation, b: Annotation): number {
  return a.docId.localeCompare(b.docId) || a.paragraph - b.paragraph || a.selectors[1].start - b.selectors[1].start;
}

/** The paragraph's text, or a coded error naming what is missing; reads only its row. */
async function paragraphText(db: TarjumanDB, doc: DocumentInfo | undefined, docId: string, paragraph: number): Promise<string> {
  if (!doc || doc.deletedAt !== undefined) throw new CoreError('unknown-document', `No document with id ${docId}.`);
  const p = await readParagraph(db, docId, paragraph);
  if (!p) throw new CoreError('unknown-document', `No paragraph ${paragraph} in document ${docId}.`, { paragraph });
  return p.text;
}

function sameTarget(a: Annotation, paragraph: number, selectors: Annotation['selectors']): boolean {
  const [q, p] = a.selectors;
  const [q2, p2] = selectors;
  return (
    a.paragraph === paragraph &&
    q.exact === q2.exact &&
    q.prefix === q2.prefix &&
    q.suffix === q2.suffix &&
    p.start === p2.start &&
    p.end === p2.end
  );
}

export function annotationsRepo(db: TarjumanDB) {
  /** Reads a row inside the caller's transaction and checks it exists. */
  async function mustGet(id: string): Promise<Annotation> {
    const row = await db.annotations.get(id);
    if (!row) throw new CoreError('conflict', `Annotation ${id} no longer exists.`, { stored: null });
    return row;
  }

  /** Writes a changed copy of a row: one more revision, a later time. */
  async function write(row: Annotation, change: (copy: Annotation) => void): Promise<Annotation> {
    const next: Annotation = structuredClone(row);
    change(next);
    next.rev = (row.rev ?? 0) + 1;
    next.updatedAt = nextTime(row.updatedAt);
    await db.annotations.put(next);
    return next;
  }

  /** Status and deletion commands share this shape: read, change, write, in one transaction. */
  function command(id: string, change: (copy: Annotation) => void): Promise<Annotation> {
    return db.transaction('rw', db.annotations, async () => write(await mustGet(id), change));
  }

  /** update and restoreWith: a revision check, the patch and (restoring) the undeletion, in one transaction. */
  function savePatch(seen: Pick<Annotation, 'id' | 'rev'>, patch: AnnotationPatch, restore: boolean): Promise<Annotation> {
    return db.transaction('rw', db.documents, db.paragraphs, db.annotations, async () => {
      const stored = await mustGet(seen.id);
      const deleted = stored.deletedAt !== undefined;
      if (stored.rev !== seen.rev || (deleted && !restore)) {
        const what = deleted ? 'deleted' : 'changed';
        throw new CoreError('conflict', `Annotation ${seen.id} was ${what} elsewhere (revision ${stored.rev}, you had ${seen.rev}).`, { stored, deleted });
      }
      const { span, ...bodyPatch } = patch;
      const body = checkBody({ ...stored.body, ...bodyPatch });
      let target: Pick<Annotation, 'paragraph' | 'selectors'> = stored;
      if (span) {
        const text = await paragraphText(db, await db.documents.get(stored.docId), stored.docId, span.paragraph);
        target = { paragraph: span.paragraph, selectors: describe(text, span.start, span.end) };
      }
      return write(stored, (copy) => {
        copy.body = body;
        copy.paragraph = target.paragraph;
        copy.selectors = target.selectors;
        if (span) delete copy.orphan; // a reviewer placed it by hand
        if (restore) delete copy.deletedAt;
      });
    });
  }

  return {
    async create(input: NewAnnotationInput): Promise<Annotation> {
      return db.transaction('rw', db.documents, db.paragraphs, db.annotations, async () => {
        const doc = await db.documents.get(input.docId);
        const text = await paragraphText(db, doc, input.docId, input.paragraph);
        const selectors = describe(text, input.start, input.end);
        const body = checkBody(input);
        const now = Date.now();
        const row: Annotation = {
          id: newId('n'),
          storyId: doc!.storyId,
          docId: input.docId,
          paragraph: input.paragraph as ParagraphIndex,
          selectors,
          body,
          createdAt: now,
          updatedAt: now,
          rev: 1,
        };
        await db.annotations.add(row);
        return row;
      });
    },

    async get(id: string): Promise<Annotation | undefined> {
      const row = await db.annotations.get(id);
      return isLive(row) ? row : undefined;
    },

    /**
     * Saves an edit over the revision the editor saw; see the module comment on conflicts. A
     * row deleted meanwhile is a conflict with `detail.deleted`: saving over it would edit
     * something the user no longer sees, so the editor offers `restoreWith` instead.
     */
    update(seen: Pick<Annotation, 'id' | 'rev'>, patch: AnnotationPatch): Promise<Annotation> {
      return savePatch(seen, patch, false);
    },

    /** Brings back a deleted annotation with the editor's text, over the deleted revision it saw. */
    restoreWith(seen: Pick<Annotation, 'id' | 'rev'>, patch: AnnotationPatch): Promise<Annotation> {
      return savePatch(seen, patch, true);
    },

    resolve(id: string): Promise<Annotation> {
      return command(id, (a) => void (a.body.status = 'resolved'));
    },

    reopen(id: string): Promise<Annotation> {
      return command(id, (a) => void (a.body.status = 'open'));
    },

    /** Soft delete; `restore` is its undo. */
    remove(id: string): Promise<Annotation> {
      return command(id, (a) => void (a.deletedAt = Date.now()));
    },

    restore(id: string): Promise<Annotation> {
      return command(id, (a) => void delete a.deletedAt);
    },

    /** Live annotations of a story, in reading order (document, paragraph, offset). */
    async listByStory(storyId: string): Promise<Annotation[]> {
      const rows = await db.annotations.where('storyId').equals(storyId).toArray();
      return rows.filter(isLive).sort(byPlace);
    },

    async listByDoc(docId: string): Promise<Annotation[]> {
      const rows = await db.annotations.where('docId').equals(docId).toArray();
      return rows.filter(isLive).sort(byPlace);
    },

    /**
     * After a document's text changed: re-anchors every annotation of it (deleted ones too, so
     * an undo restores a correct anchor). What cannot anchor keeps its old selectors as
     * evidence and is marked orphan — never dropped. All rows change in one transaction.
     */
    async reanchorAll(docId: string, paragraphs: readonly string[]): Promise<ReanchorReport> {
      return db.transaction('rw', db.annotations, async () => {
        const report: ReanchorReport = { unchanged: [], moved: [], orphaned: [] };
        const rows = await db.annotations.where('docId').equals(docId).toArray();
        for (const row of rows) {
          const hit = reanchorDocument(paragraphs, row);
          if (!hit) {
            report.orphaned.push(row.id);
            if (!row.orphan) await write(row, (c) => void (c.orphan = true));
            continue;
          }
          const selectors = describe(paragraphs[hit.paragraph]!, hit.start, hit.end);
          if (sameTarget(row, hit.paragraph, selectors) && !row.orphan) {
            report.unchanged.push(row.id);
            continue;
          }
          report.moved.push(row.id);
          await write(row, (c) => {
            c.paragraph = hit.paragraph;
            c.selectors = selectors;
            delete c.orphan;
          });
        }
        return report;
      });
    },
    // Importing annotation files: see annotationTransfer.ts (conflicts, orphans, reports).
  };
}

export type AnnotationsRepo = ReturnType<typeof annotationsRepo>;
