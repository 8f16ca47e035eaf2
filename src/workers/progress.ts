import type { ProgressReply } from './protocol';

/**
 * A progress callback for a job with this request id that posts at most one message per
 * percent (plenty for a progress bar), and always the last one. `from` is the fraction already
 * shown: 0 when the page starts its bar itself, −1 to post the start too.
 */
export function progressPoster(id: number, post: (m: ProgressReply) => void, from = -1): (fraction: number) => void {
  let last = from;
  return (fraction) => {
    if (fraction - last >= 0.01 || fraction === 1) {
      last = fraction;
      post({ id, type: 'progress', fraction });
    }
  };
}
