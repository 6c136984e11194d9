import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { Op } from '../../../shared/sync/ops.js';
import { covers } from '../../../shared/sync/vector.js';
import { fingerprintOf, sameFingerprint, type HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { boundParty } from './bound.js';
import { crashPointSet, maybeCrash } from './crash.js';
import { refuse } from './errors.js';
import { SyncTables } from './local.js';
import { readPacket, type VerifiedPacket } from './packet-read.js';
import type { ZipLimits } from './zip/format.js';

export interface ImportOptions {
  /** Verify and count, write nothing. */
  dryRun?: boolean;
  /** Accept the sender's key if its fingerprint is this one. */
  acceptFingerprint?: string;
  now?: () => number;
  limits?: ZipLimits;
}

export interface ImportReport {
  applied: number;
  duplicates: number;
  /** Conflict records on the records this packet changed, after it. */
  conflicts: number;
  dryRun: boolean;
  sender: { partyId: string; fingerprint: string };
}

/** Rolls a dry run's transaction back after counting. */
class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super('dry run');
  }
}

interface Plan {
  packet: VerifiedPacket;
  senderParty: string;
  senderKey: string;
  acceptKey: boolean;
  newOps: Op[];
  duplicates: number;
}

function checkSender(
  store: ProjectStore,
  tables: SyncTables,
  packet: VerifiedPacket,
  options: ImportOptions,
): { acceptKey: boolean } {
  const { sender } = packet.manifest;
  const key = sender.certificate.partyKey;
  const fingerprint = fingerprintOf(key);
  if (!store.party(sender.partyId)) {
    throw refuse(
      'E_UNTRUSTED_SENDER',
      `the sender ${sender.partyId} is not a party of this project`,
      { fingerprint },
    );
  }
  const bound = tables.partyOfReplica(sender.replicaId);
  if (bound !== null && bound !== sender.partyId) {
    throw refuse('E_UNTRUSTED_SENDER', `replica ${sender.replicaId} acts for another party`, {
      fingerprint,
    });
  }
  const peer = tables.peer(sender.partyId);
  if (options.acceptFingerprint !== undefined) {
    if (!sameFingerprint(options.acceptFingerprint, fingerprint)) {
      throw refuse(
        'E_FINGERPRINT_MISMATCH',
        `the sender's fingerprint is ${fingerprint}, not ${options.acceptFingerprint}`,
        { fingerprint },
      );
    }
    return { acceptKey: peer?.publicKey !== key };
  }
  if (!peer) {
    throw refuse(
      'E_UNTRUSTED_SENDER',
      `the sender's key is not confirmed yet: compare its fingerprint ${fingerprint} and accept it`,
      { fingerprint },
    );
  }
  if (peer.publicKey !== key) {
    throw refuse(
      'E_SIGNATURE',
      `the packet is signed with another key than the one accepted for ${sender.partyId}`,
      { fingerprint },
    );
  }
  return { acceptKey: false };
}

/**
 * Only the maker relays other parties' changes; a party's other replicas may relay to it.
 * (Op authors' replica ids are not trusted for anything: coverage comes from certificates.)
 */
function checkAuthors(
  packet: VerifiedPacket,
  newOps: readonly Op[],
  self: string,
  maker: string,
): void {
  const sender = packet.manifest.sender.partyId;
  if (sender === maker || sender === self) return;
  for (const op of newOps) {
    if (op.authorParty !== sender) {
      throw new LongmaiError(
        'E_FORBIDDEN_OP',
        `op ${op.opId} (${op.entity} ${op.entityId}.${op.field}) is by ${op.authorParty}, which ${sender} may not relay`,
        { entity: op.entity, id: op.entityId, field: op.field },
      );
    }
  }
}

function plan(
  store: ProjectStore,
  self: string,
  packet: VerifiedPacket,
  options: ImportOptions,
): Plan {
  const { manifest } = packet;
  const project = store.project();
  if (manifest.project.id !== project.id) {
    throw refuse(
      'E_WRONG_PROJECT',
      `the packet is for project ${manifest.project.id}, not ${project.id}`,
    );
  }
  if (manifest.recipient.partyId !== self) {
    throw refuse(
      'E_WRONG_RECIPIENT',
      `the packet is for party ${manifest.recipient.partyId}, not ${self}`,
    );
  }
  const tables = new SyncTables(store);
  const { acceptKey } = checkSender(store, tables, packet, options);
  if (!covers(tables.seen(), manifest.base)) {
    throw refuse(
      'E_MISSING_CHANGES',
      'the packet continues from changes this copy has not received; ask for a full packet',
    );
  }
  const known = store.sync.known(packet.ops.map((op) => op.opId));
  const newOps = packet.ops.filter((op) => !known.has(op.opId));
  checkAuthors(packet, newOps, self, project.makerPartyId);
  const refusal = store.sync.checker.checkRemote(newOps);
  if (refusal) {
    const op = newOps[refusal.index];
    throw new LongmaiError(
      'E_FORBIDDEN_OP',
      `forbidden op ${op?.opId ?? '?'} by ${op?.authorParty ?? '?'}: ${refusal.reason}`,
      { entity: refusal.entity, id: refusal.entityId, field: refusal.field },
    );
  }
  return {
    packet,
    senderParty: manifest.sender.partyId,
    senderKey: manifest.sender.certificate.partyKey,
    acceptKey,
    newOps,
    duplicates: packet.ops.length - newOps.length,
  };
}

/** Whether applying would change anything at all: a replayed packet must not touch the file. */
function changesAnything(store: ProjectStore, tables: SyncTables, p: Plan): boolean {
  const { manifest } = p.packet;
  if (p.newOps.length > 0 || p.acceptKey) return true;
  const joined = manifest.joinedFrom;
  if (joined !== undefined && tables.awaitsJoin(p.senderParty, joined)) return true;
  if (tables.partyOfReplica(manifest.sender.replicaId) === null) return true;
  if (!covers(tables.seen(), manifest.coverage)) return true;
  const acked = tables.acknowledged(p.senderParty);
  if (!tables.hasHeardFrom(p.senderParty) || !covers(acked, manifest.vector)) return true;
  return [...p.packet.blobs.keys()].some((digest) => !store.qualification.hasBlob(digest));
}

function apply(
  store: ProjectStore,
  tables: SyncTables,
  p: Plan,
  nowMs: number,
): { applied: number; conflicts: number } {
  const { manifest } = p.packet;
  maybeCrash('verified');
  if (p.acceptKey)
    tables.accept(
      p.senderParty,
      p.senderKey,
      manifest.sender.certificate.partyName,
      new Date(nowMs).toISOString(),
    );
  tables.bindReplica(
    manifest.sender.replicaId,
    p.senderParty,
    manifest.sender.certificate.replicaKey,
  );
  for (const [digest, content] of p.packet.blobs) {
    if (!store.qualification.hasBlob(digest)) store.qualification.putBlob(digest, content);
  }
  const half = crashPointSet() ? Math.floor(p.newOps.length / 2) : p.newOps.length;
  const first = store.sync.applyRemote(p.newOps.slice(0, half), nowMs);
  maybeCrash('mid-apply');
  const second = store.sync.applyRemote(p.newOps.slice(half), nowMs);
  tables.raiseSeen(manifest.coverage);
  tables.acknowledge(p.senderParty, manifest.sender.replicaId, manifest.vector);
  if (manifest.joinedFrom !== undefined) tables.heardJoin(p.senderParty, manifest.joinedFrom);
  const touched = new Map(
    [...first.touched, ...second.touched].map((k) => [`${k.entity}\u0000${k.entityId}`, k]),
  );
  const conflicts = store.sync.conflicts.countOf([...touched.values()]);
  maybeCrash('before-commit');
  return { applied: first.applied.length + second.applied.length, conflicts };
}

/**
 * Import a packet: verify everything first (the packet alone, then against this project:
 * project, recipient, sender key, base, authors, permissions of every op), and only then
 * apply it in one transaction. A refusal throws before anything is written; a packet that
 * brings nothing new writes nothing at all.
 */
export function importPacket(
  store: ProjectStore,
  identity: HomeIdentity,
  bytes: Buffer,
  options: ImportOptions = {},
): ImportReport {
  const self = boundParty(store, identity);
  const packet = readPacket(bytes, {
    nowMs: (options.now ?? Date.now)(),
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const tables = new SyncTables(store);
  const { p, changes } = store.sync.read(() => {
    const checked = plan(store, self, packet, options);
    return { p: checked, changes: changesAnything(store, tables, checked) };
  });
  const nowMs = (options.now ?? Date.now)();
  const sender = { partyId: p.senderParty, fingerprint: fingerprintOf(p.senderKey) };
  const dryRun = options.dryRun === true;
  if (!changes) {
    return { applied: 0, duplicates: p.duplicates, conflicts: 0, dryRun, sender };
  }
  try {
    const result = store.transaction(() => {
      const counts = apply(store, tables, p, nowMs);
      const report = { ...counts, duplicates: p.duplicates, dryRun, sender };
      if (dryRun) throw new DryRun(report);
      return report;
    });
    maybeCrash('after-commit');
    return result;
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
}
