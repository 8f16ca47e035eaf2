import type { StoryImportReport } from '../../db/story';
import type { StoryImportRequest, StoryImportResponse } from '../../workers/protocol';
import { runFileJob } from './fileJob';
import type { WorkerJob } from './workerJob';

/** Imports a story file in a fresh worker (see story.worker.ts); `cancel` stops it and adds nothing. */
export function importStoryInWorker(dbName: string, file: File): WorkerJob<StoryImportReport> {
  return runFileJob<StoryImportResponse, 'done', StoryImportReport>(
    file,
    () => new Worker(new URL('../../workers/story.worker.ts', import.meta.url), { type: 'module' }),
    (id, bytes): StoryImportRequest => ({ id, db: dbName, bytes }),
    'done',
    (m) => m.report,
  );
}
