import { CoreError, type CoreErrorCode } from '../core/model';
import { isQuotaError } from '../db/quota';

/**
 * A worker's answer to a failure. The CoreError code and detail travel, so the page can
 * translate the message; `quota` says storage was full (an error's name does not survive
 * postMessage).
 */
export type ErrorReply = { id: number; type: 'error'; code?: string; message: string; detail?: Record<string, unknown>; quota?: boolean };

export function errorReply(id: number, err: unknown): ErrorReply {
  return {
    id,
    type: 'error',
    ...(err instanceof CoreError ? { code: err.code, ...(err.detail ? { detail: err.detail } : {}) } : {}),
    ...(isQuotaError(err) ? { quota: true } : {}),
    message: err instanceof Error ? err.message : String(err),
  };
}

/** The page's side: the error the worker threw, as near as it can be rebuilt. */
export function errorFromReply(m: Omit<ErrorReply, 'id' | 'type'>): Error {
  if (m.code) return new CoreError(m.code as CoreErrorCode, m.message, m.detail);
  const e = new Error(m.message);
  if (m.quota) e.name = 'QuotaExceededError';
  return e;
}
