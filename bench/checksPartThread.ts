import { parentPort } from 'node:worker_threads';
import { runCheckGroup, type CheckInput } from '../src/core/checks';
import { onDevTable } from './omissionTable';
import { threadCpuMs } from './threadCpu';

/**
 * The checks worker's helper (src/workers/checksPart.worker.ts) as a Node thread, for
 * bench/checksBook.ts with CHECKS_BOOK_WORKERS=2: the checks it is sent, on the pair it is sent,
 * with the word table the bench's main thread uses; it answers with this thread's CPU time too.
 */
parentPort!.on('message', (m: { input: CheckInput; checks: string[] }) => {
  const cpu0 = threadCpuMs();
  const byCheck = onDevTable(() => runCheckGroup(m.input, m.checks));
  parentPort!.postMessage({ byCheck, cpuMs: threadCpuMs() - cpu0 });
});
parentPort!.postMessage('ready');
