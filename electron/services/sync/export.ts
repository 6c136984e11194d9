import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { PacketKind, Manifest } from '../../../shared/sync/manifest.js';
import type { Op } from '../../../shared/sync/ops.js';
import { computeScope, type Scope } from '../../../shared/sync/scope.js';
import { holds, meetVectors, sortVector, type VersionVector } from '../../../shared/sync/vector.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { boundParty } from './bound.js';
import { SyncTables } from './local.js';
import { newId } from '../ids.js';
import { sealPacket } from './packet-write.js';
import { readBlobs, readChangeSets, type OpSelection } from './export-ops.js';
import { scopeRecords } from './scope-data.js';

export interface ExportOptions {
  /** The party the packet is for. */
  to: string;
  /** Resend everything in scope, whatever the peer acknowledged. */
  full?: boolean;
  now?: () => number;
}

export interface ExportResult {
  bytes: Buffer;
  manifest: Manifest;
}

const byClock = (a: Op, b: Op): number =>
  a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : a.opId < b.opId ? -1 : a.opId > b.opId ? 1 : 0;

/**
 * Which ops the recipient gets: those it may see that it lacks. It lacks an op unless the
 * vector it acknowledged holds it AND it could see the field then; a record that came into
 * its scope since (a new supply link, a link re-pointed to it) arrives with its whole history.
 * The maker sees everything, so for it that is whatever the vector does not hold.
 */
function selectOps(store: ProjectStore, to: string, base: VersionVector): OpSelection {
  const maker = store.project().makerPartyId;
  if (to === maker) {
    return { keep: (_e, _i, _f, replica, hlc) => !holds(base, replica, hlc), notHeldBy: base };
  }
  const all = store.ops().sort(byClock);
  const scopeAt = (include: (op: Op) => boolean): Scope =>
    computeScope(scopeRecords(all, include), to, maker);
  const now = scopeAt(() => true);
  const then =
    Object.keys(base).length === 0 ? now : scopeAt((op) => holds(base, op.authorReplica, op.hlc));
  return {
    keep: (entity, id, field, replica, hlc) =>
      now.fieldVisible(entity, id, field) &&
      !(holds(base, replica, hlc) && then.fieldVisible(entity, id, field)),
  };
}

/**
 * A signed packet for one party. The first packet to a party whose key this file has not
 * accepted is an invitation, carrying everything in its scope; later ones carry what its
 * acknowledged version vector lacks (`full`: everything in scope again).
 */
export function exportPacket(
  store: ProjectStore,
  identity: HomeIdentity,
  options: ExportOptions,
): ExportResult {
  const self = boundParty(store, identity);
  const tables = new SyncTables(store);
  const project = store.project();
  const recipient = store.party(options.to);
  if (!recipient) {
    throw new LongmaiError('E_NOT_FOUND', `no party with id ${options.to} in this project`, {
      id: options.to,
    });
  }
  // A party whose key is unknown gets an invitation; so does one's own party, to add an
  // installation, when a full packet is asked for.
  const invite = !tables.peer(options.to) || (options.to === self && options.full === true);
  const kind: PacketKind = invite ? 'invitation' : 'update';
  const base: VersionVector =
    kind === 'invitation' || options.full === true ? {} : tables.acknowledged(options.to);
  const maker = project.makerPartyId;
  const selection = selectOps(store, options.to, base);
  const seen = tables.seen();
  // A sender that sees less than the recipient can only vouch for its own party's replicas.
  const whole = self === maker || self === options.to;
  const coverage = whole
    ? seen
    : Object.fromEntries(
        Object.entries(seen).filter(([replica]) => tables.partyOfReplica(replica) === self),
      );
  const createdAt = new Date((options.now ?? Date.now)()).toISOString();
  const packetId = newId();
  const joinedFrom = tables.joinedFrom();
  if (kind === 'invitation') {
    store.transaction(() => tables.recordInvitation(packetId, options.to, coverage));
  }
  return sealPacket(
    {
      head: {
        kind,
        project: { id: project.id, name: project.name },
        sender: {
          partyId: self,
          replicaId: identity.replicaId,
          certificate: identity.certificate,
        },
        recipient: { partyId: options.to, name: recipient.name },
        base: sortVector(base),
        // What this party surely holds: an installation it invited may have only its invitation.
        vector: sortVector(meetVectors([seen, ...tables.pendingInvitations(self)])),
        coverage: sortVector(coverage),
      },
      changes: readChangeSets(store.sync.connection, selection),
      blobs: readBlobs(store, selection),
      createdAt,
      packetId,
      ...(joinedFrom ? { joinedFrom } : {}),
    },
    identity,
  );
}
