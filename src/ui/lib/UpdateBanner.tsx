import { createEffect, onCleanup, Show } from 'solid-js';
import { useRegisterSW } from 'virtual:pwa-register/solid';
import { t } from '../../i18n';

/**
 * The service worker precaches the app for offline use. A new version waits until the user
 * chooses to reload; edits are saved as they happen, so reloading then loses nothing.
 */
export function UpdateBanner() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({ immediate: true });
  // "Works offline" is news once; it leaves by itself. "Update available" waits for a choice.
  createEffect(() => {
    if (!offlineReady()) return;
    const timer = setTimeout(() => setOfflineReady(false), 8000);
    onCleanup(() => clearTimeout(timer));
  });
  return (
    <div class="update-banner" role="status" aria-live="polite">
      <Show when={needRefresh()}>
        <span>{t('app.updateAvailable')}</span>
        <button type="button" onClick={() => void updateServiceWorker(true)}>
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
