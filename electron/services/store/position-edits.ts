import type { FieldChange, Op } from '../../../shared/sync/ops.js';
import { PERMISSIONS } from '../../../shared/sync/permissions.js';
import { resolveRegister } from '../../../shared/sync/register.js';
import type { ConflictTable } from './conflicts.js';
import type { EntityRows } from './entity-rows.js';
import { entityKeyOf, type EntityKey } from './oplog.js';

/** One register: a field of one entity. */
interface FieldKey extends EntityKey {
  field: string;
}

/**
 * Need node positions decide nothing but their own columns: they name no record, own none,
 * and a shown need node stays shown whatever they hold. So a batch of them (a layout moves
 * 10,000 need nodes) can skip re-settling whole records: read just their registers' heads,
 * write the same ops as any edit, then set those columns and drop those registers' conflicts.
 */
const POSITION_FIELDS: ReadonlySet<string> = new Set(['x', 'y']);

export const isPositionChange = (change: FieldChange): boolean =>
  change.entity === 'node' && POSITION_FIELDS.has(change.field);

/**
 * The registers a position batch reads, all of need nodes: its own fields, `deleted`, and the
 * owner, the one other field the permission check of an `owner` field reads
 * (shared/sync/permissions.ts).
 */
export function positionRegisters(changes: readonly FieldChange[]): {
  ids: string[];
  fields: string[];
} {
  const ids = new Set<string>();
  const fields = new Set<string>(['deleted']);
  const owner = PERMISSIONS.node.ownerField;
  if (owner) fields.add(owner);
  for (const change of changes) {
    ids.add(change.entityId);
    fields.add(change.field);
  }
  return { ids: [...ids], fields: [...fields] };
}

export interface PositionWriter {
  /**
   * Whether every need node of the batch (`ids`) is shown and no delete stands against it. A
   * delete outlived by edits it did not see keeps a conflict record that lists every such
   * edit, a new one included, so such a batch takes the general path.
   */
  plain(ids: readonly string[], heads: ReadonlyMap<string, Op[]>): boolean;
  /** The registers with more than one head: their conflict records go once the batch lands. */
  conflicted(changes: readonly FieldChange[], heads: ReadonlyMap<string, Op[]>): FieldKey[];
  /** After the batch's ops are written: each written register has one head, its op. */
  settle(ops: readonly Op[], conflicted: readonly FieldKey[]): void;
}

const fieldHeads = (heads: ReadonlyMap<string, Op[]>, key: FieldKey): Op[] =>
  (heads.get(entityKeyOf(key.entity, key.entityId)) ?? []).filter((op) => op.field === key.field);

export function createPositionWriter(rows: EntityRows, conflicts: ConflictTable): PositionWriter {
  return {
    plain(ids, heads) {
      const shown = rows.existing('node', ids);
      return ids.every((id) => {
        const deletes = fieldHeads(heads, { entity: 'node', entityId: id, field: 'deleted' });
        return shown.has(id) && resolveRegister(deletes)?.winner.value !== true;
      });
    },
    conflicted(changes, heads) {
      const seen = new Set<string>();
      const result: FieldKey[] = [];
      for (const { entity, entityId, field } of changes) {
        const register = `${entityKeyOf(entity, entityId)}\u0000${field}`;
        if (seen.has(register)) continue;
        seen.add(register);
        const key = { entity, entityId, field };
        if (fieldHeads(heads, key).length > 1) result.push(key);
      }
      return result;
    },
    settle(ops, conflicted) {
      for (const op of ops) rows.setField(op.entity, op.entityId, op.field, op.value);
      for (const { entity, entityId, field } of conflicted) {
        conflicts.removeField(entity, entityId, field);
      }
    },
  };
}
