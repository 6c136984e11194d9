import type Database from 'better-sqlite3';
import { ENTITY_NAMES, type EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import { referencesOf } from '../../../shared/sync/references.js';
import type { VersionVector } from '../../../shared/sync/vector.js';
import type { ProjectStore } from '../store/index.js';
import { ChangeSetWriter, type ChangeSets } from './change-sets.js';

/** Which ops of the log go into a packet. */
export interface OpSelection {
  keep(entity: EntityName, entityId: string, field: string, replica: string, hlc: string): boolean;
  /** Set when `keep` is exactly "not held by this vector", which SQL can test by itself. */
  notHeldBy?: VersionVector;
}

/**
 * An op's change-set line built by SQLite, the same JSON as `opLine` (packet-write.ts): keys
 * in the same order, `value` and `prev` as stored (JSON.stringify wrote them). Building it
 * there saves creating nine strings and an object per op for a full packet.
 */
const LINE = `printf('{"opId":%s,"entity":%s,"entityId":%s,"field":%s,"value":%s,"hlc":%s,"authorParty":%s,"authorReplica":%s,"prev":%s}' || char(10), json_quote(op_id), json_quote(entity), json_quote(entity_id), json_quote(field), value,
  json_quote(hlc), json_quote(author_party), json_quote(author_replica), prev)`;

const NOT_HELD =
  'NOT EXISTS (SELECT 1 FROM json_each(?) AS v WHERE v.key = ops.author_replica AND ops.hlc <= v.value)';

/** The selected ops as change sets, in clock order. */
export function readChangeSets(db: Database.Database, selection: OpSelection): ChangeSets {
  const writer = new ChangeSetWriter();
  if (selection.notHeldBy) {
    const statement = db
      .prepare(`SELECT hlc, ${LINE} FROM ops WHERE ${NOT_HELD} ORDER BY hlc, op_id`)
      .raw();
    const rows = statement.iterate(JSON.stringify(selection.notHeldBy)) as Iterable<
      [string, string]
    >;
    for (const [hlc, line] of rows) writer.add(line, hlc);
    return writer.finish();
  }
  const statement = db
    .prepare(
      `SELECT entity, entity_id, field, author_replica, hlc, ${LINE} FROM ops ORDER BY hlc, op_id`,
    )
    .raw();
  const rows = statement.iterate() as Iterable<
    [EntityName, string, string, string, string, string]
  >;
  for (const [entity, entityId, field, replica, hlc, line] of rows) {
    if (selection.keep(entity, entityId, field, replica, hlc)) writer.add(line, hlc);
  }
  return writer.finish();
}

const BLOB_FIELDS: readonly [EntityName, string][] = ENTITY_NAMES.flatMap((entity) =>
  Object.entries(referencesOf(entity))
    .filter(([, ref]) => ref.target === 'blob')
    .map(([field]): [EntityName, string] => [entity, field]),
);

/** The evidence bytes the selected ops name, by SHA-256. */
export function readBlobs(store: ProjectStore, selection: OpSelection): Map<string, Buffer> {
  const statement = store.sync.connection
    .prepare('SELECT entity_id, author_replica, hlc, value FROM ops WHERE entity = ? AND field = ?')
    .raw();
  const blobs = new Map<string, Buffer>();
  for (const [entity, field] of BLOB_FIELDS) {
    const rows = statement.all(entity, field) as [string, string, string, string][];
    for (const [entityId, replica, hlc, text] of rows) {
      const value = JSON.parse(text) as OpValue;
      if (typeof value !== 'string' || !selection.keep(entity, entityId, field, replica, hlc)) {
        continue;
      }
      const bytes = store.qualification.blob(value);
      if (bytes) blobs.set(value, bytes);
    }
  }
  return blobs;
}
