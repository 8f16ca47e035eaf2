import { createSignal, Show } from 'solid-js';
import { pairAlignment, type AlignmentData } from '../../core/formats/alignment-export';
import { AnnotationEditor } from '../annotate/AnnotationEditor';
import { AnnotationPanel } from '../annotate/AnnotationPanel';
import { FlagPanel } from '../checks/FlagPanel';
import { NameIndex } from '../checks/NameIndex';
import { UndoBar, type Undoable } from '../library/UndoBar';
import { AlignmentExport } from './AlignmentExport';
import { GoToRow } from './GoToRow';
import { Overview } from './Overview';
import { VIRTUALIZE_ABOVE } from './ReaderRows';
import { SearchBox } from './SearchBox';
import { LOW_CONFIDENCE, useReaderSession } from './session';
import type { Sheet } from '../layout/Sheet';

/** Beside the rows: go-to-row, search, the alignment's overview and export, annotations, flags, names. */
export function ReaderSide(props: { sheet: Sheet }) {
  const s = useReaderSession();
  const [undo, setUndo] = createSignal<Undoable | null>(null);
  const docs = () => (s.columns() ?? []).map((c) => c.doc);
  const storyDocs = () => s.storyDocs() ?? [];
  /** The translation columns' rows (related columns are not part of the alignment). */
  const exportData = (): AlignmentData => {
    const cols = s.columns() ?? [];
    const keep = cols.flatMap((c, i) => (c.relation === 'translation' ? [i] : []));
    const ds = keep.map((i) => cols[i]!.doc);
    if (s.editable() && ds.length === 2) return pairAlignment(ds[0]!, ds[1]!, s.editor.beads());
    return { docs: ds, rows: s.rows().map((r) => ({ sides: keep.map((i) => r.cells[i] ?? []), score: 0, confidence: r.confidence ?? 1, status: 'auto' })) };
  };
  const jump = async (docId: string, paragraph: number, focus: boolean) => {
    const r = s.rowOf(docId, paragraph);
    if (r !== undefined) await s.actions.reveal(r, s.colOf(docId), focus);
  };
  return (
    <props.sheet.Panel>
      <Show when={s.rows().length > VIRTUALIZE_ABOVE}>
        <GoToRow rows={s.rows().length} onJump={(r) => void s.actions.reveal(r)} />
      </Show>
      <SearchBox docs={docs()} onJump={(docId, paragraph) => void jump(docId, paragraph, true)} />
      <Show when={s.mode() === 'edit' && s.editable() && s.translations()}>
        {(ts) => <Overview beads={s.editor.beads()} lenA={ts()[0]!.paragraphs.length} lenB={ts()[1]!.paragraphs.length} lowBelow={LOW_CONFIDENCE} onJump={(r) => void s.actions.reveal(r)} />}
      </Show>
      <AlignmentExport title={s.story()?.title ?? ''} data={exportData} docs={s.translations() ?? []} />
      <Show when={s.editorTarget()}>{(target) => <AnnotationEditor target={target()} onClose={() => s.actions.setEditorTarget(null)} />}</Show>
      <AnnotationPanel
        storyId={s.storyId()}
        storyTitle={s.story()?.title ?? ''}
        annotations={s.annotations()}
        docs={docs()}
        allDocs={storyDocs()}
        activeId={s.activeAnnotation()}
        writes={s.annotationWrites}
        onJump={(a) => void s.actions.jumpToAnnotation(a)}
        onEdit={(a) => s.actions.setEditorTarget({ kind: 'edit', annotation: a })}
        onDeleted={(a) => setUndo({ title: a.selectors[0].exact, undo: async () => void (await s.repos.annotations.restore(a.id)) })}
      />
      <FlagPanel
        storyId={s.storyId()}
        checks={s.checks}
        storyDocs={storyDocs()}
        activeFlag={s.activeFlag()}
        onShow={(f) => void s.actions.showFlag(f)}
      />
      <NameIndex entities={s.checks.entities()} storyDocs={storyDocs()} />
      <UndoBar item={undo()} onDone={() => setUndo(null)} />
    </props.sheet.Panel>
  );
}
