import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { annotationsRepo } from '../../src/db/annotations';
import type { Annotation, CoreError, Document } from '../../src/core/model';
import { at, pastedStory } from './pastedStory';
import { storePlaced } from '../../src/db/annotationTransfer';

const AR_TEXT = [
  'طالبان تسعى لعلاقات رسمية مع إدارة ترامب',
  'بعد اجتماع الشهر الماضي بشأن إطلاق سراح ميكانيكي الطيران الأمريكي جورج غليزمان، قال كل من طالبان ومبعوث ترامب السابق إن هذه الخطوة كانت بادرة حسن نية.',
  'تم الإفراج بوساطة قطر التي تستضيف مسؤولين من طالبان منذ سنوات. بعد غليزمان، أفرجت طالبان عن الأمريكي فاي هول.',
].join('\n\n');
const FA_TEXT = 'دولت ایران می‌خواهد مذاکرات را ادامه دهد.\n\nوزیر خارجه گفت که کابل هنوز پاسخی نداده است.';

let db: TarjumanDB;
let n = 0;
let names: string[] = [];
beforeEach(async () => {
  names = [`annotations-${++n}`];
  db = openDb(names[0]);
  await db.open();
});
afterEach(async () => {
  db.close();
  for (const name of names) await openDb(name).delete();
});

const fixture = (target = db) => pastedStory(target, AR_TEXT, FA_TEXT);

const code = (c: string) => expect.objectContaining({ code: c });

describe('creating annotations', () => {
  it('describes the span from the stored paragraph and stamps story, times and revision 1', async () => {
    const { story, ar } = await fixture();
    const a = await annotationsRepo(db).create({ ...at(ar, 1, 'غليزمان'), category: 'garbled-name', note: 'الاسم' });
    expect(a.storyId).toBe(story.id);
    expect(a.selectors[0]).toMatchObject({ exact: 'غليزمان', suffix: '، قال كل من طالبان ومبعوث ترامب ' });
    expect(a.selectors[1]).toMatchObject({ start: at(ar, 1, 'غليزمان').start });
    expect(a.rev).toBe(1);
    expect(a.createdAt).toBe(a.updatedAt);
    expect(a.body).toEqual({ note: 'الاسم', category: 'garbled-name', status: 'open' });
    expect(await annotationsRepo(db).get(a.id)).toEqual(a);
  });

  it.each<[string, (docs: { ar: Document }) => Record<string, unknown>, string]>([
    ['an unknown document', () => ({ docId: 'nope', paragraph: 0, start: 0, end: 1, category: 'question' }), 'unknown-document'],
    ['an unknown paragraph', ({ ar }) => ({ docId: ar.id, paragraph: 9, start: 0, end: 1, category: 'question' }), 'unknown-document'],
    ['an empty span', ({ ar }) => ({ ...at(ar, 1, 'غليزمان'), end: at(ar, 1, 'غليزمان').start, category: 'question' }), 'empty-input'],
    ['a span past the paragraph', ({ ar }) => ({ docId: ar.id, paragraph: 0, start: 0, end: 999, category: 'question' }), 'invalid-format'],
    ['an unknown category', ({ ar }) => ({ ...at(ar, 1, 'غليزمان'), category: 'spam' }), 'invalid-format'],
    ['a colour that is not one', ({ ar }) => ({ ...at(ar, 1, 'غليزمان'), category: 'question', color: 'url(x)' }), 'invalid-format'],
  ])('refuses %s with a coded error and stores nothing', async (_name, input, c) => {
    const docs = await fixture();
    await expect(annotationsRepo(db).create(input(docs) as never)).rejects.toMatchObject({ code: c });
    expect(await db.annotations.count()).toBe(0);
  });

  it('lists live annotations by story and by document in reading order', async () => {
    const { story, ar, fa } = await fixture();
    const repo = annotationsRepo(db);
    const second = await repo.create({ ...at(ar, 2, 'غليزمان'), category: 'garbled-name' });
    const first = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'garbled-name' });
    const persian = await repo.create({ ...at(fa, 0, 'می‌خواهد'), category: 'terminology' });
    expect((await repo.listByDoc(ar.id)).map((a) => a.id)).toEqual([first.id, second.id]);
    expect((await repo.listByStory(story.id)).map((a) => a.id).sort()).toEqual([first.id, second.id, persian.id].sort());
    await repo.remove(first.id);
    expect((await repo.listByDoc(ar.id)).map((a) => a.id)).toEqual([second.id]);
    expect(await repo.get(first.id)).toBeUndefined();
  });
});

describe('editing with optimistic concurrency', () => {
  it('saves over the revision the editor saw and moves revision and time forward', async () => {
    const { ar } = await fixture();
    const repo = annotationsRepo(db);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'garbled-name', color: 'amber', suggestion: 'غلايزمان' });
    const b = await repo.update(a, { note: 'راجع النص الإنجليزي', color: '', suggestion: undefined });
    expect(b.rev).toBe(2);
    expect(b.updatedAt).toBeGreaterThan(a.updatedAt);
    expect(b.body).toEqual({ note: 'راجع النص الإنجليزي', category: 'garbled-name', status: 'open' });
    expect(await repo.get(a.id)).toEqual(b);
  });

  it('throws conflict with the stored row when another tab saved first; "keep mine" saves over it', async () => {
    const { ar } = await fixture();
    const other = openDb(db.name); // a second tab: its own connection to the same database
    await other.open();
    const mine = annotationsRepo(db);
    const theirs = annotationsRepo(other);
    const a = await mine.create({ ...at(ar, 1, 'غليزمان'), category: 'garbled-name', note: 'v1' });
    const saved = await theirs.update(a, { note: 'from the other tab' });
    const err = (await mine.update(a, { note: 'mine' }).catch((e: unknown) => e)) as CoreError;
    expect(err).toMatchObject({ code: 'conflict' });
    expect(err.detail?.stored).toEqual(saved);
    const kept = await mine.update(err.detail!.stored as Annotation, { note: 'mine' });
    expect(kept).toMatchObject({ rev: 3, body: { note: 'mine' } });
    other.close();
  });

  it('treats a status change or deletion elsewhere as a conflict too', async () => {
    const { ar } = await fixture();
    const repo = annotationsRepo(db);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'question' });
    await repo.resolve(a.id);
    await expect(repo.update(a, { note: 'x' })).rejects.toMatchObject({ code: 'conflict' });
    const resolved = (await repo.get(a.id))!;
    await repo.remove(a.id);
    const err = (await repo.update(resolved, { note: 'x' }).catch((e: unknown) => e)) as CoreError;
    expect(err.code).toBe('conflict');
    expect((err.detail!.stored as Annotation).deletedAt).toBeDefined();
    await expect(repo.update({ id: 'never', rev: 1 }, { note: 'x' })).rejects.toMatchObject({ code: 'conflict', detail: { stored: null } });
  });

  it('an edit of an annotation deleted elsewhere says so once; "keep mine" cannot loop, restoring with my text works', async () => {
    const { ar } = await fixture();
    const repo = annotationsRepo(db);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'question', note: 'before' });
    await repo.remove(a.id);
    const err = (await repo.update(a, { note: 'mine' }).catch((e: unknown) => e)) as CoreError;
    expect(err.detail).toMatchObject({ deleted: true });
    const deleted = err.detail!.stored as Annotation;
    // Saving over the deleted revision is refused again, as deleted (the old loop): only a restore saves.
    await expect(repo.update(deleted, { note: 'mine' })).rejects.toMatchObject({ code: 'conflict', detail: { deleted: true } });
    const back = await repo.restoreWith(deleted, { note: 'mine' });
    expect(back).toMatchObject({ body: { note: 'mine' } });
    expect(back.deletedAt).toBeUndefined();
    expect((await repo.listByDoc(ar.id)).map((x) => x.body.note)).toEqual(['mine']);
    // A restore over a revision that moved on is a conflict like any other.
    await expect(repo.restoreWith(deleted, { note: 'again' })).rejects.toMatchObject({ code: 'conflict', detail: { deleted: false } });
  });

  it('moves the span when the reviewer re-selects it, and validates the edit', async () => {
    const { ar } = await fixture();
    const repo = annotationsRepo(db);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'garbled-name' });
    const { paragraph, start, end } = at(ar, 1, 'جورج غليزمان');
    const b = await repo.update(a, { span: { paragraph, start, end } });
    expect(b.selectors[0].exact).toBe('جورج غليزمان');
    await expect(repo.update(b, { category: 'spam' as never })).rejects.toMatchObject({ code: 'invalid-format' });
    expect((await repo.get(a.id))!.rev).toBe(2);
  });
});

describe('status, delete and undo', () => {
  it('resolves, reopens, deletes softly and restores', async () => {
    const { ar } = await fixture();
    const repo = annotationsRepo(db);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'question' });
    expect((await repo.resolve(a.id)).body.status).toBe('resolved');
    expect((await repo.reopen(a.id)).body.status).toBe('open');
    await repo.remove(a.id);
    expect(await repo.listByDoc(ar.id)).toEqual([]);
    expect(await db.annotations.count()).toBe(1); // never dropped
    const back = await repo.restore(a.id);
    expect(back.deletedAt).toBeUndefined();
    expect(back.rev).toBe(5);
    expect(await repo.listByDoc(ar.id)).toEqual([back]);
  });
});

describe('re-anchoring after the document text changed', () => {
  it('moves what it can find, marks the rest orphans, and clears the mark when text comes back', async () => {
    const { ar } = await fixture();
    const repo = annotationsRepo(db);
    const name = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'garbled-name' });
    const qatar = await repo.create({ ...at(ar, 2, 'بوساطة قطر'), category: 'terminology' });
    const title = await repo.create({ ...at(ar, 0, 'طالبان'), category: 'question' });
    const original = ar.paragraphs.map((p) => p.text);

    // Re-import: a paragraph above, harakat and tatweel on the name, Qatar's sentence rewritten.
    const changed = [
      original[0]!,
      'فقرة جديدة أضيفت عند إعادة الاستيراد.',
      original[1]!.replace('غليزمان', 'غَلِيـزْمَانُ'),
      original[2]!.replace('تم الإفراج بوساطة قطر', 'أُفرج عنه بعد وساطة'),
    ];
    const report = await repo.reanchorAll(ar.id, changed);
    expect(report).toEqual({ unchanged: [title.id], moved: [name.id], orphaned: [qatar.id] });

    const moved = (await repo.get(name.id))!;
    expect(moved.paragraph).toBe(2);
    expect(changed[2]!.slice(moved.selectors[1].start, moved.selectors[1].end)).toBe('غَلِيـزْمَانُ');
    expect(moved.selectors[0].exact).toBe('غَلِيـزْمَانُ');
    expect(moved.rev).toBe(2);
    const orphan = (await repo.get(qatar.id))!;
    expect(orphan.orphan).toBe(true);
    expect(orphan.selectors).toEqual(qatar.selectors); // kept as evidence
    expect(await repo.listByDoc(ar.id)).toHaveLength(3); // orphans are listed, not dropped

    const again = await repo.reanchorAll(ar.id, original);
    expect(again.orphaned).toEqual([]);
    expect((await repo.get(qatar.id))!.orphan).toBeUndefined();
  });

  it('re-anchors a Persian note across a ZWNJ change', async () => {
    const { fa } = await fixture();
    const repo = annotationsRepo(db);
    const a = await repo.create({ ...at(fa, 0, 'می‌خواهد'), category: 'terminology' });
    const changed = ['امروز دولت ایران میخواهد مذاکرات را ادامه دهد.', fa.paragraphs[1]!.text];
    expect((await repo.reanchorAll(fa.id, changed)).moved).toEqual([a.id]);
    expect((await repo.get(a.id))!.selectors[0].exact).toBe('میخواهد');
  });
});

/* ------------------------------------------------------------ storage full */

/**
 * A DBCore middleware that makes writes to the annotations table fail like a full disk:
 * from the `failFrom`-th write on (1-based), mutate rejects with a QuotaExceededError.
 */
function quotaMiddleware(state: { writes: number; failFrom: number }): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'simulated-quota',
    create: (down) => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return {
          ...table,
          mutate: (req: DBCoreMutateRequest) => {
            if (req.type === 'add' || req.type === 'put') {
              state.writes++;
              if (state.writes >= state.failFrom) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            }
            return table.mutate(req);
          },
        };
      },
    }),
  };
}

const isQuota = (e: unknown) => {
  const x = e as { name?: string; inner?: { name?: string } };
  return x?.name === 'QuotaExceededError' || x?.inner?.name === 'QuotaExceededError';
};

describe('a full disk (QuotaExceededError)', () => {
  async function fullDb() {
    const name = `quota-${++n}`;
    names.push(name);
    const state = { writes: 0, failFrom: Infinity };
    const full = openDb(name);
    full.use(quotaMiddleware(state));
    await full.open();
    return { full, state };
  }

  it('rejects create and stores nothing, so the UI keeps the unsaved note', async () => {
    const { full, state } = await fullDb();
    const { ar } = await fixture(full);
    state.failFrom = 1;
    const err = await annotationsRepo(full).create({ ...at(ar, 1, 'غليزمان'), category: 'question' }).catch((e: unknown) => e);
    expect(isQuota(err)).toBe(true);
    expect(await full.annotations.count()).toBe(0);
    full.close();
  });

  it('leaves the stored row as it was when an update fails', async () => {
    const { full, state } = await fullDb();
    const { ar } = await fixture(full);
    const repo = annotationsRepo(full);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'question', note: 'before' });
    state.failFrom = state.writes + 1;
    expect(isQuota(await repo.update(a, { note: 'after' }).catch((e: unknown) => e))).toBe(true);
    expect(await full.annotations.get(a.id)).toEqual(a);
    full.close();
  });

  it('rolls back a half-done import or re-anchoring: all rows or none', async () => {
    const { full, state } = await fullDb();
    const { ar } = await fixture(full);
    const repo = annotationsRepo(full);
    const a = await repo.create({ ...at(ar, 1, 'غليزمان'), category: 'question' });
    const b = await repo.create({ ...at(ar, 2, 'غليزمان'), category: 'question' });
    const imported = [1, 2, 3].map((i) => ({ ...a, id: `imported-${i}`, body: { ...a.body, note: `n${i}` } }));
    const placed = imported.map((annotation, index) => ({ item: { index, id: annotation.id, target: { source: '' }, body: annotation.body, createdAt: 0, updatedAt: 0 }, annotation, how: 'position' as const }));
    state.failFrom = state.writes + 1; // the import's one bulk write fails
    expect(isQuota(await storePlaced(full, placed, [], 0).catch((e: unknown) => e))).toBe(true);
    expect((await full.annotations.toArray()).map((x) => x.id).sort()).toEqual([a.id, b.id].sort());

    const shifted = ['جديد', ...ar.paragraphs.map((p) => p.text)];
    state.failFrom = state.writes + 2; // the first re-anchored row is written, the second fails
    expect(isQuota(await repo.reanchorAll(ar.id, shifted).catch((e: unknown) => e))).toBe(true);
    expect(await full.annotations.get(a.id)).toEqual(a);
    expect(await full.annotations.get(b.id)).toEqual(b);
    full.close();
  });
});
