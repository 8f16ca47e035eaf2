import { createEffect, onCleanup, onMount } from 'solid-js';
import { t } from '../../i18n';
import { rangeAt } from '../checks/showInText';
import type { PlacedWord } from './counterparts';
import { useReaderSession } from './session';
import { wordPoint } from './wordPoint';

/** Names of the CSS highlights (styles.css `::highlight(...)`): the page's DOM is left as it is. */
const WORD = 'counterpart-word';
const OTHERS = 'counterpart';

/**
 * Word counterparts on the page: the pointer (hover), a tap or the keyboard's word command
 * points at a name or number, and it and its counterparts in the row's other columns are
 * highlighted with the CSS Custom Highlight API, so no markup or style is added to the text.
 * A live region says the pair for screen readers.
 */
export function WordPointer(props: { box: () => HTMLElement | undefined }) {
  const s = useReaderSession();
  const pointAt = (x: number, y: number) => {
    const hit = wordPoint(x, y);
    const d = hit?.para.dataset;
    s.words.point(d ? { row: Number(d.row), col: Number(d.col), paragraph: Number(d.para), offset: hit!.offset } : null);
  };
  onMount(() => {
    const box = props.box();
    if (!box) return;
    let frame = 0;
    const onMove = (e: PointerEvent) => {
      if (e.pointerType !== 'mouse') return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => pointAt(e.clientX, e.clientY));
    };
    const onTap = (e: MouseEvent) => pointAt(e.clientX, e.clientY);
    box.addEventListener('pointermove', onMove, { passive: true });
    box.addEventListener('click', onTap);
    onCleanup(() => {
      cancelAnimationFrame(frame);
      box.removeEventListener('pointermove', onMove);
      box.removeEventListener('click', onTap);
    });
  });

  const ranges = (words: PlacedWord[]) =>
    words.flatMap((w) => {
      const p = props.box()?.querySelector(`.para[data-row="${w.row}"][data-col="${w.col}"][data-para="${w.paragraph}"] p`);
      const r = p && rangeAt(p, w.start, w.end);
      return r ? [r] : [];
    });
  createEffect(() => {
    const c = s.words.current();
    // Marks and flags redraw the paragraph's text nodes: the ranges are drawn again after them.
    void s.rows(), s.marks(), s.checks.marksVersion();
    if (typeof Highlight === 'undefined' || !CSS.highlights) return;
    CSS.highlights.set(WORD, new Highlight(...ranges(c ? [c.word] : [])));
    CSS.highlights.set(OTHERS, new Highlight(...ranges(c?.counterparts ?? [])));
  });
  onCleanup(() => {
    CSS.highlights?.delete(WORD);
    CSS.highlights?.delete(OTHERS);
  });

  const textOf = (w: PlacedWord) => s.columns()?.[w.col]?.doc.paragraphs[w.paragraph]?.text.slice(w.start, w.end) ?? '';
  const said = () => {
    const c = s.words.current();
    return c && c.counterparts.length ? t('reader.counterparts', { word: textOf(c.word), others: c.counterparts.map(textOf).join(' · ') }) : '';
  };
  return (
    <p class="visually-hidden" aria-live="polite">
      {said()}
    </p>
  );
}
