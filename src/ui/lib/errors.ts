import { createSignal } from 'solid-js';
import { CoreError } from '../../core/model';
import { isQuotaError } from '../../db/quota';
import { t, formatNumber } from '../../i18n';

/** A message a user can act on, in the interface language, for any thrown value. */
export function errorMessage(err: unknown): string {
  if (err instanceof CoreError) {
    const d = err.detail ?? {};
    const fmt = (v: unknown) => (typeof v === 'number' ? formatNumber(v) : String(v ?? ''));
    // `context` picks a variant of the message (errors.binary-input_tmx) where one exists.
    const context = typeof d.context === 'string' ? { context: d.context } : {};
    return t(`errors.${err.code}`, { size: fmt(d.size), limit: fmt(d.limit), detail: d.detail !== undefined ? fmt(d.detail) : err.message, name: fmt(d.name), ...context });
  }
  if (isQuotaError(err)) return t('errors.storage-full');
  const message = err instanceof Error ? err.message : String(err);
  return t('errors.unknown', { message });
}

/** Whether a job ended because the user cancelled it: said as a status, not an error. */
export function isCancelled(err: unknown): boolean {
  return err instanceof CoreError && err.code === 'cancelled';
}

export { isQuotaError };

/**
 * The error a screen's writes leave (storage full, another tab's delete): `act` runs a write,
 * clears the last error first and keeps this one's message, and never rejects, so a button or
 * key that calls it cannot drop a failure. Call inside a component or session.
 */
export function createErrorSlot() {
  const [error, setError] = createSignal('');
  const act = async (work: () => Promise<unknown>): Promise<void> => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { error, setError, act };
}
