import { createContext, createMemo, createSignal, useContext, type Accessor } from 'solid-js';
import type { Annotation, Document, DocumentInfo } from '../../core/model';
import { anchor } from '../../core/anchor/anchor';
import type { Side } from '../../core/edit';
import type { Repos } from '../lib/db';
import { annotationWrites } from '../annotate/annotationWrites';
import { createLiveQuery } from '../lib/live';
import { createErrorSlot } from '../lib/errors';
import type { ParagraphSpan } from '../annotate/selection';
import type { EditorTarget } from '../annotate/AnnotationEditor';
import type { Highlight } from '../annotate/segments';
import { useChecks, type UseChecksOptions } from '../checks/useChecks';
import type { ListedFlag } from '../checks/flagSource';
import { showFlagInText } from '../checks/showInText';
import { createAlignmentPipeline, createRelatedLinks, type AlignJobs } from './alignPipeline';
import { useAlignmentEditor } from './useAlignmentEditor';
import { keepIdentity, rowsFromBeads, rowsFromPivot, rowsInOrder, withRelated, type Row } from './rows';
import { MAX_COLUMNS, translationIds, type Column, type ReaderRoute, type Relation, type ReadingMode } from './routeState';
import { readerCommands } from './readerCommands';
import { noteOrder } from './noteOrder';
import { createWordCounterparts } from './counterparts';

/** Rows below this confidence stand out so a reviewer checks them first. */
export const LOW_CONFIDENCE = 0.5;

/** A column as shown: its place in the URL, relation and document. */
export interface ShownColumn extends Column {
  doc: Document;
}

/** The paragraph with the keyboard focus; the current row is the row that shows it. */
export interface FocusedParagraph {
  col: number;
  docId: string;
  paragraph: number;
  /** The row it was focused in: a related paragraph can sit beside several rows. */
  row?: number;
}

/** What the layout lends the session: scrolling and focusing need the page. */
export interface ReaderView {
  /** Scrolls row `row` into view and focuses its paragraph in column `col` (or the first). */
  reveal(row: number, col?: number, focus?: boolean): Promise<void>;
  /** Whether columns run right to left on screen. */
  rtl(): boolean;
  /** Scrolls an annotation's highlight into view and focuses its paragraph. */
  showMark(annotationId: string): void;
}

export type Marked = Highlight & { annotation: Annotation };

export interface SessionDeps {
  repos: Repos;
  storyId: Accessor<string>;
  route: Accessor<ReaderRoute>;
  /** Changes the URL (columns, relations, mode); the route state comes back through `route`. */
  navigate: (next: ReaderRoute) => void;
  jobs: AlignJobs;
  /** The checks' worker; tests give a fake. */
  checksJob?: UseChecksOptions['run'];
}

const sameIds = (x: readonly string[], y: readonly string[]) => x.length === y.length && x.every((v, i) => v === y[i]);

/** Beads that cover both documents exactly (an editor's history of the pair shown, not of the last one). */
function covers(beads: readonly { a: number[]; b: number[] }[], lenA: number, lenB: number): boolean {
  let a = 0;
  let b = 0;
  for (const x of beads) (a += x.a.length), (b += x.b.length);
  return a === lenA && b === lenB;
}

/**
 * One reader: what its URL asks for, the columns' documents, the one alignment pipeline of
 * its translation columns, the related columns' links, annotations, checks, focus and
 * selection, and the command table. Components lay it out; they hold no state of their own
 * that another component needs. Runs without a DOM (tests): the page lends it a view.
 */
function createSessionCore(deps: SessionDeps) {
  const { repos, storyId, route } = deps;
  const story = createLiveQuery(() => repos.stories.get(storyId()), storyId);
  /** The story's documents without their text (column pickers, panels). */
  const storyDocs = createLiveQuery<DocumentInfo[]>(() => repos.documents.listByStory(storyId()), storyId);
  const annotations = createLiveQuery(() => repos.annotations.listByStory(storyId()), storyId);
  const ids = createMemo(() => route().columns.map((c) => c.id), [], { equals: sameIds });
  /** The columns' documents with their text: the only ones read before the first paint. */
  const docs = createLiveQuery(
    async () => (await repos.documents.load(ids())).filter((d) => d.storyId === storyId()),
    () => `${storyId()}|${ids().join(',')}`,
    { replace: true },
  );
  /** The columns that exist, in URL order; the first is always a translation (the rows follow it). */
  const columns = createMemo<ShownColumn[] | undefined>(() => {
    const ds = docs();
    if (!ds) return undefined;
    const byId = new Map(ds.map((d) => [d.id, d] as const));
    return route()
      .columns.filter((c) => byId.has(c.id))
      .map((c, i) => ({ ...c, relation: i === 0 ? 'translation' : c.relation, doc: byId.get(c.id)! }));
  });
  const translations = createMemo(() => columns()?.filter((c) => c.relation === 'translation').map((c) => c.doc));
  const relatedDocs = createMemo(() => (columns() ?? []).map((c) => (c.relation === 'related' ? c.doc : undefined)));
  const mode = (): ReadingMode => route().mode;

  const pipeline = createAlignmentPipeline(repos.db, translations, deps.jobs);
  const aligned = () => {
    const s = pipeline.state();
    return s.kind === 'aligned' ? s : undefined;
  };
  /** The one alignment two translation columns show, which hand edits change. */
  const editable = () => {
    const s = aligned();
    return s && s.alignments.length === 1 ? s.alignments[0] : undefined;
  };
  const editor = useAlignmentEditor(editable, translations);
  const related = createRelatedLinks(() => translations()?.[0], () => relatedDocs().filter((d): d is Document => !!d), deps.jobs);

  /** Rows of the translation columns, one cell per translation column. */
  const baseRows = createMemo<Row[]>(() => {
    const ds = translations() ?? [];
    const s = aligned();
    if (s?.alignments.length === 1) {
      const beads = editor.beads();
      // Edits show at once; the editor's beads count only once they are this pair's.
      const own = beads.length > 0 && covers(beads, ds[0]!.paragraphs.length, ds[1]!.paragraphs.length);
      return rowsFromBeads(own ? [...beads] : s.alignments[0]!.beads);
    }
    if (s?.alignments.length === 2) return rowsFromPivot(s.alignments[0]!.beads, s.alignments[1]!.beads);
    return rowsInOrder(ds.map((d) => d.paragraphs.length));
  });
  const rows = createMemo<Row[]>((prev) => {
    const cols = columns() ?? [];
    let k = 0;
    const links = related.links();
    const perColumn = cols.map((c) => (c.relation === 'related' ? links[k++] : undefined));
    return keepIdentity(prev, withRelated(baseRows(), cols.map((c) => c.relation), perColumn));
  }, []);

  const columnDocs = createMemo(() => (columns() ?? []).map((c) => c.doc));
  /** The name or number pointed at and its counterparts in the row's other columns. */
  const words = createWordCounterparts(rows, columnDocs);

  // Focus: the current row is the row of the focused paragraph, found again after every edit.
  const [focus, setFocus] = createSignal<FocusedParagraph | null>(null);
  const currentRow = createMemo(() => {
    const f = focus();
    if (!f) return -1;
    const list = rows();
    if (f.row !== undefined && list[f.row]?.cells[f.col]?.includes(f.paragraph)) return f.row;
    for (let r = 0; r < list.length; r++) if (list[r]!.cells[f.col]?.includes(f.paragraph)) return r;
    return -1;
  });
  /** The focused paragraph's side of the editable alignment ('a' first translation column), if any. */
  const focusedSide = (): { row: number; side: Side; paragraph: number } | null => {
    const f = focus();
    const cols = columns() ?? [];
    if (!f || currentRow() < 0 || cols[f.col]?.relation !== 'translation') return null;
    const t = cols.slice(0, f.col).filter((c) => c.relation === 'translation').length;
    return t > 1 ? null : { row: currentRow(), side: t === 0 ? 'a' : 'b', paragraph: f.paragraph };
  };
  const [hover, setHover] = createSignal(-1);

  // Annotations.
  const visibleAnnotations = createMemo(() => (annotations() ?? []).filter((a) => ids().includes(a.docId)));
  /** Highlights per document and paragraph, anchored against the text as it is now. */
  const marks = createMemo(() => {
    const map = new Map<string, Marked[]>();
    const byId = new Map((docs() ?? []).map((d) => [d.id, d] as const));
    for (const a of annotations() ?? []) {
      const text = byId.get(a.docId)?.paragraphs[a.paragraph]?.text;
      if (text === undefined || a.orphan) continue;
      const at = anchor(text, a.selectors);
      if (!at) continue;
      const key = `${a.docId}:${a.paragraph}`;
      map.set(key, [...(map.get(key) ?? []), { id: a.id, start: at.start, end: at.end, annotation: a }]);
    }
    return map;
  });
  /** Each shown annotation's printed note number, and the row and column that carry it. */
  const notes = createMemo(() => noteOrder(rows(), (columns() ?? []).map((c) => c.id), marks()));
  const [activeAnnotation, setActiveAnnotation] = createSignal<string | null>(null);
  const [editorTarget, setEditorTarget] = createSignal<EditorTarget | null>(null);
  const [selection, setSelection] = createSignal<ParagraphSpan | null>(null);
  const [help, setHelp] = createSignal(false);
  const [hideFurniture, setHideFurniture] = createSignal(false);
  /** The flag last shown in the text, and the run it is of (a re-run starts the steps again). */
  const [activeFlag, setActiveFlag] = createSignal<{ flag: ListedFlag; run: string } | null>(null);

  const checks = useChecks({
    storyId,
    docs: () => translations(),
    storyDocs: () => storyDocs(),
    ...(deps.checksJob ? { run: deps.checksJob } : {}),
  });

  let view: ReaderView | undefined;
  /** The row showing a paragraph of a document, for jumps from panels and search. */
  const rowOf = (docId: string, paragraph: number) => {
    const col = (columns() ?? []).findIndex((c) => c.id === docId);
    if (col < 0) return undefined;
    const r = rows().findIndex((row) => row.cells[col]?.includes(paragraph));
    return r < 0 ? undefined : r;
  };
  const colOf = (docId: string) => (columns() ?? []).findIndex((c) => c.id === docId);
  const reveal = (row: number, col?: number, focusIt = true) => view?.reveal(row, col, focusIt) ?? Promise.resolve();

  const go = (change: (r: ReaderRoute) => ReaderRoute) => deps.navigate(change(route()));
  const relationFor = (docId: string): Relation => ((storyDocs() ?? []).find((d) => d.id === docId)?.relation?.kind === 'related' ? 'related' : 'translation');

  // A reader-level write that failed (marking a paragraph as furniture), told above the rows.
  const writes = createErrorSlot();

  const actions = {
    /** Puts `docId` in column `col` (keeping the column's relation); '' removes the column. */
    setColumn(col: number, docId: string) {
      go((r) => {
        const next = [...r.columns];
        if (!docId) next.splice(col, 1);
        else if (col >= next.length) next.push({ id: docId, relation: relationFor(docId) });
        else next[col] = { id: docId, relation: next[col]!.relation };
        return { ...r, columns: next };
      });
    },
    /** Adds the story's next document as a column: related if it says it is a related report. */
    addColumn() {
      const spare = (storyDocs() ?? []).find((d) => !ids().includes(d.id));
      if (spare && ids().length < MAX_COLUMNS) actions.setColumn(ids().length, spare.id);
    },
    setRelation(col: number, relation: Relation) {
      go((r) => ({ ...r, columns: r.columns.map((c, i) => (i === col && i > 0 ? { ...c, relation } : c)) }));
    },
    setMode(m: ReadingMode) {
      go((r) => ({ ...r, mode: m }));
    },
    focusParagraph(f: FocusedParagraph) {
      const cur = focus();
      if (!cur || cur.col !== f.col || cur.docId !== f.docId || cur.paragraph !== f.paragraph || cur.row !== f.row) setFocus(f);
    },
    setHover,
    setSelection,
    setHelp,
    setHideFurniture,
    setEditorTarget,
    setActiveAnnotation,
    attachView(v: ReaderView | undefined) {
      view = v;
    },
    reveal,
    /** Opens the editor for the selected text. */
    annotateSelection(span: ParagraphSpan | null = selection()) {
      const doc = span && docs()?.find((d) => d.id === span.docId);
      if (span && doc) setEditorTarget({ kind: 'new', span, lang: doc.lang, dir: doc.dir });
    },
    async jumpToAnnotation(a: Annotation) {
      setActiveAnnotation(a.id);
      const r = rowOf(a.docId, a.paragraph);
      if (r !== undefined) await reveal(r, colOf(a.docId), false);
      view?.showMark(a.id);
    },
    stepAnnotation(dir: 1 | -1) {
      const list = visibleAnnotations().filter((a) => !a.orphan);
      if (!list.length) return;
      const at = list.findIndex((a) => a.id === activeAnnotation());
      void actions.jumpToAnnotation(list[(at + dir + list.length) % list.length]!);
    },
    /** Shows a flag: its row, its column, the flagged text selected, and marks it the current flag. */
    async showFlag(f: ListedFlag) {
      const run = checks.source()?.key;
      if (run) setActiveFlag({ flag: f, run });
      const r = f.docId && f.span ? rowOf(f.docId, f.span.paragraph) : undefined;
      if (r !== undefined) await reveal(r, colOf(f.docId!), false);
      showFlagInText(f);
    },
    /** The next (1) or previous (-1) open flag after the current one, in reading order, going round. */
    async stepFlag(dir: 1 | -1) {
      const source = checks.source();
      if (!source) return;
      const cur = activeFlag();
      const from = cur && cur.run === source.key ? cur.flag.order : undefined;
      const f = await source.step({ ...(from !== undefined ? { from } : {}), dir, skip: new Set(checks.dismissed().keys()) });
      if (f && checks.source() === source) await actions.showFlag(f);
    },
    /** The next row (after the current one, wrapping) that is low-confidence or unconfirmed. */
    jumpRow(kind: 'low' | 'unconfirmed') {
      const beads = editor.beads();
      const from = Math.max(currentRow(), -1);
      for (let k = 1; k <= beads.length; k++) {
        const i = (from + k) % beads.length;
        const b = beads[i]!;
        if (kind === 'low' ? b.status === 'auto' && b.confidence < LOW_CONFIDENCE : b.status !== 'confirmed') return void reveal(i);
      }
    },
    toggleParagraphKind(doc: Document, p: number) {
      const para = doc.paragraphs[p]!;
      const furniture = para.kind === 'boilerplate' || para.kind === 'caption';
      void writes.act(() => repos.documents.setParagraphKind(doc.id, p, furniture ? 'body' : 'boilerplate'));
    },
  };

  const session = {
    repos,
    storyId,
    story,
    storyDocs,
    docs,
    columns,
    translations,
    mode,
    pipeline,
    editable,
    editor,
    related,
    rows,
    words,
    focus,
    currentRow,
    focusedSide,
    hover,
    annotations: visibleAnnotations,
    annotationWrites: annotationWrites(repos),
    writeError: writes.error,
    marks,
    notes,
    activeAnnotation,
    editorTarget,
    selection,
    help,
    hideFurniture,
    checks,
    /** The id of the flag last shown, while it is of the run shown. */
    activeFlag: () => {
      const a = activeFlag();
      return a && a.run === checks.source()?.key ? a.flag.id : null;
    },
    rowOf,
    colOf,
    view: () => view,
    /** The titles of the columns the current alignment joined, in order. */
    alignedTitles: () => {
      const s = aligned();
      const all = storyDocs() ?? [];
      return s ? s.docIds.map((id) => all.find((d) => d.id === id)?.title ?? id) : [];
    },
    translationIds: () => translationIds(columns() ?? []),
    actions,
  };
  return session;
}

export type ReaderSessionBase = ReturnType<typeof createSessionCore>;

export function createReaderSession(deps: SessionDeps) {
  const core = createSessionCore(deps);
  return { ...core, commands: readerCommands(core) };
}
export type ReaderSession = ReturnType<typeof createReaderSession>;

const SessionContext = createContext<ReaderSession>();
export const ReaderSessionProvider = SessionContext.Provider;

export function useReaderSession(): ReaderSession {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useReaderSession() needs a <ReaderSessionProvider> above it');
  return s;
}
