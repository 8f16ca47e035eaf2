import { parentPort } from 'node:worker_threads';
import { runCheckGroup, type CheckInput } from '../src/core/checks';
import { onDevTable } from './omissionTable';

/**
 * The checks worker's helper (src/workers/checksPart.worker.ts) as a Node thread, for
 * bench/checksBook.ts with CHECKS_BOOK_WORKERS=2: the checks it is sent, on the pair it is sent,
 * with the word table the bench's main thread uses.
 */
parentPort!.on('message', (m: { input: CheckInput; checks: string[] }) => {
  parentPort!.postMessage(onDevTable(() => runCheckGroup(m.input, m.checks)));
});
parentPort!.postMessage('ready');
