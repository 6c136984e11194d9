import type { Page } from 'playwright-core';
import type { MethodName, MethodResult } from '../../../shared/ipc/contract.js';
import type { Result } from '../../../shared/ipc/errors.js';

/**
 * Call `window.api.invoke[method](arg)` inside the page, the way the renderer does, and return
 * what the renderer would receive. `arg` is deliberately loose so tests can send bad arguments.
 */
export async function invokeInPage<M extends MethodName>(
  page: Page,
  method: M,
  arg?: unknown,
): Promise<Result<MethodResult<M>>> {
  const result = await page.evaluate(
    ([name, value]) => {
      const api = (
        window as unknown as {
          api: { invoke: Record<string, (a?: unknown) => Promise<unknown>> };
        }
      ).api;
      const call = api.invoke[name];
      if (!call) throw new Error(`window.api.invoke has no ${name}`);
      return call(value);
    },
    [method, arg] as const,
  );
  return result as Result<MethodResult<M>>;
}
