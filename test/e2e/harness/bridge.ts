import type { Page } from 'playwright-core';
import type { Services } from '../../../electron/services/types.js';
import { dispatch } from '../../../shared/ipc/dispatch.js';
import type { Result } from '../../../shared/ipc/errors.js';
import { EVENT_NAMES, type EventName, type EventPayloads } from '../../../shared/ipc/events.js';
import { METHOD_NAMES } from '../../../shared/ipc/methods.js';
import type { CspViolation, Diagnostics } from './diagnostics.js';

/** Page globals the bridge installs; only the harness uses them, the renderer sees `window.api`. */
const INVOKE_BINDING = '__longmaiInvoke';
const CSP_BINDING = '__longmaiReportCsp';
const EMIT_GLOBAL = '__longmaiEmit';

/**
 * Runs in the page before any of its scripts. It builds `window.api` in the exact LongmaiApi
 * shape preload exposes (one invoke function per contract method, `on` returning an
 * unsubscribe), frozen like a contextBridge object, and reports CSP violations to the harness.
 * A string, not a function, so nothing the test transpiler adds can leak into the page.
 */
export function bridgeInitScript(): string {
  return `(() => {
  const methods = ${JSON.stringify(METHOD_NAMES)};
  const events = ${JSON.stringify(EVENT_NAMES)};
  const listeners = new Map(events.map((name) => [name, new Set()]));
  const invoke = {};
  for (const method of methods) {
    invoke[method] = (arg) => window[${JSON.stringify(INVOKE_BINDING)}](method, arg);
  }
  const api = {
    invoke: Object.freeze(invoke),
    on(event, listener) {
      const set = listeners.get(event);
      if (!set || typeof listener !== 'function') throw new TypeError('unknown event ' + event);
      set.add(listener);
      return () => { set.delete(listener); };
    },
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api) });
  Object.defineProperty(window, ${JSON.stringify(EMIT_GLOBAL)}, {
    value: (event, payload) => { for (const listener of [...(listeners.get(event) ?? [])]) listener(payload); },
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    window[${JSON.stringify(CSP_BINDING)}]({
      directive: e.violatedDirective, blockedUri: e.blockedURI, sourceFile: e.sourceFile, line: e.lineNumber,
    });
  });
})();`;
}

/**
 * Connect the page's `window.api` to real services. Calls go through the same `dispatch` main
 * uses, so arguments are validated exactly as in the app; results pass through structuredClone
 * because Electron's IPC would refuse anything that is not plain data.
 */
export async function installBridge(
  page: Page,
  currentServices: () => Services,
  diagnostics: Diagnostics,
): Promise<void> {
  await page.exposeFunction(INVOKE_BINDING, async (method: unknown, arg: unknown) => {
    const result: Result<unknown> = await dispatch(
      currentServices().handlers,
      method,
      arg,
      (error) => {
        diagnostics.internalErrors.push(
          `${String(method)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      },
    );
    return structuredClone(result);
  });
  await page.exposeFunction(CSP_BINDING, (violation: CspViolation) => {
    diagnostics.cspViolations.push(violation);
  });
  await page.addInitScript({ content: bridgeInitScript() });
}

/** Push an event to the page's `window.api.on` listeners, as main does with webContents.send. */
export async function emitToPage<E extends EventName>(
  page: Page,
  event: E,
  payload: EventPayloads[E],
): Promise<void> {
  await page.evaluate(
    ([name, data, emitGlobal]) => {
      const emit = (window as unknown as Record<string, (e: string, p: unknown) => void>)[
        emitGlobal
      ];
      if (!emit) throw new Error('the window.api bridge is not installed in this page');
      emit(name, data);
    },
    [event, payload, EMIT_GLOBAL] as const,
  );
}
