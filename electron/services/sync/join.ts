import { fingerprintOf, sameFingerprint, type HomeIdentity } from '../identity/index.js';
import { createProjectStore, type ProjectStore } from '../store/index.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { refuse } from './errors.js';
import { SyncTables } from './local.js';
import { readPacket } from './packet-read.js';
import type { ZipLimits } from './zip/format.js';

export interface JoinOptions {
  acceptFingerprint: string;
  now?: () => number;
  limits?: ZipLimits;
}

export interface JoinResult {
  store: ProjectStore;
  partyId: string;
  applied: number;
  sender: { partyId: string; fingerprint: string };
}

/**
 * Start a copy of a project from an invitation: after the sender's fingerprint matches the
 * one the user confirmed, create the file acting for the invited party with this home's
 * keys, and apply the packet in the file's first transaction (whole, or no file at all).
 */
export function joinPacket(
  bytes: Buffer,
  outPath: string,
  identity: HomeIdentity,
  options: JoinOptions,
): JoinResult {
  const nowMs = (options.now ?? Date.now)();
  const packet = readPacket(bytes, {
    nowMs,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const { manifest } = packet;
  if (manifest.kind !== 'invitation') {
    throw refuse('E_NOT_INVITATION', 'only an invitation can start a copy of a project');
  }
  const { certificate, partyId: senderParty, replicaId } = manifest.sender;
  const fingerprint = fingerprintOf(certificate.partyKey);
  if (!sameFingerprint(options.acceptFingerprint, fingerprint)) {
    throw refuse(
      'E_FINGERPRINT_MISMATCH',
      `the sender's fingerprint is ${fingerprint}, not ${options.acceptFingerprint}`,
      { fingerprint },
    );
  }
  const self = manifest.recipient.partyId;
  let applied = 0;
  const init = (store: ProjectStore): void => {
    const tables = new SyncTables(store);
    tables.bind(identity, self);
    tables.setJoinedFrom(manifest.packetId);
    const acceptedAt = new Date(nowMs).toISOString();
    if (senderParty !== self) {
      tables.accept(senderParty, certificate.partyKey, certificate.partyName, acceptedAt);
    }
    const refusal = store.sync.checker.checkRemote(packet.ops);
    if (refusal) {
      throw new LongmaiError(
        'E_FORBIDDEN_OP',
        `forbidden op in the invitation: ${refusal.reason}`,
        {
          entity: refusal.entity,
          id: refusal.entityId,
          field: refusal.field,
        },
      );
    }
    tables.bindReplica(replicaId, senderParty, certificate.replicaKey);
    for (const [digest, content] of packet.blobs) store.qualification.putBlob(digest, content);
    applied = store.sync.applyRemote(packet.ops, nowMs).applied.length;
    tables.raiseSeen(manifest.coverage);
    tables.acknowledge(senderParty, replicaId, manifest.vector);
    if (store.project().id !== manifest.project.id) {
      throw refuse('E_BAD_PACKET', 'the invitation does not carry its project');
    }
  };
  const store = createProjectStore(outPath, init, options.now ? { now: options.now } : {});
  return { store, partyId: self, applied, sender: { partyId: senderParty, fingerprint } };
}
