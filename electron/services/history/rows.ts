import type { EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';

type Row = Readonly<Record<string, unknown>>;

/** The entities graph edits touch; others are never recorded, so they read as absent. */
const RECORDED: ReadonlySet<EntityName> = new Set(['node', 'edge', 'link', 'party']);

/**
 * The materialized rows of many entities as they are now, read up front in one statement per
 * entity kind (a layout records 10,000 need nodes), looked up by entity and id: null when one
 * does not exist (or is tombstoned).
 */
export function currentRows(
  store: ProjectStore,
  keys: Iterable<{ entity: EntityName; id: string }>,
): (entity: EntityName, id: string) => Row | null {
  const idsByEntity = new Map<EntityName, Set<string>>();
  for (const { entity, id } of keys) {
    if (!RECORDED.has(entity)) continue;
    const ids = idsByEntity.get(entity) ?? new Set<string>();
    ids.add(id);
    idsByEntity.set(entity, ids);
  }
  const found = new Map<EntityName, Map<string, Row>>();
  for (const [entity, ids] of idsByEntity) found.set(entity, store.records(entity, [...ids]));
  return (entity, id) => found.get(entity)?.get(id) ?? null;
}

/** A field's current value as an op would carry it; `deleted` reads as whether the row is gone. */
export function currentValue(
  row: Readonly<Record<string, unknown>> | null,
  field: string,
): OpValue | undefined {
  if (field === 'deleted') return row === null;
  if (row === null) return undefined;
  return row[field] as OpValue | undefined;
}
