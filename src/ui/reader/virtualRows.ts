import { createEffect, createSignal, on, onCleanup, onMount } from 'solid-js';
import { createWindowVirtualizer, measureElement } from '@tanstack/solid-virtual';
import type { Row } from './rows';
import { rowsToDraw, margins } from './overscan';
import { scrollMotion } from './scrollMotion';

/** Rows are placed by this guess until their text gives a better one, and measured once drawn. */
const ESTIMATED_ROW_PX = 140;

export interface VirtualRowsInput {
  rows: Row[];
  /**
   * Heights of all rows before they are drawn (rowHeights.ts), worked out from the rows
   * already drawn in `list`, and what they were worked out from (`basis`: the text metrics);
   * undefined while it cannot tell yet.
   */
  estimate?: (list: HTMLElement) => { heights: Float64Array; basis: string } | undefined;
  /** Changes when the text's metrics may have (text size settings): estimates are redone. */
  estimateKey?: string;
}

/**
 * What a book's row list knows besides its rows: which rows to draw (the window virtualizer,
 * told how the list moves), where each is placed until measured, and which row holds the
 * keyboard focus, so RowList only lays them out. Call inside a component; `setList` takes the
 * list element once it is rendered.
 */
export function virtualRows(props: VirtualRowsInput) {
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
  return {
    setList: (el: HTMLDivElement) => (list = el),
    virtualizer,
    margin,
    /** The list is moving: the page eases off hover effects meanwhile. */
    moving: () => motion() !== 'still',
    onFocusIn,
    onFocusOut,
  };
}
