import type { Flag } from '../../core/model';

/** A DOM range over UTF-16 offsets [start, end) of an element's text. */
export function rangeAt(el: Element, start: number, end: number): Range | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let at = 0;
  let started = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (!started && start <= at + len) {
      range.setStart(n, start - at);
      started = true;
    }
    if (started && end <= at + len) {
      range.setEnd(n, end - at);
      return range;
    }
    at += len;
  }
  return null;
}

/**
 * Scrolls the reader to a flag (its underline `[data-flag~="<id>"]` when the reader draws
 * them, else its paragraph `.para[data-doc][data-para]`), selects the flagged text so it can
 * be annotated by hand, and focuses the paragraph so the keyboard continues from there.
 * False when the flag's paragraph is not shown.
 */
export function showFlagInText(flag: Flag, root: ParentNode = document): boolean {
  if (!flag.docId || !flag.span) return false;
  const esc = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/["\\]/g, '\\$&'));
  const para = root.querySelector<HTMLElement>(`.para[data-doc="${esc(flag.docId)}"][data-para="${flag.span.paragraph}"]`);
  if (!para) return false;
  const mark = para.querySelector<HTMLElement>(`[data-flag~="${esc(flag.id)}"]`);
  (mark ?? para).scrollIntoView({ block: 'center' });
  para.focus({ preventScroll: true });
  const text = para.querySelector('p');
  const range = text ? rangeAt(text, flag.span.start, flag.span.end) : null;
  if (range) {
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }
  return true;
}
