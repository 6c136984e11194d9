import { columnsOf, toColumnValue } from '../../electron/services/store/columns.js';
import { snapshotColumnsOf } from '../../electron/services/store/snapshot-columns.js';
import type { EntityName } from '../../shared/model/fields.js';
import type { ProjectSnapshot, SnapshotColumns } from '../../shared/model/index.js';
import type { OpValue } from '../../shared/sync/ops.js';

const LISTS = { node: 'nodes', edge: 'edges', link: 'links' } as const;

/** A snapshot as `project.load` sends it, coded by the services' own code. */
export function columnsOfSnapshot(snapshot: ProjectSnapshot): SnapshotColumns {
  const read = (entity: EntityName): unknown[][] => {
    const list = entity in LISTS ? snapshot[LISTS[entity as keyof typeof LISTS]] : [];
    return list.map((record) => {
      const values = record as unknown as Record<string, OpValue>;
      return [
        record.id,
        ...columnsOf(entity).map(({ field }) => toColumnValue(field, values[field] ?? null)),
      ];
    });
  };
  const { project, parties, transitions, evidence } = snapshot;
  return { project, parties, ...snapshotColumnsOf(read), transitions, evidence };
}
