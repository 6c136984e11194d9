import type { EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import type { ConflictRecord, ConflictTable } from './conflicts.js';
import type { EntityRows } from './entity-rows.js';
import { entityKeyOf, type EntityKey } from './oplog.js';

/**
 * The rows and conflicts of one settling. Settling reads only whether rows exist, and settles
 * each entity once, so existence is read per entity kind in one statement and kept here, and
 * removals and conflicts are written per kind in one statement at the end (`flush`).
 */
export class SettledRows {
  private readonly present = new Map<string, boolean>();
  private readonly removals = new Map<EntityName, string[]>();
  private readonly settledKeys: EntityKey[] = [];
  private readonly conflictRecords: ConflictRecord[] = [];

  constructor(
    private readonly rows: EntityRows,
    private readonly conflicts: ConflictTable,
  ) {}

  /** Read at once whether these entities have rows. */
  prefetch(keys: Iterable<EntityKey>): void {
    const idsByEntity = new Map<EntityName, string[]>();
    for (const { entity, entityId } of keys) {
      if (this.present.has(entityKeyOf(entity, entityId))) continue;
      const ids = idsByEntity.get(entity);
      if (ids) ids.push(entityId);
      else idsByEntity.set(entity, [entityId]);
    }
    for (const [entity, ids] of idsByEntity) {
      const existing = this.rows.existing(entity, ids);
      for (const id of ids) this.present.set(entityKeyOf(entity, id), existing.has(id));
    }
  }

  exists(entity: EntityName, id: string): boolean {
    const known = this.present.get(entityKeyOf(entity, id));
    if (known !== undefined) return known;
    this.prefetch([{ entity, entityId: id }]);
    return this.present.get(entityKeyOf(entity, id)) ?? false;
  }

  upsert(entity: EntityName, id: string, values: ReadonlyMap<string, OpValue>): void {
    this.rows.upsert(entity, id, values);
    this.present.set(entityKeyOf(entity, id), true);
  }

  remove(entity: EntityName, id: string): void {
    const ids = this.removals.get(entity);
    if (ids) ids.push(id);
    else this.removals.set(entity, [id]);
    this.present.set(entityKeyOf(entity, id), false);
  }

  replaceConflicts(key: EntityKey, records: readonly ConflictRecord[]): void {
    this.settledKeys.push(key);
    this.conflictRecords.push(...records);
  }

  flush(): void {
    for (const [entity, ids] of this.removals) this.rows.removeMany(entity, ids);
    this.conflicts.replaceMany(this.settledKeys, this.conflictRecords);
  }
}
