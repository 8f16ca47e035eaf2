import { describe, expect, it } from 'vitest';
import { parseReaderSearch, toSearch, translationIds } from '../../src/ui/reader/routeState';
import { runWorkerJob, WorkerProtocolError } from '../../src/ui/lib/workerJob';
import type { AlignResponse } from '../../src/workers/protocol';

describe('reader route state', () => {
  it('reads columns with their relation and the mode, and writes them back the same', () => {
    const r = parseReaderSearch({ docs: 'a, b,c,a,d', related: 'c,zz', mode: 'edit' });
    expect(r).toEqual({
      columns: [
        { id: 'a', relation: 'translation' },
        { id: 'b', relation: 'translation' },
        { id: 'c', relation: 'related' },
      ],
      mode: 'edit',
    });
    expect(toSearch(r)).toEqual({ docs: 'a,b,c', related: 'c', mode: 'edit' });
    expect(parseReaderSearch(toSearch(r))).toEqual(r);
    expect(translationIds(r.columns)).toEqual(['a', 'b']);
  });

  it('keeps the first column a translation, reads old related-reports bookmarks, and defaults to reading', () => {
    expect(parseReaderSearch({ docs: 'a,b', related: 'a' }).columns[0]!.relation).toBe('translation');
    expect(parseReaderSearch({ docs: 'a,b', mode: 'comparable' })).toEqual({
      columns: [
        { id: 'a', relation: 'translation' },
        { id: 'b', relation: 'related' },
      ],
      mode: 'read',
    });
    expect(parseReaderSearch({ docs: 42 })).toEqual({ columns: [], mode: 'read' });
  });
});

/** A worker that answers each request with `reply(id)`. */
function fakeWorker(reply: (id: number) => unknown) {
  const w = {
    onmessage: null as ((e: MessageEvent) => void) | null,
    onerror: null,
    terminated: false,
    terminate() {
      w.terminated = true;
    },
    postMessage(m: { id: number }) {
      queueMicrotask(() => w.onmessage?.({ data: reply(m.id) } as MessageEvent));
    },
  };
  return w;
}

describe('worker job runner', () => {
  const run = (reply: (id: number) => unknown) =>
    runWorkerJob<AlignResponse, 'done', string>(fakeWorker(reply) as never, (id) => ({ id }), 'done', (m) => m.alignmentId).promise;

  it('settles with the reply that answers the request', async () => {
    await expect(run((id) => ({ id, type: 'done', alignmentId: 'al-1' }))).resolves.toBe('al-1');
  });

  it('turns a reply of another type or another request into an error, never an empty result', async () => {
    await expect(run((id) => ({ id, type: 'links', links: [] }))).rejects.toBeInstanceOf(WorkerProtocolError);
    await expect(run((id) => ({ id: id + 1, type: 'done', alignmentId: 'x' }))).rejects.toBeInstanceOf(WorkerProtocolError);
    await expect(run(() => 'done')).rejects.toBeInstanceOf(WorkerProtocolError);
  });

  it("rejects with the worker's own error", async () => {
    await expect(run((id) => ({ id, type: 'error', code: 'unknown-document', message: 'gone' }))).rejects.toMatchObject({ code: 'unknown-document' });
  });
});
