import type { ColumnMetrics, HeightModel } from './rowHeights';

let canvas: CanvasRenderingContext2D | null | undefined;

/** Average advance of a character of `sample` in `font`, as the browser shapes it. */
function charWidth(font: string, sample: string): number | undefined {
  canvas ??= document.createElement('canvas').getContext('2d');
  if (!canvas || !sample) return undefined;
  canvas.font = font;
  const w = canvas.measureText(sample).width / sample.length;
  return w > 0 ? w : undefined;
}

const px = (v: string) => parseFloat(v) || 0;

/**
 * Reads the text metrics of each column from rows already drawn in `list`: the width its
 * lines may take, its line height, its paddings, and the advance of its own text (`samples[c]`)
 * in its font. Undefined until every column has a drawn paragraph to read.
 */
export function measureColumns(list: HTMLElement, samples: readonly string[]): HeightModel | undefined {
  const columns: ColumnMetrics[] = [];
  let rowPx = 0;
  for (let c = 0; c < samples.length; c++) {
    const p = list.querySelector<HTMLElement>(`.para.kind-body[data-col="${c}"] p`);
    const para = p?.parentElement;
    const cell = para?.parentElement;
    if (!p || !para || !cell) return undefined;
    const ps = getComputedStyle(p);
    const as = getComputedStyle(para);
    const charPx = charWidth(ps.font, samples[c]!);
    if (!charPx) return undefined;
    const lineHeightPx = ps.lineHeight === 'normal' ? px(ps.fontSize) * 1.2 : px(ps.lineHeight);
    columns.push({
      linePx: p.getBoundingClientRect().width,
      lineHeightPx,
      charPx,
      paragraphPx: px(ps.marginTop) + px(ps.marginBottom) + px(as.paddingTop) + px(as.paddingBottom) + px(as.borderTopWidth) + px(as.borderBottomWidth),
    });
    const cs = getComputedStyle(cell);
    rowPx = Math.max(rowPx, px(cs.paddingTop) + px(cs.paddingBottom) + px(cs.borderTopWidth) + px(cs.borderBottomWidth));
  }
  return { columns, rowPx };
}
