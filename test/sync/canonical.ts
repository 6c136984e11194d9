import { dumpProject } from '../../electron/services/dump.js';
import type { ProjectStore } from '../../electron/services/store/index.js';
import { listConflicts } from '../../electron/services/sync/index.js';

/** The data a replica shows: rows and conflict records (not its local sync tables). */
export function canonicalDump(store: ProjectStore): string {
  const rows = { ...dumpProject(store), schemaVersion: 0 };
  const conflicts = listConflicts(store).map((c) => ({
    ...c,
    values: c.values.map((v) => v.opId),
  }));
  return JSON.stringify({ rows, conflicts });
}
