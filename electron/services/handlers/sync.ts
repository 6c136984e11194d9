import type { ContractHandlers } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { SyncDesk } from '../exchange/desk.js';
import { settle } from './settle.js';

type SyncMethods =
  | 'identity.get'
  | 'identity.create'
  | 'sync.status'
  | 'sync.enable'
  | 'sync.peers'
  | 'sync.previewExport'
  | 'sync.exportPacket'
  | 'sync.conflicts'
  | 'sync.resolveConflict';

/** Identity, the project's sync status, peers, sending packets, conflicts. */
export function syncHandlers(desk: SyncDesk): Pick<ContractHandlers, SyncMethods> {
  return {
    'identity.get': () => settle(() => desk.identityState()),
    'identity.create': ({ name }) => settle(() => desk.createIdentity(name)),
    'sync.status': () => settle(() => desk.status()),
    'sync.enable': () => settle(() => desk.enable()),
    'sync.peers': () => settle(() => desk.peers()),
    'sync.previewExport': ({ partyId, full }) =>
      settle(() => desk.previewExport(partyId, full === true)),
    'sync.exportPacket': (args) => settle(() => desk.exportPacket(args)),
    'sync.conflicts': () => settle(() => desk.conflicts()),
    'sync.resolveConflict': ({ conflictId, choice }) =>
      settle(() => desk.resolve(conflictId, choice)),
  };
}

/** Async work started so that even a synchronous throw becomes a rejection. */
export function settleAsync<T>(work: () => Promise<T>): Promise<T> {
  return Promise.resolve().then(work);
}

/** A dialog-backed method reached the services without a path: main or the test must give one. */
export function chosenPath(value: string | undefined, what: string): string {
  if (value === undefined) {
    throw new LongmaiError('E_BAD_ARGUMENT', `no ${what} was chosen`, {
      field: 'path',
      detail: what,
    });
  }
  return value;
}
