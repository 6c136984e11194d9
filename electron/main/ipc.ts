import type { IpcMain } from 'electron';
import type { ContractHandlers, MethodName } from '../../shared/ipc/contract.js';
import { dispatch } from '../../shared/ipc/dispatch.js';
import type { Result } from '../../shared/ipc/errors.js';
import { METHOD_NAMES, channelOf } from '../../shared/ipc/methods.js';
import type { IpcSenderEvent, SenderCheck } from './sender.js';

type HandleRegistry = Pick<IpcMain, 'handle' | 'removeHandler'>;

export interface IpcHooks {
  /** After a call succeeded (main refreshes its menu when the locale or project changed). */
  onHandled?: (method: MethodName) => void;
  /** A service failed in a way it did not describe: log it, the renderer gets E_INTERNAL. */
  onInternalError?: (error: unknown) => void;
}

/** A call from outside our window: no service runs, and the code says why (not a party rule). */
export function refusedSender(method: MethodName): Result<never> {
  return {
    ok: false,
    error: {
      code: 'E_FORBIDDEN_SENDER',
      message: `${method} refused: the call did not come from the Longmai window`,
      params: { method },
    },
  };
}

/**
 * Registers exactly one handler per contract method. Each checks the sender first, then lets
 * the contract's dispatcher validate the argument and turn refusals into data.
 * Returns a function that removes them all again.
 */
export function registerIpc(
  ipcMain: HandleRegistry,
  handlers: ContractHandlers,
  isTrustedSender: SenderCheck,
  hooks: IpcHooks = {},
): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event: IpcSenderEvent, arg: unknown) => {
      if (!isTrustedSender(event)) return refusedSender(method);
      const result = await dispatch(handlers, method, arg, hooks.onInternalError);
      if (result.ok) hooks.onHandled?.(method);
      return result;
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(channelOf(method));
  };
}
