import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from 'solid-js';
import { align } from '../../src/core/align';
import type { Document, DocumentMeta } from '../../src/core/model';
import { alignmentsRepo } from '../../src/db/alignments';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { restoreSeedStory } from '../../src/db/seeds';
import { createRepos, DbProvider, type Repos } from '../../src/ui/lib/db';
import type { ChecksJob, checksInWorker } from '../../src/ui/lib/checksClient';
import { useChecks, type Checks } from '../../src/ui/checks/useChecks';
import { checkAndStore } from '../../src/workers/checksRun';
import { runCheckGroup } from '../../src/core/checks';
import { manifest, readSeed } from '../seeds';
import { until } from './until';

/** The checks worker's own work, run in-process; counts its runs. */
function runner() {
  const keys: string[] = [];
  const run: typeof checksInWorker = (db, input, onProgress): ChecksJob => {
    keys.push(input.inputKey);
    const req = { id: 1, db: db.name, storyId: input.storyId, a: input.a.id, b: input.b.id, alignmentId: input.alignmentId, others: input.others.map((d) => d.id), inputKey: input.inputKey, cores: 1 };
    const promise = checkAndStore(req, onProgress).then((m) => (m.type === 'stored' ? { stored: true as const, summary: m.summary } : { stored: false as const, quota: true as const, summary: m.summary, flags: m.flags, entities: m.entities }));
    return { promise, cancel: () => {} };
  };
  return { run, keys };
}

let n = 0;
let db: TarjumanDB;
let repos: Repos;
let pair: Document[];
let storyDocs: DocumentMeta[];
let storyId: string;
const disposers: Array<() => void> = [];

beforeEach(async () => {
  db = openDb(`checks-store-${++n}`);
  repos = createRepos(db);
  const story = await restoreSeedStory(db, manifest, readSeed);
  storyId = story.id;
  storyDocs = await repos.documents.listByStory(story.id);
  const id = (prefix: string) => storyDocs.find((d) => d.title === manifest.documents.find((m) => m.file.startsWith(prefix))!.title)!.id;
  pair = await repos.documents.load([id('000'), id('003')]);
  await alignmentsRepo(db).save(pair[0]!, pair[1]!, align(pair[0]!, pair[1]!, { mode: 'parallel' }), 'parallel');
});
afterEach(() => {
  disposers.splice(0).forEach((d) => d());
  vi.restoreAllMocks();
  db.close();
});

/** A reader's checks on the seed pair, as a page opening it would have them. */
function open(run: typeof checksInWorker): Checks {
  let checks!: Checks;
  disposers.push(
    createRoot((dispose) => {
      DbProvider({
        repos,
        get children() {
          checks = useChecks({ storyId: () => storyId, docs: () => pair, storyDocs: () => storyDocs, run });
          return null as never;
        },
      });
      return dispose;
    }),
  );
  return checks;
}

describe('stored reviewer checks in the reader', () => {
  it('shows a stored run after a reload without running the checks again; a dismissal counts through a re-run', { timeout: 90_000 }, async () => {
    const first = runner();
    const checks = open(first.run);
    await until(() => checks.status() === 'done', 'the first run');
    expect(first.keys).toHaveLength(1);
    const total = checks.total();
    expect(total).toBeGreaterThan(5);
    expect(checks.counts().all).toBe(total);
    const page = await checks.source()!.page({ limit: 5 });
    expect(page.map((f) => f.order)).toEqual([0, 1, 2, 3, 4]);
    const marked = page.find((f) => f.span && f.docId)!;
    checks.marksAt(marked.docId!, marked.span!.paragraph);
    await until(() => checks.marksAt(marked.docId!, marked.span!.paragraph).some((m) => m.id === marked.id), 'its underline');

    const reload = runner();
    const again = open(reload.run);
    await until(() => again.status() === 'done', 'the stored run');
    expect(reload.keys).toEqual([]);
    expect(again.source()!.key).toBe(checks.source()!.key);

    await repos.flags.dismiss(storyId, marked);
    await until(() => again.counts().all === total - 1, 'the dismissal counted');
    const before = again.source()!.key;
    again.rerun();
    await until(() => again.status() === 'done' && again.source()!.key !== before, 'the re-run', 60_000);
    expect(again.counts().all).toBe(total - 1);
    expect(again.dismissedCount()).toBe(1);
    expect(again.marksAt(marked.docId!, marked.span!.paragraph).some((m) => m.id === marked.id)).toBe(false);
  });

  it('stores the same run when a helper runs some of the checks', { timeout: 90_000 }, async () => {
    const req = { id: 1, db: db.name, storyId, a: pair[0]!.id, b: pair[1]!.id, alignmentId: (await db.alignments.toCollection().first())!.id, others: storyDocs.filter((d) => !pair.some((p) => p.id === d.id)).map((d) => d.id), inputKey: 'k', cores: 1 };
    type Stored = Extract<Awaited<ReturnType<typeof checkAndStore>>, { type: 'stored' }>;
    const flagsOf = async (answer: Awaited<ReturnType<typeof checkAndStore>>) => {
      expect(answer.type).toBe('stored');
      const rows = await db.flags.where('run').equals((answer as Stored).summary.run).sortBy('order');
      return rows.map(({ run: _run, ...row }) => row);
    };
    const alone = await flagsOf(await checkAndStore(req));
    const asked: string[][] = [];
    const helped = await flagsOf(
      await checkAndStore({ ...req, inputKey: 'k2' }, undefined, async (input, names) => {
        asked.push([...names]);
        return runCheckGroup(structuredClone(input), names);
      }),
    );
    expect(asked).toEqual([['name-mismatch']]);
    expect(alone.length).toBeGreaterThan(5);
    expect(helped).toEqual(alone);
  });

  it('when storage is full, says so and shows the flags from memory; nothing half stored', async () => {
    // The browser refuses the flags' writes as it does when the disk is full.
    const add = IDBObjectStore.prototype.add;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'flags') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return add.apply(this, args);
    });
    const checks = open(runner().run);
    await until(() => checks.status() === 'done', 'the run');
    expect(checks.source()!.inMemory).toBe(true);
    expect(checks.total()).toBeGreaterThan(5);
    expect(await checks.source()!.page({ limit: 100 })).toHaveLength(Math.min(100, checks.total()));
    expect(await db.flagRuns.count()).toBe(0);
    expect(await db.flags.count()).toBe(0);
  });
});
