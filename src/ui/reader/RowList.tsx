import { createSignal, For, onCleanup, onMount, Show, type JSX } from 'solid-js';
import { createWindowVirtualizer } from '@tanstack/solid-virtual';
import type { Row } from './rows';

export interface RowListController {
  /** Scrolls row `row` into view and focuses its paragraph in column `col` (or the first). */
  reveal(row: number, col?: number, focus?: boolean): Promise<void>;
}

/** Rows of very different heights start from this guess and are measured once drawn. */
const ESTIMATED_ROW_PX = 140;
/** Rows drawn beyond the screen edge, so fast scrolling does not show blanks. */
const OVERSCAN = 4;

/**
 * The reader's rows, all of them for an article, or only those on screen (plus a margin) for
 * a book, measured as they render so rows of any height keep counterparts level.
 */
export function RowList(props: {
  rows: Row[];
  virtual: boolean;
  render: (row: Row, index: number) => JSX.Element;
  controller: (c: RowListController) => void;
}) {
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
  return <For each={props.rows}>{(row, i) => props.render(row, i())}</For>;
}

function VirtualList(props: Parameters<typeof RowList>[0]) {
  let list: HTMLDivElement | undefined;
  // Where the list starts on the page. Read from the DOM only after layout (a ResizeObserver
  // callback), never while rows are being drawn: the virtualizer asks for it many times a
  // frame, and reading offsetTop between DOM writes forces a layout of the whole page each time.
  const [margin, setMargin] = createSignal(0);
  onMount(() => {
    const update = () => setMargin(list?.offsetTop ?? 0);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    onCleanup(() => observer.disconnect());
  });
  const virtualizer = createWindowVirtualizer<HTMLDivElement>({
    get count() {
      return props.rows.length;
    },
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN,
    get scrollMargin() {
      return margin();
    },
  });
  props.controller({
    reveal: async (row, col, focus = true) => {
      virtualizer.scrollToIndex(row, { align: 'center' });
      await focusWhenDrawn(row, col, focus);
    },
  });
  return (
    <div ref={list} class="virtual-rows" style={{ height: `${virtualizer.getTotalSize()}px` }}>
      <For each={virtualizer.getVirtualItems()}>
        {(item) => (
          <div
            class="virtual-row"
            data-index={item.index}
            ref={(el) => {
              // Solid calls ref before it sets attributes, and the virtualizer finds the row by
              // its data-index: without it, it warns and never measures (rows overlapped).
              el.dataset.index = String(item.index);
              virtualizer.measureElement(el);
            }}
            style={{ transform: `translateY(${item.start - margin()}px)` }}
          >
            {props.render(props.rows[item.index]!, item.index)}
          </div>
        )}
      </For>
    </div>
  );
}
