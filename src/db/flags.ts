import type { Annotation, Flag } from '../core/model';
import { CoreError } from '../core/model';
import { annotationsRepo, type NewAnnotationInput } from './annotations';
import type { FlagDismissal, TarjumanDB } from './schema';

/**
 * Reviewer decisions about flags, one row per story and flag id. Flags are recomputed on
 * every run; their ids are deterministic, so a dismissed flag stays dismissed as long as
 * what it found (check, document, place, text) is unchanged, and comes back if the text
 * changes under it. Undismissing deletes the row: a decision has nothing worth keeping
 * once taken back, and dismissing again is one write.
 */

/** The parts of a flag a decision records. */
export type FlagRef = Pick<Flag, 'id' | 'check' | 'docId' | 'data'> & Partial<Pick<Flag, 'span'>>;

function checkRef(storyId: string, flag: FlagRef): void {
  if (!storyId || typeof storyId !== 'string') throw new CoreError('invalid-operation', 'A flag decision needs a story id.', { detail: 'storyId' });
  if (!flag.id || typeof flag.id !== 'string') throw new CoreError('invalid-operation', 'A flag decision needs a flag id.', { detail: 'flagId' });
}

function row(storyId: string, flag: FlagRef, reason: FlagDismissal['reason'], annotationId?: string): FlagDismissal {
  return {
    storyId,
    flagId: flag.id,
    check: flag.check,
    ...(flag.docId !== undefined ? { docId: flag.docId } : {}),
    ...(flag.data?.text !== undefined ? { text: flag.data.text } : {}),
    ...(flag.span ? { span: { side: flag.span.side, paragraph: flag.span.paragraph, start: flag.span.start, end: flag.span.end } } : {}),
    ...(flag.data?.kind !== undefined ? { kind: String(flag.data.kind) } : {}),
    reason,
    ...(annotationId !== undefined ? { annotationId } : {}),
    createdAt: Date.now(),
  };
}

export function flagsRepo(db: TarjumanDB) {
  return {
    /** Marks a flag as not a problem. Idempotent: dismissing twice keeps the first row. */
    async dismiss(storyId: string, flag: FlagRef): Promise<FlagDismissal> {
      checkRef(storyId, flag);
      return db.transaction('rw', db.flagDismissals, async () => {
        const stored = await db.flagDismissals.get([storyId, flag.id]);
        if (stored) return stored;
        const next = row(storyId, flag, 'dismissed');
        await db.flagDismissals.add(next);
        return next;
      });
    },

    /** Takes a decision back (dismissed or annotated): the flag shows again. */
    async undismiss(storyId: string, flagId: string): Promise<void> {
      await db.flagDismissals.delete([storyId, flagId]);
    },

    /**
     * Turns a flag into an annotation and records that, in one transaction: either both are
     * stored or neither (a failed create leaves the flag open).
     */
    async annotate(storyId: string, flag: FlagRef, input: NewAnnotationInput): Promise<Annotation> {
      checkRef(storyId, flag);
      return db.transaction('rw', db.documents, db.paragraphs, db.annotations, db.flagDismissals, async () => {
        const annotation = await annotationsRepo(db).create(input);
        await db.flagDismissals.put(row(storyId, flag, 'annotated', annotation.id));
        return annotation;
      });
    },

    /** Every decision of a story, oldest first. */
    async listByStory(storyId: string): Promise<FlagDismissal[]> {
      const rows = await db.flagDismissals.where('storyId').equals(storyId).toArray();
      return rows.sort((x, y) => x.createdAt - y.createdAt || (x.flagId < y.flagId ? -1 : 1));
    },
  };
}

export type FlagsRepo = ReturnType<typeof flagsRepo>;
