import type { Document } from '../core/model';
import { newId } from '../core/ids';
import { tmxToAlignment } from '../core/formats/tmx';
import { poToAlignment } from '../core/formats/po';
import { isPoFile } from '../core/formats/poName';
import { beadsBetween } from '../core/formats/alignment-export';
import type { TarjumanDB } from './schema';
import { infoOf } from './documents';
import { writeParagraphs } from './paragraphs';
import { alignmentsRepo } from './alignments';

/** Share of the progress bar reading the file takes; storing takes the rest. */
const READ = 0.9;


/**
 * A TMX or PO file (bytes, decoded as its XML declaration says, or text) becomes one document per
 * language plus the alignment between the first language and each other one, exactly the
 * file's pairs (method 'tmx', never re-aligned: the documents are stamped no later than the
 * alignment), written in one transaction: a malformed file (the parser names the line) or a
 * storage error leaves the story exactly as it was.
 */
export async function importTmx(
  db: TarjumanDB,
  storyId: string,
  fileName: string,
  input: string | Uint8Array,
  onProgress: (fraction: number) => void = () => {},
): Promise<{ docs: Document[]; rows: number }> {
  const read = isPoFile(fileName) ? poToAlignment : tmxToAlignment;
  const parsed = read(input, { onProgress: (f) => onProgress(READ * f) }); // throws CoreError('invalid-format') before any write
  const now = Date.now();
  // One millisecond apart, so the library lists them in the file's order (source first) and
  // the reader opens the pair the alignment was stored for.
  const docs: Document[] = parsed.docs.map((d, k) => ({
    id: newId('d'),
    storyId,
    title: `${fileName} (${d.lang})`,
    lang: d.lang,
    dir: d.dir,
    langByUser: true,
    source: { type: isPoFile(fileName) ? 'file' : 'tmx', name: fileName },
    paragraphs: d.paragraphs,
    createdAt: now + k,
    updatedAt: now + k,
    textUpdatedAt: now + k,
  }));
  const stamp = now + docs.length;
  await db.transaction('rw', db.documents, db.paragraphs, db.alignments, db.stories, async () => {
    await db.documents.bulkAdd(docs.map(infoOf));
    for (const d of docs) await writeParagraphs(db.paragraphs, d.id, d.paragraphs);
    for (let k = 1; k < docs.length; k++) {
      await alignmentsRepo(db).add({
        id: newId('al'),
        storyId,
        docIds: [docs[0]!.id, docs[k]!.id],
        beads: beadsBetween(parsed.rows, 0, k),
        method: 'tmx',
        createdAt: stamp,
        editedAt: stamp,
      });
    }
    await db.stories.update(storyId, { updatedAt: stamp });
  });
  onProgress(1);
  return { docs, rows: parsed.rows.length };
}
