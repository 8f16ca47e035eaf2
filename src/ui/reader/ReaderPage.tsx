import { useNavigate } from '@tanstack/solid-router';
import { createMemo, onCleanup, onMount, Show } from 'solid-js';
import { readerRoute } from '../routes/reader';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { alignInWorker, linkInWorker } from '../lib/alignClient';
import { currentSpan } from '../annotate/selection';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ReaderBar } from './ReaderBar';
import { ReaderRows } from './ReaderRows';
import { ReaderSide } from './ReaderSide';
import { RowTools } from './RowTools';
import { commandFor } from './commands';
import { parseReaderSearch, toSearch } from './routeState';
import { createReaderSession, ReaderSessionProvider, useReaderSession } from './session';
import { createSheet } from '../layout/Sheet';
import { PrintNotes } from '../layout/PrintNotes';

/** The reader: a session for this story and its columns, laid out. */
export function ReaderPage() {
  const repos = useRepos();
  const params = readerRoute.useParams();
  const search = readerRoute.useSearch();
  const navigate = useNavigate();
  // Canonical already (validateSearch): one parse per change of the URL.
  const route = createMemo(() => parseReaderSearch(search()));
  const session = createReaderSession({
    repos,
    storyId: () => params().storyId,
    route,
    navigate: (next) => void navigate({ to: '/story/$storyId/read', params: { storyId: params().storyId }, search: toSearch(next) }),
    jobs: { align: (a, b, onProgress, keep) => alignInWorker(repos.db, a, b, onProgress, keep), link: (a, b) => linkInWorker(repos.db, a, b) },
  });
  return (
    <ReaderSessionProvider value={session}>
      <ReaderLayout />
    </ReaderSessionProvider>
  );
}

function ReaderLayout() {
  const s = useReaderSession();
  useReaderKeys();
  const ready = () => s.storyDocs() !== undefined && s.columns() !== undefined;
  // On a phone the side panel is a sheet, opened from the bar (layout/Sheet.tsx).
  const sheet = createSheet();
  return (
    <section class="reader" aria-labelledby="reader-heading">
      <ReaderBar sheet={sheet} />
      <Show when={s.mode() === 'edit' && s.editable()}>
        <RowTools />
      </Show>
      <Show when={s.writeError()}>
        <p role="alert" class="error">
          {s.writeError()}
        </p>
      </Show>
      <Show when={ready()} fallback={<p>{t('reader.loading')}</p>}>
        <Show when={s.story() && (s.columns()?.length ?? 0) >= 2} fallback={<p role="alert">{s.story() ? t('reader.pickTwo') : t('reader.notFound')}</p>}>
          <div class="reader-body">
            <ReaderRows />
            <ReaderSide sheet={sheet} />
          </div>
          <PrintNotes order={[...s.notes().keys()]} annotations={s.annotations()} />
        </Show>
      </Show>
      <ShortcutsDialog />
    </section>
  );
}

/** Keys run the session's commands; typing in a field or a dialog is left alone. */
function useReaderKeys() {
  const s = useReaderSession();
  onMount(() => {
    const onSel = () => s.actions.setSelection(currentSpan());
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement;
      if (s.editorTarget() || target.closest('input, textarea, select, [contenteditable], dialog')) return;
      const inParagraph = !!target.closest('.para') && !target.closest('button');
      const command = commandFor(s.commands, e, inParagraph);
      if (!command || !command.enabled()) return;
      e.preventDefault();
      command.run();
    };
    document.addEventListener('selectionchange', onSel);
    document.addEventListener('keydown', onKey);
    onCleanup(() => {
      document.removeEventListener('selectionchange', onSel);
      document.removeEventListener('keydown', onKey);
    });
  });
}
