import type Database from 'better-sqlite3';
import type { Op } from '../../../shared/sync/ops.js';

/** Ops that arrive from other replicas, in any order, any number of times. */
export interface RemoteLog {
  has(opId: string): boolean;
  /**
   * Store an op unless it is already there (returns false). It becomes a head of its
   * register unless an op already stored there lists it in `prev`, and it supersedes the
   * heads it lists itself, so the heads come out the same whatever the arrival order.
   */
  append(op: Op): boolean;
}

export function prepareRemoteLog(db: Database.Database): RemoteLog {
  const has = db.prepare('SELECT 1 FROM ops WHERE op_id = ?').pluck();
  const insertOp = db.prepare(
    `INSERT OR IGNORE INTO ops (op_id, entity, entity_id, field, value, hlc, author_party, author_replica, prev)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  // Op ids are [A-Za-z0-9_-]; searching for the quoted id cannot match a longer one.
  const supersededBy = db
    .prepare(
      `SELECT 1 FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND op_id <> ?
       AND instr(prev, ?) > 0 LIMIT 1`,
    )
    .pluck();
  const deleteHead = db.prepare(
    'DELETE FROM heads WHERE entity = ? AND entity_id = ? AND field = ? AND op_id = ?',
  );
  const insertHead = db.prepare(
    'INSERT OR IGNORE INTO heads (entity, entity_id, field, op_id) VALUES (?, ?, ?, ?)',
  );
  return {
    has: (opId) => has.get(opId) !== undefined,
    append(op) {
      const inserted = insertOp.run(
        op.opId,
        op.entity,
        op.entityId,
        op.field,
        JSON.stringify(op.value),
        op.hlc,
        op.authorParty,
        op.authorReplica,
        JSON.stringify(op.prev),
      );
      if (inserted.changes === 0) return false;
      const superseded =
        supersededBy.get(op.entity, op.entityId, op.field, op.opId, `"${op.opId}"`) !== undefined;
      for (const earlier of op.prev) deleteHead.run(op.entity, op.entityId, op.field, earlier);
      if (!superseded) insertHead.run(op.entity, op.entityId, op.field, op.opId);
      return true;
    },
  };
}
