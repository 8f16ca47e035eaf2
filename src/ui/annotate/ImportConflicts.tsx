import { For, Show } from 'solid-js';
import type { DocumentMeta } from '../../core/model';
import { resolveImportConflict, type ConflictChoice, type ImportConflict } from '../../db/annotationTransfer';
import { t } from '../../i18n';
import { useRepos } from '../lib/db';
import { createErrorSlot } from '../lib/errors';

/**
 * Imported annotations whose id is already here with other content: both versions side by
 * side, and the user's choice for each (keep mine, use the file's, keep both).
 */
export function ImportConflicts(props: { conflicts: ImportConflict[]; docs: DocumentMeta[]; onSettled: (c: ImportConflict, choice: ConflictChoice) => void }) {
  const repos = useRepos();
  const { error, act } = createErrorSlot();
  const settle = (c: ImportConflict, choice: ConflictChoice) =>
    act(async () => {
      await resolveImportConflict(repos.db, c, choice);
      props.onSettled(c, choice);
    });
  const docTitle = (docId: string) => props.docs.find((d) => d.id === docId)?.title ?? docId;
  return (
    <>
      <Show when={error()}>
        <p role="alert" class="error">{error()}</p>
      </Show>
      <Show when={props.conflicts.length > 0}>
        <section class="import-conflicts" aria-label={t('annotate.conflictsHeading')}>
          <h3>{t('annotate.conflictsHeading')}</h3>
          <div role="list">
            <For each={props.conflicts.slice(0, 50)}>
              {(c) => (
                <div role="listitem" class="import-conflict" data-conflict={c.stored.id}>
                  <p>
                    <bdi>{c.stored.selectors[0].exact}</bdi> — {docTitle(c.stored.docId)}
                  </p>
                  <dl>
                    <dt>{c.stored.deletedAt !== undefined ? t('annotate.conflictDeletedHere') : t('annotate.conflictHere')}</dt>
                    <dd dir="auto">
                      {t(`annotate.categories.${c.stored.body.category}`)} · {c.stored.body.note}
                    </dd>
                    <dt>{t('annotate.conflictFile')}</dt>
                    <dd dir="auto">
                      {t(`annotate.categories.${c.incoming.body.category}`)} · {c.incoming.body.note}
                    </dd>
                  </dl>
                  <div class="actions">
                    <button type="button" class="secondary" onClick={() => void settle(c, 'mine')}>
                      {t('annotate.keepMine')}
                    </button>
                    <button type="button" class="secondary" onClick={() => void settle(c, 'theirs')}>
                      {t('annotate.useImported')}
                    </button>
                    <button type="button" class="secondary" onClick={() => void settle(c, 'copy')}>
                      {t('annotate.keepBoth')}
                    </button>
                  </div>
                </div>
              )}
            </For>
          </div>
        </section>
      </Show>
    </>
  );
}
