import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { storiesRepo } from '../../src/db/stories';
import { documentsRepo } from '../../src/db/documents';
import { annotationsRepo } from '../../src/db/annotations';
import { flagsRepo } from '../../src/db/flags';
import type { CoreError, Flag } from '../../src/core/model';

const AR = 'أفرجت طالبان عن جورج غليزمان بعد اجتماع مع زلماي خليل زاد.';
const FA = 'وزیر خارجه\u200cی ایران گفت که کابل هنوز پاسخی نداده است.';

let db: TarjumanDB;
let n = 0;
beforeEach(async () => {
  db = openDb(`flags-${++n}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function fixture() {
  const story = await storiesRepo(db).create('S');
  const ar = await documentsRepo(db).add({ storyId: story.id, text: AR, source: { type: 'paste' } });
  const fa = await documentsRepo(db).add({ storyId: story.id, text: FA, lang: 'fa', source: { type: 'paste' } });
  return { story, ar, fa };
}

function flag(id: string, docId: string, text: string, check: Flag['check'] = 'name-mismatch'): Flag {
  const start = (docId.startsWith('fa') ? FA : AR).indexOf(text);
  return {
    id,
    check,
    docId,
    paragraphs: { a: [0], b: [0] },
    span: { side: 'b', paragraph: 0, start, end: start + text.length },
    evidence: `“${text}”`,
    data: { kind: 'source-differs', text },
  };
}

describe('flags repository', () => {
  it('dismisses, lists by story and undismisses; dismissing twice keeps the first decision', async () => {
    const { story, ar, fa } = await fixture();
    const repo = flagsRepo(db);
    const f1 = flag('name-mismatch:abc', ar.id, 'زلماي');
    const first = await repo.dismiss(story.id, f1);
    expect(first).toMatchObject({ storyId: story.id, flagId: f1.id, check: 'name-mismatch', docId: ar.id, text: 'زلماي', reason: 'dismissed' });
    const again = await repo.dismiss(story.id, { ...f1, data: { kind: 'x', text: 'other' } });
    expect(again).toEqual(first);
    const f2 = flag('untranslated:zwnj', fa.id, 'خارجه\u200cی', 'untranslated');
    await repo.dismiss(story.id, f2);
    expect((await repo.listByStory(story.id)).map((r) => r.flagId)).toEqual([f1.id, f2.id]);
    expect((await repo.listByStory(story.id))[1]!.text).toBe('خارجه\u200cی');

    await repo.undismiss(story.id, f1.id);
    expect((await repo.listByStory(story.id)).map((r) => r.flagId)).toEqual([f2.id]);
    await repo.undismiss(story.id, f1.id); // taking back twice is harmless
    expect(await repo.listByStory(story.id)).toHaveLength(1);
  });

  it('keeps decisions per story: the same flag id in another story is not dismissed', async () => {
    const { story, ar } = await fixture();
    const other = await storiesRepo(db).create('Other');
    const repo = flagsRepo(db);
    await repo.dismiss(story.id, flag('f', ar.id, 'غليزمان'));
    expect(await repo.listByStory(other.id)).toEqual([]);
    expect(await repo.listByStory(story.id)).toHaveLength(1);
  });

  it('rejects a decision without story or flag id', async () => {
    const repo = flagsRepo(db);
    await expect(repo.dismiss('', flag('f', 'd', 'x'))).rejects.toMatchObject({ code: 'invalid-operation' } satisfies Partial<CoreError>);
    await expect(repo.dismiss('s', flag('', 'd', 'x'))).rejects.toMatchObject({ code: 'invalid-operation' });
  });

  it('turns a flag into an annotation and records it, in one step', async () => {
    const { story, ar } = await fixture();
    const repo = flagsRepo(db);
    const f = flag('name-mismatch:z', ar.id, 'زلماي');
    const a = await repo.annotate(story.id, f, {
      docId: ar.id,
      paragraph: 0,
      start: f.span!.start,
      end: f.span!.end,
      category: 'garbled-name',
      note: 'The English has Zawassi',
      suggestion: 'Zalmay',
    });
    expect(a.selectors[0].exact).toBe('زلماي');
    expect(a.body).toMatchObject({ category: 'garbled-name', suggestion: 'Zalmay', status: 'open' });
    expect(await annotationsRepo(db).listByStory(story.id)).toEqual([a]);
    expect(await repo.listByStory(story.id)).toEqual([expect.objectContaining({ flagId: f.id, reason: 'annotated', annotationId: a.id })]);
  });

  it('stores neither the annotation nor the decision when the annotation is invalid', async () => {
    const { story, ar } = await fixture();
    const repo = flagsRepo(db);
    const f = flag('name-mismatch:z', ar.id, 'زلماي');
    await expect(repo.annotate(story.id, f, { docId: ar.id, paragraph: 7, start: 0, end: 3, category: 'garbled-name' })).rejects.toMatchObject({ code: 'unknown-document' });
    expect(await repo.listByStory(story.id)).toEqual([]);
    expect(await annotationsRepo(db).listByStory(story.id)).toEqual([]);
  });
});
