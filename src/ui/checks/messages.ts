import type { Flag } from '../../core/model';
import { numberLocale, t, uiLang } from '../../i18n';
import { occurrenceCount } from '../../core/checks/forPage';

/** What a message needs to know about the pair and the story. */
export interface MessageContext {
  a: { id: string; lang: string };
  b: { id: string; lang: string };
  /** A document's name for "spelt so in …" (its title); the id when unknown. */
  titleOf: (docId: string) => string;
}

const langName = (lang: string) => t(`langName.${lang}`, { defaultValue: t('langName.und') });

/** Items joined in the interface language ("a, b" / "a، b"). */
function list(items: readonly string[]): string {
  return items.join(t('checks.listSeparator'));
}

const factorFormats = new Map<string, Intl.NumberFormat>();

/** A factor like 2.5 in the interface language's digits, one decimal (one formatter per language). */
function factor(x: number): string {
  const lang = uiLang();
  let f = factorFormats.get(lang);
  if (!f) factorFormats.set(lang, (f = new Intl.NumberFormat(numberLocale(lang), { maximumFractionDigits: 1, minimumFractionDigits: 1 })));
  return f.format(x);
}

/**
 * A flag's evidence in the interface language, built from its structured `data`; the core's
 * English `evidence` when the data is missing or of a kind this version does not know.
 * Texts from the documents are passed through as written.
 */
export function flagMessage(flag: Flag, ctx: MessageContext): string {
  const d = flag.data;
  const side = flag.span?.side ?? (flag.docId === ctx.b.id ? 'b' : 'a');
  const lang = langName(side === 'a' ? ctx.a.lang : ctx.b.lang);
  const otherLang = langName(side === 'a' ? ctx.b.lang : ctx.a.lang);
  if (!d) return flag.evidence;
  const text = d.text ?? '';
  const reading = d.sourceReading ?? d.sourceText ?? '';
  switch (d.kind) {
    case 'spelling-group': {
      const variants = d.variants ?? [];
      if (!variants.length) return flag.evidence;
      const spelt = variants.map((v) =>
        occurrenceCount(v) > 1 ? t('checks.spellingTimes', { text: v.text, n: occurrenceCount(v) }) : v.text,
      );
      return t('checks.evidence.spelling-group', { text, count: variants.length, list: list(spelt) });
    }
    case 'source-differs': {
      if (!d.sourceText) return flag.evidence;
      const base = t('checks.evidence.source-differs', { lang, otherLang, text, sourceText: d.sourceText, reading });
      const docs = d.supportedBy ?? [];
      if (!docs.length || !d.suggestion) return base;
      return `${base}${t('checks.clauseSeparator')}${t('checks.evidence.support', { docs: list(docs.map(ctx.titleOf)), suggestion: d.suggestion })}`;
    }
    case 'story-differs':
      if (!d.sourceText || !d.suggestion) return flag.evidence;
      return t('checks.evidence.story-differs', {
        docs: list((d.supportedBy ?? []).map(ctx.titleOf)),
        suggestion: d.suggestion,
        otherLang,
        sourceText: d.sourceText,
        reading,
        text,
      });
    case 'number-added':
    case 'number-missing':
      return t('checks.evidence.number-unmatched', { lang, otherLang, text });
    case 'number-differs':
      if (!d.sourceText) return flag.evidence;
      return t('checks.evidence.number-differs', { lang, otherLang, text, sourceText: d.sourceText });
    case 'no-counterpart':
      return t('checks.evidence.no-counterpart', { lang, otherLang, n: (flag.span?.paragraph ?? 0) + 1 });
    case 'length-ratio': {
      if (!d.ratio || !d.usualRatio) return flag.evidence;
      // ratio is A/B in letters: below the pair's usual ratio, A is the shorter side.
      const aShorter = d.ratio < d.usualRatio;
      const [shortLang, longLang] = aShorter ? [ctx.a.lang, ctx.b.lang] : [ctx.b.lang, ctx.a.lang];
      const f = aShorter ? d.usualRatio / d.ratio : d.ratio / d.usualRatio;
      return t('checks.evidence.length-ratio', { shortLang: langName(shortLang), longLang: langName(longLang), factor: factor(f) });
    }
    case 'wrong-script':
    case 'wrong-language':
      return t(`checks.evidence.${d.kind}`, { n: (flag.span?.paragraph ?? 0) + 1, found: langName(d.found ?? 'und'), expected: langName(d.expected ?? 'und') });
    case 'foreign-run':
      return t('checks.evidence.foreign-run', { found: langName(d.found ?? 'und'), expected: langName(d.expected ?? 'und') });
    case 'boilerplate':
      if (d.found === 'site-name') return t('checks.evidence.site-name', { text });
      return t('checks.evidence.boilerplate', { reason: t(`reader.reason.${d.found ?? 'site-chrome'}`, { defaultValue: t('reader.reason.site-chrome') }) });
    case 'near-miss-word':
      if (!d.sourceText || !d.suggestion) return flag.evidence;
      return t('checks.evidence.near-miss-word', { lang, otherLang, text, sourceText: d.sourceText, suggestion: d.suggestion });
    default:
      return flag.evidence;
  }
}

/** Where a flag is: "English, paragraph 10". */
export function flagPlace(flag: Flag, ctx: MessageContext): string {
  const side = flag.span?.side ?? 'a';
  return t('checks.place', { lang: langName(side === 'a' ? ctx.a.lang : ctx.b.lang), n: (flag.span?.paragraph ?? 0) + 1 });
}

/** The flagged text, shortened for a list (omissions flag whole paragraphs). */
export function flagQuote(flag: Flag, max = 80): string {
  const text = flag.data?.text ?? '';
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
