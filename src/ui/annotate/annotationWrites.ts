import type { Annotation } from '../../core/model';
import type { Repos } from '../lib/db';
import { createErrorSlot } from '../lib/errors';

/**
 * The reader's writes to its annotations that a button and a key both make (resolve or
 * reopen, delete, export), with the error the last one left. One owner, so that the panel
 * tells a failure whichever way the write was asked for.
 */
export function annotationWrites(repos: Repos) {
  const { error, act } = createErrorSlot();

  return {
    error,
    act,
    toggleStatus: (a: Annotation) => act(() => (a.body.status === 'open' ? repos.annotations.resolve(a.id) : repos.annotations.reopen(a.id))),
  };
}
export type AnnotationWrites = ReturnType<typeof annotationWrites>;
