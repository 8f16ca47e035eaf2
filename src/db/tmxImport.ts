import type { Document } from '../core/model';
import { newId } from '../core/ids';
import { tmxToAlignment } from '../core/formats/tmx';
import { beadsBetween } from '../core/formats/alignment-export';
import { dirOf } from '../core/text/detect';
import type { TarjumanDB } from './schema';
import { infoOf } from './documents';
import { writeParagraphs } from './paragraphs';
import { alignmentsRepo } from './alignments';

/**
 * A TMX file becomes one document per language plus the alignment between the first
 * language and each other one, written in one transaction: a malformed file (the parser
 * names the line) or a storage error leaves the story exactly as it was.
 */
export async function importTmx(db: TarjumanDB, storyId: string, fileName: string, text: string): Promise<{ docs: Document[]; rows: number }> {
  const parsed = tmxToAlignment(text); // throws CoreError('invalid-format') before any write
  const now = Date.now();
  const docs: Document[] = parsed.docs.map((d) => ({
    id: newId('d'),
    storyId,
    title: `${fileName} (${d.lang})`,
    lang: d.lang,
    dir: d.dir ?? dirOf(d.lang),
    langByUser: true,
    source: { type: 'tmx', name: fileName },
    paragraphs: d.paragraphs,
    createdAt: now,
    updatedAt: now,
    textUpdatedAt: now,
  }));
  await db.transaction('rw', db.documents, db.paragraphs, db.alignments, db.stories, async () => {
    await db.documents.bulkAdd(docs.map(infoOf));
    for (const d of docs) await writeParagraphs(db.paragraphs, d.id, d.paragraphs);
    for (let k = 1; k < docs.length; k++) {
      await alignmentsRepo(db).add({
        id: newId('al'),
        storyId,
        docIds: [docs[0]!.id, docs[k]!.id],
        beads: beadsBetween(parsed.rows, 0, k),
        method: 'manual',
        createdAt: now,
        editedAt: now,
      });
    }
    await db.stories.update(storyId, { updatedAt: now });
  });
  return { docs, rows: parsed.rows.length };
}
