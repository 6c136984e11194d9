import type { EntityName } from '../../../shared/model/fields.js';
import type { Op } from '../../../shared/sync/ops.js';
import type { ConflictTable } from './conflicts.js';
import type { EntityRows } from './entity-rows.js';
import type { Settler } from './liveness.js';
import type { EntityKey, OpLog } from './oplog.js';
import type { RefIndex } from './refs.js';

export interface Materializer {
  /**
   * Rebuild one entity's row from its registers: the winning value of every field (fields
   * added after it was made read as their defaults, FIELD_DEFAULTS). A tombstoned entity,
   * or one whose creation ops have not all arrived, has no row (liveness.ts has the rules).
   * Returns whether the row exists afterwards.
   */
  materializeEntity(entity: EntityName, entityId: string): boolean;
  /**
   * Settle many entities at once, and every entity whose visibility they decide; `known`
   * holds heads the caller already has, keyed by `entityKeyOf`.
   */
  materializeEntities(keys: Iterable<EntityKey>, known?: ReadonlyMap<string, Op[]>): void;
  /** Throw away heads, refs, conflicts and every row, then rebuild all of them from the log. */
  rematerialize(): void;
}

export function createMaterializer(
  opLog: OpLog,
  rows: EntityRows,
  refs: RefIndex,
  conflicts: ConflictTable,
  settler: Settler,
): Materializer {
  return {
    materializeEntity(entity, entityId) {
      settler.settle([{ entity, entityId }]);
      return rows.get(entity, entityId) !== null;
    },
    materializeEntities(keys, known) {
      settler.settle(keys, known);
    },
    rematerialize() {
      opLog.rebuildHeads();
      refs.rebuild(opLog.all());
      rows.clearAll();
      conflicts.clear();
      settler.settle(opLog.entityKeys());
    },
  };
}
