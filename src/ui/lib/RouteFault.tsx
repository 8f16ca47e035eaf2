import { Link, useRouter } from '@tanstack/solid-router';
import { t } from '../../i18n';

/**
 * The router's own error and not-found screens are styled inline, which the Content Security
 * Policy refuses; these say what happened in the interface language, show the error as text
 * (never as markup) and offer a way back.
 */
export function RouteError(props: { error: unknown; reset?: () => void }) {
  const router = useRouter();
  const message = () => (props.error instanceof Error ? props.error.message : String(props.error));
  const retry = () => {
    props.reset?.();
    void router.invalidate();
  };
  return (
    <section class="route-fault" role="alert">
      <h1>{t('app.errorTitle')}</h1>
      <p>{t('app.errorKept')}</p>
      <pre class="route-fault-detail">{message()}</pre>
      <div class="route-fault-actions">
        <button type="button" onClick={retry}>
          {t('app.tryAgain')}
        </button>
        <Link to="/">{t('app.backToLibrary')}</Link>
      </div>
    </section>
  );
}

export function RouteNotFound() {
  return (
    <section class="route-fault">
      <h1>{t('app.notFound')}</h1>
      <Link to="/">{t('app.backToLibrary')}</Link>
    </section>
  );
}
