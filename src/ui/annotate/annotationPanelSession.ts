import { createMemo, createSignal } from 'solid-js';
import { unwrap } from 'solid-js/store';
import type { Annotation, AnnotationCategory } from '../../core/model';
import { foldForMatch } from '../../core/text/normalize';
import { annotationsToCsv } from '../../core/formats/csv';
import { exportStoryAnnotations } from '../../db/annotationTransfer';
import { useRepos } from '../lib/db';
import type { AnnotationWrites } from './annotationWrites';
import { downloadText, fileSlug } from '../lib/download';

export type StatusFilter = '' | 'open' | 'resolved';

/**
 * What the annotation panel knows besides the story's annotations: the filters and the
 * annotations they let through, and what its buttons do (resolve or reopen, delete, export),
 * with the error an action leaves (kept by the reader's `annotationWrites`, which the `r` key
 * shares). Call inside a component.
 */
export function annotationPanelSession(props: {
  storyId: string;
  storyTitle: string;
  annotations: Annotation[];
  writes: AnnotationWrites;
  onDeleted: (a: Annotation) => void;
}) {
  const { act } = props.writes;
  const repos = useRepos();
  const [category, setCategory] = createSignal<'' | AnnotationCategory>('');
  const [status, setStatus] = createSignal<StatusFilter>('');
  const [docId, setDocId] = createSignal('');
  const [query, setQuery] = createSignal('');

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

  return {
    setCategory,
    setStatus,
    setDocId,
    query,
    setQuery,
    shown,
    error: props.writes.error,
    toggleStatus: props.writes.toggleStatus,
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
