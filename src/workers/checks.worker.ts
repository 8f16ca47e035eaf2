/// <reference lib="webworker" />
import { runCheckGroup, type CheckDoc } from '../core/checks';
import { errorFromReply, errorReply } from './errorReply';
import { progressPoster } from './progress';
import { checkAndStore, type CheckGroupRunner } from './checksRun';
import type { ChecksPartRequest, ChecksPartResponse, ChecksRequest, ChecksResponse } from './protocol';

// The reviewer checks and the name index are synchronous CPU work over whole documents; they
// run here so the reader never freezes, and their flags are stored from here so a book's
// list never passes through the page. Cancelling terminates this worker: a run cut short
// stays 'writing', is never shown, and goes with the next run (and its helper with it).
const post = (m: ChecksResponse | ChecksPartResponse) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

const checkDoc = (d: CheckDoc): CheckDoc => ({ id: d.id, lang: d.lang, paragraphs: d.paragraphs });

/**
 * A helper that runs some checks, so that a second core shares the run. It is this same script
 * (one copy of the checks' code to download and cache), started from its own URL when a request
 * comes, so that it loads while this thread reads the documents. A browser that cannot start one
 * (no workers inside workers) has this thread run them itself.
 */
function startHelper(): { run: CheckGroupRunner; stop: () => void } {
  const helper = new Worker(import.meta.url, { type: 'module' });
  let failed = false;
  let answer: ((m: ChecksPartResponse | null) => void) | null = null;
  helper.onmessage = (e: MessageEvent<ChecksPartResponse>) => answer?.(e.data);
  helper.onerror = (e) => {
    e.preventDefault();
    failed = true;
    answer?.(null);
  };
  const run: CheckGroupRunner = (input, names) =>
    new Promise((resolve, reject) => {
      answer = (m) => {
        helper.terminate();
        try {
          if (!m) resolve(runCheckGroup(input, names));
          else if (m.type === 'flags') resolve(m.byCheck);
          else reject(errorFromReply(m));
        } catch (err) {
          reject(err);
        }
      };
      if (failed) return answer(null);
      const request: ChecksPartRequest = { type: 'part', input: { ...input, a: checkDoc(input.a), b: checkDoc(input.b), others: input.others?.map(checkDoc) }, checks: names };
      helper.postMessage(request);
    });
  return { run, stop: () => helper.terminate() };
}

/**
 * startHelper's, or none where a worker cannot be started here (no Worker, or the browser
 * refuses) or would not pay: two busy workers take about a quarter more CPU than one (each
 * reads the documents and loads the model, and each heap has its collector's threads), so
 * with fewer than HELPER_CORES cores (the page's count) they would only share them with each
 * other and the page.
 */
function tryHelper(cores: number): ReturnType<typeof startHelper> | undefined {
  try {
    return typeof Worker === 'function' && cores >= HELPER_CORES ? startHelper() : undefined;
  } catch {
    return undefined;
  }
}

/** Logical cores a run with a helper needs: one per worker, and room for their collectors and the page. */
const HELPER_CORES = 4;

self.onmessage = async (e: MessageEvent<ChecksRequest | ChecksPartRequest>) => {
  if ('type' in e.data) {
    // As a helper: the checks asked for, each check's flags apart.
    try {
      post({ type: 'flags', byCheck: runCheckGroup(e.data.input, e.data.checks) });
    } catch (err) {
      post(errorReply(0, err));
    }
    return;
  }
  const { id } = e.data;
  const helper = tryHelper(e.data.cores);
  try {
    post(await checkAndStore(e.data, progressPoster(id, post), helper?.run));
  } catch (err) {
    post(errorReply(id, err));
  } finally {
    // A run that failed before it needed the helper.
    helper?.stop();
  }
};
