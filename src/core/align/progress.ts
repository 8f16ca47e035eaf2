import { CoreError } from '../model';
import type { CancelSignal } from './types';

/**
 * Progress and cancellation for a job made of stages. Each stage reports its own fraction;
 * the tracker maps it into the stage's slice of [0, 1] and never reports a smaller value
 * than before (a search that restarts with a wider band must not move the bar back).
 */
export class Progress {
  private last = 0;
  private from = 0;
  private to = 1;

  constructor(
    private readonly report?: (fraction: number) => void,
    readonly signal?: CancelSignal,
  ) {}

  /** Starts a stage covering [from, to] of the whole job. */
  stage(from: number, to: number): void {
    this.checkCancelled();
    this.from = from;
    this.to = to;
  }

  /** Reports the fraction done of the current stage. */
  readonly update = (fraction: number): void => {
    this.checkCancelled();
    const f = this.from + (this.to - this.from) * Math.min(1, Math.max(0, fraction));
    if (f > this.last) {
      this.last = f;
      this.report?.(f);
    }
  };

  checkCancelled(): void {
    if (this.signal?.aborted) throw new CoreError('cancelled', 'alignment cancelled');
  }

  done(): void {
    this.stage(1, 1);
    this.update(1);
  }
}
