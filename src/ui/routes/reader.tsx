import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from './root';

// The reader and everything it pulls in (aligner client, annotations, checks, editing,
// export formats) load only when a reader is opened, keeping the library's first view small.
export const readerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/story/$storyId/read',
  // `docs`: two or three document ids, comma-separated, in column order (bookmarkable).
  validateSearch: (search: Record<string, unknown>): { docs: string } => ({
    docs: typeof search.docs === 'string' ? search.docs : '',
  }),
  component: lazyRouteComponent(() => import('../reader/ReaderPage'), 'ReaderPage'),
});
