import { Link, useNavigate } from '@tanstack/solid-router';
import { createMemo, createSelector, createSignal, For, Index, onCleanup, onMount, Show } from 'solid-js';
import type { Annotation, Document } from '../../core/model';
import { anchor } from '../../core/anchor/anchor';
import { readerRoute } from '../routes/reader';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { useAlignment } from './useAlignment';
import { AlignStatusBar } from './AlignStatusBar';
import { ParagraphView } from './ParagraphView';
import { ReaderSettings } from './ReaderSettings';
import { ShortcutsDialog } from './ShortcutsDialog';
import { moveFocus } from './keys';
import { RowList, type RowListController } from './RowList';
import { RowView } from './RowView';
import { rowIndexByParagraph } from './rows';
import { estimateRowHeights } from './rowHeights';
import { measureColumns } from './measureColumns';
import { columnOrder, fontSize } from '../lib/settings';
import { AnnotationEditor, type EditorTarget } from '../annotate/AnnotationEditor';
import { AnnotationPanel } from '../annotate/AnnotationPanel';
import { currentSpan, type ParagraphSpan } from '../annotate/selection';
import type { Highlight } from '../annotate/segments';
import { UndoBar, type Undoable } from '../library/UndoBar';
import { useAlignmentEditor } from './useAlignmentEditor';
import { RowTools, type FocusedParagraph } from './RowTools';
import { Overview } from './Overview';
import { AlignmentExport } from './AlignmentExport';
import { rowsFromBeads } from './rows';
import { pairAlignment, type AlignmentData } from '../../core/formats/alignment-export';
import { useChecks } from '../checks/useChecks';
import { FlagPanel } from '../checks/FlagPanel';
import { NameIndex } from '../checks/NameIndex';
import { showFlagInText } from '../checks/showInText';
import { SearchBox } from './SearchBox';
import { GoToRow } from './GoToRow';
import { ControlsMenu } from '../layout/ControlsMenu';
import { createSheet } from '../layout/Sheet';
import { PrintNotes } from '../layout/PrintNotes';
import { VersionPicker } from '../layout/VersionPicker';



/**
 * Longer alignments render only the rows on screen. Articles render whole, so the browser's
 * own find-in-page keeps working on them.
 */
const VIRTUALIZE_ABOVE = 300;

/** Rows below this confidence stand out so a reviewer checks them first. */
const LOW_CONFIDENCE = 0.5;

/** Characters of a document's body text whose shaped width stands for all of it. */
const SAMPLE_CHARS = 4000;

function textSample(doc: Document): string {
  let out = '';
  for (const p of doc.paragraphs) {
    if (p.kind !== 'body') continue;
    out += p.text;
    if (out.length >= SAMPLE_CHARS) break;
  }
  return out.slice(0, SAMPLE_CHARS);
}

/** Each paragraph's length, per document: what row heights are estimated from. */
function lengthsOf(docs: readonly Document[]): Int32Array[] {
  // A plain loop: Int32Array.from with a mapping function took 23 ms for a 50k pair.
  return docs.map((d) => {
    const out = new Int32Array(d.paragraphs.length);
    for (let i = 0; i < out.length; i++) out[i] = d.paragraphs[i]!.text.length;
    return out;
  });
}

function parseDocs(raw: string): string[] {
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))].slice(0, 3);
}

type Marked = Highlight & { annotation: Annotation };

export function ReaderPage() {
  const repos = useRepos();
  const params = readerRoute.useParams();
  const search = readerRoute.useSearch();
  const navigate = useNavigate();
  const ids = createMemo(() => parseDocs(search().docs));
  const storyId = () => params().storyId;
  const story = createLiveQuery(() => repos.stories.get(storyId()), storyId);
  /** The story's documents without their text (column pickers, panels). */
  const storyDocs = createLiveQuery(() => repos.documents.listByStory(storyId()), storyId);
  const annotations = createLiveQuery(() => repos.annotations.listByStory(storyId()), storyId);
  /** The columns' documents with their text: the only ones read before the first paint. */
  const shownKey = createMemo(() => `${storyId()}|${ids().join(',')}`);
  const docs = createLiveQuery(async () => (await repos.documents.load(ids())).filter((d) => d.storyId === storyId()), shownKey, { replace: true });
  /** The story's other documents lend the reviewer checks support; read once the columns are. */
  const othersKey = createMemo(() => (docs() ? (storyDocs() ?? []).map((d) => d.id).filter((id) => !ids().includes(id)).join(',') : undefined));
  const others = createLiveQuery(() => (othersKey() === undefined ? Promise.resolve(undefined) : repos.documents.load(othersKey()!.split(',').filter(Boolean))), othersKey, { replace: true });
  const checkDocs = () => (docs() && others() ? [...docs()!, ...others()!] : undefined);
  const mode = () => (search().mode === 'comparable' ? 'comparable' : 'parallel') as 'parallel' | 'comparable';
  const alignment = useAlignment(docs, mode);
  const editor = useAlignmentEditor(alignment.editable, docs);
  const checks = useChecks({ storyId, docs, storyDocs: checkDocs });
  // Two columns show the editable alignment, updated at once by edits; three show the pivot.
  const rows = createMemo(() => (alignment.editable() && editor.beads().length ? rowsFromBeads([...editor.beads()]) : alignment.rows()));
  const [focused, setFocused] = createSignal<FocusedParagraph | null>(null);
  const [active, setActive] = createSignal(-1);
  // A row's look depends on whether it is the active one: with a selector, a new active row
  // updates two rows, not every row on screen.
  const isActive = createSelector(active);
  const lengths = createMemo(() => lengthsOf(docs() ?? []));
  const [hideFurniture, setHideFurniture] = createSignal(false);
  const [selection, setSelection] = createSignal<ParagraphSpan | null>(null);
  const [editorTarget, setEditor] = createSignal<EditorTarget | null>(null);
  const [activeAnnotation, setActiveAnnotation] = createSignal<string | null>(null);
  const [undo, setUndo] = createSignal<Undoable | null>(null);
  const [help, setHelp] = createSignal(false);
  const sheet = createSheet();

  /** Highlights per document and paragraph, anchored against the text as it is now. */
  const marks = createMemo(() => {
    const map = new Map<string, Marked[]>();
    const byId = new Map((docs() ?? []).map((d) => [d.id, d] as const));
    for (const a of annotations() ?? []) {
      const doc = byId.get(a.docId);
      const text = doc?.paragraphs[a.paragraph]?.text;
      if (!doc || text === undefined || a.orphan) continue;
      const at = anchor(text, a.selectors);
      if (!at) continue;
      const key = `${a.docId}:${a.paragraph}`;
      map.set(key, [...(map.get(key) ?? []), { id: a.id, start: at.start, end: at.end, annotation: a }]);
    }
    return map;
  });
  const exportData = (): AlignmentData => {
    const ds = docs() ?? [];
    if (alignment.editable() && ds.length === 2) return pairAlignment(ds[0]!, ds[1]!, editor.beads());
    return { docs: ds, rows: rows().map((r) => ({ sides: r.cells, score: 0, confidence: r.confidence ?? 1, status: 'auto' })) };
  };
  let revealer: RowListController | undefined;
  const focusRow = (r: number) => void revealer?.reveal(r);
  /** The row showing a paragraph of a document, for jumps from panels and search. */
  const rowOf = (docId: string, paragraph: number) => {
    const col = ids().indexOf(docId);
    return col < 0 ? undefined : rowIndexByParagraph(rows(), col).get(paragraph);
  };
  const jumpRow = (kind: 'low' | 'unconfirmed') => {
    const beads = editor.beads();
    const from = Math.max(active(), -1);
    const wanted = (i: number) => {
      const b = beads[i]!;
      return kind === 'low' ? b.status === 'auto' && b.confidence < LOW_CONFIDENCE : b.status !== 'confirmed';
    };
    for (let k = 1; k <= beads.length; k++) {
      const i = (from + k) % beads.length;
      if (wanted(i)) return focusRow(i);
    }
  };
  const visibleAnnotations = createMemo(() => (annotations() ?? []).filter((a) => ids().includes(a.docId)));

  const setColumn = (col: number, docId: string) => {
    const next = [...ids()];
    if (docId) next[col] = docId;
    else next.splice(col, 1);
    void navigate({ to: '/story/$storyId/read', params: { storyId: storyId() }, search: { docs: next.join(','), ...(search().mode ? { mode: search().mode } : {}) } });
  };
  const addColumn = () => {
    const spare = (storyDocs() ?? []).find((d) => !ids().includes(d.id));
    if (spare) setColumn(ids().length, spare.id);
  };

  const annotateSelection = () => {
    const span = selection() ?? currentSpan();
    const doc = span && docs()?.find((d) => d.id === span.docId);
    if (span && doc) setEditor({ kind: 'new', span, lang: doc.lang, dir: doc.dir });
  };
  const jumpTo = async (a: Annotation) => {
    setActiveAnnotation(a.id);
    const r = rowOf(a.docId, a.paragraph);
    if (r !== undefined) await revealer?.reveal(r, ids().indexOf(a.docId), false);
    const mark = document.querySelector<HTMLElement>(`mark[data-annotation="${a.id}"]`);
    mark?.scrollIntoView({ block: 'center' });
    mark?.closest<HTMLElement>('.para')?.focus({ preventScroll: true });
  };
  const step = (dir: 1 | -1) => {
    const list = visibleAnnotations().filter((a) => !a.orphan);
    if (!list.length) return;
    const at = list.findIndex((a) => a.id === activeAnnotation());
    jumpTo(list[(at + dir + list.length) % list.length]!);
  };

  onMount(() => {
    const onSel = () => setSelection(currentSpan());
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (editorTarget() || target.closest('input, textarea, select, [contenteditable], dialog')) return;
      const a = visibleAnnotations().find((x) => x.id === activeAnnotation());
      const row = active();
      const f = focused();
      const editing = !!alignment.editable();
      const key = e.key.toLowerCase();
      if ((e.ctrlKey || e.metaKey) && key === 'z' && editing) (e.shiftKey ? editor.redo() : editor.undo());
      else if ((e.ctrlKey || e.metaKey) && key === 'y' && editing) editor.redo();
      else if (e.ctrlKey || e.metaKey) return;
      else if (e.altKey && f && editing && (e.key === 'ArrowUp' || e.key === 'ArrowDown'))
        editor.edit({ kind: 'move', row: f.row, side: f.side, direction: e.key === 'ArrowUp' ? 'up' : 'down' });
      else if (e.altKey) return;
      else if (e.key === 'm' && editing && row >= 0) editor.edit({ kind: 'merge', row });
      else if (e.key === 's' && editing && row >= 0) editor.edit({ kind: 'split-singletons', row });
      else if (e.key === 'l' && editing && row >= 0) editor.edit({ kind: 'link', row });
      else if (e.key === 'x' && editing && f) editor.edit({ kind: 'unlink', row: f.row, side: f.side, paragraph: f.paragraph });
      else if (e.key === 'c' && editing && row >= 0)
        editor.edit(editor.beads()[row]?.status === 'confirmed' ? { kind: 'unconfirm', row } : { kind: 'confirm', row });
      else if (e.key === 'g' && editing) jumpRow('low');
      else if (e.key === 'u' && editing) jumpRow('unconfirmed');
      else if (e.key === 'a' && selection()) annotateSelection();
      else if (e.key === 'n') step(1);
      else if (e.key === 'p') step(-1);
      else if (e.key === 'r' && a) void (a.body.status === 'open' ? repos.annotations.resolve(a.id) : repos.annotations.reopen(a.id));
      else if (e.key === 'e' && a) setEditor({ kind: 'edit', annotation: a });
      else if (e.key === '?') setHelp(true);
      else return;
      e.preventDefault();
    };
    document.addEventListener('selectionchange', onSel);
    document.addEventListener('keydown', onKey);
    onCleanup(() => {
      document.removeEventListener('selectionchange', onSel);
      document.removeEventListener('keydown', onKey);
    });
  });

  return (
    <section class="reader" aria-labelledby="reader-heading">
      <div class="reader-bar">
        <Link to="/" class="back">
          {t('reader.back')}
        </Link>
        <h1 id="reader-heading">
          <bdi>{story()?.title ?? ''}</bdi>
        </h1>
        <ControlsMenu label={t('layout.menu')}>
        <Index each={ids()}>
          {(id, col) => (
            <label class="column-pick">
              <span>{t('reader.column', { n: col + 1 })}</span>
              <select onChange={(e) => setColumn(col, e.currentTarget.value)}>
                {/* `selected` per option: a select's value set before its options exist is lost */}
                <For each={storyDocs()}>
                  {(d) => (
                    <option value={d.id} selected={d.id === id()}>
                      {d.title}
                    </option>
                  )}
                </For>
                <Show when={col === 2}>
                  <option value="">{t('reader.removeColumn')}</option>
                </Show>
              </select>
            </label>
          )}
        </Index>
        <Show when={ids().length === 2 && (storyDocs()?.length ?? 0) > 2}>
          <button type="button" class="secondary" onClick={addColumn}>
            {t('reader.addColumn')}
          </button>
        </Show>
        <label class="check">
          <input type="checkbox" checked={hideFurniture()} onChange={(e) => setHideFurniture(e.currentTarget.checked)} />
          <span>{t('reader.hideFurniture')}</span>
        </label>
        <Show when={ids().length === 2}>
          <label>
            <span>{t('reader.mode')}</span>
            <select
              onChange={(e) =>
                void navigate({
                  to: '/story/$storyId/read',
                  params: { storyId: storyId() },
                  search: { docs: search().docs, ...(e.currentTarget.value === 'comparable' ? { mode: 'comparable' as const } : {}) },
                })
              }
            >
              <option value="parallel" selected={mode() === 'parallel'}>
                {t('reader.modes.parallel')}
              </option>
              <option value="comparable" selected={mode() === 'comparable'}>
                {t('reader.modes.comparable')}
              </option>
            </select>
          </label>
        </Show>
          <VersionPicker columns={ids().length} />
          <ReaderSettings langs={[...new Set((docs() ?? []).map((d) => d.lang))]} />
          <button type="button" class="secondary" onClick={() => setHelp(true)}>
            {t('app.shortcuts')}
          </button>
        </ControlsMenu>
        <sheet.Toggle label={t('layout.tools')} />
        <AlignStatusBar alignment={alignment} rows={rows().length} />
        <button type="button" class="primary annotate-button" disabled={!selection()} onMouseDown={(e) => e.preventDefault()} onClick={annotateSelection}>
          {t('annotate.annotateSelection')}
        </button>
      </div>
      <Show when={alignment.editable()}>
        <RowTools editor={editor} row={active()} focused={focused()} onJump={jumpRow} />
      </Show>
      <Show when={storyDocs() !== undefined && docs() !== undefined} fallback={<p>{t('reader.loading')}</p>}>
        <Show when={story() && (docs()?.length ?? 0) >= 2} fallback={<p role="alert">{story() ? t('reader.pickTwo') : t('reader.notFound')}</p>}>
          <div class="reader-body">
            <div
              class="rows"
              dir={columnOrder() === 'auto' ? undefined : columnOrder()}
              classList={{ 'hide-furniture': hideFurniture() }}
              style={{
                '--cols': String(docs()!.length),
                '--size-en': `${fontSize('en')}rem`,
                '--size-ar': `${fontSize('ar')}rem`,
                '--size-fa': `${fontSize('fa')}rem`,
              }}
              onKeyDown={(e) => {
                if (!e.altKey) moveFocus(e, rows(), (r, c) => revealer?.reveal(r, c));
              }}
              onFocusIn={(e) => {
                const el = (e.target as HTMLElement).closest<HTMLElement>('.para');
                if (!el) return;
                setActive(Number(el.dataset.row));
                setFocused({ row: Number(el.dataset.row), side: el.dataset.col === '0' ? 'a' : 'b', paragraph: Number(el.dataset.para) });
              }}
              onMouseOver={(e) => {
                // One delegated listener instead of one per paragraph (a long list ignores the
                // pointer while it scrolls: RowList).
                const el = (e.target as HTMLElement).closest<HTMLElement>('.para');
                if (el) setActive(Number(el.dataset.row));
              }}
            >
              <RowList
                rows={rows()}
                virtual={rows().length > VIRTUALIZE_ABOVE}
                controller={(c) => (revealer = c)}
                estimateKey={`${fontSize('en')}|${fontSize('ar')}|${fontSize('fa')}`}
                estimate={(list) => {
                  const ds = docs()!;
                  const model = measureColumns(list, ds.map(textSample));
                  return model && { heights: estimateRowHeights(rows(), lengths(), model), basis: JSON.stringify(model) };
                }}
                render={(row, i) => (
                  <RowView
                    row={row}
                    index={i}
                    docs={docs()!}
                    active={isActive(i)}
                    lowConfidence={(row.confidence ?? 1) < LOW_CONFIDENCE && (row.status ?? 'auto') === 'auto'}
                    paragraph={(doc, col, p) => (
                      <ParagraphView
                        doc={doc}
                        para={doc.paragraphs[p]!}
                        row={i}
                        col={col}
                        active={isActive(i)}
                        highlights={marks().get(`${doc.id}:${p}`) ?? []}
                        flags={checks.marks().get(`${doc.id}:${p}`) ?? []}
                        activeAnnotation={activeAnnotation()}
                        onOpenAnnotation={(a) => {
                          setActiveAnnotation(a.id);
                          setEditor({ kind: 'edit', annotation: a });
                        }}
                        onToggleKind={() => {
                          const para = doc.paragraphs[p]!;
                          const furniture = para.kind === 'boilerplate' || para.kind === 'caption';
                          void repos.documents.setParagraphKind(doc.id, p, furniture ? 'body' : 'boilerplate');
                        }}
                      />
                    )}
                  />
                )}
              />
            </div>
            <sheet.Panel>
              <Show when={rows().length > VIRTUALIZE_ABOVE}>
                <GoToRow rows={rows().length} onJump={(r) => void revealer?.reveal(r)} />
              </Show>
              <SearchBox
                docs={docs() ?? []}
                onJump={(docId, paragraph) => {
                  const r = rowOf(docId, paragraph);
                  if (r !== undefined) void revealer?.reveal(r, ids().indexOf(docId));
                }}
              />
              <Show when={alignment.editable()}>
                <Overview
                  beads={editor.beads()}
                  lenA={docs()![0]!.paragraphs.length}
                  lenB={docs()![1]!.paragraphs.length}
                  lowBelow={LOW_CONFIDENCE}
                  onJump={focusRow}
                />
              </Show>
              <AlignmentExport title={story()?.title ?? ''} data={exportData} />
              <Show when={editorTarget()}>{(target) => <AnnotationEditor target={target()} onClose={() => setEditor(null)} />}</Show>
              <AnnotationPanel
                storyId={storyId()}
                storyTitle={story()?.title ?? ''}
                annotations={visibleAnnotations()}
                docs={docs() ?? []}
                allDocs={storyDocs() ?? []}
                activeId={activeAnnotation()}
                onJump={jumpTo}
                onEdit={(a) => setEditor({ kind: 'edit', annotation: a })}
                onDeleted={(a) => setUndo({ title: a.selectors[0].exact, undo: async () => void (await repos.annotations.restore(a.id)) })}
              />
              <FlagPanel
                storyId={storyId()}
                checks={checks}
                storyDocs={storyDocs() ?? []}
                onShow={async (f) => {
                  const r = f.docId && f.span ? rowOf(f.docId, f.span.paragraph) : undefined;
                  if (r !== undefined) await revealer?.reveal(r, ids().indexOf(f.docId!), false);
                  showFlagInText(f);
                }}
              />
              <NameIndex entities={checks.entities()} storyDocs={storyDocs() ?? []} />
            </sheet.Panel>
          </div>
          <PrintNotes annotations={visibleAnnotations()} />
        </Show>
      </Show>
      <ShortcutsDialog open={help()} onClose={() => setHelp(false)} />
      <UndoBar item={undo()} onDone={() => setUndo(null)} />
    </section>
  );
}
