import { createEffect, createSignal, For, on, onCleanup, onMount, Show, type Accessor, type JSX } from 'solid-js';
import { createWindowVirtualizer, measureElement } from '@tanstack/solid-virtual';
import type { Row } from './rows';
import { rowsToDraw, margins } from './overscan';
import { scrollMotion } from './scrollMotion';

export interface RowListController {
  /** Scrolls row `row` into view and focuses its paragraph in column `col` (or the first). */
  reveal(row: number, col?: number, focus?: boolean): Promise<void>;
}

/** Rows are placed by this guess until their text gives a better one, and measured once drawn. */
const ESTIMATED_ROW_PX = 140;

/**
 * The reader's rows, all of them for an article, or only those on screen (plus a margin) for
 * a book, measured as they render so rows of any height keep counterparts level.
 */
export function RowList(props: {
  rows: Row[];
  virtual: boolean;
  /** A row's view; its index is live: rows kept across an edit move with it. */
  render: (row: Row, index: Accessor<number>) => JSX.Element;
  controller: (c: RowListController) => void;
  /**
   * Heights of all rows before they are drawn (rowHeights.ts), worked out from the rows
   * already drawn in `list`, and what they were worked out from (`basis`: the text metrics);
   * undefined while it cannot tell yet.
   */
  estimate?: (list: HTMLElement) => { heights: Float64Array; basis: string } | undefined;
  /** Changes when the text's metrics may have (text size settings): estimates are redone. */
  estimateKey?: string;
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
  return <For each={props.rows}>{(row, i) => props.render(row, i)}</For>;
}

function VirtualList(props: Parameters<typeof RowList>[0]) {
  let list: HTMLDivElement | undefined;
  // Where the list starts on the page. Read from the DOM only after layout (a ResizeObserver
  // callback), never while rows are being drawn: the virtualizer asks for it many times a
  // frame, and reading offsetTop between DOM writes forces a layout of the whole page each time.
  // The same observer tells a new width of the page, which rewraps the text: estimates are redone.
  const [margin, setMargin] = createSignal(0);
  let width = window.innerWidth;
  onMount(() => {
    const update = () => {
      setMargin(list?.offsetTop ?? 0);
      if (window.innerWidth !== width) (width = window.innerWidth), reestimate();
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    onCleanup(() => observer.disconnect());
  });
  // How the list moves decides how many rows beyond the screen are worth drawing; once a
  // fling pauses, the rows on screen are measured (measureDrawn).
  const { motion, direction } = scrollMotion(() => measureDrawn());
  /**
   * Rows a fling passes are left at their estimated height: measuring them re-placed every
   * row after them (all 50,000 of a book) and laid the page out again, every frame, for rows
   * that are gone the next. Once the fling pauses, the rows on screen are measured.
   */
  const measureDrawn = () => {
    if (!list) return;
    const drawn = [...list.querySelectorAll<HTMLDivElement>('.virtual-row')];
    const sizes = drawn.map((el) => el.offsetHeight); // all reads first: one layout
    drawn.forEach((el, k) => virtualizer.resizeItem(Number(el.dataset.index), sizes[k]!));
  };
  let heights: Float64Array | undefined;
  /** A row's height until it is measured. */
  const guess = (i: number) => heights?.[i] ?? ESTIMATED_ROW_PX;
  /** The row holding the keyboard focus, always drawn. */
  let focusedRow = -1;
  const onFocusIn = (e: FocusEvent) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('.virtual-row');
    focusedRow = row ? Number(row.dataset.index) : -1;
  };
  const onFocusOut = (e: FocusEvent) => {
    if (!list?.contains(e.relatedTarget as Node | null)) focusedRow = -1;
  };
  const virtualizer = createWindowVirtualizer<HTMLDivElement>({
    get count() {
      return props.rows.length;
    },
    estimateSize: guess,
    measureElement: (el, entry, v) => {
      if (motion() !== 'flinging') return measureElement(el, entry, v);
      const i = Number(el.dataset.index);
      return v.itemSizeCache.get(i) ?? guess(i);
    },
    // The virtualizer recomputes the drawn range when `overscan` changes: a value that differs
    // for every motion redraws the margins even when the rows on screen stay the same.
    get overscan() {
      const m = margins(motion());
      return m.ahead + m.behind;
    },
    rangeExtractor: (range) => rowsToDraw(range.startIndex, range.endIndex, range.count, motion(), direction(), focusedRow),
    get scrollMargin() {
      return margin();
    },
  });
  // Estimates come from the first rows drawn, and again whenever the rows or the text's
  // metrics change. New metrics (the first ones, a new width or text size) drop the sizes
  // measured so far, so that every row is placed by the same rule, and the rows on screen are
  // measured again at once. New rows alone (an edit) keep them: dropping them would move the
  // row being edited by the estimates' error over every row above it.
  let estimating = 0;
  let basis = '';
  const reestimate = () => {
    cancelAnimationFrame(estimating);
    estimating = requestAnimationFrame(() => {
      const next = list && props.estimate?.(list);
      if (!next || !list) return;
      heights = next.heights;
      if (next.basis === basis) return;
      basis = next.basis;
      virtualizer.measure();
      list.querySelectorAll<HTMLDivElement>('.virtual-row').forEach((el) => virtualizer.measureElement(el));
    });
  };
  createEffect(on([() => props.rows, () => props.estimateKey], reestimate));
  onCleanup(() => cancelAnimationFrame(estimating));
  props.controller({
    reveal: async (row, col, focus = true) => {
      virtualizer.scrollToIndex(row, { align: 'center' });
      await focusWhenDrawn(row, col, focus);
    },
  });
  return (
    <div ref={list} class="virtual-rows" onFocusIn={onFocusIn} onFocusOut={onFocusOut} classList={{ scrolling: motion() !== 'still' }} style={{ height: `${virtualizer.getTotalSize()}px` }}>
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
            {props.render(props.rows[item.index]!, () => item.index)}
          </div>
        )}
      </For>
    </div>
  );
}
