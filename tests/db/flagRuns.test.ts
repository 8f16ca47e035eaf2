import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { BATCH, flagRunsRepo, pairKey, STALE_MS, type RunInput } from '../../src/db/flagRuns';
import { flagsRepo } from '../../src/db/flags';
import type { Flag, FlagCheck } from '../../src/core/model';
import { memorySource, storedSource } from '../../src/ui/checks/flagSource';

let db: TarjumanDB;
let n = 0;
beforeEach(async () => {
  db = openDb(`flag-runs-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const CHECKS: FlagCheck[] = ['name-mismatch', 'omission', 'number-mismatch'];
const NAMES = ['زلماي', 'غليزمان', 'خارجه\u200cی', 'Zawassi'];

/** `count` flags in reading order: one per paragraph of doc `en`, checks taking turns. */
function flags(count: number, tag = ''): Flag[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${CHECKS[i % 3]}:${i}${tag}`,
    check: CHECKS[i % 3]!,
    docId: 'en',
    paragraphs: { a: [i], b: [i] },
    span: { side: 'a', paragraph: i, start: 0, end: 4 },
    evidence: `${NAMES[i % 4]} ${i}`,
    data: { kind: 'source-differs', text: NAMES[i % 4]! },
  }));
}
const run = (fs: Flag[], inputKey = 'k1'): RunInput => ({ pair: pairKey('en', 'ar'), storyId: 's1', inputKey, flags: fs, entities: [] });
const ids = (fs: { id: string }[]) => fs.map((f) => f.id);

describe('stored flag runs', () => {
  it('stores a run in batches and reads it back a page at a time, in reading order and by check', async () => {
    const repo = flagRunsRepo(db);
    const all = flags(2 * BATCH + 7);
    const summary = await repo.store(run(all));
    expect(summary).toMatchObject({ total: all.length, counts: { 'name-mismatch': 336, omission: 336, 'number-mismatch': 335 } });
    const current = (await repo.current(pairKey('en', 'ar')))!;
    expect(current).toMatchObject({ run: summary.run, status: 'complete', inputKey: 'k1', total: all.length });

    // Page after page, keyed on the last flag read, until the end: every flag once, in order.
    const read: string[] = [];
    for (let after: number | undefined; ; ) {
      const page = await repo.page(summary.run, { ...(after !== undefined ? { after } : {}), limit: 50 });
      read.push(...ids(page));
      if (page.length < 50) break;
      after = page.at(-1)!.order;
    }
    expect(read).toEqual(ids(all));
    // The flags come back as the checks made them.
    expect((await repo.page(summary.run, { limit: 1 }))[0]).toEqual({ ...all[0], order: 0 });

    const omissions = await repo.page(summary.run, { check: 'omission', limit: 3, after: 1 });
    expect(ids(omissions)).toEqual(['omission:4', 'omission:7', 'omission:10']);
    expect(ids(await repo.inParagraphs(summary.run, 'en', 10, 12))).toEqual(['omission:10', 'number-mismatch:11', 'name-mismatch:12']);
  });

  it('replaces a run at once: while the new one is written the old one is whole, then only the new one is there', async () => {
    const repo = flagRunsRepo(db);
    const first = await repo.store(run(flags(BATCH + 10, ':old'), 'k1'));
    // Between batches, a reader finds the old run complete and whole.
    const seen: Promise<[string | undefined, number]>[] = [];
    const second = await repo.store(run(flags(BATCH + 20, ':new'), 'k2'), () => {
      seen.push(Promise.all([repo.current(pairKey('en', 'ar')).then((r) => r?.run), repo.page(first.run, { limit: 1000 }).then((p) => p.length)]));
    });
    expect(await Promise.all(seen)).toEqual([
      [first.run, BATCH + 10],
      [first.run, BATCH + 10],
    ]);
    const current = (await repo.current(pairKey('en', 'ar')))!;
    expect(current.run).toBe(second.run);
    expect(await db.flagRuns.count()).toBe(1);
    expect(await repo.page(first.run, { limit: 10 })).toEqual([]);
    expect(await db.flags.count()).toBe(BATCH + 20);
  });

  it('keeps the old run whole, and leaves nothing of the new one, when storing fails midway (storage full)', async () => {
    const repo = flagRunsRepo(db);
    const first = await repo.store(run(flags(30, ':old')));
    const full = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    await expect(
      repo.store(run(flags(3 * BATCH, ':new'), 'k2'), () => {
        throw full;
      }),
    ).rejects.toBe(full);
    expect((await repo.current(pairKey('en', 'ar')))!.run).toBe(first.run);
    expect(await db.flagRuns.count()).toBe(1);
    expect(await db.flags.count()).toBe(30);
    expect(ids(await repo.page(first.run, { limit: 100 }))).toEqual(ids(flags(30, ':old')));
  });

  it('never shows a run a closed tab left half written, and the next run deletes it', async () => {
    const repo = flagRunsRepo(db);
    const first = await repo.store(run(flags(5, ':old')));
    const old = Date.now() - STALE_MS - 1;
    await db.flagRuns.add({ run: 'cut-short', pair: pairKey('en', 'ar'), storyId: 's1', status: 'writing', inputKey: 'k2', total: 900, counts: {}, entities: [], createdAt: old, touchedAt: old });
    await db.flags.bulkAdd(flags(3, ':cut').map((f, order) => ({ ...f, run: 'cut-short', order, para: order })));
    expect((await repo.current(pairKey('en', 'ar')))!.run).toBe(first.run);

    const next = await repo.store(run(flags(4, ':new'), 'k3'));
    expect(await db.flagRuns.toCollection().primaryKeys()).toEqual([next.run]);
    expect(await db.flags.count()).toBe(4);
  });

  it('keeps a dismissal through a re-run: the same flag is left out of the list and counted as decided', async () => {
    const repo = flagRunsRepo(db);
    const all = flags(12);
    await repo.store(run(all));
    await flagsRepo(db).dismiss('s1', all[3]!);
    const second = await repo.store(run(flags(12), 'k2'));
    const decided = (await flagsRepo(db).listByStory('s1')).map((d) => d.flagId);
    expect(decided).toEqual([all[3]!.id]);
    const row = (await repo.current(pairKey('en', 'ar')))!;
    const source = storedSource(repo, row);
    expect(await source.checksOf(decided)).toEqual(new Map([[all[3]!.id, all[3]!.check]]));
    const open = await source.page({ limit: 50, skip: new Set(decided) });
    expect(open).toHaveLength(11);
    expect(ids(open)).not.toContain(all[3]!.id);
    expect(second.run).toBe(row.run);
  });

  it('steps to the next and previous open flag in reading order, going round at the ends', async () => {
    const repo = flagRunsRepo(db);
    const all = flags(6);
    const summary = await repo.store(run(all));
    const stored = storedSource(repo, (await repo.current(pairKey('en', 'ar')))!);
    const memory = memorySource(all, [], summary, 'k1');
    const skip = new Set([all[2]!.id, all[5]!.id]);
    for (const source of [stored, memory]) {
      const walk = async (dir: 1 | -1, steps: number) => {
        const seen: string[] = [];
        let from: number | undefined;
        for (let i = 0; i < steps; i++) {
          const f = await source.step({ ...(from !== undefined ? { from } : {}), dir, skip });
          seen.push(f!.id);
          from = f!.order;
        }
        return seen;
      };
      const id = (i: number) => all[i]!.id;
      expect(await walk(1, 6)).toEqual([id(0), id(1), id(3), id(4), id(0), id(1)]);
      expect(await walk(-1, 5)).toEqual([id(4), id(3), id(1), id(0), id(4)]);
      expect(await source.step({ dir: 1, skip: new Set(all.map((f) => f.id)) })).toBeUndefined();
    }
  });

  it('reads a run held in memory (storage full) exactly as a stored one', async () => {
    const repo = flagRunsRepo(db);
    const all = flags(140);
    const summary = await repo.store(run(all));
    const stored = storedSource(repo, (await repo.current(pairKey('en', 'ar')))!);
    const memory = memorySource(all, [], summary, 'k1');
    const skip = new Set([all[5]!.id, all[8]!.id]);
    for (const q of [{ limit: 50 }, { limit: 50, after: 49 }, { limit: 20, check: 'omission' as const, after: 30 }, { limit: 60, skip }]) {
      expect(await memory.page(q)).toEqual(await stored.page(q));
    }
    expect(await memory.inParagraphs('en', 64, 127)).toEqual(await stored.inParagraphs('en', 64, 127));
  });
});
