import type { ParagraphKind } from '../model';
import { countScripts } from './detect';
import { endsWithOneOf, words } from './lineEnds';

/**
 * Marks site furniture around an article by general rules, each named so the reader can say
 * why a paragraph was set aside and a user can override it. The rules look at the shape of
 * a line (placeholders, share bars, label:value pairs, squashed menus, URLs) and at its
 * neighbours (captions beside an image placeholder, labels inside a boilerplate run, and
 * everything after a "related news" heading near the end of the page).
 */

export interface KindGuess {
  kind: ParagraphKind;
  reason?: string;
}

const LOADING = /^(loading|جار[يٍ]?\s*التحميل|جاري\s*التحميل|در\s*حال\s*(بارگذاری|بارگیری))(\s+(image|video|photo|gallery|الصورة|الفيديو|تصویر|ویدیو))?\s*(\.{2,}|…)?\s*$/iu;
const IMAGE_PLACEHOLDER = /^(loading\s+(image|video|photo)|image|photo|video|صورة|تصویر)\s*(\.{2,}|…)?\s*$/iu;

const SOCIAL = '(facebook|twitter|x|linkedin|email|e-mail|whatsapp|telegram|reddit|pinterest|print|copy\\s*link|messenger|فيسبوك|تويتر|واتساب|تلگرام|فیسبوک|توییتر|ایمیل|البريد)';
const SHARE_BAR = new RegExp(`^(${SOCIAL}[\\s|•·,/]*){2,}$`, 'iu');
const SHARE_LABEL = /^(share|share\s+(this|the)\s+(article|story|post|news)|share\s+on|شارك|شارك\s+الخبر|شارك\s+المقال|مشاركة|اشتراک[\u200c\s]?گذاری|همرسانی|به\s+اشتراک\s+بگذارید)\s*[:：]?\s*$/iu;

/** "See also: <headline>" links that news sites interleave with the article. */
const SEE_ALSO = /^(شاهد\s*(ايض|أيض)اً?|شاهد\s+أيضا|اقرأ\s*(ايض|أيض)اً?|اقرأ\s+المزيد|read\s+(more|also)|see\s+also|related|also\s+read|watch|بیشتر\s+بخوانید|بخوانید|ببینید|مطلب\s+مرتبط)\s*[:：]/iu;

/** A heading after which a page lists other stories, not the article. */
const RELATED_HEADING = /^(أخبار\s+ذات\s+صلة|مقالات\s+ذات\s+صلة|اخبار\s+ذات\s+صلة|المزيد\s+من\s+الأخبار|related\s+(news|stories|articles|content)|more\s+(stories|news|from)|you\s+may\s+also\s+like|recommended(\s+for\s+you)?|اخبار\s+مرتبط|مطالب\s+مرتبط|مطالب\s+پیشنهادی)\s*[:：]?\s*$/iu;

const LABEL_KEYS = '(category|categories|section|tags?|topics?|filed\\s+under|التصنيف|تصنيف|القسم|الوسوم|الكلمات\\s+المفتاحية|دسته[\\u200c\\s]?بندی|برچسب[\\u200c\\s]?ها|موضوع)';
const LABEL_VALUE = new RegExp(`^${LABEL_KEYS}\\s*[:：]\\s*\\S.{0,60}$`, 'iu');

const SOURCE_LINK = /^(source\s+link|source|المصدر|منبع|via)\s*[:：]?\s*(\S.{0,40})?$/iu;
const URL_OR_EMAIL = /^(https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+|\S+\.(com|org|net|info|ir|af)\/?\S*)$/iu;
const SITE_CHROME = /^(advertisement|sponsored|skip\s+to\s+(main\s+)?content|subscribe|sign\s+up|log\s*in|newsletter|all\s+rights\s+reserved|©.*|copyright\b.*|إعلان|اعلان|تبلیغات|\S{1,30}\s+logo)\s*$/iu;

/** `/[.!?؟…:"”»)\]]\s*$/u`: a line that ends a sentence, read from its end. */
const terminal = endsWithOneOf('.!?؟…:"”»)]');

/** Rules that look at one line alone. */
export function lineRule(line: string): string | null {
  const t = line.trim();
  if (LOADING.test(t) || IMAGE_PLACEHOLDER.test(t)) return 'placeholder';
  if (SHARE_BAR.test(t)) return 'share-bar';
  if (SHARE_LABEL.test(t)) return 'share-bar';
  if (SEE_ALSO.test(t)) return 'see-also';
  if (RELATED_HEADING.test(t)) return 'related-heading';
  if (LABEL_VALUE.test(t)) return 'label';
  if (URL_OR_EMAIL.test(t)) return 'url';
  if (SITE_CHROME.test(t)) return 'site-chrome';
  if (SOURCE_LINK.test(t) && words(t, 4) <= 4) return 'source-link';
  // A menu whose items lost their spaces ("HomeNewsPoliticsBusiness"), or a run of letters
  // far longer than any word: no language writes 25 letters without a space.
  if (!/\s/.test(t) && t.length >= 25 && /^\p{L}+$/u.test(t)) return 'navigation';
  return null;
}

function isPlaceholder(reason: string | undefined): boolean {
  return reason === 'placeholder';
}

/** A short line with no sentence punctuation: a heading, a label or a menu item. */
export function isShortLabel(line: string): boolean {
  const t = line.trim();
  return t.length <= 40 && words(t, 3) <= 3 && !terminal(t);
}

/**
 * Kinds for a document's paragraphs. `docScript` is the script most of the document is in;
 * a short line in another script before the first body paragraph is a masthead.
 */
export function classifyParagraphs(paras: string[]): KindGuess[] {
  const out: KindGuess[] = paras.map((p) => {
    const reason = lineRule(p);
    return reason ? { kind: 'boilerplate', reason } : { kind: 'body' };
  });
  markRelatedTail(paras, out);
  markCaptions(paras, out);
  keepInlineAddresses(paras, out);
  markLabelRuns(paras, out);
  markMasthead(paras, out);
  markTitles(paras, out);
  return out;
}

/** After a "related news" heading in the second half of the page, nothing is article. */
function markRelatedTail(paras: string[], out: KindGuess[]): void {
  const at = out.findIndex((g, i) => g.reason === 'related-heading' && i >= paras.length / 2);
  if (at < 0) return;
  for (let i = at + 1; i < out.length; i++) {
    if (out[i]!.kind === 'body') out[i] = { kind: 'boilerplate', reason: 'related-block' };
  }
}

/**
 * The lines on either side of an image placeholder are its alt text and caption. Only lines
 * that look like captions (one or two sentences) qualify, so an article paragraph that
 * happens to follow an image is not swallowed.
 */
function markCaptions(paras: string[], out: KindGuess[]): void {
  out.forEach((g, i) => {
    if (!isPlaceholder(g.reason)) return;
    for (const j of [i - 1, i + 1]) {
      const n = out[j];
      if (n && n.kind === 'body' && words(paras[j]!, 60) <= 60) out[j] = { kind: 'caption', reason: 'beside-image' };
    }
  });
}

/**
 * A line that is only an address is page furniture around the article (a site's address in
 * its header, a link under the story), but inside the text it is the text: a manual's table
 * writes host names and addresses in cells beside labels ("Server address",
 * "ldap.example.org"), and its translation writes the same cell.
 */
function keepInlineAddresses(paras: string[], out: KindGuess[]): void {
  const first = paras.findIndex((p, i) => isProse(p, out[i]!));
  let last = paras.length - 1;
  while (last >= 0 && !isProse(paras[last]!, out[last]!)) last--;
  for (let i = first + 1; i < last; i++) if (out[i]!.reason === 'url') out[i] = { kind: 'body' };
}

/**
 * A lone label ("Politics") between pieces of furniture is furniture too, and so is a run
 * of labels next to furniture: the marks spread from each piece of furniture outwards, each
 * line looked at once or twice.
 */
function markLabelRuns(paras: string[], out: KindGuess[]): void {
  const furniture = (g: KindGuess): boolean => g.kind === 'boilerplate' || g.kind === 'caption';
  const stack: number[] = [];
  out.forEach((g, i) => {
    if (furniture(g)) stack.push(i);
  });
  while (stack.length) {
    const i = stack.pop()!;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= out.length || out[j]!.kind !== 'body' || !isShortLabel(paras[j]!)) continue;
      out[j] = { kind: 'boilerplate', reason: 'label' };
      stack.push(j);
    }
  }
}

/** A paragraph of running prose: body text of a dozen words or more ending a sentence. */
function isProse(p: string, g: KindGuess): boolean {
  return g.kind === 'body' && words(p, 12) >= 12 && terminal(p);
}

/** Paragraphs counted to find the main script: a sample spread over the document says it. */
const SCRIPT_SAMPLE = 2000;

function mainScript(paras: string[]): 'latin' | 'arabic' {
  let latin = 0;
  let arabic = 0;
  const step = Math.max(1, Math.floor(paras.length / SCRIPT_SAMPLE));
  for (let i = 0; i < paras.length; i += step) {
    const c = countScripts(paras[i]!);
    latin += c.latin;
    arabic += c.arabic;
  }
  return arabic > latin ? 'arabic' : 'latin';
}

/**
 * Before the first paragraph of running prose, short lines in the other script (a Persian
 * masthead over an English article) and lines that are only a date or a byline-like label
 * are page header, not article.
 */
function markMasthead(paras: string[], out: KindGuess[]): void {
  const firstProse = paras.findIndex((p, i) => isProse(p, out[i]!));
  const end = firstProse < 0 ? 0 : firstProse;
  if (end === 0) return;
  const script = mainScript(paras);
  for (let i = 0; i < end; i++) {
    if (out[i]!.kind !== 'body') continue;
    const c = countScripts(paras[i]!);
    const other = script === 'latin' ? c.arabic > c.latin : c.latin > c.arabic;
    const noLetters = c.latin + c.arabic + c.other === 0;
    const lettersOnlyCode = /^[\p{Lu}\d\s\-–_./]+$/u.test(paras[i]!.trim()) && words(paras[i]!) <= 2;
    if (other || noLetters || lettersOnlyCode) out[i] = { kind: 'boilerplate', reason: 'masthead' };
  }
}

/** A short line without sentence punctuation, followed by body text, is a heading. */
function markTitles(paras: string[], out: KindGuess[]): void {
  // Kind of the first paragraph after i that is not boilerplate, as it was before this rule
  // (a run of headings above body text are all headings); walked from the end, so linear.
  let next: ParagraphKind | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const kind = out[i]!.kind;
    if (kind === 'body' && next === 'body') {
      const t = paras[i]!.trim();
      if (words(t, 16) <= 16 && !terminal(t)) out[i] = { kind: 'title', reason: 'heading' };
    }
    if (kind !== 'boilerplate') next = kind;
  }
}
