import type Database from 'better-sqlite3';
import type { EntityName } from '../../../shared/model/fields.js';
import type { Op } from '../../../shared/sync/ops.js';
import { referencesOf } from '../../../shared/sync/references.js';
import type { EntityKey } from './oplog.js';

/** The index of strong references: which records name a record, so its liveness can spread. */
export interface RefIndex {
  /** Record `op`'s strong reference, if its field is one. */
  add(op: Op): void;
  /** Records that have ever named (entity, id) in a strong reference, with the field. */
  namers(entity: EntityName, id: string): (EntityKey & { field: string })[];
  /** Rebuild from every op (after heads are rebuilt). */
  rebuild(ops: Iterable<Op>): void;
}

export function prepareRefIndex(db: Database.Database): RefIndex {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO refs (target_entity, target_id, entity, entity_id, field)
     VALUES (?, ?, ?, ?, ?)`,
  );
  const select = db.prepare(
    'SELECT entity, entity_id, field FROM refs WHERE target_entity = ? AND target_id = ?',
  );
  const clear = db.prepare('DELETE FROM refs');
  const add = (op: Op): void => {
    const ref = referencesOf(op.entity)[op.field];
    if (!ref?.strong || ref.target === 'blob' || typeof op.value !== 'string') return;
    insert.run(ref.target, op.value, op.entity, op.entityId, op.field);
  };
  return {
    add,
    namers(entity, id) {
      return (select.all(entity, id) as { entity: string; entity_id: string; field: string }[]).map(
        (row) => ({ entity: row.entity as EntityName, entityId: row.entity_id, field: row.field }),
      );
    },
    rebuild(ops) {
      clear.run();
      for (const op of ops) add(op);
    },
  };
}
