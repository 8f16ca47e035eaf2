/// <reference lib="webworker" />
import { progressPoster } from './progress';
import { checkText, decodeBytes, describeDecoding, type Decoded } from '../core/formats/decode';
import { isHtml, markdownToText } from '../core/formats/plaintext';
import { CoreError, type Lang } from '../core/model';
import { detectLanguage, dirOf } from '../core/text/detect';
import { segmentWithProgress } from '../core/text/segment';
import type { ImportRequest, ImportResponse } from './protocol';
import { errorReply } from './errorReply';
import { openDb } from '../db/schema';
import { documentsRepo, infoOf } from '../db/documents';

// Decoding, language detection and segmentation of a book take seconds of CPU, and storing it
// a second more; they run here so the page keeps answering. Cancelling terminates this worker.
const post = (m: ImportResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

/** Share of the progress bar each step takes (segmentation is the long one). */
const DECODED = 0.1;
const DETECTED = 0.15;

/**
 * How this worker's file was decoded, kept while the page turns HTML into text: the worker
 * is made for one import, and the paragraphs it names are known only after segmentation.
 */
let decodedFile: Omit<Decoded, 'text'> | null = null;

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, input, store } = e.data;
  const progress = progressPoster(id, post);
  try {
    let text: string;
    if ('bytes' in input) {
      const { text: decodedText, ...how } = decodeBytes(new Uint8Array(input.bytes));
      decodedFile = how;
      if (isHtml(input.format, decodedText)) {
        post({ id, type: 'html', html: decodedText });
        return;
      }
      text = input.format === 'markdown' ? markdownToText(decodedText) : decodedText;
    } else text = input.text;
    progress(DECODED);
    checkText(text);
    // Same choice as importPlainText: the user's language, else the detector's, else English.
    const detected = detectLanguage(text);
    const lang: Lang = e.data.lang ?? (detected.lang === 'und' ? 'en' : detected.lang);
    progress(DETECTED);
    const paragraphs = segmentWithProgress(text, { lang }, (f) => progress(DETECTED + (1 - DETECTED) * f));
    // One transaction: cancelling (terminating this worker) before it commits stores nothing.
    const db = openDb(store.db);
    try {
      const doc = await documentsRepo(db).addSegmented({
        storyId: store.storyId,
        ...(store.title !== undefined ? { title: store.title } : {}),
        lang,
        dir: dirOf(lang),
        langByUser: e.data.lang !== undefined,
        paragraphs,
        source: store.source,
      });
      const decoding = decodedFile && describeDecoding(decodedFile, paragraphs.map((p) => p.text));
      post({ id, type: 'done', doc: infoOf(doc), decoding });
    } finally {
      db.close();
    }
  } catch (err) {
    post(errorReply(id, err));
  }
};
