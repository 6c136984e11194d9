import { type EntityName } from '../../../shared/model/fields.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import { resolveRegister } from '../../../shared/sync/register.js';
import { scopeFields, type ScopeRecords } from '../../../shared/sync/scope.js';

const FIELDS_CACHE = new Map<EntityName, ReadonlySet<string>>();

function fieldsOf(entity: EntityName): ReadonlySet<string> {
  let fields = FIELDS_CACHE.get(entity);
  if (!fields) {
    fields = new Set(scopeFields(entity));
    FIELDS_CACHE.set(entity, fields);
  }
  return fields;
}

/**
 * The values scope reads, as the registers give them over the ops `include` lets through:
 * all ops for what the project is now, or only those a peer had acknowledged for what it
 * was then. Every record with an op is present, even with no field scope reads.
 */
export function scopeRecords(ops: readonly Op[], include: (op: Op) => boolean): ScopeRecords {
  const registers = new Map<string, Op[]>();
  const records = new Map<EntityName, Map<string, Record<string, OpValue>>>();
  for (const op of ops) {
    if (!include(op)) continue;
    let byId = records.get(op.entity);
    if (!byId) {
      byId = new Map<string, Record<string, OpValue>>();
      records.set(op.entity, byId);
    }
    if (!byId.has(op.entityId)) byId.set(op.entityId, {});
    if (!fieldsOf(op.entity).has(op.field)) continue;
    const key = `${op.entity}\u0000${op.entityId}\u0000${op.field}`;
    const list = registers.get(key);
    if (list) list.push(op);
    else registers.set(key, [op]);
  }
  for (const list of registers.values()) {
    const register = resolveRegister(list);
    if (!register) continue;
    const { entity, entityId, field, value } = register.winner;
    const record = records.get(entity)?.get(entityId);
    if (record) record[field] = value;
  }
  return records;
}
