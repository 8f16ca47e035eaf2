import { createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Document } from '../../core/model';
import type { AlignmentData, ExportLevel } from '../../core/formats/alignment-export';
import { alignmentToCsv, alignmentToJson, alignmentToTsv } from '../../core/formats/alignment-export';
import { alignmentToTmx } from '../../core/formats/tmx';
import { t } from '../../i18n';
import { downloadText, fileSlug } from '../lib/download';
import { errorMessage } from '../lib/errors';

/** Downloads the alignment the reader shows as TMX 1.4b, TSV, CSV or JSON. */
export function AlignmentExport(props: { title: string; data: () => AlignmentData }) {
  const [level, setLevel] = createSignal<ExportLevel>('paragraph');
  const [error, setError] = createSignal('');
  const save = (kind: 'tmx' | 'tsv' | 'csv' | 'json') => {
    setError('');
    try {
      const data = props.data();
      const plain: AlignmentData = { docs: data.docs.map((d) => unwrap(d) as Document), rows: data.rows };
      const name = `${fileSlug(props.title)}-alignment`;
      if (kind === 'tmx') downloadText(`${name}.tmx`, alignmentToTmx(plain, { level: level() }), 'application/x-tmx+xml');
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
