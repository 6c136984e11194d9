import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ImportOutcome, PacketPreview, ProjectInfo } from '../../../shared/ipc/contract.js';
import { MAX_DROPPED_PACKET_BYTES } from '../../../shared/ipc/contract/limits.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { sameFingerprint } from '../identity/index.js';
import { newId } from '../ids.js';
import { importPacket, joinPacket } from '../sync/index.js';
import { nowIso, openStore, progress, type DeskContext } from './context.js';
import { evaluatePacket } from './evaluate.js';
import { readPacketBytes } from './files.js';
import type { PendingPacket } from './pending.js';

const digestOf = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** Called after a packet was applied, so the exchange folder can settle its inbox. */
export type AfterImport = (packet: PendingPacket) => void;

/** Opening packets, previewing them, and applying or joining once the user said so. */
export class PacketDesk {
  constructor(
    private readonly ctx: DeskContext,
    private readonly afterImport: AfterImport,
  ) {}

  private evaluate(bytes: Buffer, fingerprint: string | null) {
    const store = openStore(this.ctx);
    return evaluatePacket(
      { store, identity: this.ctx.identity.current(), now: this.ctx.now },
      bytes,
      fingerprint,
    );
  }

  async open(
    bytes: Buffer,
    fileName: string,
    source: PacketPreview['source'],
    itemPath: string | null = null,
  ): Promise<PacketPreview> {
    const token = newId();
    await progress(this.ctx, token, 'verifying', 0, 1);
    const preview: PacketPreview = { token, fileName, source, ...this.evaluate(bytes, null) };
    await progress(this.ctx, token, 'done', 1, 1);
    this.ctx.pending.put({
      token,
      bytes,
      digest: digestOf(bytes),
      fileName,
      source,
      itemPath,
      fingerprint: null,
      preview,
    });
    return preview;
  }

  openPath(file: string): Promise<PacketPreview> {
    return this.open(readPacketBytes(file), path.basename(file), 'file');
  }

  openDropped(fileName: string, base64: string): Promise<PacketPreview> {
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_DROPPED_PACKET_BYTES) {
      throw new LongmaiError('E_TOO_LARGE', `${fileName} is too large to drop; open it instead`, {
        detail: fileName,
      });
    }
    return this.open(bytes, fileName, 'drop');
  }

  async confirmSender(token: string, fingerprint: string): Promise<PacketPreview> {
    const packet = this.ctx.pending.get(token);
    const actual = packet.preview.summary?.sender.fingerprint;
    if (actual === undefined || !sameFingerprint(fingerprint, actual)) {
      throw new LongmaiError(
        'E_FINGERPRINT_MISMATCH',
        `the sender's fingerprint is ${actual ?? '?'}, not ${fingerprint}`,
        { fingerprint: actual ?? '?' },
      );
    }
    await progress(this.ctx, token, 'previewing', 0, 1);
    const preview: PacketPreview = { ...packet.preview, ...this.evaluate(packet.bytes, actual) };
    await progress(this.ctx, token, 'done', 1, 1);
    this.ctx.pending.put({ ...packet, fingerprint: actual, preview });
    return preview;
  }

  /** Verify everything again and apply in one transaction: the file may have changed since. */
  async apply(token: string): Promise<ImportOutcome> {
    const packet = this.ctx.pending.get(token);
    const { preview } = packet;
    if (preview.outcome !== 'import' && preview.outcome !== 'nothing-new') {
      throw new LongmaiError(
        'E_BAD_ARGUMENT',
        `a packet that is ${preview.outcome} cannot be applied`,
        {
          field: 'token',
          detail: preview.outcome,
        },
      );
    }
    const store = openStore(this.ctx);
    if (!store) throw new LongmaiError('E_NO_PROJECT', 'no project is open');
    const total = preview.summary?.changes ?? 0;
    await progress(this.ctx, token, 'applying', 0, total);
    const report = importPacket(store, this.ctx.identity.require(), packet.bytes, {
      ...(packet.fingerprint !== null ? { acceptFingerprint: packet.fingerprint } : {}),
      now: this.ctx.now,
    });
    await progress(this.ctx, token, 'done', total, total);
    const sender = preview.summary?.sender;
    this.ctx.states.update(store.path, (state) => {
      if (sender && preview.summary) {
        state.log.push({
          direction: 'received',
          partyId: sender.partyId,
          at: nowIso(this.ctx),
          kind: preview.summary.kind,
          changes: report.applied,
          fileName: packet.fileName,
        });
      }
      if (!state.handled.includes(packet.digest)) state.handled.push(packet.digest);
    });
    this.ctx.pending.drop(token);
    this.afterImport(packet);
    const outcome = {
      applied: report.applied,
      duplicates: report.duplicates,
      conflicts: report.conflicts,
      senderName: sender?.name ?? '',
    };
    this.ctx.notify('sync-changed', {
      reason: 'applied',
      fileName: packet.fileName,
      party: outcome.senderName,
      applied: report.applied,
    });
    return outcome;
  }

  close(token: string): { closed: boolean } {
    return { closed: this.ctx.pending.drop(token) };
  }

  /** Start this installation's copy from the invitation at `file`, then open it. */
  join(token: string, fingerprint: string, file: string): ProjectInfo {
    const packet = this.ctx.pending.get(token);
    if (packet.preview.outcome !== 'join' || !packet.preview.summary) {
      throw new LongmaiError('E_NOT_INVITATION', 'only an invitation can start a copy');
    }
    const identity = this.ctx.identity.require();
    const joined = joinPacket(packet.bytes, path.resolve(file), identity, {
      acceptFingerprint: fingerprint,
      now: this.ctx.now,
    });
    const created = joined.store.path;
    joined.store.close();
    const info = this.ctx.session.open(created);
    const { summary } = packet.preview;
    this.ctx.states.update(info.path, (state) => {
      state.log.push({
        direction: 'received',
        partyId: summary.sender.partyId,
        at: nowIso(this.ctx),
        kind: summary.kind,
        changes: joined.applied,
        fileName: packet.fileName,
      });
      state.handled.push(packet.digest);
    });
    this.ctx.pending.drop(token);
    return info;
  }
}
