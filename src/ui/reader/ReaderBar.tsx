import { Link } from '@tanstack/solid-router';
import { For, Index, Show } from 'solid-js';
import { t } from '../../i18n';
import { AlignStatusBar } from './AlignStatusBar';
import { ReaderSettings } from './ReaderSettings';
import { MAX_COLUMNS, type Relation } from './routeState';
import { useReaderSession } from './session';
import { ControlsMenu } from '../layout/ControlsMenu';
import type { Sheet } from '../layout/Sheet';
import { VersionPicker } from '../layout/VersionPicker';

/** The reader's header: the story, its columns and how each is read, status and settings. */
export function ReaderBar(props: { sheet: Sheet }) {
  const s = useReaderSession();
  const editMode = s.commands.find((c) => c.id === 'edit-mode')!;
  return (
    <div class="reader-bar">
      <Link to="/" class="back">
        {t('reader.back')}
      </Link>
      <h1 id="reader-heading">
        <bdi>{s.story()?.title ?? ''}</bdi>
      </h1>
      {/* On a phone these fold behind one button, so the first screen shows the story. */}
      <ControlsMenu label={t('layout.menu')}>
      <Index each={s.columns() ?? []}>{(c, col) => <ColumnPicker col={col} id={c().id} relation={c().relation} />}</Index>
      <Show when={(s.columns()?.length ?? 0) < MAX_COLUMNS && (s.storyDocs()?.length ?? 0) > (s.columns()?.length ?? 0)}>
        <button type="button" class="secondary" onClick={() => s.actions.addColumn()}>
          {t('reader.addColumn')}
        </button>
      </Show>
      <label class="check">
        <input type="checkbox" checked={s.hideFurniture()} onChange={(e) => s.actions.setHideFurniture(e.currentTarget.checked)} />
        <span>{t('reader.hideFurniture')}</span>
      </label>
      <Show when={editMode.enabled()}>
        <button type="button" class="secondary edit-mode" aria-pressed={s.mode() === 'edit'} onClick={() => editMode.run()}>
          {editMode.label()}
        </button>
      </Show>
      <VersionPicker columns={s.columns()?.length ?? 0} />
      <ReaderSettings langs={[...new Set((s.columns() ?? []).map((c) => c.doc.lang))]} />
      <button type="button" class="secondary" onClick={() => s.actions.setHelp(true)}>
        {t('app.shortcuts')}
      </button>
      </ControlsMenu>
      <props.sheet.Toggle label={t('layout.tools')} />
      <AlignStatusBar />
      <button type="button" class="primary annotate-button" disabled={!s.selection()} onMouseDown={(e) => e.preventDefault()} onClick={() => s.actions.annotateSelection()}>
        {t('annotate.annotateSelection')}
      </button>
    </div>
  );
}

/** Which document a column shows, and (after the first) whether it joins the rows or sits beside them. */
function ColumnPicker(props: { col: number; id: string; relation: Relation }) {
  const s = useReaderSession();
  return (
    <>
      <label class="column-pick">
        <span>{t('reader.column', { n: props.col + 1 })}</span>
        <select onChange={(e) => s.actions.setColumn(props.col, e.currentTarget.value)}>
          {/* `selected` per option: a select's value set before its options exist is lost */}
          <For each={s.storyDocs()}>
            {(d) => (
              <option value={d.id} selected={d.id === props.id}>
                {d.title}
              </option>
            )}
          </For>
          <Show when={props.col === 2}>
            <option value="">{t('reader.removeColumn')}</option>
          </Show>
        </select>
      </label>
      <Show when={props.col > 0}>
        <label class="column-pick">
          <span>{t('reader.relation', { n: props.col + 1 })}</span>
          <select onChange={(e) => s.actions.setRelation(props.col, e.currentTarget.value as Relation)}>
            <option value="translation" selected={props.relation === 'translation'}>
              {t('reader.modes.parallel')}
            </option>
            <option value="related" selected={props.relation === 'related'}>
              {t('reader.modes.comparable')}
            </option>
          </select>
        </label>
      </Show>
    </>
  );
}
