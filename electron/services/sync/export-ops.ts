import type Database from 'better-sqlite3';
import { ENTITY_NAMES, type EntityName } from '../../../shared/model/fields.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import { referencesOf } from '../../../shared/sync/references.js';
import type { VersionVector } from '../../../shared/sync/vector.js';
import type { ProjectStore } from '../store/index.js';
import { ChangeSetWriter, type ChangeSets } from './change-sets.js';
import { writeUnheldOps } from './export-all.js';
import { OP_LINE_SQL } from './op-line-sql.js';

/** Which ops of the log go into a packet. */
export interface OpSelection {
  keep(entity: EntityName, entityId: string, field: string, replica: string, hlc: string): boolean;
  /** Set when `keep` is exactly "not held by this vector", which SQL can test by itself. */
  notHeldBy?: VersionVector;
}

const opIdOf = (line: string): string => (JSON.parse(line) as { opId: string }).opId;

/**
 * Puts ops that share a clock stamp in op id order, as readers expect. A stamp is unique to
 * one event of one replica, so only a damaged or forged log has such ties: sorting by the
 * stamp alone in SQL, and the rare tie here, costs less than sorting by both there.
 */
class TieOrder {
  private readonly tied: string[] = [];
  private hlc: string | null = null;

  constructor(private readonly writer: ChangeSetWriter) {}

  add(line: string, hlc: string): void {
    if (hlc !== this.hlc) this.flush();
    this.hlc = hlc;
    this.tied.push(line);
  }

  finish(): ChangeSets {
    this.flush();
    return this.writer.finish();
  }

  private flush(): void {
    const { tied, hlc } = this;
    if (hlc === null) return;
    if (tied.length > 1) tied.sort((a, b) => (opIdOf(a) < opIdOf(b) ? -1 : 1));
    for (const line of tied) this.writer.add(line, hlc);
    tied.length = 0;
  }
}

/** The selected ops as change sets, in clock order. */
export function readChangeSets(db: Database.Database, selection: OpSelection): ChangeSets {
  if (selection.notHeldBy) {
    const writer = new ChangeSetWriter();
    writeUnheldOps(db, selection.notHeldBy, writer);
    return writer.finish();
  }
  const order = new TieOrder(new ChangeSetWriter());
  const statement = db
    .prepare(
      `SELECT entity, entity_id, field, author_replica, hlc, ${OP_LINE_SQL} FROM ops ORDER BY hlc`,
    )
    .raw();
  const rows = statement.iterate() as Iterable<
    [EntityName, string, string, string, string, string]
  >;
  for (const [entity, entityId, field, replica, hlc, line] of rows) {
    if (selection.keep(entity, entityId, field, replica, hlc)) order.add(line, hlc);
  }
  return order.finish();
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
