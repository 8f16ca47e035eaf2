import { createMemo, createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Annotation, AnnotationCategory } from '../../core/model';
import { foldForMatch } from '../../core/text/normalize';
import { annotationsToCsv } from '../../core/formats/csv';
import { exportStoryAnnotations } from '../../db/annotationTransfer';
import { useRepos } from '../lib/db';
import { errorMessage } from '../lib/errors';
import { downloadText, fileSlug } from '../lib/download';

export type StatusFilter = '' | 'open' | 'resolved';

/**
 * What the annotation panel knows besides the story's annotations: the filters and the
 * annotations they let through, and what its buttons do (resolve or reopen, delete, export),
 * with the error an action leaves. Call inside a component.
 */
export function annotationPanelSession(props: { storyId: string; storyTitle: string; annotations: Annotation[]; onDeleted: (a: Annotation) => void }) {
  const repos = useRepos();
  const [category, setCategory] = createSignal<'' | AnnotationCategory>('');
  const [status, setStatus] = createSignal<StatusFilter>('');
  const [docId, setDocId] = createSignal('');
  const [query, setQuery] = createSignal('');
  const [error, setError] = createSignal('');

  const shown = createMemo(() => {
    const q = foldForMatch(query().trim());
    return props.annotations.filter(
      (a) =>
        (!category() || a.body.category === category()) &&
        (!status() || a.body.status === status()) &&
        (!docId() || a.docId === docId()) &&
        (!q || foldForMatch(`${a.selectors[0].exact} ${a.body.note} ${a.body.suggestion ?? ''}`).includes(q)),
    );
  });

  // A failed write (storage full, another tab's delete) is told, never swallowed.
  const act = async (work: () => Promise<unknown>) => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return {
    setCategory,
    setStatus,
    setDocId,
    query,
    setQuery,
    shown,
    error,
    toggleStatus: (a: Annotation) => act(() => (a.body.status === 'open' ? repos.annotations.resolve(a.id) : repos.annotations.reopen(a.id))),
    remove: (a: Annotation) =>
      act(async () => {
        await repos.annotations.remove(a.id);
        props.onDeleted(a);
      }),
    exportAs: (kind: 'json' | 'csv') =>
      act(async () => {
        const name = `${fileSlug(props.storyTitle)}-annotations`;
        if (kind === 'json') {
          // Read from the database: positions are counted in code points of the stored texts.
          const json = JSON.stringify(await exportStoryAnnotations(repos.db, props.storyId, props.storyTitle), null, 2);
          downloadText(`${name}.jsonld`, json, 'application/ld+json');
        } else downloadText(`${name}.csv`, annotationsToCsv(unwrap(props.annotations), { bom: true }), 'text/csv');
      }),
  };
}
