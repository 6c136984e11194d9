import type { Page } from 'playwright-core';
import { BENCH_API_PATH } from './bench-server.js';
import { EVENT_NAMES } from '../../shared/ipc/events.js';
import { METHOD_NAMES } from '../../shared/ipc/methods.js';

/**
 * The e2e bridge's `window.api` shape, with each call a same-origin POST. Playwright's binding
 * serializes a result value by value, which took ~10 s for the 2.5 MB snapshot of a
 * 5,000-node graph; Electron's IPC (structured clone) takes tens of milliseconds, so this keeps
 * the transport from swamping what is measured.
 */
export function fastBridgeScript(): string {
  return `(() => {
  const methods = ${JSON.stringify(METHOD_NAMES)};
  const events = ${JSON.stringify(EVENT_NAMES)};
  const listeners = new Map(events.map((name) => [name, new Set()]));
  const invoke = {};
  for (const method of methods) {
    invoke[method] = (arg) => fetch(${JSON.stringify(BENCH_API_PATH)}, { method: 'POST', body: JSON.stringify({ method, arg }) }).then((response) => response.json());
  }
  const api = {
    invoke: Object.freeze(invoke),
    on(event, listener) {
      const set = listeners.get(event);
      if (!set) throw new TypeError('unknown event ' + event);
      set.add(listener);
      return () => { set.delete(listener); };
    },
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api) });
})();`;
}

/** `window.api` over the bench server's HTTP endpoint (see bench-server.ts). */
export async function installFastBridge(page: Page): Promise<void> {
  await page.addInitScript({ content: fastBridgeScript() });
}
