import { CoreError, type Document } from '../core/model';
import { openDb } from '../db/schema';
import { documentsRepo } from '../db/documents';

/**
 * The documents a worker was asked about, read from IndexedDB in the worker itself: the page
 * sends ids, because copying a book's paragraphs across costs the page a long task (about a
 * second at 50,000 paragraphs) while reading them here costs the page nothing. A document
 * deleted meanwhile is an error the page can show when it is `required`; `optional` ones (a
 * story's other documents, mere support for the checks) are left out.
 */
export async function loadDocuments(dbName: string, required: readonly string[], optional: readonly string[] = []): Promise<{ required: Document[]; optional: Document[] }> {
  const db = openDb(dbName);
  try {
    const docs = await documentsRepo(db).load([...required, ...optional]);
    const byId = new Map(docs.map((d) => [d.id, d] as const));
    const found = required.map((id) => byId.get(id));
    if (found.some((d) => !d)) throw new CoreError('unknown-document', 'A document is no longer in the library.');
    return { required: found as Document[], optional: optional.flatMap((id) => byId.get(id) ?? []) };
  } finally {
    db.close();
  }
}
