import fs from 'node:fs';
import path from 'node:path';
import type {
  ConflictChoice,
  ConflictRow,
  ExchangeState,
  ExportOutcome,
  ExportPreview,
  IdentityState,
  PacketPreview,
  PeerRow,
  SyncStatus,
} from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { HomeIdentity } from '../identity/index.js';
import { FILE_KEYS, type KeyProtector } from '../identity/protector.js';
import type { ProjectSession } from '../session.js';
import type { ProjectStore } from '../store/index.js';
import { SyncTables } from '../sync/index.js';
import { AppIdentity } from './app-identity.js';
import { bindingOf } from './binding.js';
import { conflictRows, resolveConflictWith } from './conflicts-view.js';
import { openStore, type DeskContext, type SyncNotify } from './context.js';
import { ExchangeFolder } from './exchange-folder.js';
import { exportTo, type ExportArgs } from './export-packet.js';
import { DEFAULT_TIMING, type WatchTiming } from './folder-watcher.js';
import { readPacketBytes } from './files.js';
import { PacketDesk } from './packet-desk.js';
import { peerRows } from './peers.js';
import { PendingPackets } from './pending.js';
import { previewExport } from './preview-export.js';
import { ProjectStateStore } from './project-state.js';

export interface SyncDeskOptions {
  userDataDir: string;
  now: () => number;
  /** How private keys are kept: main passes safeStorage's; tests and the CLI use files. */
  keyProtector?: KeyProtector;
  notify?: SyncNotify;
  timing?: WatchTiming;
}

const SHOWN_QUARANTINED = 20;

/** Sync as the app offers it, over the open project of a session. */
export class SyncDesk {
  readonly packets: PacketDesk;
  private readonly ctx: DeskContext;
  private folder: ExchangeFolder | null = null;
  private readonly timing: WatchTiming;

  constructor(session: ProjectSession, options: SyncDeskOptions) {
    this.ctx = {
      session,
      identity: new AppIdentity(
        options.userDataDir,
        options.keyProtector ?? FILE_KEYS,
        options.now,
      ),
      states: new ProjectStateStore(path.join(options.userDataDir, 'sync')),
      pending: new PendingPackets(),
      notify: options.notify ?? (() => {}),
      now: options.now,
    };
    this.timing = options.timing ?? DEFAULT_TIMING;
    this.packets = new PacketDesk(this.ctx, (packet) => this.folder?.settled(packet.itemPath));
  }

  /** Keep the watcher on the open project's exchange folder, whatever opened it. */
  private exchange(): ExchangeFolder | null {
    const store = openStore(this.ctx);
    const wanted = store ? this.ctx.states.load(store.path).folder : null;
    if (this.folder && (this.folder.projectPath !== store?.path || this.folder.folder !== wanted)) {
      this.folder.stop();
      this.folder = null;
    }
    if (!this.folder && store && wanted) {
      this.folder = new ExchangeFolder(this.ctx, this.packets, store.path, wanted, this.timing);
      this.folder.start();
    }
    return this.folder;
  }

  private requireStore(): ProjectStore {
    return this.ctx.session.require();
  }

  /** The open file and the identity it signs with here, or why it cannot sign. */
  private signing(): { store: ProjectStore; identity: HomeIdentity; self: string } {
    const store = this.requireStore();
    const identity = this.ctx.identity.require();
    const binding = bindingOf(store, identity);
    if (binding.state === 'unbound') {
      throw new LongmaiError('E_NOT_SYNCED', `${store.path} is not set up for sync`);
    }
    if (binding.state === 'foreign') {
      throw new LongmaiError('E_IDENTITY_MISMATCH', `${store.path} signs with another identity`, {
        path: store.path,
      });
    }
    return { store, identity, self: binding.partyId };
  }

  identityState(): IdentityState {
    return this.ctx.identity.state();
  }

  createIdentity(name: string): IdentityState {
    this.ctx.identity.create(name);
    return this.identityState();
  }

  status(): SyncStatus {
    const store = this.requireStore();
    const identity = this.ctx.identity.current();
    return {
      identity: this.ctx.identity.state().identity,
      binding: bindingOf(store, identity),
      conflicts: store.sync.conflicts.all().length,
      inbox: this.exchange()?.inbox().length ?? 0,
      exchangeFolder: this.ctx.states.load(store.path).folder,
    };
  }

  /** An unsynced project starts signing as its maker, with this installation's keys. */
  enable(): SyncStatus {
    const store = this.requireStore();
    const identity = this.ctx.identity.require();
    const binding = bindingOf(store, identity);
    if (binding.state === 'foreign') {
      throw new LongmaiError('E_IDENTITY_MISMATCH', `${store.path} signs with another identity`, {
        path: store.path,
      });
    }
    if (binding.state === 'unbound') {
      const maker = store.project().makerPartyId;
      store.transaction(() => new SyncTables(store).bind(identity, maker));
    }
    return this.status();
  }

  peers(): PeerRow[] {
    const { store, self } = this.signing();
    return peerRows(store, self, this.ctx.states.load(store.path));
  }

  previewExport(partyId: string, full: boolean): ExportPreview {
    const { store, identity } = this.signing();
    return previewExport(store, identity, partyId, {
      full,
      now: this.ctx.now,
      exchangeFolder: this.ctx.states.load(store.path).folder,
    });
  }

  exportPacket(args: ExportArgs): ExportOutcome {
    const { store, identity, self } = this.signing();
    const outcome = exportTo(this.ctx, store, identity, self, args);
    this.ctx.notify('sync-changed', { reason: 'exported', fileName: outcome.fileName });
    return outcome;
  }

  conflicts(): ConflictRow[] {
    return conflictRows(this.requireStore());
  }

  resolve(conflictId: string, choice: ConflictChoice): { remaining: number } {
    return resolveConflictWith(this.requireStore(), conflictId, choice);
  }

  exchangeState(): ExchangeState {
    const store = this.requireStore();
    const folder = this.exchange();
    const state = this.ctx.states.load(store.path);
    return {
      folder: state.folder,
      autoApply: state.autoApply,
      watching: folder !== null,
      inbox: folder?.inbox() ?? [],
      quarantined: state.quarantined.slice(-SHOWN_QUARANTINED).reverse(),
    };
  }

  chooseFolder(folder: string): ExchangeState {
    const store = this.requireStore();
    const resolved = path.resolve(folder);
    try {
      if (!fs.statSync(resolved).isDirectory()) throw new Error('not a folder');
      fs.accessSync(resolved, fs.constants.R_OK | fs.constants.W_OK);
    } catch (error) {
      throw new LongmaiError('E_FOLDER_UNUSABLE', `${resolved}: ${String(error)}`, {
        path: resolved,
      });
    }
    this.ctx.states.update(store.path, (state) => {
      state.folder = resolved;
    });
    this.ctx.notify('sync-changed', { reason: 'settings' });
    return this.exchangeState();
  }

  clearFolder(): ExchangeState {
    this.ctx.states.update(this.requireStore().path, (state) => {
      state.folder = null;
    });
    return this.exchangeState();
  }

  setAutoApply(autoApply: boolean): ExchangeState {
    this.ctx.states.update(this.requireStore().path, (state) => {
      state.autoApply = autoApply;
    });
    return this.exchangeState();
  }

  async scan(): Promise<ExchangeState> {
    await this.exchange()?.scan();
    return this.exchangeState();
  }

  openItem(itemId: string): Promise<PacketPreview> {
    const folder = this.exchange();
    if (!folder) throw new LongmaiError('E_NO_EXCHANGE_FOLDER', 'no exchange folder is set');
    const file = folder.fileOf(itemId);
    return this.packets.open(readPacketBytes(file), path.basename(file), 'inbox', file);
  }

  close(): void {
    this.folder?.stop();
    this.folder = null;
    this.ctx.pending.clear();
  }
}
