import { createSignal, For } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Document } from '../../core/model';
import type { AlignmentData, ExportLevel } from '../../core/formats/alignment-export';
import { alignmentToCsv, alignmentToJson, alignmentToTsv } from '../../core/formats/alignment-export';
import { alignmentToTmx } from '../../core/formats/tmx';
import { t } from '../../i18n';
import { downloadText, fileSlug } from '../lib/download';
import { errorMessage } from '../lib/errors';

/** Locale tags a translation memory usually wants for a bare language; the user may type another. */
const LOCALES: Record<string, string> = { en: 'en-US', ar: 'ar-SA', fa: 'fa-IR', prs: 'fa-AF', ps: 'ps-AF' };
const SUGGESTIONS = ['en-US', 'en-GB', 'ar-SA', 'ar-EG', 'ar-AE', 'fa-IR', 'fa-AF', 'ps-AF'];

/** A bare language's usual locale; a tag that already names a region is kept. */
export function suggestedTag(lang: string): string {
  return lang.includes('-') ? lang : (LOCALES[lang.toLowerCase()] ?? lang);
}

/** The document the others are translations of, else the first column. */
function defaultSource(docs: readonly Document[]): number {
  const named = docs.map((d) => d.relation?.docId).find((id) => id && docs.some((d) => d.id === id));
  return Math.max(0, docs.findIndex((d) => d.id === named));
}

/** Downloads the alignment the reader shows as TMX 1.4b, TSV, CSV or JSON. */
export function AlignmentExport(props: { title: string; data: () => AlignmentData; docs: readonly Document[] }) {
  const [level, setLevel] = createSignal<ExportLevel>('paragraph');
  const [linkedOnly, setLinkedOnly] = createSignal(true);
  const [leaveFurniture, setLeaveFurniture] = createSignal(true);
  const [tags, setTags] = createSignal<Record<number, string>>({});
  const [source, setSource] = createSignal<number | null>(null);
  const [error, setError] = createSignal('');
  // The documents come apart from the data: building the data maps every row (50,000 in a book).
  const docs = () => props.docs;
  const tagOf = (d: number) => tags()[d] ?? suggestedTag(docs()[d]?.lang ?? '');
  const sourceIndex = () => source() ?? defaultSource(docs());
  const langName = (d: Document) => t(`langName.${d.lang}`, { defaultValue: d.lang });

  const save = (kind: 'tmx' | 'tsv' | 'csv' | 'json') => {
    setError('');
    try {
      const data = props.data();
      const plain: AlignmentData = { docs: data.docs.map((d) => unwrap(d) as Document), rows: data.rows };
      const name = `${fileSlug(props.title)}-alignment`;
      if (kind === 'tmx') {
        const tmx = alignmentToTmx(plain, {
          level: level(),
          linkedOnly: linkedOnly(),
          furniture: !leaveFurniture(),
          tags: plain.docs.map((_, d) => tagOf(d)),
          source: sourceIndex(),
        });
        downloadText(`${name}.tmx`, tmx, 'application/x-tmx+xml');
      }
      if (kind === 'tsv') downloadText(`${name}.tsv`, alignmentToTsv(plain, { level: level(), bom: true }), 'text/tab-separated-values');
      if (kind === 'csv') downloadText(`${name}.csv`, alignmentToCsv(plain, { level: level(), bom: true }), 'text/csv');
      if (kind === 'json') downloadText(`${name}.json`, alignmentToJson(plain, { level: level() }), 'application/json');
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section class="alignment-export" aria-labelledby="alignment-export-heading">
      <h2 id="alignment-export-heading">{t('edit.exportHeading')}</h2>
      <label>
        <span>{t('edit.level')}</span>
        <select onChange={(e) => setLevel(e.currentTarget.value as ExportLevel)}>
          <option value="paragraph">{t('edit.levels.paragraph')}</option>
          <option value="sentence">{t('edit.levels.sentence')}</option>
        </select>
      </label>
      <fieldset class="tmx-options">
        <legend>{t('edit.tmxOptions')}</legend>
        <label class="check">
          <input type="checkbox" checked={linkedOnly()} onChange={(e) => setLinkedOnly(e.currentTarget.checked)} />
          <span>{t('edit.linkedOnly')}</span>
        </label>
        <label class="check">
          <input type="checkbox" checked={leaveFurniture()} onChange={(e) => setLeaveFurniture(e.currentTarget.checked)} />
          <span>{t('edit.leaveFurniture')}</span>
        </label>
        <p class="hint">{t('edit.languageTagHint')}</p>
        <For each={docs()}>
          {(doc, d) => (
            <label>
              <span>{t('edit.languageTag', { column: d() + 1, lang: langName(doc) })}</span>
              <input
                class="language-tag"
                dir="ltr"
                list="tmx-locale-tags"
                value={tagOf(d())}
                onInput={(e) => setTags({ ...tags(), [d()]: e.currentTarget.value })}
              />
            </label>
          )}
        </For>
        <label>
          <span>{t('edit.sourceLanguage')}</span>
          <select onChange={(e) => setSource(Number(e.currentTarget.value))}>
            <For each={docs()}>
              {(doc, d) => (
                <option value={d()} selected={d() === sourceIndex()}>
                  {t('edit.languageTag', { column: d() + 1, lang: langName(doc) })}
                </option>
              )}
            </For>
          </select>
        </label>
        <datalist id="tmx-locale-tags">
          <For each={SUGGESTIONS}>{(tag) => <option value={tag} />}</For>
        </datalist>
      </fieldset>
      <div class="io">
        <button type="button" class="secondary" onClick={() => save('tmx')}>
          {t('edit.exportTmx')}
        </button>
        <button type="button" class="secondary" onClick={() => save('tsv')}>
          {t('edit.exportTsv')}
        </button>
        <button type="button" class="secondary" onClick={() => save('csv')}>
          {t('edit.exportCsv')}
        </button>
        <button type="button" class="secondary" onClick={() => save('json')}>
          {t('edit.exportJson')}
        </button>
      </div>
      <p role="alert" class="error">{error()}</p>
    </section>
  );
}
