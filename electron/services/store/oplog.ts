import type Database from 'better-sqlite3';
import type { EntityName } from '../../../shared/model/fields.js';
import type { HlcState } from '../../../shared/sync/hlc.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import { resolveRegister } from '../../../shared/sync/register.js';
import { OpCache } from './op-cache.js';

interface OpRow {
  op_id: string;
  entity: string;
  entity_id: string;
  field: string;
  value: string;
  hlc: string;
  author_party: string;
  author_replica: string;
  prev: string;
}

type HeadRow = Pick<OpRow, 'entity' | 'entity_id' | 'op_id'>;

export interface LocalClock {
  replicaId: string;
  state: HlcState;
}

export interface EntityKey {
  entity: EntityName;
  entityId: string;
}

/** One string per entity, for maps keyed by entity. */
export const entityKeyOf = (entity: string, entityId: string): string =>
  `${entity}\u0000${entityId}`;

/** The op log and its heads: the truth the materialized tables are built from. */
export interface OpLog {
  readClock(): LocalClock;
  writeClock(state: HlcState): void;
  /** Current heads of one field (the register's unsuperseded ops). */
  heads(entity: EntityName, entityId: string, field: string): Op[];
  /** Heads of every field of one entity. */
  entityHeads(entity: EntityName, entityId: string): Op[];
  /**
   * Heads of every field of many entities in one query, keyed by `entityKeyOf`; an entity
   * with no ops maps to an empty list.
   */
  headsOfEntities(keys: Iterable<EntityKey>): Map<string, Op[]>;
  /**
   * Heads of just these fields of these entities of one kind, in one query, keyed by
   * `entityKeyOf` like `headsOfEntities` (an entity maps to the heads of those fields only).
   */
  headsOfFields(
    entity: EntityName,
    ids: readonly string[],
    fields: readonly string[],
  ): Map<string, Op[]>;
  /**
   * Store a new local op: it supersedes exactly the heads it lists in `prev`. A caller that
   * knows which of them are heads of the op's own field passes those as `ownHeads` (a delete
   * lists every field's heads, but only its own register's heads stop being heads).
   */
  appendLocal(op: Op, ownHeads?: readonly string[]): void;
  all(): Op[];
  count(): number;
  entityKeys(): EntityKey[];
  /** Recompute every head from the whole log (shared/sync/register.ts decides). */
  rebuildHeads(): void;
}

const OP_COLUMNS =
  'o.op_id, o.entity, o.entity_id, o.field, o.value, o.hlc, o.author_party, o.author_replica, o.prev';

function toOp(row: OpRow): Op {
  return {
    opId: row.op_id,
    entity: row.entity as EntityName,
    entityId: row.entity_id,
    field: row.field,
    value: JSON.parse(row.value) as OpValue,
    hlc: row.hlc,
    authorParty: row.author_party,
    authorReplica: row.author_replica,
    prev: JSON.parse(row.prev) as string[],
  };
}

/** An op's columns in the order of `ops` as the insert statements list them. */
export function opRowOf(
  op: Op,
): [string, string, string, string, string, string, string, string, string] {
  return [
    op.opId,
    op.entity,
    op.entityId,
    op.field,
    JSON.stringify(op.value),
    op.hlc,
    op.authorParty,
    op.authorReplica,
    JSON.stringify(op.prev),
  ];
}

export function prepareOpLog(db: Database.Database): OpLog {
  const insertOp = db.prepare(
    `INSERT INTO ops (op_id, entity, entity_id, field, value, hlc, author_party, author_replica, prev)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const selectHeads = db.prepare(
    `SELECT ${OP_COLUMNS} FROM heads h JOIN ops o ON o.op_id = h.op_id
     WHERE h.entity = ? AND h.entity_id = ? AND h.field = ?`,
  );
  const selectEntityHeads = db.prepare(
    `SELECT ${OP_COLUMNS} FROM heads h JOIN ops o ON o.op_id = h.op_id
     WHERE h.entity = ? AND h.entity_id = ?`,
  );
  const selectHeadIdsOfEntities = db.prepare(
    `SELECT h.entity, h.entity_id, h.op_id FROM json_each(?) j
     JOIN heads h ON h.entity = j.value ->> 0 AND h.entity_id = j.value ->> 1`,
  );
  const selectHeadIdsOfFields = db.prepare(
    `SELECT h.entity, h.entity_id, h.op_id FROM heads h
     WHERE h.entity = ? AND h.entity_id IN (SELECT value FROM json_each(?))
       AND h.field IN (SELECT value FROM json_each(?))`,
  );
  const selectOpsById = db.prepare(
    `SELECT ${OP_COLUMNS} FROM json_each(?) j JOIN ops o ON o.op_id = j.value`,
  );
  const deleteHead = db.prepare(
    'DELETE FROM heads WHERE entity = ? AND entity_id = ? AND field = ? AND op_id = ?',
  );
  const insertHead = db.prepare(
    'INSERT OR IGNORE INTO heads (entity, entity_id, field, op_id) VALUES (?, ?, ?, ?)',
  );
  const selectAll = db.prepare(
    `SELECT ${OP_COLUMNS} FROM ops o ORDER BY o.entity, o.entity_id, o.field, o.hlc, o.op_id`,
  );
  const countOps = db.prepare('SELECT count(*) FROM ops').pluck();
  const selectKeys = db.prepare('SELECT DISTINCT entity, entity_id FROM ops ORDER BY 1, 2');
  const clearHeads = db.prepare('DELETE FROM heads');
  const selectClock = db.prepare(
    'SELECT replica_id, hlc_wall_ms, hlc_counter FROM local WHERE singleton = 1',
  );
  const updateClock = db.prepare(
    'UPDATE local SET hlc_wall_ms = ?, hlc_counter = ? WHERE singleton = 1',
  );

  const all = (): Op[] => (selectAll.all() as OpRow[]).map(toOp);
  // Ops never change once written, so ones this process wrote or read can stand in for rows;
  // only ids the heads table names are looked up, so an op rolled back with its batch is unseen.
  const cache = new OpCache();
  const opsById = (ids: readonly string[]): Map<string, Op> => {
    const found = new Map<string, Op>();
    const missing: string[] = [];
    for (const id of ids) {
      const op = cache.get(id);
      if (op) found.set(id, op);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    for (const row of selectOpsById.all(JSON.stringify(missing)) as OpRow[]) {
      const op = toOp(row);
      cache.add(op);
      found.set(op.opId, op);
    }
    return found;
  };

  /** Group the ops that head rows name by entity, under keys already in `result`. */
  const groupHeads = (headRows: readonly HeadRow[], result: Map<string, Op[]>): void => {
    const ops = opsById(headRows.map((row) => row.op_id));
    for (const row of headRows) {
      const op = ops.get(row.op_id);
      if (op) result.get(entityKeyOf(row.entity, row.entity_id))?.push(op);
    }
  };

  return {
    readClock() {
      const row = selectClock.get() as
        { replica_id: string; hlc_wall_ms: number; hlc_counter: number } | undefined;
      if (!row) throw new Error('project file has no local replica row');
      return {
        replicaId: row.replica_id,
        state: { wallMs: row.hlc_wall_ms, counter: row.hlc_counter },
      };
    },
    writeClock(state) {
      updateClock.run(state.wallMs, state.counter);
    },
    heads(entity, entityId, field) {
      return (selectHeads.all(entity, entityId, field) as OpRow[]).map(toOp);
    },
    entityHeads(entity, entityId) {
      return (selectEntityHeads.all(entity, entityId) as OpRow[]).map(toOp);
    },
    headsOfEntities(keys) {
      const result = new Map<string, Op[]>();
      const pairs: [string, string][] = [];
      for (const { entity, entityId } of keys) {
        const key = entityKeyOf(entity, entityId);
        if (result.has(key)) continue;
        result.set(key, []);
        pairs.push([entity, entityId]);
      }
      if (pairs.length === 0) return result;
      groupHeads(selectHeadIdsOfEntities.all(JSON.stringify(pairs)) as HeadRow[], result);
      return result;
    },
    headsOfFields(entity, ids, fields) {
      const result = new Map<string, Op[]>();
      for (const id of ids) result.set(entityKeyOf(entity, id), []);
      if (ids.length === 0 || fields.length === 0) return result;
      const rows = selectHeadIdsOfFields.all(entity, JSON.stringify(ids), JSON.stringify(fields));
      groupHeads(rows as HeadRow[], result);
      return result;
    },
    appendLocal(op, ownHeads = op.prev) {
      insertOp.run(...opRowOf(op));
      cache.add(op);
      for (const superseded of ownHeads) {
        deleteHead.run(op.entity, op.entityId, op.field, superseded);
      }
      insertHead.run(op.entity, op.entityId, op.field, op.opId);
    },
    all,
    count() {
      return Number(countOps.get());
    },
    entityKeys() {
      return (selectKeys.all() as { entity: string; entity_id: string }[]).map((row) => ({
        entity: row.entity as EntityName,
        entityId: row.entity_id,
      }));
    },
    rebuildHeads() {
      clearHeads.run();
      const groups = new Map<string, Op[]>();
      for (const op of all()) {
        const key = JSON.stringify([op.entity, op.entityId, op.field]);
        const group = groups.get(key);
        if (group) group.push(op);
        else groups.set(key, [op]);
      }
      for (const ops of groups.values()) {
        for (const head of resolveRegister(ops)?.heads ?? []) {
          insertHead.run(head.entity, head.entityId, head.field, head.opId);
        }
      }
    },
  };
}
