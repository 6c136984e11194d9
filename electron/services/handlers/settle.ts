/**
 * Services work synchronously (better-sqlite3) but the contract is async: run the work
 * inside a promise so a thrown LongmaiError becomes a rejection, never a synchronous throw.
 */
export function settle<T>(work: () => T): Promise<T> {
  return new Promise<T>((resolve) => {
    resolve(work());
  });
}
