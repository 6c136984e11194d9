import { FIELD_DEFAULTS, requiredFields, type EntityName } from '../../../shared/model/fields.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import { resolveRegister } from '../../../shared/sync/register.js';
import type { EntityRows } from './entity-rows.js';
import type { OpLog } from './oplog.js';

export interface Materializer {
  /**
   * Rebuild one entity's row from its registers: the winning value of every field. A
   * tombstoned entity, or one whose creation ops have not all arrived, has no row.
   * Returns whether the row exists afterwards.
   */
  materializeEntity(entity: EntityName, entityId: string): boolean;
  /** Throw away heads and every materialized row, then rebuild all of them from the log. */
  rematerialize(): void;
}

function winners(heads: readonly Op[]): Map<string, OpValue> {
  const byField = new Map<string, Op[]>();
  for (const op of heads) {
    const list = byField.get(op.field);
    if (list) list.push(op);
    else byField.set(op.field, [op]);
  }
  const values = new Map<string, OpValue>();
  for (const [field, ops] of byField) {
    const register = resolveRegister(ops);
    if (register) values.set(field, register.winner.value);
  }
  return values;
}

export function createMaterializer(opLog: OpLog, rows: EntityRows): Materializer {
  const materializeEntity = (entity: EntityName, entityId: string): boolean => {
    const values = winners(opLog.entityHeads(entity, entityId));
    const complete = requiredFields(entity).every((field) => values.has(field));
    if (values.get('deleted') === true || !complete) {
      rows.remove(entity, entityId);
      return false;
    }
    // Fields added after the entity was made read as their defaults (see FIELD_DEFAULTS).
    for (const [field, value] of Object.entries(FIELD_DEFAULTS[entity] ?? {})) {
      if (!values.has(field)) values.set(field, value);
    }
    rows.upsert(entity, entityId, values);
    return true;
  };
  return {
    materializeEntity,
    rematerialize() {
      opLog.rebuildHeads();
      rows.clearAll();
      for (const { entity, entityId } of opLog.entityKeys()) materializeEntity(entity, entityId);
    },
  };
}
