import type { Bead, Document, DocumentInfo } from '../core/model';
import { CoreError } from '../core/model';
import { newId } from '../core/ids';
import { flagIdIn } from '../core/checks/flag';
import { placeAnnotations, type PlaceDoc } from '../core/anchor/place';
import { readWebAnnotations } from '../core/formats/webanno';
import {
  contentHash,
  paragraphFromFile,
  paragraphToFile,
  readStoryFile,
  STORY_FORMAT,
  STORY_VERSION,
  type StoryFile,
  type StoryFileAlignment,
} from '../core/formats/story';
import type { FlagDismissal, TarjumanDB } from './schema';
import { readParagraphs, writeParagraphs } from './paragraphs';
import { fromRow, toRow } from './alignments';
import { infoOf } from './documents';
import { exportStoryAnnotations, storePlaced, type AnnotationImportReport } from './annotationTransfer';

/**
 * Story files in and out of the library (see core/formats/story.ts for the format).
 *
 * Import merges by content: a document whose text (its hash) is already in the library is not
 * added again; the story holding most of the file's texts receives the rest, or a new story
 * is made. Annotations go through the same path as an annotation file (anchored, never
 * overwriting, counted); an alignment replaces the library's only if the library's has no
 * confirmed or hand-edited row. Everything is written in one transaction: all or nothing.
 */

export interface StoryImportReport {
  storyId: string;
  title: string;
  /** True when a new story was made for the file. */
  createdStory: boolean;
  docsAdded: number;
  /** Texts already in the library (same content, any id), not added again. */
  docsMatched: number;
  alignmentsAdded: number;
  /** Pairs whose alignment here had hand work and was kept, as "title ↔ title". */
  alignmentsKept: string[];
  annotations: AnnotationImportReport;
  flagsAdded: number;
  /** Dismissals of texts that are here under another id: their flag ids name the document. */
  flagsNotCarried: number;
}

const iso = (t: number) => new Date(t).toISOString();
const handWork = (beads: readonly Pick<Bead, 'status'>[]) => beads.some((b) => b.status !== 'auto');

/** The whole story as a file: live documents, current alignments, annotations, decisions. */
export async function exportStory(db: TarjumanDB, storyId: string): Promise<StoryFile> {
  const story = await db.stories.get(storyId);
  if (!story || story.deletedAt !== undefined) throw new CoreError('unknown-document', `No story with id ${storyId}.`);
  const infos = (await db.documents.where('storyId').equals(storyId).sortBy('createdAt')).filter((d) => d.deletedAt === undefined);
  const docs = await Promise.all(infos.map(async (d) => ({ info: d, paragraphs: await readParagraphs(db, d.id) })));
  if (docs.length === 0) throw new CoreError('empty-input', 'This story has no documents to export.');
  const live = new Map(infos.map((d) => [d.id, d]));

  // One alignment per pair: the latest, and only while it is newer than both texts.
  const rows = (await db.alignments.where('storyId').equals(storyId).toArray()).sort((x, y) => y.editedAt - x.editedAt);
  const alignments: StoryFileAlignment[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const [a, b] = row.docIds.map((id) => live.get(id));
    const pair = row.docIds.join('\u0000');
    if (!a || !b || seen.has(pair)) continue;
    seen.add(pair);
    if (Math.max(a.textUpdatedAt ?? a.createdAt, b.textUpdatedAt ?? b.createdAt) > row.createdAt) continue;
    const al = fromRow(row);
    alignments.push({
      docIds: [a.id, b.id],
      method: al.method,
      edited: iso(al.editedAt),
      beads: al.beads.map((bead) => ({
        a: bead.a,
        b: bead.b,
        score: Number.isFinite(bead.score) ? bead.score : 0,
        confidence: Math.min(1, Math.max(0, bead.confidence)),
        status: bead.status,
        ...(bead.sentences ? { sentences: bead.sentences } : {}),
      })),
    });
  }

  const dismissals = (await db.flagDismissals.where('storyId').equals(storyId).toArray()).filter((f) => f.docId === undefined || live.has(f.docId));
  return {
    format: STORY_FORMAT,
    version: STORY_VERSION,
    exported: iso(Date.now()),
    generator: 'Tarjuman',
    story: { title: story.title },
    documents: await Promise.all(
      docs.map(async ({ info, paragraphs }) => ({
        id: info.id,
        title: info.title || '—',
        lang: info.lang,
        dir: info.dir,
        ...(info.langByUser ? { langByUser: true } : {}),
        source: info.source,
        ...(info.relation && (info.relation.docId === undefined || live.has(info.relation.docId)) ? { relation: info.relation } : {}),
        contentHash: await contentHash(paragraphs.map((p) => p.text)),
        paragraphs: paragraphs.map(paragraphToFile),
      })),
    ),
    alignments,
    annotations: await exportStoryAnnotations(db, storyId, story.title),
    dismissedFlags: dismissals.map((f) => ({
      flagId: f.flagId,
      check: f.check,
      ...(f.docId !== undefined ? { docId: f.docId } : {}),
      ...(f.text !== undefined ? { text: f.text } : {}),
      ...(f.span ? { span: f.span } : {}),
      ...(f.kind !== undefined ? { kind: f.kind } : {}),
      reason: f.reason,
      ...(f.annotationId !== undefined ? { annotationId: f.annotationId } : {}),
      created: iso(f.createdAt),
    })),
  };
}

/** Live documents of live stories whose text hashes like one of the file's, by hash. */
async function localTexts(db: TarjumanDB, wanted: ReadonlyMap<string, number>): Promise<Map<string, DocumentInfo[]>> {
  const counts = new Set(wanted.values());
  const liveStories = new Set((await db.stories.toArray()).filter((s) => s.deletedAt === undefined).map((s) => s.id));
  const candidates = (await db.documents.toArray()).filter((d) => d.deletedAt === undefined && liveStories.has(d.storyId) && counts.has(d.paragraphCount));
  const out = new Map<string, DocumentInfo[]>();
  for (const d of candidates.sort((x, y) => x.createdAt - y.createdAt)) {
    const hash = await contentHash((await readParagraphs(db, d.id)).map((p) => p.text));
    if (!wanted.has(hash)) continue;
    const list = out.get(hash);
    if (list) list.push(d);
    else out.set(hash, [d]);
  }
  return out;
}

/**
 * Reads, checks and merges a story file into the library. Hashes and matches are worked out
 * first (they read and hash outside any transaction); then one transaction writes it all.
 */
export async function importStory(db: TarjumanDB, text: string, now = Date.now()): Promise<StoryImportReport> {
  const file = readStoryFile(text);
  // Hashes from the texts themselves: a file whose stated hash was edited cannot fake a match.
  const hashes = await Promise.all(file.documents.map((d) => contentHash(d.paragraphs.map((p) => p.text))));
  const wanted = new Map(hashes.map((h, i) => [h, file.documents[i]!.paragraphs.length] as const));
  const local = await localTexts(db, wanted);

  // The story that already holds most of the file's texts receives it.
  const votes = new Map<string, number>();
  for (const h of new Set(hashes)) for (const s of new Set((local.get(h) ?? []).map((d) => d.storyId))) votes.set(s, (votes.get(s) ?? 0) + 1);
  const target = [...votes].sort((x, y) => y[1] - x[1])[0]?.[0];

  return db.transaction('rw', [db.stories, db.documents, db.paragraphs, db.alignments, db.annotations, db.flagDismissals], async () => {
    const story = target ? await db.stories.get(target) : undefined;
    const storyId = story?.id ?? newId('s');
    if (!story) await db.stories.add({ id: storyId, title: file.story.title.trim() || '—', createdAt: now, updatedAt: now });

    // Each file document: the matching text in the story, else a new document.
    const idMap = new Map<string, string>();
    const used = new Set<string>();
    const placeDocs: PlaceDoc[] = [];
    const report: Omit<StoryImportReport, 'annotations'> = {
      storyId,
      title: story?.title ?? file.story.title,
      createdStory: !story,
      docsAdded: 0,
      docsMatched: 0,
      alignmentsAdded: 0,
      alignmentsKept: [],
      flagsAdded: 0,
      flagsNotCarried: 0,
    };
    const titles = new Map<string, string>();
    const added = new Set<string>();
    for (const [i, d] of file.documents.entries()) {
      const match = (local.get(hashes[i]!) ?? []).find((l) => l.storyId === storyId && !used.has(l.id));
      let id: string;
      if (match) {
        id = match.id;
        report.docsMatched++;
        titles.set(id, match.title);
      } else {
        // The file's id when it is free here, so decisions keyed by it (flag ids) still apply.
        id = (await db.documents.get(d.id)) ? newId('d') : d.id;
        const doc: Document = {
          id,
          storyId,
          title: d.title,
          lang: d.lang,
          dir: d.dir,
          langByUser: d.langByUser ?? false,
          source: d.source,
          paragraphs: d.paragraphs.map(paragraphFromFile),
          createdAt: now + i, // keeps the file's order in lists sorted by creation
          updatedAt: now,
          textUpdatedAt: now,
        };
        await db.documents.add(infoOf(doc));
        await writeParagraphs(db.paragraphs, id, doc.paragraphs);
        report.docsAdded++;
        added.add(id);
        titles.set(id, d.title);
      }
      used.add(id);
      idMap.set(d.id, id);
      placeDocs.push({ id, storyId, paragraphs: d.paragraphs.map((p) => p.text) });
    }
    // Relations name file ids; they follow the mapping (only on documents added now).
    for (const d of file.documents) {
      const id = idMap.get(d.id)!;
      if (!d.relation || !added.has(id)) continue;
      const other = d.relation.docId !== undefined ? idMap.get(d.relation.docId) : undefined;
      await db.documents.update(id, { relation: { kind: d.relation.kind, ...(other ? { docId: other } : {}) } });
    }

    for (const al of file.alignments) {
      const a = idMap.get(al.docIds[0])!;
      const b = idMap.get(al.docIds[1])!;
      const rows = (await db.alignments.where('storyId').equals(storyId).toArray()).filter((r) => r.docIds[0] === a && r.docIds[1] === b);
      const current = rows.sort((x, y) => y.editedAt - x.editedAt)[0];
      const beads = al.beads.map((bead) => ({ ...bead })) as Bead[];
      if (current) {
        const mine = fromRow(current).beads;
        if (handWork(mine)) {
          if (handWork(beads)) report.alignmentsKept.push(`${titles.get(a)} ↔ ${titles.get(b)}`);
          continue;
        }
        if (!handWork(beads)) continue;
      }
      await db.alignments.put(toRow({ id: current?.id ?? newId('al'), storyId, docIds: [a, b], beads, method: al.method, createdAt: now, editedAt: now }));
      report.alignmentsAdded++;
    }

    const parsed = readWebAnnotations(file.annotations, now);
    const placed = placeAnnotations(parsed.items, placeDocs, { docMap: idMap });
    const annotations = await storePlaced(
      db,
      placed.placed,
      [...parsed.refused, ...placed.refused].sort((x, y) => x.index - y.index),
      parsed.items.filter((i) => i.clamped).length,
    );

    const fileText = new Map(file.documents.map((d) => [d.id, d.paragraphs] as const));
    for (const f of file.dismissedFlags) {
      const docId = f.docId !== undefined ? idMap.get(f.docId) : undefined;
      let flagId = f.flagId;
      if (f.docId !== undefined && docId !== f.docId) {
        // Flag ids name their document: under its new id the same flag has another id, found
        // from where it points in the (same) text. Files from before spans were kept cannot.
        const text = f.span && fileText.get(f.docId)?.[f.span.paragraph]?.text;
        if (!f.span || f.kind === undefined || docId === undefined || text === undefined || f.span.end > text.length) {
          report.flagsNotCarried++;
          continue;
        }
        flagId = flagIdIn({ check: f.check, span: f.span, kind: f.kind }, docId, text);
      }
      if (await db.flagDismissals.get([storyId, flagId])) continue;
      const row: FlagDismissal = {
        storyId,
        flagId,
        check: f.check,
        ...(docId !== undefined ? { docId } : {}),
        ...(f.text !== undefined ? { text: f.text } : {}),
        ...(f.span ? { span: f.span } : {}),
        ...(f.kind !== undefined ? { kind: f.kind } : {}),
        reason: f.reason,
        ...(f.annotationId !== undefined ? { annotationId: f.annotationId } : {}),
        createdAt: Math.min(Date.parse(f.created), now),
      };
      await db.flagDismissals.add(row);
      report.flagsAdded++;
    }
    await db.stories.update(storyId, { updatedAt: now });
    return { ...report, annotations };
  });
}

