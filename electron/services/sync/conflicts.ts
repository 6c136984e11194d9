import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { authorFor, parseFieldValue } from './fields.js';

export interface ConflictValue {
  opId: string;
  value: OpValue;
  authorParty: string;
  hlc: string;
}

export interface ConflictView {
  id: string;
  entity: string;
  entityId: string;
  field: string;
  kind: 'concurrent' | 'deleted';
  /** The values kept, oldest clock first; the shown one is the last `concurrent` value. */
  values: ConflictValue[];
}

function opsById(store: ProjectStore, ids: readonly string[]): ConflictValue[] {
  const select = store.sync.connection.prepare(
    'SELECT op_id, value, author_party, hlc FROM ops WHERE op_id = ?',
  );
  const values: ConflictValue[] = [];
  for (const id of ids) {
    const row = select.get(id) as
      { op_id: string; value: string; author_party: string; hlc: string } | undefined;
    if (row) {
      values.push({
        opId: row.op_id,
        value: JSON.parse(row.value) as OpValue,
        authorParty: row.author_party,
        hlc: row.hlc,
      });
    }
  }
  return values.sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

export function listConflicts(store: ProjectStore): ConflictView[] {
  return store.sync.conflicts.all().map((record) => ({
    id: record.id,
    entity: record.entity,
    entityId: record.entityId,
    field: record.field,
    kind: record.kind,
    values: opsById(store, record.opIds),
  }));
}

/**
 * Settle a conflict with one value: a new op whose `prev` lists every head it saw (for a
 * delete, the heads of every field), so it supersedes them all on every replica.
 */
export function resolveConflict(
  store: ProjectStore,
  identity: HomeIdentity | null,
  conflictId: string,
  text: string,
): { op: Op; remaining: ConflictView[] } {
  const record = store.sync.conflicts.get(conflictId);
  if (!record) {
    throw new LongmaiError('E_NOT_FOUND', `no conflict with id ${conflictId}`, { id: conflictId });
  }
  const value = parseFieldValue(record.entity, record.field, text);
  const authorParty = authorFor(store, identity);
  const [op] = store.applyLocalChanges(
    [{ entity: record.entity, entityId: record.entityId, field: record.field, value }],
    { authorParty },
  );
  if (!op) throw new LongmaiError('E_INTERNAL', 'no op was written');
  const remaining = listConflicts(store).filter(
    (c) => c.entity === record.entity && c.entityId === record.entityId,
  );
  return { op, remaining };
}
