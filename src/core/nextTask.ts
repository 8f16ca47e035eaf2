/**
 * Resolves in a later task (a macrotask turn): the browser may paint and handle input, and
 * IndexedDB transactions of the calling task commit, before the work goes on.
 */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
