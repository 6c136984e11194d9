import type { EntityCounts, ExportPreview } from '../../../shared/ipc/contract.js';
import type { EntityName } from '../../../shared/model/fields.js';
import { computeScope } from '../../../shared/sync/scope.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { exportPacket, readPacket } from '../sync/index.js';
import { scopeRecords } from '../sync/scope-data.js';
import { packetFileName } from './names.js';
import { withoutWriting } from './rollback.js';

function bump(counts: EntityCounts, entity: EntityName): void {
  counts[entity] = (counts[entity] ?? 0) + 1;
}

/** Every shown record the party may see: what its copy holds once it has every packet. */
export function scopeCounts(store: ProjectStore, partyId: string): EntityCounts {
  const scope = computeScope(
    scopeRecords(store.ops(), () => true),
    partyId,
    store.project().makerPartyId,
  );
  const snapshot = store.snapshot();
  const counts: EntityCounts = {};
  const tally = (entity: EntityName, rows: readonly { id: string }[]) => {
    for (const row of rows) if (scope.visible(entity, row.id)) bump(counts, entity);
  };
  tally('party', snapshot.parties);
  tally('node', snapshot.nodes);
  tally('edge', snapshot.edges);
  tally('link', snapshot.links);
  tally('transition', snapshot.transitions);
  tally('evidence', snapshot.evidence);
  return counts;
}

/**
 * What "Invite / send update" would write: the real export, run inside a transaction that
 * is rolled back (an invitation records itself as sent), then counted. Writes nothing.
 */
export function previewExport(
  store: ProjectStore,
  identity: HomeIdentity,
  partyId: string,
  options: { full?: boolean; now: () => number; exchangeFolder: string | null },
): ExportPreview {
  const { bytes, manifest } = withoutWriting(store, () =>
    exportPacket(store, identity, {
      to: partyId,
      now: options.now,
      ...(options.full ? { full: true } : {}),
    }),
  );
  const records: EntityCounts = {};
  const seen = new Set<string>();
  for (const op of readPacket(bytes, { nowMs: options.now() }).ops) {
    const key = `${op.entity}\u0000${op.entityId}`;
    if (seen.has(key)) continue;
    seen.add(key);
    bump(records, op.entity);
  }
  return {
    partyId,
    partyName: manifest.recipient.name,
    kind: manifest.kind,
    changes: manifest.counts.ops,
    files: manifest.counts.blobs,
    records,
    scope: scopeCounts(store, partyId),
    fileName: packetFileName(store.project().name, manifest.recipient.name, options.now()),
    exchangeFolder: options.exchangeFolder,
  };
}
