import { createRoute, Link, useNavigate } from '@tanstack/solid-router';
import { createMemo, createSignal, For, Index, Show } from 'solid-js';
import type { Document } from '../../core/model';
import { rootRoute } from './root';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createLiveQuery } from '../lib/live';
import { rowsInOrder, type Row } from '../reader/rows';
import { ParagraphView } from '../reader/ParagraphView';
import { ReaderSettings } from '../reader/ReaderSettings';
import { moveFocus } from '../reader/keys';
import { fontSize } from '../lib/settings';

/** `docs` is a comma-separated list of two or three document ids, in column order. */
export interface ReaderSearch {
  docs: string[];
}

export const readerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/story/$storyId/read',
  validateSearch: (search: Record<string, unknown>): { docs: string } => ({
    docs: typeof search.docs === 'string' ? search.docs : '',
  }),
  component: ReaderPage,
});

function parseDocs(raw: string): string[] {
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 3);
}

function ReaderPage() {
  const repos = useRepos();
  const params = readerRoute.useParams();
  const search = readerRoute.useSearch();
  const navigate = useNavigate();
  const ids = createMemo(() => parseDocs(search().docs));
  const story = createLiveQuery(() => repos.stories.get(params().storyId));
  const storyDocs = createLiveQuery(() => repos.documents.listByStory(params().storyId));
  const docs = createMemo(() => {
    const all = storyDocs();
    if (!all) return undefined;
    return ids()
      .map((id) => all.find((d) => d.id === id))
      .filter((d): d is Document => d !== undefined);
  });
  const rows = createMemo<Row[]>(() => rowsInOrder((docs() ?? []).map((d) => d.paragraphs.length)));
  const [active, setActive] = createSignal(-1);
  const [hideFurniture, setHideFurniture] = createSignal(false);

  const setColumn = (col: number, docId: string) => {
    const next = [...ids()];
    if (docId) next[col] = docId;
    else next.splice(col, 1);
    void navigate({ to: '/story/$storyId/read', params: { storyId: params().storyId }, search: { docs: next.join(',') } });
  };
  const addColumn = () => {
    const spare = (storyDocs() ?? []).find((d) => !ids().includes(d.id));
    if (spare) setColumn(ids().length, spare.id);
  };

  return (
    <section class="reader" aria-labelledby="reader-heading">
      <div class="reader-bar">
        <Link to="/" class="back">
          {t('reader.back')}
        </Link>
        <h1 id="reader-heading">
          <bdi>{story()?.title ?? ''}</bdi>
        </h1>
        <Index each={ids()}>
          {(id, col) => (
            <label class="column-pick">
              <span>{t('reader.column', { n: col + 1 })}</span>
              <select onChange={(e) => setColumn(col, e.currentTarget.value)}>
                {/* `selected` per option: a select's value set before its options exist is lost */}
                <For each={storyDocs()}>
                  {(d) => (
                    <option value={d.id} selected={d.id === id()}>
                      {d.title}
                    </option>
                  )}
                </For>
                <Show when={col === 2}>
                  <option value="">{t('reader.removeColumn')}</option>
                </Show>
              </select>
            </label>
          )}
        </Index>
        <Show when={ids().length === 2 && (storyDocs()?.length ?? 0) > 2}>
          <button type="button" class="secondary" onClick={addColumn}>
            {t('reader.addColumn')}
          </button>
        </Show>
        <label class="check">
          <input type="checkbox" checked={hideFurniture()} onChange={(e) => setHideFurniture(e.currentTarget.checked)} />
          <span>{t('reader.hideFurniture')}</span>
        </label>
        <span class="hint">{t('reader.rowsInOrder')}</span>
        <ReaderSettings langs={[...new Set((docs() ?? []).map((d) => d.lang))]} />
      </div>
      <Show when={storyDocs() !== undefined} fallback={<p>{t('reader.loading')}</p>}>
        <Show when={story() && (docs()?.length ?? 0) >= 2} fallback={<p role="alert">{story() ? t('reader.pickTwo') : t('reader.notFound')}</p>}>
          <div
            class="rows"
            classList={{ 'hide-furniture': hideFurniture() }}
            style={{
              '--cols': String(docs()!.length),
              '--size-en': `${fontSize('en')}rem`,
              '--size-ar': `${fontSize('ar')}rem`,
              '--size-fa': `${fontSize('fa')}rem`,
            }}
            onKeyDown={(e) => moveFocus(e, e.currentTarget)}
          >
            <For each={rows()}>
              {(row, i) => (
                <div class="row" classList={{ active: active() === i() }} role="group" aria-label={t('reader.row', { n: i() + 1 })}>
                  <Index each={docs()}>
                    {(doc, col) => (
                      <div class="cell" lang={doc().lang} dir={doc().dir}>
                        <For each={row.cells[col]}>
                          {(p) => (
                            <ParagraphView
                              doc={doc()}
                              para={doc().paragraphs[p]!}
                              row={i()}
                              col={col}
                              active={active() === i()}
                              onActivate={() => setActive(i())}
                              onToggleKind={() => {
                                const para = doc().paragraphs[p]!;
                                const furniture = para.kind === 'boilerplate' || para.kind === 'caption';
                                void repos.documents.setParagraphKind(doc().id, p, furniture ? 'body' : 'boilerplate');
                              }}
                            />
                          )}
                        </For>
                      </div>
                    )}
                  </Index>
                </div>
              )}
            </For>
          </div>
        </Show>
      </Show>
    </section>
  );
}
