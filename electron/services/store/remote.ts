import type Database from 'better-sqlite3';
import type { Op } from '../../../shared/sync/ops.js';
import { entityKeyOf, opRowOf } from './oplog.js';

export interface RemoteAppend {
  stored: Op[];
  /**
   * The heads of every entity that had no ops before the batch, keyed by `entityKeyOf`:
   * the batch alone decides them, so settling need not read them back.
   */
  freshHeads: Map<string, Op[]>;
}

/** Ops that arrive from other replicas, in any order, any number of times. */
export interface RemoteLog {
  has(opId: string): boolean;
  /** Which of these op ids the log holds, in one statement. */
  known(opIds: readonly string[]): Set<string>;
  /**
   * Store each op unless it is already there, in order, and return those stored. An op
   * becomes a head of its register unless an op already stored there lists it in `prev`,
   * and it supersedes the heads it lists itself, so the heads come out the same whatever
   * the arrival order.
   */
  appendAll(ops: readonly Op[]): RemoteAppend;
}

const registerKey = (op: Op, opId: string): string =>
  `${op.entity}\u0000${op.entityId}\u0000${op.field}\u0000${opId}`;

/** Ops per insert statement: running one statement per op cost more than storing the rows. */
const ROWS_PER_INSERT = 64;

/** `OR IGNORE` for speed alone (no statement journal): the ops inserted are known to be new. */
const insertSql = (rows: number): string =>
  `INSERT OR IGNORE INTO ops (op_id, entity, entity_id, field, value, hlc, author_party, author_replica, prev)
   VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`;

export function prepareRemoteLog(db: Database.Database): RemoteLog {
  const has = db.prepare('SELECT 1 FROM ops WHERE op_id = ?').pluck();
  // One statement for a whole packet: preparing one per few hundred ids cost more than the
  // lookups. A join probes the log once per id; `IN (SELECT ...)` first sorted every id.
  const selectKnown = db
    .prepare('SELECT o.op_id FROM json_each(?) j JOIN ops o ON o.op_id = j.value')
    .pluck();
  const known = (opIds: readonly string[]): Set<string> =>
    new Set(selectKnown.all(JSON.stringify(opIds)) as string[]);
  const insertMany = db.prepare(insertSql(ROWS_PER_INSERT));
  const insertOne = db.prepare(insertSql(1));
  const insertRows = (ops: readonly Op[]): void => {
    if (ops.length === ROWS_PER_INSERT) insertMany.run(...ops.flatMap(opRowOf));
    else for (const op of ops) insertOne.run(...opRowOf(op));
  };
  // Op ids are [A-Za-z0-9_-]; searching for the quoted id cannot match a longer one.
  const supersededBy = db
    .prepare(
      `SELECT 1 FROM ops WHERE entity = ? AND entity_id = ? AND field = ? AND op_id <> ?
       AND instr(prev, ?) > 0 LIMIT 1`,
    )
    .pluck();
  const entityStored = db
    .prepare('SELECT 1 FROM ops WHERE entity = ? AND entity_id = ? LIMIT 1')
    .pluck();
  const deleteHead = db.prepare(
    'DELETE FROM heads WHERE entity = ? AND entity_id = ? AND field = ? AND op_id = ?',
  );
  const insertHead = db.prepare(
    'INSERT OR IGNORE INTO heads (entity, entity_id, field, op_id) VALUES (?, ?, ?, ?)',
  );
  return {
    has: (opId) => has.get(opId) !== undefined,
    known,
    appendAll(ops) {
      // Ops already held, or repeated in the batch, are stored once: found up front, so the
      // rest can go in many rows per statement.
      const held = known(ops.map((op) => op.opId));
      const stored: Op[] = [];
      for (const op of ops) {
        if (held.has(op.opId)) continue;
        held.add(op.opId);
        stored.push(op);
      }
      // Whether each entity had ops before this batch: only then can a stored op list a new
      // one, and only then is asking the log worth it. Within the batch, a set answers.
      const before = new Map<string, boolean>();
      const listed = new Set<string>();
      // Heads by op id of the entities that had no ops before: they mirror the heads table.
      const fresh = new Map<string, Map<string, Op>>();
      for (let at = 0; at < stored.length; at += ROWS_PER_INSERT) {
        const chunk = stored.slice(at, at + ROWS_PER_INSERT);
        for (const op of chunk) {
          const entity = entityKeyOf(op.entity, op.entityId);
          if (before.has(entity)) continue;
          const existed = entityStored.get(op.entity, op.entityId) !== undefined;
          before.set(entity, existed);
          if (!existed) fresh.set(entity, new Map());
        }
        insertRows(chunk);
        for (const op of chunk) {
          const entity = entityKeyOf(op.entity, op.entityId);
          // A later op of the batch may be stored already; the heads come out the same,
          // since it would drop this op from them when its turn came.
          const superseded =
            listed.has(registerKey(op, op.opId)) ||
            (before.get(entity) === true &&
              supersededBy.get(op.entity, op.entityId, op.field, op.opId, `"${op.opId}"`) !==
                undefined);
          const heads = fresh.get(entity);
          for (const earlier of op.prev) {
            deleteHead.run(op.entity, op.entityId, op.field, earlier);
            listed.add(registerKey(op, earlier));
            if (heads?.get(earlier)?.field === op.field) heads.delete(earlier);
          }
          if (!superseded) {
            insertHead.run(op.entity, op.entityId, op.field, op.opId);
            heads?.set(op.opId, op);
          }
        }
      }
      const freshHeads = new Map<string, Op[]>();
      for (const [entity, heads] of fresh) freshHeads.set(entity, [...heads.values()]);
      return { stored, freshHeads };
    },
  };
}
