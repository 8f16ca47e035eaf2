import { createRoute, lazyRouteComponent, type SearchSchemaInput } from '@tanstack/solid-router';
import { rootRoute } from './root';
import { parseReaderSearch, toSearch, type ReaderSearchInput } from '../reader/routeState';

// The reader and everything it pulls in (aligner client, annotations, checks, editing,
// export formats) load only when a reader is opened, keeping the library's first view small.
export const readerRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/story/$storyId/read',
  // The URL keeps `docs=a,b[,c]` (column order), `related=` (columns shown beside the rows)
  // and `mode=edit`, validated here into their canonical form. The router writes what this
  // returns back into the address bar, so it returns the URL's form (a parsed object would
  // come back as JSON); the session reads it with the same parseReaderSearch.
  validateSearch: (search: ReaderSearchInput & SearchSchemaInput): ReaderSearchInput => toSearch(parseReaderSearch(search)),
  component: lazyRouteComponent(() => import('../reader/ReaderPage'), 'ReaderPage'),
});
