import { For, Show, type Accessor, type JSX } from 'solid-js';
import type { Row } from './rows';
import { virtualRows, type VirtualRowsInput } from './virtualRows';

export interface RowListController {
  /** Scrolls row `row` into view and focuses its paragraph in column `col` (or the first). */
  reveal(row: number, col?: number, focus?: boolean): Promise<void>;
}

/**
 * The reader's rows, all of them for an article, or only those on screen (plus a margin) for
 * a book, measured as they render so rows of any height keep counterparts level.
 */
export function RowList(
  props: VirtualRowsInput & {
    virtual: boolean;
    /** A row's view; its index is live: rows kept across an edit move with it. */
    render: (row: Row, index: Accessor<number>) => JSX.Element;
    controller: (c: RowListController) => void;
  },
) {
  return (
    <Show when={props.virtual} fallback={<FullList {...props} />}>
      <VirtualList {...props} />
    </Show>
  );
}

async function focusWhenDrawn(row: number, col: number | undefined, focus: boolean): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const sel = col === undefined ? `.para[data-row="${row}"]` : `.para[data-row="${row}"][data-col="${col}"]`;
    const el = document.querySelector<HTMLElement>(sel) ?? document.querySelector<HTMLElement>(`.para[data-row="${row}"]`);
    if (el) {
      el.scrollIntoView({ block: 'nearest' });
      if (focus) el.focus({ preventScroll: true });
      return;
    }
    await new Promise((r) => requestAnimationFrame(() => r(null)));
  }
}

function FullList(props: Parameters<typeof RowList>[0]) {
  props.controller({
    reveal: async (row, col, focus = true) => {
      document.querySelector(`.row:nth-child(${row + 1})`)?.scrollIntoView({ block: 'center' });
      await focusWhenDrawn(row, col, focus);
    },
  });
  return <For each={props.rows}>{(row, i) => props.render(row, i)}</For>;
}

function VirtualList(props: Parameters<typeof RowList>[0]) {
  const v = virtualRows(props);
  props.controller({
    reveal: async (row, col, focus = true) => {
      v.virtualizer.scrollToIndex(row, { align: 'center' });
      await focusWhenDrawn(row, col, focus);
    },
  });
  return (
    <div ref={v.setList} class="virtual-rows" onFocusIn={v.onFocusIn} onFocusOut={v.onFocusOut} classList={{ scrolling: v.moving() }} style={{ height: `${v.virtualizer.getTotalSize()}px` }}>
      <For each={v.virtualizer.getVirtualItems()}>
        {(item) => (
          <div
            class="virtual-row"
            data-index={item.index}
            ref={(el) => {
              // Solid calls ref before it sets attributes, and the virtualizer finds the row by
              // its data-index: without it, it warns and never measures (rows overlapped).
              el.dataset.index = String(item.index);
              v.virtualizer.measureElement(el);
            }}
            style={{ transform: `translateY(${item.start - v.margin()}px)` }}
          >
            {props.render(props.rows[item.index]!, () => item.index)}
          </div>
        )}
      </For>
    </div>
  );
}
