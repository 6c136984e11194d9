import type { EntityCounts, JoinPreview, PacketPreview } from '../../../shared/ipc/contract.js';
import { LongmaiError, type ContractError } from '../../../shared/ipc/errors.js';
import type { Manifest } from '../../../shared/sync/manifest.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { SyncTables, inspectManifest, readPacket, type VerifiedPacket } from '../sync/index.js';
import { replicaFileName } from './names.js';
import { previewImport } from './preview-import.js';
import { summarize } from './summary.js';
import { bindingOf } from './binding.js';

export type Evaluation = Pick<
  PacketPreview,
  'outcome' | 'summary' | 'rejection' | 'changes' | 'join'
>;

export interface EvaluateContext {
  store: ProjectStore | null;
  identity: HomeIdentity | null;
  now: () => number;
}

function asContractError(error: unknown): ContractError {
  if (error instanceof LongmaiError) return error.toContractError();
  return { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };
}

function rejected(error: unknown, manifest: Manifest | null): Evaluation {
  return {
    outcome: 'rejected',
    summary: manifest ? summarize(manifest) : null,
    rejection: asContractError(error),
    changes: null,
    join: null,
  };
}

function joinPreview(packet: VerifiedPacket): JoinPreview {
  const { manifest } = packet;
  const records: EntityCounts = {};
  const seen = new Set<string>();
  for (const op of packet.ops) {
    const key = `${op.entity}\u0000${op.entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    records[op.entity] = (records[op.entity] ?? 0) + 1;
  }
  return {
    projectName: manifest.project.name,
    partyId: manifest.recipient.partyId,
    partyName: manifest.recipient.name,
    records,
    files: packet.blobs.size,
    fileName: replicaFileName(manifest.project.name, manifest.recipient.name),
  };
}

/** Which party this file signs for here, or the refusal that says why it cannot import. */
function importingParty(ctx: EvaluateContext): { store: ProjectStore; identity: HomeIdentity } {
  const { store, identity } = ctx;
  if (!store) throw new LongmaiError('E_NO_PROJECT', 'no project is open');
  const binding = bindingOf(store, identity);
  if (binding.state === 'unbound' || !identity) {
    throw new LongmaiError('E_NOT_SYNCED', `${store.path} is not set up for sync`);
  }
  if (binding.state === 'foreign') {
    throw new LongmaiError('E_IDENTITY_MISMATCH', `${store.path} signs with another identity`, {
      path: store.path,
    });
  }
  return { store, identity };
}

/**
 * Everything opening a packet would do, decided without writing anything: an invitation for
 * another project starts a copy (join); a packet for the open project is previewed by a
 * rolled-back import; a sender of this project whose key is unconfirmed must be confirmed
 * first. Every refusal comes back as data with its typed code.
 */
export function evaluatePacket(
  ctx: EvaluateContext,
  bytes: Buffer,
  fingerprint: string | null,
): Evaluation {
  let manifest: Manifest;
  try {
    manifest = inspectManifest(bytes).manifest;
  } catch (error) {
    return rejected(error, null);
  }
  let packet: VerifiedPacket;
  try {
    packet = readPacket(bytes, { nowMs: ctx.now() });
  } catch (error) {
    return rejected(error, manifest);
  }
  const summary = summarize(manifest);
  const sameProject = ctx.store !== null && ctx.store.project().id === manifest.project.id;
  if (!sameProject) {
    if (manifest.kind === 'invitation') {
      return {
        outcome: 'join',
        summary,
        rejection: null,
        changes: null,
        join: joinPreview(packet),
      };
    }
    const code = ctx.store ? 'E_WRONG_PROJECT' : 'E_NO_PROJECT';
    return rejected(new LongmaiError(code, `the packet is for ${manifest.project.name}`), manifest);
  }
  try {
    const { store, identity } = importingParty(ctx);
    const sender = manifest.sender.partyId;
    if (fingerprint === null && !new SyncTables(store).peer(sender) && store.party(sender)) {
      return { outcome: 'confirm-sender', summary, rejection: null, changes: null, join: null };
    }
    const { report, changes } = previewImport(store, identity, packet, bytes, {
      ...(fingerprint !== null ? { acceptFingerprint: fingerprint } : {}),
      now: ctx.now,
    });
    const outcome = report.applied === 0 && fingerprint === null ? 'nothing-new' : 'import';
    return { outcome, summary, rejection: null, changes, join: null };
  } catch (error) {
    return rejected(error, manifest);
  }
}
