import { Match, Show, Switch } from 'solid-js';
import { formatNumber, t } from '../../i18n';
import { isPoFile } from '../../core/formats/poName';
import { useReaderSession } from './session';

/** What the rows are based on (naming the columns aligned), with progress and cancel while the aligner runs. */
export function AlignStatusBar() {
  const s = useReaderSession();
  const state = () => s.pipeline.state();
  const relatedCount = () => (s.columns() ?? []).filter((c) => c.relation === 'related').length;
  const linked = () => s.related.links().filter((l) => l !== undefined);
  /** Every alignment shown came from a TMX file: its own pairs, not the aligner's. */
  const fromTmx = () => {
    const st = state();
    return st.kind === 'aligned' && st.alignments.length > 0 && st.alignments.every((a) => a.method === 'tmx');
  };
  /** The file those pairs came from was a gettext PO file, not a TMX. */
  const fromPo = () => (s.columns() ?? []).some((c) => c.doc.source.type === 'file' && isPoFile(c.doc.source.name ?? ''));
  const columnsAligned = () => t('reader.alignedColumns', { columns: s.alignedTitles().join(' · ') });
  return (
    <span class="align-status" role="status" aria-live="polite">
      <Switch fallback={<span class="hint">{t('reader.rowsInOrder')}</span>}>
        <Match when={state().kind === 'aligning' && state()} keyed>
          {(st) => (
            <>
              <progress max="1" value={st.kind === 'aligning' ? st.progress : 0} aria-label={t('reader.aligning')} />
              <span>{t('reader.aligningPercent', { percent: formatNumber(Math.round((st.kind === 'aligning' ? st.progress : 0) * 100)) })}</span>
              <button type="button" class="secondary" onClick={() => s.pipeline.cancel()}>
                {t('reader.cancel')}
              </button>
            </>
          )}
        </Match>
        <Match when={state().kind === 'aligned' && s.alignedTitles().length > 1}>
          <span class="hint">{t(fromTmx() ? (fromPo() ? 'reader.fromPo' : 'reader.fromTmx') : 'reader.aligned', { count: s.rows().length })}</span>
          <span class="hint aligned-columns" title={columnsAligned()}>{columnsAligned()}</span>
        </Match>
        {/* One translation column: its paragraphs are the rows, nothing was aligned. */}
        <Match when={state().kind === 'aligned'}>{null}</Match>
        <Match when={state().kind === 'failed' && state()} keyed>
          {(st) => (
            <>
              <span class="hint">{(st.kind === 'failed' && st.error) || t('reader.rowsInOrder')}</span>
              <button type="button" class="secondary" onClick={() => s.pipeline.retry()}>
                {t('reader.align')}
              </button>
            </>
          )}
        </Match>
      </Switch>
      <Show when={relatedCount() > 0}>
        <span class="hint">
          {linked().length < relatedCount() ? t('reader.linking') : t('reader.links', { count: linked().reduce((n, l) => n + l!.length, 0) })}
        </span>
      </Show>
      <Show when={s.related.error()}>
        <span class="error">{s.related.error()}</span>
      </Show>
    </span>
  );
}
