import type { DocumentInfo, Lang } from '../../core/model';
import type { DecodeNote } from '../../core/formats/decode';
import { CoreError } from '../../core/model';
import { MAX_IMPORT_BYTES } from '../../core/formats/decode';
import type { ImportRequest, ImportResponse } from '../../workers/protocol';
import { errorFromReply } from '../../workers/errorReply';
import { fileFormat, htmlToText } from './fileText';

/** Input above this size (bytes of a file, characters of a paste) is imported in a worker. */
export const WORKER_IMPORT_THRESHOLD = 200_000;

export interface ImportedInWorker {
  /** The document as stored by the worker, without its text. */
  doc: DocumentInfo;
  /** How the file was decoded (null for pasted text). */
  decoding: DecodeNote | null;
}

/** Where the worker stores the document. */
export type ImportTarget = ImportRequest['store'];

export interface ImportJob {
  promise: Promise<ImportedInWorker>;
  cancel: () => void;
}

export type ImportInput = { file: File } | { text: string };

let nextId = 1;

/** True when this input is large enough that the page would freeze while segmenting it. */
export function needsWorker(input: ImportInput): boolean {
  return 'file' in input ? input.file.size > WORKER_IMPORT_THRESHOLD : input.text.length > WORKER_IMPORT_THRESHOLD;
}

/**
 * Decodes, detects, segments and stores in a fresh worker, reporting progress in [0, 1];
 * `cancel` stops it at once. HTML is turned into text here (DOMParser exists only on the page).
 */
export function importInWorker(input: ImportInput, target: ImportTarget, options: { lang?: Lang }, onProgress: (fraction: number) => void): ImportJob {
  const worker = new Worker(new URL('../../workers/import.worker.ts', import.meta.url), { type: 'module' });
  const id = nextId++;
  let done = false;
  let settle!: { resolve: (r: ImportedInWorker) => void; reject: (e: unknown) => void };
  const promise = new Promise<ImportedInWorker>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (f: () => void) => {
    if (done) return;
    done = true;
    worker.terminate();
    f();
  };
  const send = (req: Pick<ImportRequest, 'input'>, transfer: Transferable[] = []) =>
    worker.postMessage({ id, ...req, store: target, ...(options.lang ? { lang: options.lang } : {}) } satisfies ImportRequest, transfer);

  worker.onmessage = (e: MessageEvent<ImportResponse>) => {
    const m = e.data;
    if (m.id !== id || done) return;
    if (m.type === 'progress') onProgress(m.fraction);
    else if (m.type === 'html') {
      // A saved web page: convert on the page, then segment the text in the worker.
      send({ input: { text: htmlToText(m.html) } });
    } else if (m.type === 'done') {
      finish(() => settle.resolve({ doc: m.doc, decoding: m.decoding }));
    } else {
      finish(() => settle.reject(errorFromReply(m)));
    }
  };
  worker.onerror = (e) => finish(() => settle.reject(new Error(e.message || 'The import worker failed')));

  void start(input, send).catch((err: unknown) => finish(() => settle.reject(err)));
  return {
    promise,
    cancel: () => finish(() => settle.reject(new CoreError('cancelled', 'Import cancelled'))),
  };
}

async function start(input: ImportInput, send: (req: Pick<ImportRequest, 'input'>, transfer?: Transferable[]) => void) {
  if ('text' in input) return send({ input: { text: input.text } });
  const { file } = input;
  const format = fileFormat(file);
  // Refused before reading, so a huge file is not first copied into memory.
  if (file.size > MAX_IMPORT_BYTES) {
    throw new CoreError('too-large', `The file is ${file.size} bytes; the limit is ${MAX_IMPORT_BYTES}.`, { size: file.size, limit: MAX_IMPORT_BYTES });
  }
  const bytes = await file.arrayBuffer();
  // HTML is decoded in the worker, which hands it back for DOMParser.
  send({ input: { bytes, format } }, [bytes]);
}
