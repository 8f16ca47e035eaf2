import { createRootRoute, Link, Outlet } from '@tanstack/solid-router';
import { For } from 'solid-js';
import { UpdateBanner } from '../lib/UpdateBanner';
import { setUiLang, t, uiLang, UI_LANGS, type UiLang } from '../../i18n';

export const rootRoute = createRootRoute({ component: RootLayout });

const NATIVE_NAMES: Record<UiLang, string> = { en: 'English', ar: 'العربية', fa: 'فارسی' };

function RootLayout() {
  return (
    <>
      <a class="skip-link" href="#main">{t('app.skip')}</a>
      <header class="app-header">
        <Link to="/" class="brand">
          {t('app.name')}
        </Link>
        <span class="tagline">{t('app.tagline')}</span>
        <label class="ui-lang">
          <span>{t('app.uiLanguage')}</span>
          <select onChange={(e) => setUiLang(e.currentTarget.value as UiLang)}>
            <For each={UI_LANGS}>
              {(l) => (
                <option value={l} lang={l} selected={l === uiLang()}>
                  {NATIVE_NAMES[l]}
                </option>
              )}
            </For>
          </select>
        </label>
      </header>
      {/* In the page's flow, under the header: a notice that floated over the page hid text. */}
      <UpdateBanner />
      <main id="main" tabindex="-1">
        <Outlet />
      </main>
    </>
  );
}
