import { nextTask } from '../core/nextTask';

/**
 * Resolves in a later task, so the read transactions of the task that called it can commit.
 * A worker that goes straight from an IndexedDB result into seconds of CPU work keeps that
 * transaction open all along (it commits only when the task ends), and a write to the same
 * table, such as the page saving a hand edit, waits behind it: long enough to be lost to a
 * reload. Call it between reading and computing.
 */
export const endReads = nextTask;
