let worker: Worker | null = null;

/**
 * The page's one overview worker, started on the first call. main.tsx calls it as the page
 * starts, so the worker's code is fetched and compiled while the project is still loading,
 * not after the graph is first rendered, when the drawing that the view waits for needs it.
 */
export function overviewWorker(): Worker {
  worker ??= new Worker(new URL('../../../workers/overview.worker.ts', import.meta.url), {
    type: 'module',
  });
  return worker;
}
