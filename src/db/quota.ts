/**
 * True when a write failed because the browser's storage is full. Dexie wraps the browser's
 * QuotaExceededError (as `inner`), and a page reading a worker's answer sees only the name.
 */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}
