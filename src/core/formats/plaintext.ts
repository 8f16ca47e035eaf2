import type { Dir, Lang, Paragraph } from '../model';
import { detectLanguage, dirOf } from '../text/detect';
import { segment } from '../text/segment';
import { checkText } from './decode';

export interface ImportedText {
  title: string;
  lang: Lang;
  dir: Dir;
  langByUser: boolean;
  paragraphs: Paragraph[];
}

/**
 * Plain text (and text extracted from HTML or Markdown) becomes a document body: detected
 * language and direction unless the user chose one, and the app's one segmentation.
 */
export function importPlainText(raw: string, options: { title?: string; lang?: Lang } = {}): ImportedText {
  const text = checkText(raw);
  const detected = detectLanguage(text);
  const lang: Lang = options.lang ?? (detected.lang === 'und' ? 'en' : detected.lang);
  const paragraphs = segment(text, { lang });
  const title = options.title?.trim() || guessTitle(paragraphs);
  return { title, lang, dir: dirOf(lang), langByUser: options.lang !== undefined, paragraphs };
}

function guessTitle(paragraphs: Paragraph[]): string {
  const first = paragraphs.find((p) => p.kind === 'title') ?? paragraphs.find((p) => p.kind === 'body') ?? paragraphs[0];
  const t = first?.text ?? '';
  return t.length > 90 ? `${t.slice(0, 87)}…` : t;
}

/** A file read as HTML: by its extension, or a .txt that is really a saved web page. */
export function isHtml(format: 'text' | 'markdown' | 'html', text: string): boolean {
  return format === 'html' || /^\s*<(!doctype html|html)/i.test(text);
}

/** Markdown's markup is noise for alignment: headings, emphasis and link targets go. */
export function markdownToText(md: string): string {
  return md
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/^>\s?/gm, '');
}
