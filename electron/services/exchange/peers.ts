import type { PacketLogEntry, PeerRow } from '../../../shared/ipc/contract.js';
import type { Party } from '../../../shared/model/entities.js';
import { computeScope } from '../../../shared/sync/scope.js';
import { holds } from '../../../shared/sync/vector.js';
import type { ProjectStore } from '../store/index.js';
import { SyncTables } from '../sync/index.js';
import { scopeRecords } from '../sync/scope-data.js';
import { lastLogged, type PacketLogRecord, type ProjectSyncState } from './project-state.js';

function entry(record: PacketLogRecord | null): PacketLogEntry | null {
  return record
    ? { at: record.at, kind: record.kind, changes: record.changes, fileName: record.fileName }
    : null;
}

/**
 * Each party this copy exchanges packets with (the maker: every other party; a supplier: the
 * maker), with what went each way and how many changes in its scope it has not acknowledged.
 */
export function peerRows(store: ProjectStore, self: string, state: ProjectSyncState): PeerRow[] {
  const maker = store.project().makerPartyId;
  const parties: Party[] = store
    .snapshot()
    .parties.filter((party) => party.id !== self && (self === maker || party.id === maker));
  if (parties.length === 0) return [];
  const tables = new SyncTables(store);
  const ops = store.ops();
  const records = scopeRecords(ops, () => true);
  return parties.map((party) => {
    const peer = tables.peer(party.id);
    const acknowledged = tables.acknowledged(party.id);
    const scope = computeScope(records, party.id, maker);
    let pending = 0;
    for (const op of ops) {
      if (
        scope.fieldVisible(op.entity, op.entityId, op.field) &&
        !holds(acknowledged, op.authorReplica, op.hlc)
      ) {
        pending++;
      }
    }
    const lastSent = entry(lastLogged(state, party.id, 'sent'));
    const lastReceived = entry(lastLogged(state, party.id, 'received'));
    const trusted = peer !== null;
    const standing: PeerRow['state'] = !trusted
      ? lastSent
        ? 'invited'
        : 'not-invited'
      : pending > 0
        ? 'behind'
        : 'current';
    return {
      partyId: party.id,
      name: party.name,
      kind: party.kind,
      trusted,
      fingerprint: peer?.fingerprint ?? null,
      lastSent,
      lastReceived,
      pending,
      state: standing,
    };
  });
}
