import { Worker } from 'node:worker_threads';
import type { Services } from '../../electron/services/index.js';
import { dispatch } from '../../shared/ipc/dispatch.js';
import type { ServiceCall, ServiceReply } from './bench-server-messages.js';

export { BENCH_API_PATH } from './bench-server-messages.js';

/**
 * The built renderer plus the contract over HTTP on the same origin (so the CSP's
 * `connect-src 'self'` allows it). Results cross as one JSON body, about as fast as
 * Electron's IPC; Playwright's binding takes seconds for a multi-megabyte snapshot.
 *
 * The HTTP server runs on its own thread and the services on this one, as in Electron, where
 * the renderer's files are read off the main process's JavaScript thread: a page's script
 * must not wait for a long service call to finish before it even arrives.
 */
export async function startBenchServer(rootDir: string, services: () => Services) {
  const worker = new Worker(new URL('./bench-server-thread.ts', import.meta.url), {
    workerData: { rootDir },
  });
  worker.on('message', (message: ServiceCall | { port: number }) => {
    if (!('id' in message)) return;
    void (async () => {
      const { method, arg } = JSON.parse(message.body) as { method: string; arg?: unknown };
      const started = performance.now();
      const result = await dispatch(services().handlers, method, arg);
      const body = JSON.stringify(result);
      // With BENCH_PROFILE set, each call's service time shows apart from the renderer's.
      if (process.env.BENCH_PROFILE) {
        const ms = (performance.now() - started).toFixed(1);
        process.stderr.write(`  service ${method}: ${ms} ms, ${String(body.length)} chars\n`);
      }
      const reply: ServiceReply = { id: message.id, body };
      worker.postMessage(reply);
    })();
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (message: ServiceCall | { port: number }) => {
      if ('port' in message) resolve(message.port);
    });
  });
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    close: () => worker.terminate().then(() => undefined),
  };
}
