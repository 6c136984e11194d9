import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InboxItem, PacketPreview } from '../../../shared/ipc/contract.js';
import { LongmaiError, type ContractError } from '../../../shared/ipc/errors.js';
import { newId } from '../ids.js';
import { inspectManifest } from '../sync/index.js';
import { localeOf, nowIso, openStore, type DeskContext } from './context.js';
import { readPacketBytes } from './files.js';
import { FolderWatcher, type WatchTiming } from './folder-watcher.js';
import type { PacketDesk } from './packet-desk.js';
import { quarantine } from './quarantine.js';

interface Entry {
  item: InboxItem;
  file: string;
  digest: string;
}

/** Refusals that later packets can cure: the file waits in the inbox instead of quarantine. */
const WAITING_CODES: ReadonlySet<string> = new Set(['E_MISSING_CHANGES']);

const toContractError = (error: unknown): ContractError =>
  error instanceof LongmaiError
    ? error.toContractError()
    : { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };

/**
 * The exchange folder of the open project: inbound packets for this party are picked up once
 * complete, verified and previewed like any packet; applied at once only when the user allowed
 * it, the sender is already trusted and nothing conflicts; otherwise kept for the user.
 * Refused packets go to `quarantine/` with a note. Other parties' packets are left alone.
 */
export class ExchangeFolder {
  private readonly entries = new Map<string, Entry>();
  /** Files seen that are not for this copy (ours going out, other recipients), by digest. */
  private readonly ignored = new Set<string>();
  private readonly watcher: FolderWatcher;
  /** Files are dealt with one after another, in the order they became complete. */
  private work: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: DeskContext,
    private readonly desk: PacketDesk,
    readonly projectPath: string,
    readonly folder: string,
    timing: WatchTiming,
  ) {
    this.watcher = new FolderWatcher(folder, timing, (files) => this.take(files), ctx.now);
  }

  start(): void {
    this.watcher.start();
  }

  stop(): void {
    this.watcher.stop();
  }

  /** Look at the folder now; resolves once every file found is dealt with. */
  async scan(): Promise<void> {
    await this.watcher.settle();
    await this.idle();
  }

  idle(): Promise<void> {
    return this.work;
  }

  inbox(): InboxItem[] {
    return [...this.entries.values()].map((entry) => entry.item);
  }

  fileOf(itemId: string): string {
    const entry = this.entries.get(itemId);
    if (!entry) throw new LongmaiError('E_NOT_FOUND', `no inbox item ${itemId}`, { id: itemId });
    return entry.file;
  }

  /** A packet from this folder was applied: drop it from the inbox, retry those that waited. */
  settled(file: string | null): void {
    for (const [id, entry] of this.entries) {
      if (entry.file === file) this.entries.delete(id);
    }
    const waiting = [...this.entries.values()].filter((e) => e.item.reason === 'waiting');
    for (const entry of waiting) this.entries.delete(entry.item.id);
    if (waiting.length > 0) this.take(waiting.map((entry) => entry.file));
  }

  private take(files: readonly string[]): void {
    for (const file of files) {
      this.work = this.work.then(() =>
        this.takeOne(file).catch((error: unknown) => {
          if (fs.existsSync(file)) this.reject(file, null, toContractError(error));
        }),
      );
    }
  }

  private async takeOne(file: string): Promise<void> {
    const store = openStore(this.ctx);
    if (!store || store.path !== this.projectPath) return;
    let bytes: Buffer;
    try {
      bytes = readPacketBytes(file);
    } catch (error) {
      if (fs.existsSync(file)) this.reject(file, null, toContractError(error));
      return;
    }
    const digest = createHash('sha256').update(bytes).digest('hex');
    const known = [...this.entries.values()].some((e) => e.digest === digest);
    if (known || this.ignored.has(digest)) return;
    if (this.ctx.states.load(this.projectPath).handled.includes(digest)) return;
    try {
      const { manifest } = inspectManifest(bytes);
      const self = store.sync.localIdentity()?.partyId;
      const ours = manifest.sender.replicaId === this.ctx.identity.current()?.replicaId;
      if (
        ours ||
        manifest.project.id !== store.project().id ||
        manifest.recipient.partyId !== self
      ) {
        this.ignored.add(digest);
        return;
      }
    } catch (error) {
      this.reject(file, digest, toContractError(error));
      return;
    }
    await this.consider(file, bytes, digest);
  }

  private async consider(file: string, bytes: Buffer, digest: string): Promise<void> {
    const name = path.basename(file);
    const preview = await this.desk.open(bytes, name, 'inbox', file);
    const autoApply = this.ctx.states.load(this.projectPath).autoApply;
    const quiet = preview.outcome === 'nothing-new';
    if (preview.outcome === 'rejected' && preview.rejection) {
      if (WAITING_CODES.has(preview.rejection.code)) this.queue(preview, file, digest, 'waiting');
      else this.reject(file, digest, preview.rejection);
      this.ctx.pending.drop(preview.token);
      return;
    }
    const conflicts = preview.changes?.conflicts.length ?? 0;
    if (quiet || (preview.outcome === 'import' && autoApply && conflicts === 0)) {
      const outcome = await this.desk.apply(preview.token);
      if (!quiet) {
        this.ctx.notify('sync-changed', {
          reason: 'auto-applied',
          fileName: name,
          party: outcome.senderName,
          applied: outcome.applied,
        });
      }
      return;
    }
    this.ctx.pending.drop(preview.token);
    if (preview.outcome === 'join') return;
    const reason =
      preview.outcome === 'confirm-sender'
        ? 'confirm-sender'
        : conflicts > 0
          ? 'conflicts'
          : 'manual';
    this.queue(preview, file, digest, reason);
  }

  private queue(preview: PacketPreview, file: string, digest: string, reason: InboxItem['reason']) {
    const id = newId();
    this.entries.set(id, {
      file,
      digest,
      item: {
        id,
        fileName: path.basename(file),
        senderName: preview.summary?.sender.name ?? '',
        kind: preview.summary?.kind ?? 'update',
        changes: preview.summary?.changes ?? 0,
        foundAt: nowIso(this.ctx),
        reason,
      },
    });
    this.ctx.notify('sync-changed', { reason: 'queued', fileName: path.basename(file) });
  }

  private reject(file: string, digest: string | null, error: ContractError): void {
    const at = nowIso(this.ctx);
    try {
      quarantine(file, error, localeOf(this.ctx), at);
    } catch {
      return;
    }
    this.ctx.states.update(this.projectPath, (state) => {
      state.quarantined.push({ fileName: path.basename(file), code: error.code, at });
      if (digest && !state.handled.includes(digest)) state.handled.push(digest);
    });
    this.ctx.notify('sync-changed', {
      reason: 'quarantined',
      fileName: path.basename(file),
      code: error.code,
    });
  }
}
