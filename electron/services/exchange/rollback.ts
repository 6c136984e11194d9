import type { ProjectStore } from '../store/index.js';

class RolledBack<T> extends Error {
  constructor(readonly result: T) {
    super('rolled back');
  }
}

/**
 * Run `work` inside a transaction that is always rolled back: previews run the real export or
 * import (nested transactions become savepoints) and read the outcome, writing nothing.
 */
export function withoutWriting<T>(store: ProjectStore, work: () => T): T {
  try {
    store.transaction(() => {
      throw new RolledBack(work());
    });
  } catch (error) {
    if (error instanceof RolledBack) return error.result as T;
    throw error;
  }
  throw new Error('unreachable: the preview transaction did not roll back');
}
