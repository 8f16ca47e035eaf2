import { createSignal } from 'solid-js';

/** Reader text size per document language, in rem, kept in this browser. */
const KEY = 'tarjuman.fontSizes';
const DEFAULTS: Record<string, number> = { en: 1.05, ar: 1.3, fa: 1.15 };
const MIN = 0.8;
const MAX = 2.4;

function load(): Record<string, number> {
  try {
    return { ...DEFAULTS, ...(JSON.parse(globalThis.localStorage?.getItem(KEY) ?? '{}') as Record<string, number>) };
  } catch {
    return { ...DEFAULTS };
  }
}

const [sizes, setSizes] = createSignal(load());

export function fontSize(lang: string): number {
  return sizes()[lang] ?? 1.05;
}

export function stepFontSize(lang: string, step: number): void {
  const next = Math.min(MAX, Math.max(MIN, Math.round((fontSize(lang) + step) * 100) / 100));
  const all = { ...sizes(), [lang]: next };
  setSizes(all);
  globalThis.localStorage?.setItem(KEY, JSON.stringify(all));
}

/**
 * Which way the reader's columns run. By default they follow the interface direction (the
 * first column on the right in Arabic and Persian); a reader may pin them either way.
 */
export type ColumnOrder = 'auto' | 'ltr' | 'rtl';
const ORDER_KEY = 'tarjuman.columnOrder';
const savedOrder = globalThis.localStorage?.getItem(ORDER_KEY);
const [columnOrder, setColumnOrderSignal] = createSignal<ColumnOrder>(savedOrder === 'ltr' || savedOrder === 'rtl' ? savedOrder : 'auto');
export { columnOrder };
export function setColumnOrder(order: ColumnOrder): void {
  setColumnOrderSignal(order);
  globalThis.localStorage?.setItem(ORDER_KEY, order);
}
