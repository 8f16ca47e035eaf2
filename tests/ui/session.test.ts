import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { align } from '../../src/core/align';
import { createHistory, diffRows } from '../../src/core/edit';
import { CoreError, type DocumentMeta } from '../../src/core/model';
import { alignmentsRepo } from '../../src/db/alignments';
import { openDb, type TarjumanDB } from '../../src/db/schema';
import { restoreSeedStory } from '../../src/db/seeds';
import { createRepos, DbProvider, type Repos } from '../../src/ui/lib/db';
import type { WorkerJob } from '../../src/ui/lib/workerJob';
import type { AlignJobs, AlignState } from '../../src/ui/reader/alignPipeline';
import { commandFor, helpLines } from '../../src/ui/reader/commands';
import { parseReaderSearch, toSearch, type ReaderRoute } from '../../src/ui/reader/routeState';
import { createReaderSession, type ReaderSession } from '../../src/ui/reader/session';
import { manifest, readSeed } from '../seeds';
import { until } from './until';

/** In-process stand-ins for the workers: the same aligner, stored the same way. */
function fakeJobs(repos: Repos) {
  const calls: string[] = [];
  const job = <T>(work: () => Promise<T>): WorkerJob<T> => {
    let cancelled = false;
    const promise = (async () => {
      await new Promise((r) => setTimeout(r, 0));
      if (cancelled) throw new CoreError('cancelled', 'Cancelled');
      return work();
    })();
    return { promise, cancel: () => void (cancelled = true) };
  };
  const jobs: AlignJobs = {
    align: (a: DocumentMeta, b: DocumentMeta) => {
      calls.push(`${a.id}>${b.id}`);
      return job(async () => {
        const [da, dbb] = await repos.documents.load([a.id, b.id]);
        return (await alignmentsRepo(repos.db).save(da!, dbb!, align(da!, dbb!, { mode: 'parallel' }), 'parallel')).id;
      });
    },
    link: (a, b) =>
      job(async () => {
        const [da, dbb] = await repos.documents.load([a.id, b.id]);
        return align(da!, dbb!, { mode: 'comparable' });
      }),
  };
  return { jobs, calls };
}

let n = 0;
let db: TarjumanDB;
let repos: Repos;
let dispose: () => void;
/** Document ids by seed number. */
let seeds: Record<string, string>;
let storyId: string;

beforeEach(async () => {
  db = openDb(`session-${++n}`);
  repos = createRepos(db);
  const story = await restoreSeedStory(db, manifest, readSeed);
  storyId = story.id;
  const docs = await repos.documents.listByStory(story.id);
  seeds = Object.fromEntries(manifest.documents.map((m) => [m.file.slice(0, 3), docs.find((d) => d.title === m.title)!.id]));
});
afterEach(() => {
  dispose?.();
  db.close();
});

/** A session on `search` (the URL's form), with the route signal a router would hold. */
function open(search: Record<string, string>) {
  const [route, setRoute] = createSignal<ReaderRoute>(parseReaderSearch(search));
  const { jobs, calls } = fakeJobs(repos);
  const states: AlignState[] = [];
  let session!: ReaderSession;
  dispose = createRoot((d) => {
    DbProvider({
      repos,
      get children() {
        session = createReaderSession({
          repos,
          storyId: () => storyId,
          route,
          navigate: (next) => setRoute(parseReaderSearch(toSearch(next))),
          jobs,
          checksJob: () => ({ promise: new Promise(() => {}), cancel: () => {} }),
        });
        return null as never;
      },
    });
    return d;
  });
  return { session, route, calls, states };
}

/** The row holding a paragraph of column `col` whose text starts with `start`. */
function rowWith(s: ReaderSession, col: number, start: string) {
  const doc = s.columns()![col]!.doc;
  const p = doc.paragraphs.findIndex((x) => x.text.startsWith(start));
  expect(p, start).toBeGreaterThanOrEqual(0);
  return s.rows().find((r) => r.cells[col]!.includes(p))!;
}
const textOf = (s: ReaderSession, col: number, cells: number[]) => cells.map((p) => s.columns()![col]!.doc.paragraphs[p]!.text).join(' ');

describe('reader session', () => {
  it('aligns a third column added from the reader, and a switched column, naming the columns aligned', async () => {
    const { session: s, calls } = open({ docs: `${seeds['000']},${seeds['003']}` });
    await until(() => s.pipeline.state().kind === 'aligned', 'two columns aligned');
    expect(s.alignedTitles()).toHaveLength(2);
    const opening = rowWith(s, 0, 'In the two months that Donald Trump');
    expect(textOf(s, 1, opening.cells[1]!)).toMatch(/^في الشهرين اللذين أعقبا تولي دونالد ترامب/);

    // 002 says it is a related report: added beside the rows. Made a translation, it is aligned.
    s.actions.addColumn();
    await until(() => (s.columns()?.length ?? 0) === 3, 'third column');
    expect(s.columns()![2]!.relation).toBe('related');
    s.actions.setRelation(2, 'translation');
    // Never the previous set's rows: right after the change the pipeline is not 'aligned'.
    await until(() => s.translationIds().length === 3, 'three translation columns');
    expect(s.pipeline.state().kind).not.toBe('aligned');
    await until(() => s.pipeline.state().kind === 'aligned', 'three columns aligned');
    expect(s.alignedTitles()).toHaveLength(3);
    expect(calls).toEqual([`${seeds['000']}>${seeds['003']}`, `${seeds['000']}>${seeds['002']}`]);
    expect(s.rows().every((r) => r.cells.length === 3)).toBe(true);

    // Column 2 switched to 004: the rows are 000–004's, not 000–003's.
    s.actions.setColumn(1, seeds['004']!);
    await until(() => s.translationIds()[1] === seeds['004'], 'switched');
    expect(s.pipeline.state().kind).not.toBe('aligned');
    await until(() => s.pipeline.state().kind === 'aligned', 'switched column aligned');
    expect(s.alignedTitles()[1]).toBe(manifest.documents.find((d) => d.file.startsWith('004'))!.title);
    expect(calls.at(-1)).toBe(`${seeds['000']}>${seeds['004']}`);
  });

  it('with 002 related, the 000–003 rows are the two-column rows, and 002 sits beside them with what it shares', async () => {
    const two = open({ docs: `${seeds['000']},${seeds['003']}` });
    await until(() => two.session.pipeline.state().kind === 'aligned', 'two columns aligned');
    const pairs = two.session.rows().map((r) => r.cells.slice(0, 2));
    dispose();

    const { session: s, calls } = open({ docs: `${seeds['000']},${seeds['003']},${seeds['002']}`, related: seeds['002']! });
    await until(() => s.pipeline.state().kind === 'aligned' && s.related.links()[0] !== undefined, 'aligned and linked');
    expect(calls).toEqual([]); // the pair's stored alignment is read, not recomputed
    expect(s.rows().map((r) => r.cells.slice(0, 2))).toEqual(pairs);
    const beside = s.rows().filter((r) => r.cells[2]!.length > 0);
    expect(beside.length).toBeGreaterThan(0);
    expect(beside.every((r) => r.evidence![2]!.length > 0)).toBe(true);
  });

  it("row commands act on the focused paragraph's row whatever the pointer is over; the dialog lists every key", async () => {
    const { session: s } = open({ docs: `${seeds['000']},${seeds['003']}`, mode: 'edit' });
    await until(() => s.editor.beads().length > 0, 'editable');
    const doc = s.columns()![0]!.doc;
    const p = doc.paragraphs.findIndex((x) => x.text.startsWith('In the two months that Donald Trump'));
    s.actions.focusParagraph({ col: 0, docId: doc.id, paragraph: p });
    const row = s.currentRow();
    s.actions.setHover(row + 3);
    expect(s.currentRow()).toBe(row);
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) => ({ key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods }) as KeyboardEvent;
    const confirm = commandFor(s.commands, key('c'), true)!;
    expect(confirm.enabled()).toBe(true);
    confirm.run();
    await until(() => s.editor.beads()[row]?.status === 'confirmed', 'confirmed');
    expect(s.editor.beads()[row + 3]?.status).not.toBe('confirmed');
    // Ctrl+Y redoes, and is listed.
    commandFor(s.commands, key('z', { ctrlKey: true }), true)!.run();
    await until(() => s.editor.beads()[row]?.status !== 'confirmed', 'undone');
    commandFor(s.commands, key('y', { ctrlKey: true }), true)!.run();
    await until(() => s.editor.beads()[row]?.status === 'confirmed', 'redone');
    const listed = helpLines(s.commands).flatMap((l) => l.keys);
    for (const c of s.commands) for (const k of c.keys) expect(listed).toContain(k);
    expect(listed).toContain('Ctrl+Y');
    // In reading mode nothing edits.
    s.actions.setMode('read');
    await until(() => s.mode() === 'read', 'read mode');
    expect(commandFor(s.commands, key('m'), true)!.enabled()).toBe(false);
  });

  it('an edit saved elsewhere (another tab) keeps the unchanged rows and the focused paragraph', async () => {
    const { session: s } = open({ docs: `${seeds['000']},${seeds['003']}` });
    await until(() => s.editor.beads().length > 0, 'aligned');
    const doc = s.columns()![0]!.doc;
    const p = doc.paragraphs.findIndex((x) => x.text.startsWith('In the two months that Donald Trump'));
    s.actions.focusParagraph({ col: 0, docId: doc.id, paragraph: p });
    const before = s.rows();
    const row = s.currentRow();
    const al = (s.editable())!;
    // Another tab merges the last two rows.
    const beads = [...al.beads];
    const last = beads.pop()!;
    const prev = beads.pop()!;
    beads.push({ ...prev, a: [...prev.a, ...last.a], b: [...prev.b, ...last.b], status: 'edited' });
    await alignmentsRepo(db).commitEdit(al.id, { rev: al.rev ?? 0, step: diffRows(al.beads, beads), tabId: 'other-tab', history: createHistory(beads) });
    await until(() => s.rows().length === before.length - 1, "the other tab's edit");
    expect(s.rows()[row]).toBe(before[row]);
    expect(s.rows()[0]).toBe(before[0]);
    expect(s.currentRow()).toBe(row);
  });
});
