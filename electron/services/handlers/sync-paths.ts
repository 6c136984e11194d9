import type { ContractHandlers, PathPurpose } from '../../../shared/ipc/contract.js';

export interface PathRequest {
  purpose: PathPurpose;
  /** A file name to start the save dialog with. */
  suggestedName?: string;
}

/** Asks the user for a path; null when they cancel. Main shows a dialog, tests answer directly. */
export type PathChooser = (request: PathRequest) => Promise<string | null>;

function named(purpose: PathPurpose, suggestedName: string | undefined): PathRequest {
  return suggestedName === undefined ? { purpose } : { purpose, suggestedName };
}

/**
 * The dialog-backed methods with their path chosen by `choose`, never by the caller: whatever
 * path the renderer sent is replaced, so a page can only ever write where the user pointed.
 * A cancelled choice answers null without calling the services.
 */
export function withChosenPaths(handlers: ContractHandlers, choose: PathChooser): ContractHandlers {
  return {
    ...handlers,
    'sync.exportPacket': async (args) => {
      const rest = { ...args };
      delete rest.path;
      if (rest.destination !== 'file') return handlers['sync.exportPacket'](rest);
      const path = await choose(named('save-packet', rest.suggestedName));
      return path === null ? null : handlers['sync.exportPacket']({ ...rest, path });
    },
    'sync.openPacket': async () => {
      const path = await choose({ purpose: 'open-packet' });
      return path === null ? null : handlers['sync.openPacket']({ path });
    },
    'sync.join': async (args) => {
      const path = await choose(named('save-replica', args.suggestedName));
      return path === null ? null : handlers['sync.join']({ ...args, path });
    },
    'exchange.chooseFolder': async () => {
      const path = await choose({ purpose: 'exchange-folder' });
      return path === null ? null : handlers['exchange.chooseFolder']({ path });
    },
  };
}
