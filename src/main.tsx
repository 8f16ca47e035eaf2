import { render } from 'solid-js/web';
import { RouterProvider } from '@tanstack/solid-router';
import '@fontsource/noto-naskh-arabic/arabic-400.css';
import '@fontsource/noto-naskh-arabic/arabic-700.css';
import '@fontsource-variable/vazirmatn/wght.css';
import './ui/styles.css';
import './ui/print.css';
import { applyDocumentLang, t } from './i18n';
import { router } from './ui/router';
import { createRepos, DbProvider } from './ui/lib/db';
import { ensureSeedStory } from './db/seeds';
import { readBundledSeed, seedManifest } from './ui/lib/seeds';

applyDocumentLang();
const repos = createRepos();
const app = document.getElementById('app')!;

// A connection at an older version that ignores `versionchange` (a tab of an old build, a
// tool) blocks the upgrade, and IndexedDB waits for it: say so rather than show a blank page.
// The page carries on by itself once the other connection closes.
repos.db.on('blocked', () => {
  if (app.querySelector('.db-blocked')) return;
  const p = document.createElement('p');
  p.className = 'db-blocked error';
  p.setAttribute('role', 'alert');
  p.textContent = t('errors.db-blocked');
  app.append(p);
});

// The demo story is stored before the first paint of the library, so a newcomer sees it.
ensureSeedStory(repos.db, seedManifest, readBundledSeed)
  .catch((e) => console.error('Could not load the demo story', e))
  .finally(() => {
    app.querySelector('.db-blocked')?.remove();
    render(
      () => (
        <DbProvider repos={repos}>
          <RouterProvider router={router} />
        </DbProvider>
      ),
      app,
    );
  });
