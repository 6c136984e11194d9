import type Database from 'better-sqlite3';
import {
  ENTITY_NAMES,
  FIELD_DEFAULTS,
  requiredFields,
  type EntityName,
} from '../../../shared/model/fields.js';
import type { Op, OpValue } from '../../../shared/sync/ops.js';
import { ENTITY_RANK, strongReferences } from '../../../shared/sync/references.js';
import { resolveRegister } from '../../../shared/sync/register.js';
import { tombstoneState, type TombstoneState } from '../../../shared/sync/tombstone.js';
import { conflictsOf, type ConflictTable } from './conflicts.js';
import type { EntityRows } from './entity-rows.js';
import { entityKeyOf, type EntityKey, type OpLog } from './oplog.js';
import type { RefIndex } from './refs.js';
import { SettledRows } from './settled-rows.js';

interface Evaluation {
  heads: Op[];
  values: Map<string, OpValue>;
  complete: boolean;
  tombstone: TombstoneState;
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

export interface Settler {
  /**
   * Bring the rows and conflict records of these entities (and of every entity whose
   * visibility they decide) in line with their registers. `known` holds heads the caller
   * already has (keyed by `entityKeyOf`); the other given entities' heads are read in one query.
   */
  settle(keys: Iterable<EntityKey>, known?: ReadonlyMap<string, Op[]>): void;
}

/**
 * Which records are visible, decided the same way on every replica from the ops alone:
 * a record is shown when all its required fields are known, it is not deleted (or an edit
 * its delete did not see outlived the delete, or a shown record strongly names it), and
 * every record it strongly names is shown. Records settle in reference rank, targets first.
 */
export function createSettler(
  db: Database.Database,
  opLog: OpLog,
  rows: EntityRows,
  refs: RefIndex,
  conflicts: ConflictTable,
): Settler {
  return {
    settle(keys, known) {
      const settled = new SettledRows(rows, conflicts);
      const given = [...keys];
      const fetched = opLog.headsOfEntities(
        known ? given.filter((k) => !known.has(entityKeyOf(k.entity, k.entityId))) : given,
      );
      const headsOf = (entity: EntityName, id: string): Op[] => {
        const key = entityKeyOf(entity, id);
        return known?.get(key) ?? fetched.get(key) ?? opLog.entityHeads(entity, id);
      };
      // Settling writes rows and conflicts, never refs, so each entity's namers are read once.
      const namerLists = new Map<string, ReturnType<RefIndex['namers']>>();
      const namersOf = (entity: EntityName, id: string) => {
        const key = entityKeyOf(entity, id);
        let namers = namerLists.get(key);
        if (!namers) {
          namers = refs.namers(entity, id);
          namerLists.set(key, namers);
        }
        return namers;
      };
      const evaluations = new Map<string, Evaluation>();
      const evaluate = (entity: EntityName, id: string): Evaluation => {
        const key = entityKeyOf(entity, id);
        const evaluated = evaluations.get(key);
        if (evaluated) return evaluated;
        const heads = headsOf(entity, id);
        const values = winners(heads);
        const complete = requiredFields(entity).every((field) => values.has(field));
        const evaluation = { heads, values, complete, tombstone: tombstoneState(heads) };
        evaluations.set(key, evaluation);
        return evaluation;
      };
      const selfWanted = (e: Evaluation): boolean =>
        e.complete && (!e.tombstone.deleted || e.tombstone.unseen.length > 0);
      // A deleted record stays while a record that wants to be shown still names it.
      const wanted = (entity: EntityName, id: string, depth: number): boolean => {
        const e = evaluate(entity, id);
        if (selfWanted(e)) return true;
        if (!e.complete || depth > ENTITY_NAMES.length) return false;
        return namersOf(entity, id).some(
          (namer) =>
            evaluate(namer.entity, namer.entityId).values.get(namer.field) === id &&
            wanted(namer.entity, namer.entityId, depth + 1),
        );
      };

      const queues: Map<string, EntityKey>[] = [];
      const enqueue = (key: EntityKey): void => {
        const rank = ENTITY_RANK.get(key.entity) ?? 0;
        let queue = queues[rank];
        if (!queue) {
          queue = new Map();
          queues[rank] = queue;
        }
        queue.set(entityKeyOf(key.entity, key.entityId), key);
      };
      // Targets first: whether a target stays depends on the records that name it.
      const addWithTargets = (key: EntityKey, depth: number): void => {
        enqueue(key);
        if (depth > ENTITY_NAMES.length) return;
        const { values } = evaluate(key.entity, key.entityId);
        for (const { field, target } of strongReferences(key.entity)) {
          const value = values.get(field);
          if (typeof value === 'string')
            addWithTargets({ entity: target, entityId: value }, depth + 1);
        }
      };
      for (const key of given) addWithTargets(key, 0);
      settled.prefetch(queues.flatMap((queue) => [...queue.values()]));

      for (let rank = 0; rank < queues.length; rank++) {
        const queue = queues[rank];
        if (!queue) continue;
        for (const { entity, entityId } of queue.values()) {
          const e = evaluate(entity, entityId);
          const targetsShown = strongReferences(entity).every(({ field, target }) => {
            const value = e.values.get(field);
            return typeof value !== 'string' || settled.exists(target, value);
          });
          const alive = targetsShown && wanted(entity, entityId, 0);
          const wasAlive = settled.exists(entity, entityId);
          if (alive) {
            const values = new Map(e.values);
            values.delete('deleted');
            for (const [field, value] of Object.entries(FIELD_DEFAULTS[entity] ?? {})) {
              if (!values.has(field)) values.set(field, value);
            }
            settled.upsert(entity, entityId, values);
          } else if (wasAlive) {
            settled.remove(entity, entityId);
          }
          settled.replaceConflicts(
            { entity, entityId },
            conflictsOf(entity, entityId, e.heads, e.tombstone, alive),
          );
          if (alive !== wasAlive) {
            for (const namer of namersOf(entity, entityId)) enqueue(namer);
          }
        }
      }
      settled.flush();
    },
  };
}
