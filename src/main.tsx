import { render } from 'solid-js/web';
import { RouterProvider } from '@tanstack/solid-router';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource-variable/vazirmatn/wght.css';
import './ui/styles.css';
import './ui/print.css';
import { applyDocumentLang } from './i18n';
import { router } from './ui/router';
import { createRepos, DbProvider } from './ui/lib/db';
import { ensureSeedStory } from './db/seeds';
import { readBundledSeed, seedManifest } from './ui/lib/seeds';

applyDocumentLang();
const repos = createRepos();

// The demo story is stored before the first paint of the library, so a newcomer sees it.
ensureSeedStory(repos.db, seedManifest, readBundledSeed)
  .catch((e) => console.error('Could not load the demo story', e))
  .finally(() => {
    render(
      () => (
        <DbProvider repos={repos}>
          <RouterProvider router={router} />
        </DbProvider>
      ),
      document.getElementById('app')!,
    );
  });
