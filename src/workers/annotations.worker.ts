/// <reference lib="webworker" />
import { progressPoster } from './progress';
import { openDb } from '../db/schema';
import { importAnnotationFile, type AnnotationFileKind } from '../db/annotationTransfer';
import { decodeBytes } from '../core/formats/decode';
import { CoreError } from '../core/model';
import { errorReply } from './errorReply';

/**
 * A big annotation file (tens of thousands of annotations, tens of MB) is decoded, parsed,
 * anchored in the story's texts and stored here, so the page keeps answering and can show
 * progress. Cancelling terminates this worker; the rows are written in one transaction at the
 * end, so a cancel before it commits stores nothing.
 */
export type AnnotationImportRequest = {
  id: number;
  db: string;
  storyId: string;
  bytes: ArrayBuffer;
  kind: AnnotationFileKind;
  docId?: string;
};

export type AnnotationImportReply =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; report: import('../db/annotationTransfer').AnnotationImportReport }
  | import('./errorReply').ErrorReply;

const post = (m: AnnotationImportReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = async (e: MessageEvent<AnnotationImportRequest>) => {
  const { id, db: name, storyId, bytes, kind, docId } = e.data;
  const progress = progressPoster(id, post);
  const db = openDb(name);
  try {
    let text: string;
    try {
      text = decodeBytes(new Uint8Array(bytes)).text;
    } catch (e) {
      // An image or archive is told what this import expects, not a document's .txt or .html.
      if (e instanceof CoreError && e.code === 'binary-input') throw new CoreError('binary-input', e.message, { context: 'annotations' });
      throw e;
    }
    progress(0.05);
    const report = await importAnnotationFile(db, storyId, text, kind, { ...(docId ? { docId } : {}), onProgress: progress });
    post({ id, type: 'done', report });
  } catch (err) {
    post(errorReply(id, err));
  } finally {
    db.close();
  }
};
