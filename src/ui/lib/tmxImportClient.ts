import type { TarjumanDB } from '../../db/schema';
import type { TmxImportRequest, TmxImportResponse } from '../../workers/protocol';
import { runFileJob } from './fileJob';
import type { WorkerJob } from './workerJob';

export interface TmxImported {
  docs: number;
  rows: number;
}

/**
 * Imports a TMX (or gettext PO) file in a fresh worker, which decodes, parses and stores it
 * itself (one transaction), reporting progress in [0, 1]; `cancel` stops it at once and adds
 * nothing. Every file goes this way, whatever its size, so there is one path to test.
 */
export function importTmxInWorker(db: TarjumanDB, storyId: string, file: File, onProgress: (fraction: number) => void): WorkerJob<TmxImported> {
  return runFileJob<TmxImportResponse, 'done', TmxImported>(
    file,
    () => new Worker(new URL('../../workers/tmx.worker.ts', import.meta.url), { type: 'module' }),
    (id, bytes): TmxImportRequest => ({ id, db: db.name, storyId, fileName: file.name, bytes }),
    'done',
    (m) => ({ docs: m.docs, rows: m.rows }),
    onProgress,
  );
}
