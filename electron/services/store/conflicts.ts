import type Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import type { EntityName } from '../../../shared/model/fields.js';
import type { Op } from '../../../shared/sync/ops.js';
import type { TombstoneState } from '../../../shared/sync/tombstone.js';
import type { EntityKey } from './oplog.js';

export type ConflictKind = 'concurrent' | 'deleted';

/** A value that did not win but was not seen by the winner either: kept for the user. */
export interface ConflictRecord {
  id: string;
  entity: EntityName;
  entityId: string;
  field: string;
  kind: ConflictKind;
  opIds: string[];
}

/** Derived from the ops alone, so every replica with the same ops names it the same. */
function conflictId(entity: string, entityId: string, field: string, opIds: string[]): string {
  return createHash('sha256')
    .update([entity, entityId, field, ...opIds].join('\u0000'))
    .digest('base64url')
    .slice(0, 16);
}

function record(
  entity: EntityName,
  entityId: string,
  field: string,
  kind: ConflictKind,
  ops: readonly Op[],
): ConflictRecord {
  const opIds = [...new Set(ops.map((op) => op.opId))].sort();
  return { id: conflictId(entity, entityId, field, opIds), entity, entityId, field, kind, opIds };
}

/**
 * An entity's conflicts: every register with more than one head, and a delete that an
 * unseen edit (or a live record that needs this one) kept from taking effect.
 */
export function conflictsOf(
  entity: EntityName,
  entityId: string,
  heads: readonly Op[],
  tombstone: TombstoneState,
  alive: boolean,
): ConflictRecord[] {
  const byField = new Map<string, Op[]>();
  for (const op of heads) {
    const list = byField.get(op.field);
    if (list) list.push(op);
    else byField.set(op.field, [op]);
  }
  const result: ConflictRecord[] = [];
  const outlived = tombstone.deleted && alive;
  for (const [field, ops] of byField) {
    if (ops.length > 1 && !(field === 'deleted' && outlived)) {
      result.push(record(entity, entityId, field, 'concurrent', ops));
    }
  }
  if (outlived) {
    result.push(
      record(entity, entityId, 'deleted', 'deleted', [
        ...tombstone.deleteHeads,
        ...tombstone.unseen,
      ]),
    );
  }
  return result;
}

export interface ConflictTable {
  replace(entity: EntityName, entityId: string, records: readonly ConflictRecord[]): void;
  /** Replace the conflicts of many entities: clear them all in one statement, then insert. */
  replaceMany(keys: readonly EntityKey[], records: readonly ConflictRecord[]): void;
  /** Drop the conflicts of one register (an edit that lists all its heads resolved them). */
  removeField(entity: EntityName, entityId: string, field: string): void;
  all(): ConflictRecord[];
  get(id: string): ConflictRecord | null;
  ofEntity(entity: EntityName, entityId: string): ConflictRecord[];
  /** How many conflicts these entities have between them, in one statement. */
  countOf(keys: readonly EntityKey[]): number;
  clear(): void;
}

interface ConflictRow {
  id: string;
  entity: string;
  entity_id: string;
  field: string;
  kind: string;
  op_ids: string;
}

const toRecord = (row: ConflictRow): ConflictRecord => ({
  id: row.id,
  entity: row.entity as EntityName,
  entityId: row.entity_id,
  field: row.field,
  kind: row.kind as ConflictKind,
  opIds: JSON.parse(row.op_ids) as string[],
});

export function prepareConflictTable(db: Database.Database): ConflictTable {
  const remove = db.prepare('DELETE FROM conflicts WHERE entity = ? AND entity_id = ?');
  const removeField = db.prepare(
    'DELETE FROM conflicts WHERE entity = ? AND entity_id = ? AND field = ?',
  );
  const removeMany = db.prepare(
    `DELETE FROM conflicts WHERE (entity, entity_id) IN
       (SELECT value ->> 0, value ->> 1 FROM json_each(?))`,
  );
  const insert = db.prepare(
    'INSERT OR REPLACE INTO conflicts (id, entity, entity_id, field, kind, op_ids) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectAll = db.prepare(
    'SELECT id, entity, entity_id, field, kind, op_ids FROM conflicts ORDER BY entity, entity_id, field, id',
  );
  const selectOne = db.prepare(
    'SELECT id, entity, entity_id, field, kind, op_ids FROM conflicts WHERE id = ?',
  );
  const selectEntity = db.prepare(
    'SELECT id, entity, entity_id, field, kind, op_ids FROM conflicts WHERE entity = ? AND entity_id = ? ORDER BY field, id',
  );
  const countOf = db
    .prepare(
      `SELECT count(*) FROM json_each(?) j
       JOIN conflicts c ON c.entity = j.value ->> 0 AND c.entity_id = j.value ->> 1`,
    )
    .pluck();
  const clear = db.prepare('DELETE FROM conflicts');
  const pairsOf = (keys: readonly EntityKey[]): string =>
    JSON.stringify(keys.map((key) => [key.entity, key.entityId]));
  const insertAll = (records: readonly ConflictRecord[]): void => {
    for (const r of records) {
      insert.run(r.id, r.entity, r.entityId, r.field, r.kind, JSON.stringify(r.opIds));
    }
  };
  return {
    replace(entity, entityId, records) {
      remove.run(entity, entityId);
      insertAll(records);
    },
    replaceMany(keys, records) {
      if (keys.length > 0) {
        removeMany.run(pairsOf(keys));
      }
      insertAll(records);
    },
    removeField(entity, entityId, field) {
      removeField.run(entity, entityId, field);
    },
    all: () => (selectAll.all() as ConflictRow[]).map(toRecord),
    get(id) {
      const row = selectOne.get(id) as ConflictRow | undefined;
      return row ? toRecord(row) : null;
    },
    ofEntity: (entity, entityId) =>
      (selectEntity.all(entity, entityId) as ConflictRow[]).map(toRecord),
    countOf: (keys) => (keys.length > 0 ? Number(countOf.get(pairsOf(keys))) : 0),
    clear() {
      clear.run();
    },
  };
}
