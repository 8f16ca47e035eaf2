import { createRoute, lazyRouteComponent } from '@tanstack/solid-router';
import { rootRoute } from './root';

// The reader and everything it pulls in (aligner client, annotations, checks, editing,
// export formats) load only when a reader is opened, keeping the library's first view small.
export const readerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/story/$storyId/read',
  // `docs`: two or three document ids, comma-separated, in column order (bookmarkable).
  // `mode`: 'comparable' reads related reports side by side by shared facts.
  validateSearch: (search: Record<string, unknown>): { docs: string; mode?: 'comparable' } => ({
    docs: typeof search.docs === 'string' ? search.docs : '',
    ...(search.mode === 'comparable' ? { mode: 'comparable' as const } : {}),
  }),
  component: lazyRouteComponent(() => import('../reader/ReaderPage'), 'ReaderPage'),
});
