import i18next, { type TOptions } from 'i18next';
import { createSignal } from 'solid-js';
import en from './locales/en.json';
import ar from './locales/ar.json';
import fa from './locales/fa.json';
import { dirOf } from '../core/text/detect';

export const UI_LANGS = ['en', 'ar', 'fa'] as const;
export type UiLang = (typeof UI_LANGS)[number];
const STORAGE_KEY = 'tarjuman.uiLang';

function initialLang(): UiLang {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (UI_LANGS as readonly string[]).includes(saved)) return saved as UiLang;
  const nav = globalThis.navigator?.language?.slice(0, 2);
  return (UI_LANGS as readonly string[]).includes(nav ?? '') ? (nav as UiLang) : 'en';
}

void i18next.init({
  lng: initialLang(),
  fallbackLng: 'en',
  resources: { en: { translation: en }, ar: { translation: ar }, fa: { translation: fa } },
  interpolation: { escapeValue: false }, // Solid renders text nodes, never HTML
  initAsync: false,
});

/**
 * Locale for numbers: Arabic-Indic digits for Arabic, Persian digits for Persian, whatever
 * the platform's CLDR default (some now default Arabic to Latin digits).
 */
export function numberLocale(lang: string): string {
  if (lang === 'ar') return 'ar-u-nu-arab';
  if (lang === 'fa') return 'fa-u-nu-arabext';
  return lang;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * One formatter per language: building an Intl.NumberFormat costs far more than formatting
 * with it, and each virtual row formats its number as it is drawn.
 */
export function numberFormat(lang: string): Intl.NumberFormat {
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(numberLocale(lang))));
  return f;
}

/** Stands for a number in a message translated once for many numbers (see `numbered`). */
const SLOT = '\uE000';

i18next.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
  value === SLOT ? SLOT : numberFormat(lng ?? 'en').format(Number(value)),
);

const [uiLang, setUiLangSignal] = createSignal<UiLang>(i18next.language as UiLang);
export { uiLang };

/** Translates and subscribes the calling computation to language changes. */
export function t(key: string, options?: TOptions): string {
  uiLang();
  return i18next.t(key, options) as string;
}

const templates = new Map<string, string[]>();

/**
 * A message with one number `option` in it, for many numbers: translated once per language,
 * then only the number is formatted. Every row of a long list is labelled as it is drawn, and
 * a translation with interpolation costs far more than formatting a number.
 */
export function numbered(key: string, option = 'n'): (n: number) => string {
  const lang = uiLang();
  const id = `${lang}|${key}|${option}`;
  let parts = templates.get(id);
  if (!parts) templates.set(id, (parts = (i18next.t(key, { [option]: SLOT }) as string).split(SLOT)));
  const format = numberFormat(lang);
  const pieces = parts;
  return (n) => pieces.join(format.format(n));
}

export function setUiLang(lang: UiLang): void {
  void i18next.changeLanguage(lang);
  globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  setUiLangSignal(lang);
  applyDocumentLang(lang);
}

/** The whole layout mirrors with the interface language. */
export function applyDocumentLang(lang: UiLang = uiLang()): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = lang;
  document.documentElement.dir = dirOf(lang);
}

/** Numbers in the interface language's digits; document text is never reformatted. */
export function formatNumber(n: number): string {
  return numberFormat(uiLang()).format(n);
}
