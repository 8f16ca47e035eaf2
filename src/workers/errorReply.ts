import { CoreError } from '../core/model';

/** A worker's answer to a failure: the CoreError code travels, so the page can translate it. */
export function errorReply(id: number, err: unknown): { id: number; type: 'error'; code?: string; message: string } {
  return {
    id,
    type: 'error',
    ...(err instanceof CoreError ? { code: err.code } : {}),
    message: err instanceof Error ? err.message : String(err),
  };
}
