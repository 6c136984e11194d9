import type { ConflictChoice, ExportPreview, PacketPreview } from '../../../shared/ipc/contract.js';
import type { ApiClient } from '../../api.js';
import type { AppStore } from '../../store/create-store.js';
import { readPacketFile } from './dropped-file.js';
import { patchSync, syncStore, type SyncTab } from './sync-store.js';

export type SyncActions = ReturnType<typeof createSyncActions>;

/**
 * Everything the sync views do, as calls to the contract: the answers go to the sync store,
 * failures to the app's messages, and applied packets reload the project's records.
 */
export function createSyncActions(client: ApiClient, app: AppStore) {
  const report = (error: unknown) => app.getState().reportError(error);
  /** Runs one call for an open dialog, its buttons waiting meanwhile; null on failure. */
  const busy = async <T>(work: () => Promise<T>): Promise<T | null> => {
    patchSync({ busy: true });
    try {
      return await work();
    } catch (error) {
      report(error);
      return null;
    } finally {
      patchSync({ busy: false, progress: null });
    }
  };

  async function refresh(): Promise<void> {
    try {
      const identity = await client.call('identity.get');
      if (!app.getState().project) {
        patchSync({ identity, status: null, peers: [], conflicts: [], exchange: null });
        return;
      }
      const status = await client.call('sync.status');
      // Peers weigh every party's scope: worked out only while the sync view shows them.
      const showing = status.binding.state === 'bound' && app.getState().view === 'sync';
      const [peers, conflicts, exchange] = await Promise.all([
        showing ? client.call('sync.peers') : Promise.resolve([]),
        client.call('sync.conflicts'),
        client.call('exchange.get'),
      ]);
      patchSync({ identity, status, peers, conflicts, exchange });
    } catch (error) {
      report(error);
    }
  }

  async function afterImport(applied: number, party: string, conflicts: number): Promise<void> {
    if (conflicts > 0)
      app
        .getState()
        .pushToast('warning', 'sync.appliedConflicts', { count: applied, party, conflicts });
    else app.getState().pushToast('info', 'sync.applied', { count: applied, party });
    await app.getState().loadGraph();
    await refresh();
  }

  const current = () => syncStore.getState().preview;

  /** A packet to look at: the identity may have been made elsewhere since (a join needs it). */
  async function showPreview(preview: PacketPreview): Promise<void> {
    patchSync({ preview });
    await refresh();
  }

  return {
    refresh,
    showPreview,
    setTab: (tab: SyncTab) => patchSync({ tab }),

    async createIdentity(name: string) {
      const identity = await busy(() => client.call('identity.create', { name }));
      if (identity) patchSync({ identity });
      await refresh();
    },
    async enable() {
      if (await busy(() => client.call('sync.enable'))) await refresh();
    },

    async openPacket() {
      const preview = await busy(() => client.call('sync.openPacket', {}));
      if (preview) await showPreview(preview);
    },
    async openDropped(file: File) {
      const preview = await busy(async () =>
        client.call('sync.openDroppedPacket', await readPacketFile(file)),
      );
      if (preview) await showPreview(preview);
    },
    async openItem(itemId: string) {
      const preview = await busy(() => client.call('exchange.openItem', { itemId }));
      if (preview) await showPreview(preview);
    },
    async confirmSender(fingerprint: string) {
      const open = current();
      if (!open) return;
      const preview = await busy(() =>
        client.call('sync.confirmSender', { token: open.token, fingerprint }),
      );
      if (preview) patchSync({ preview });
    },
    async apply() {
      const open = current();
      if (!open) return;
      const outcome = await busy(() => client.call('sync.applyPacket', { token: open.token }));
      if (!outcome) return;
      patchSync({ preview: null });
      await afterImport(outcome.applied, outcome.senderName, outcome.conflicts);
    },
    async closePreview() {
      const open = current();
      patchSync({ preview: null });
      if (open) await client.call('sync.closePacket', { token: open.token }).catch(report);
    },
    async join() {
      const open = current();
      const summary = open?.summary;
      if (!open || !summary || !open.join) return;
      const info = await busy(() =>
        client.call('sync.join', {
          token: open.token,
          fingerprint: summary.sender.fingerprint,
          suggestedName: open.join?.fileName,
        }),
      );
      if (!info) return;
      patchSync({ preview: null, tab: 'peers' });
      await app.getState().switchTo(info);
      app.getState().setView('sync');
      app.getState().pushToast('info', 'sync.join.joined', { project: info.name, file: info.path });
      await refresh();
    },

    async startSend(partyId: string, partyName: string, full = false) {
      patchSync({ sending: { partyId, partyName, full, preview: null } });
      const preview = await busy(() => client.call('sync.previewExport', { partyId, full }));
      const sending = syncStore.getState().sending;
      if (sending?.partyId === partyId) {
        patchSync(preview ? { sending: { ...sending, full, preview } } : { sending: null });
      }
    },
    cancelSend: () => patchSync({ sending: null }),
    async send(preview: ExportPreview, destination: 'file' | 'exchange', full: boolean) {
      const written = await busy(() =>
        client.call('sync.exportPacket', {
          partyId: preview.partyId,
          full,
          destination,
          suggestedName: preview.fileName,
        }),
      );
      if (!written) return;
      patchSync({ sending: null });
      app.getState().pushToast('info', 'sync.send.written', { file: written.fileName });
      await refresh();
    },

    openResolve: (conflictId: string) => patchSync({ resolving: conflictId }),
    cancelResolve: () => patchSync({ resolving: null }),
    async resolve(conflictId: string, choice: ConflictChoice) {
      const done = await busy(() => client.call('sync.resolveConflict', { conflictId, choice }));
      if (!done) return;
      patchSync({ resolving: null });
      app.getState().pushToast('info', 'sync.resolve.done');
      await app.getState().loadGraph();
      await refresh();
    },

    async chooseFolder() {
      const exchange = await busy(() => client.call('exchange.chooseFolder', {}));
      if (exchange) await refresh();
    },
    async clearFolder() {
      if (await busy(() => client.call('exchange.clearFolder'))) await refresh();
    },
    async setAutoApply(autoApply: boolean) {
      // The box follows the click at once; the services' answer confirms or reverts it.
      const before = syncStore.getState().exchange;
      if (before) patchSync({ exchange: { ...before, autoApply } });
      const exchange = await busy(() => client.call('exchange.setAutoApply', { autoApply }));
      patchSync({ exchange: exchange ?? before });
    },
    async scan() {
      if (await busy(() => client.call('exchange.scan'))) await refresh();
    },
  };
}
