import { createRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/solid-router';
import { rootRoute } from './root';
import { parseReaderSearch, type ReaderRoute, type ReaderSearchInput } from '../reader/routeState';

// The reader and everything it pulls in (aligner client, annotations, checks, editing,
// export formats) load only when a reader is opened, keeping the library's first view small.
export const readerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/story/$storyId/read',
  // The URL keeps `docs=a,b[,c]` (column order), `related=` (columns shown beside the rows)
  // and `mode=edit`; the page reads them parsed, once, here.
  validateSearch: (search: ReaderSearchInput & SearchSchemaInput): ReaderRoute => parseReaderSearch(search),
  component: lazyRouteComponent(() => import('../reader/ReaderPage'), 'ReaderPage'),
});
