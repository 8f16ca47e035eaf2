import { createRouter } from '@tanstack/solid-router';
import { rootRoute } from './routes/root';
import { libraryRoute } from './routes/library';
import { readerRoute } from './routes/reader';

const routeTree = rootRoute.addChildren([libraryRoute, readerRoute]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/solid-router' {
  interface Register {
    router: typeof router;
  }
}
