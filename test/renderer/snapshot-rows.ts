import { columnsOf, toColumnValue } from '../../electron/services/store/columns.js';
import { codeSnapshotRows } from '../../electron/services/store/snapshot-rows.js';
import type { EntityName } from '../../shared/model/fields.js';
import type { ProjectSnapshot, SnapshotRows } from '../../shared/model/index.js';
import type { OpValue } from '../../shared/sync/ops.js';

const LISTS = { node: 'nodes', edge: 'edges', link: 'links' } as const;

/** A snapshot as `project.load` sends it, coded by the services' own coder. */
export function rowsOf(snapshot: ProjectSnapshot): SnapshotRows {
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
  return { project, parties, ...codeSnapshotRows(read), transitions, evidence };
}
