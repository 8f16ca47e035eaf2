/// <reference lib="webworker" />
import { CoreError } from '../core/model';
import { decodeBytes } from '../core/formats/decode';
import { openDb } from '../db/schema';
import { importStory } from '../db/story';
import { errorReply } from './errorReply';
import type { StoryImportRequest, StoryImportResponse } from './protocol';

// A story file of a book is tens of megabytes of JSON to decode, validate against the schema,
// hash and store: here the page keeps answering. The store is one transaction, so a cancelled
// (terminated) import adds nothing.
const post = (m: StoryImportResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** The file's text; an image or archive is told that a story file is expected. */
function storyText(bytes: Uint8Array): string {
  try {
    return decodeBytes(bytes).text;
  } catch (e) {
    if (e instanceof CoreError && e.code === 'binary-input') throw new CoreError('binary-input', e.message, { context: 'story' });
    throw e;
  }
}

self.onmessage = async (e: MessageEvent<StoryImportRequest>) => {
  const { id, db: name, bytes } = e.data;
  try {
    const db = openDb(name);
    try {
      const report = await importStory(db, storyText(new Uint8Array(bytes)));
      post({ id, type: 'done', report });
    } finally {
      db.close();
    }
  } catch (err) {
    post(errorReply(id, err));
  }
};
