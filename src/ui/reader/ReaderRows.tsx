import { createSelector, onCleanup } from 'solid-js';
import type { Document } from '../../core/model';
import { columnOrder, fontSize } from '../lib/settings';
import { estimateRowHeights } from './rowHeights';
import { measureColumns } from './measureColumns';
import { ParagraphView } from './ParagraphView';
import { RowList, type RowListController } from './RowList';
import { RowView } from './RowView';
import { WordPointer } from './WordPointer';
import { LOW_CONFIDENCE, useReaderSession } from './session';

/**
 * Longer alignments render only the rows on screen. Articles render whole, so the browser's
 * own find-in-page keeps working on them.
 */
export const VIRTUALIZE_ABOVE = 300;

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
  // A plain loop: Int32Array.from with a mapping function is far slower for a book.
  return docs.map((d) => {
    const out = new Int32Array(d.paragraphs.length);
    for (let i = 0; i < out.length; i++) out[i] = d.paragraphs[i]!.text.length;
    return out;
  });
}

/**
 * The rows. The current row is the focused paragraph's (keyboard or click); the pointer
 * only highlights the row it is over.
 */
export function ReaderRows() {
  const s = useReaderSession();
  const docs = () => (s.columns() ?? []).map((c) => c.doc);
  const isCurrent = createSelector(s.currentRow);
  const isHover = createSelector(s.hover);
  let lengths: { docs: Document[]; value: Int32Array[] } | undefined;
  const lengthsNow = () => (lengths?.docs === docs() ? lengths.value : (lengths = { docs: docs(), value: lengthsOf(docs()) }).value);
  let box: HTMLDivElement | undefined;
  let list: RowListController | undefined;
  s.actions.attachView({
    reveal: (row, col, focus) => list?.reveal(row, col, focus) ?? Promise.resolve(),
    rtl: () => getComputedStyle(box ?? document.documentElement).direction === 'rtl',
    showMark: (id) => {
      // Imported annotations may carry any id, quotes included: escaped, not pasted into the selector.
      const mark = document.querySelector<HTMLElement>(`mark[data-annotation="${CSS.escape(id)}"]`);
      mark?.scrollIntoView({ block: 'center' });
      mark?.closest<HTMLElement>('.para')?.focus({ preventScroll: true });
    },
  });
  onCleanup(() => s.actions.attachView(undefined));
  return (
    <div
      ref={box}
      class="rows"
      dir={columnOrder() === 'auto' ? undefined : columnOrder()}
      classList={{ 'hide-furniture': s.hideFurniture() }}
      style={{
        '--cols': String(docs().length),
        '--size-en': `${fontSize('en')}rem`,
        '--size-ar': `${fontSize('ar')}rem`,
        '--size-fa': `${fontSize('fa')}rem`,
      }}
      onFocusIn={(e) => {
        const el = (e.target as HTMLElement).closest<HTMLElement>('.para');
        if (el) s.actions.focusParagraph({ col: Number(el.dataset.col), docId: el.dataset.doc!, paragraph: Number(el.dataset.para), row: Number(el.dataset.row) });
      }}
      onMouseOver={(e) => {
        // One delegated listener instead of one per paragraph (a long list ignores the
        // pointer while it scrolls: RowList).
        const el = (e.target as HTMLElement).closest<HTMLElement>('.row');
        s.actions.setHover(el ? Number(el.dataset.row) : -1);
      }}
      onMouseLeave={() => s.actions.setHover(-1)}
    >
      <RowList
        rows={s.rows()}
        virtual={s.rows().length > VIRTUALIZE_ABOVE}
        controller={(c) => (list = c)}
        estimateKey={`${fontSize('en')}|${fontSize('ar')}|${fontSize('fa')}`}
        estimate={(list) => {
          const model = measureColumns(list, docs().map(textSample));
          return model && { heights: estimateRowHeights(s.rows(), lengthsNow(), model), basis: JSON.stringify(model) };
        }}
        render={(row, i) => (
          <RowView
            row={row}
            index={i()}
            docs={docs()}
            current={isCurrent(i())}
            hover={isHover(i())}
            lowConfidence={(row.confidence ?? 1) < LOW_CONFIDENCE && (row.status ?? 'auto') === 'auto'}
            paragraph={(doc, col, p) => (
              <ParagraphView
                doc={doc}
                para={doc.paragraphs[p]!}
                row={i()}
                col={col}
                active={isCurrent(i()) || isHover(i())}
                highlights={s.marks().get(`${doc.id}:${p}`) ?? []}
                flags={s.checks.marksAt(doc.id, p)}
                activeAnnotation={s.activeAnnotation()}
                noteOf={(id) => {
                  const at = s.notes().get(id);
                  return at && at.row === i() && at.col === col ? at.n : undefined;
                }}
                onOpenAnnotation={(a) => {
                  s.actions.setActiveAnnotation(a.id);
                  s.actions.setEditorTarget({ kind: 'edit', annotation: a });
                }}
                onToggleKind={() => s.actions.toggleParagraphKind(doc, p)}
              />
            )}
          />
        )}
      />
      <WordPointer box={() => box} />
    </div>
  );
}
