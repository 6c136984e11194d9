import type { EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import type { ProjectStore } from '../store/index.js';

type RowReader = (store: ProjectStore, id: string) => object | null;

/** The entities graph edits touch; others are never recorded, so they read as absent. */
const READERS: Partial<Record<EntityName, RowReader>> = {
  node: (store, id) => store.node(id),
  edge: (store, id) => store.edge(id),
  link: (store, id) => store.link(id),
  party: (store, id) => store.party(id),
};

/** The materialized row of an entity, or null when it does not exist (or is tombstoned). */
export function currentRow(
  store: ProjectStore,
  entity: EntityName,
  id: string,
): Readonly<Record<string, unknown>> | null {
  const read = READERS[entity];
  return read ? (read(store, id) as Record<string, unknown> | null) : null;
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
