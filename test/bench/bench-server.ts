import { Worker } from 'node:worker_threads';
import type { Services } from '../../electron/services/index.js';
import { dispatch } from '../../shared/ipc/dispatch.js';
import {
  BENCH_PAGE_PATH,
  type BenchScripts,
  type InteractiveReport,
  type BenchServerData,
  type ServerNews,
  type ServiceCall,
  type ServiceReply,
} from './bench-server-messages.js';
import { fastBridgeScript } from './fast-bridge.js';
import { readyProbe } from './ready-probe.js';

export { BENCH_API_PATH } from './bench-server-messages.js';

export interface BenchServer {
  origin: string;
  /**
   * The page for a browser without DevTools (plain-browser.ts): index.html with the ready probe
   * and, with services, the contract bridge, as scripts of its own.
   */
  benchPageUrl: string;
  /** The report of the next bench page to report that it is interactive. */
  nextInteractive(): Promise<InteractiveReport>;
  close(): Promise<void>;
}

/**
 * The built renderer plus the contract over HTTP on the same origin (so the CSP's
 * `connect-src 'self'` allows it). Results cross as one JSON body, about as fast as
 * Electron's IPC; Playwright's binding takes seconds for a multi-megabyte snapshot.
 * Without services (the stock React Flow baseline), only the files and the ready report.
 *
 * The HTTP server runs on its own thread and the services on this one, as in Electron, where
 * the renderer's files are read off the main process's JavaScript thread: a page's script
 * must not wait for a long service call to finish before it even arrives.
 */
export async function startBenchServer(
  rootDir: string,
  services: (() => Services) | null,
): Promise<BenchServer> {
  const scripts: BenchScripts = {
    ...(services ? { '/__bench_bridge.js': fastBridgeScript() } : {}),
    '/__bench_probe.js': readyProbe({ report: true }),
  };
  const data: BenchServerData = { rootDir, scripts };
  const worker = new Worker(new URL('./bench-server-thread.ts', import.meta.url), {
    workerData: data,
  });
  /** Reports not yet asked for, and askers not yet answered. */
  const reported: InteractiveReport[] = [];
  const asking: ((report: InteractiveReport) => void)[] = [];
  worker.on('message', (message: ServiceCall | ServerNews) => {
    if ('report' in message) {
      const ask = asking.shift();
      if (ask) ask(message.report);
      else reported.push(message.report);
      return;
    }
    if (!('id' in message) || !services) return;
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
    worker.on('message', (message: ServiceCall | ServerNews) => {
      if ('port' in message) resolve(message.port);
    });
  });
  const origin = `http://127.0.0.1:${String(port)}`;
  return {
    origin,
    benchPageUrl: `${origin}${BENCH_PAGE_PATH}`,
    nextInteractive: () => {
      const report = reported.shift();
      return report === undefined
        ? new Promise<InteractiveReport>((resolve) => asking.push(resolve))
        : Promise.resolve(report);
    },
    close: () => worker.terminate().then(() => undefined),
  };
}
