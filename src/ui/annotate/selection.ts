/**
 * The user's text selection as a span of one paragraph, in UTF-16 offsets of the paragraph's
 * text. The paragraph's <p> renders exactly its text (in text nodes, <bdi> and <mark>), so an
 * offset is the length of text before the boundary inside that <p>. A selection that crosses
 * paragraphs is clipped to the paragraph where it starts.
 */
export interface ParagraphSpan {
  docId: string;
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

export function offsetIn(root: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(root);
  range.setEnd(node, offset);
  return range.toString().length;
}

export function currentSpan(): ParagraphSpan | null {
  const sel = globalThis.getSelection?.();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const startEl = (range.startContainer.nodeType === Node.ELEMENT_NODE ? range.startContainer : range.startContainer.parentElement) as Element | null;
  const p = startEl?.closest('.para p');
  const para = p?.closest<HTMLElement>('.para');
  if (!p || !para) return null;
  const start = offsetIn(p, range.startContainer, range.startOffset);
  const end = p.contains(range.endContainer) ? offsetIn(p, range.endContainer, range.endOffset) : (p.textContent ?? '').length;
  const text = (p.textContent ?? '').slice(start, end);
  if (!text.trim()) return null;
  return { docId: para.dataset.doc!, paragraph: Number(para.dataset.para), start, end, text };
}
