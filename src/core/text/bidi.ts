/**
 * Runs of text in the direction opposite to their paragraph: Latin names and numbers with
 * their punctuation inside Arabic or Persian text, Arabic-script words inside English. The
 * reader wraps each run in <bdi> so that "C-17" or "(Zalmay Khalilzad)" keeps its shape and
 * does not drag neighbouring punctuation to the wrong side.
 */

export interface BidiRun {
  text: string;
  /** True when the run should be isolated (shown in a <bdi>). */
  isolate: boolean;
}

const LATIN_RUN = /[A-Za-z\u00c0-\u024f0-9][A-Za-z\u00c0-\u024f0-9.,:'’\-/&+%$]*(?:\s+[A-Za-z\u00c0-\u024f0-9][A-Za-z\u00c0-\u024f0-9.,:'’\-/&+%$]*)*/g;
const ARABIC_RUN = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff][\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff\u200c\s]*[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]|[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/g;

export function bidiRuns(text: string, dir: 'ltr' | 'rtl'): BidiRun[] {
  const re = dir === 'rtl' ? LATIN_RUN : ARABIC_RUN;
  const out: BidiRun[] = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    const run = m[0].replace(/[.,:]+$/, ''); // sentence punctuation stays with the paragraph
    if (!run) continue;
    // Bare numbers in RTL text are laid out correctly by the bidi algorithm already.
    if (dir === 'rtl' && /^[0-9]+$/.test(run)) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), isolate: false });
    out.push({ text: run, isolate: true });
    last = m.index + run.length;
  }
  if (last < text.length) out.push({ text: text.slice(last), isolate: false });
  return out;
}
