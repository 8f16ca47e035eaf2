import type { Bead } from '../core/model';
import type { AlignDoc } from '../core/align';

/** Messages between the page and the align worker. */
export type AlignRequest = { id: number; a: AlignDoc; b: AlignDoc };

export type AlignResponse =
  | { id: number; type: 'progress'; fraction: number }
  | { id: number; type: 'done'; beads: Bead[] }
  | { id: number; type: 'error'; code?: string; message: string };
