import type {
  ConflictCandidate,
  ConflictChoice,
  ConflictRow,
} from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import { fieldSchema } from '../../../shared/model/fields.js';
import { parseHlc } from '../../../shared/sync/hlc.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';
import { labelOf, placeOf } from './labels.js';

interface OpRow {
  op_id: string;
  field: string;
  value: string;
  author_party: string;
  hlc: string;
}

/** Oldest first; the last is the register's winner (highest clock, ties by op id). */
const byClock = (a: OpRow, b: OpRow): number =>
  a.hlc !== b.hlc ? (a.hlc < b.hlc ? -1 : 1) : a.op_id < b.op_id ? -1 : a.op_id > b.op_id ? 1 : 0;

function candidates(store: ProjectStore, opIds: readonly string[]): ConflictCandidate[] {
  const select = store.sync.connection.prepare(
    'SELECT op_id, field, value, author_party, hlc FROM ops WHERE op_id = ?',
  );
  const rows = opIds
    .map((id) => select.get(id) as OpRow | undefined)
    .filter((row): row is OpRow => row !== undefined)
    .sort(byClock);
  const last = rows[rows.length - 1];
  return rows.map((row) => {
    const author = store.record('party', row.author_party)?.name;
    return {
      opId: row.op_id,
      field: row.field,
      value: JSON.parse(row.value) as OpValue,
      authorPartyId: row.author_party,
      authorName: typeof author === 'string' ? author : row.author_party,
      at: new Date(parseHlc(row.hlc).wallMs).toISOString(),
      current: row === last,
    };
  });
}

/** Open conflicts with every candidate value, its author and time, and where to badge them. */
export function conflictRows(store: ProjectStore): ConflictRow[] {
  return store.sync.conflicts.all().map((record) => ({
    id: record.id,
    entity: record.entity,
    entityId: record.entityId,
    label: labelOf(store, record.entity, record.entityId),
    field: record.field,
    kind: record.kind,
    values: candidates(store, record.opIds),
    ...placeOf(store, record.entity, record.entityId),
  }));
}

/**
 * Settle a conflict with the user's choice: one candidate's exact value, or for a delete an
 * edit outlived, keep or delete the record. Written as a local edit, which lists every head
 * it saw and so supersedes them all on every replica.
 */
export function resolveConflictWith(
  store: ProjectStore,
  conflictId: string,
  choice: ConflictChoice,
): { remaining: number } {
  const record = store.sync.conflicts.get(conflictId);
  if (!record) {
    throw new LongmaiError('E_NOT_FOUND', `no conflict with id ${conflictId}`, { id: conflictId });
  }
  let value: OpValue;
  if (choice.kind === 'value') {
    if (!record.opIds.includes(choice.opId) || record.kind !== 'concurrent') {
      throw new LongmaiError(
        'E_BAD_ARGUMENT',
        `op ${choice.opId} is not a value of this conflict`,
        {
          field: 'opId',
          detail: choice.opId,
        },
      );
    }
    const [candidate] = candidates(store, [choice.opId]);
    if (!candidate) throw new LongmaiError('E_NOT_FOUND', `no op ${choice.opId}`);
    value = candidate.value;
  } else {
    if (record.kind !== 'deleted') {
      throw new LongmaiError('E_BAD_ARGUMENT', 'keep or delete settles only a delete conflict', {
        field: 'choice',
        detail: choice.kind,
      });
    }
    value = choice.kind === 'delete';
  }
  const schema = fieldSchema(record.entity, record.field);
  if (!schema?.safeParse(value).success) {
    throw new LongmaiError('E_BAD_ARGUMENT', `bad value for ${record.entity}.${record.field}`);
  }
  store.applyLocalChanges([
    { entity: record.entity, entityId: record.entityId, field: record.field, value },
  ]);
  return { remaining: store.sync.conflicts.all().length };
}
