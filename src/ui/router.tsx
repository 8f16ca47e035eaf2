import { createRouter } from '@tanstack/solid-router';
import { rootRoute } from './routes/root';
import { libraryRoute } from './routes/library';
import { readerRoute } from './routes/reader';
import { RouteError, RouteNotFound } from './lib/RouteFault';

const routeTree = rootRoute.addChildren([libraryRoute, readerRoute]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', defaultErrorComponent: RouteError, defaultNotFoundComponent: RouteNotFound });

declare module '@tanstack/solid-router' {
  interface Register {
    router: typeof router;
  }
}
