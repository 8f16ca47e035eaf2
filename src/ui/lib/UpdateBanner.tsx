import { createEffect, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { t } from '../../i18n';
import { flushDrafts } from './drafts';

/** Asks the waiting service worker to take over (the generated sw.js listens for this). */
const SKIP_WAITING = { type: 'SKIP_WAITING' };

/**
 * The service worker precaches the app for offline use. A new version waits until the user
 * chooses to reload, and then reloads only the tab where the user chose, after writing its
 * drafts (db/drafts.ts), so even unsaved text comes back. Other tabs are never reloaded: when
 * the new version takes over from another tab, they say so and wait for their own choice.
 *
 * Registered by hand rather than with vite-plugin-pwa's helper, which reloads every tab that
 * showed the prompt as soon as the new worker takes control, whichever tab asked.
 */
export function UpdateBanner() {
  const [waiting, setWaiting] = createSignal<ServiceWorker | null>(null);
  const [needRefresh, setNeedRefresh] = createSignal(false);
  const [activeElsewhere, setActiveElsewhere] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  /** This tab's user pressed "Reload now": only then does a change of worker reload it. */
  let asked = false;

  const reload = async () => {
    await flushDrafts().catch(() => {});
    location.reload();
  };

  onMount(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const sw = navigator.serviceWorker;
    const onControllerChange = () => {
      if (asked) void reload();
      else {
        setActiveElsewhere(true);
        setNeedRefresh(true);
      }
    };
    sw.addEventListener('controllerchange', onControllerChange);
    onCleanup(() => sw.removeEventListener('controllerchange', onControllerChange));
    /** A worker that finished installing is an update when a worker already controls this page. */
    const watch = (w: ServiceWorker) => {
      const check = () => {
        if (w.state !== 'installed') return;
        if (sw.controller) {
          setWaiting(w);
          setNeedRefresh(true);
        } else setOfflineReady(true);
      };
      w.addEventListener('statechange', check);
      check();
    };
    sw.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).then(
      (reg) => {
        if (reg.waiting) watch(reg.waiting);
        if (reg.installing) watch(reg.installing);
        reg.addEventListener('updatefound', () => reg.installing && watch(reg.installing));
      },
      (e) => console.error('Could not register the service worker', e),
    );
  });

  const reloadNow = () => {
    asked = true;
    const w = waiting();
    if (w && w.state === 'installed') {
      // The new worker takes control of every tab; controllerchange then reloads this one.
      void flushDrafts()
        .catch(() => {})
        .then(() => w.postMessage(SKIP_WAITING));
    } else void reload();
  };

  // "Works offline" is news once; it leaves by itself. "Update available" waits for a choice.
  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div class="update-banner" role="status" aria-live="polite">
      <Show when={needRefresh()}>
        <span>{activeElsewhere() ? t('app.updatedElsewhere') : t('app.updateAvailable')}</span>
        <button type="button" onClick={reloadNow}>
          {t('app.reload')}
        </button>
        <button type="button" class="secondary" onClick={() => setNeedRefresh(false)}>
          {t('app.later')}
        </button>
      </Show>
      <Show when={offlineReady() && !needRefresh()}>
        <span>{t('app.offlineReady')}</span>
        <button type="button" class="secondary" onClick={() => setOfflineReady(false)}>
          {t('app.dismiss')}
        </button>
      </Show>
    </div>
  );
}
