import type Database from 'better-sqlite3';
import { parseHlc, receive } from '../../../shared/sync/hlc.js';
import type { Op } from '../../../shared/sync/ops.js';
import type { ConflictTable } from './conflicts.js';
import type { Materializer } from './materialize.js';
import type { EntityKey, OpLog } from './oplog.js';
import type { RefIndex } from './refs.js';
import type { RemoteLog } from './remote.js';
import type { WriteChecker } from './write-check.js';

/** The party this file acts for, and its installation's public keys (schema v4). */
export interface LocalIdentityRow {
  partyId: string;
  partyKey: string;
  replicaKey: string;
  certificate: string;
}

export interface RemoteApplyResult {
  applied: Op[];
  duplicates: number;
  touched: EntityKey[];
}

/**
 * What sync (electron/services/sync) needs from a project file beyond local edits: ops
 * from elsewhere, the permission checker, conflict records, and the file's own connection
 * for its local sync tables. Callers run it inside `ProjectStore.transaction`.
 */
export interface StoreSync {
  readonly connection: Database.Database;
  readonly checker: WriteChecker;
  readonly conflicts: ConflictTable;
  localIdentity(): LocalIdentityRow | null;
  has(opId: string): boolean;
  /** Store remote ops (skipping known ones), advance the clock past them, settle the views. */
  applyRemote(ops: readonly Op[], nowMs: number): RemoteApplyResult;
}

export function createStoreSync(
  db: Database.Database,
  deps: {
    opLog: OpLog;
    remote: RemoteLog;
    refs: RefIndex;
    conflicts: ConflictTable;
    checker: WriteChecker;
    materializer: Materializer;
  },
): StoreSync {
  const selectIdentity = db.prepare(
    `SELECT party_id AS partyId, party_key AS partyKey, replica_key AS replicaKey, certificate
     FROM local_identity WHERE singleton = 1`,
  );
  return {
    connection: db,
    checker: deps.checker,
    conflicts: deps.conflicts,
    localIdentity: () => (selectIdentity.get() as LocalIdentityRow | undefined) ?? null,
    has: (opId) => deps.remote.has(opId),
    applyRemote(ops, nowMs) {
      const applied: Op[] = [];
      const touched = new Map<string, EntityKey>();
      let duplicates = 0;
      let { state } = deps.opLog.readClock();
      for (const op of ops) {
        if (!deps.remote.append(op)) {
          duplicates++;
          continue;
        }
        deps.refs.add(op);
        applied.push(op);
        touched.set(`${op.entity}\u0000${op.entityId}`, {
          entity: op.entity,
          entityId: op.entityId,
        });
        state = receive(state, parseHlc(op.hlc), nowMs);
      }
      if (applied.length > 0) {
        deps.opLog.writeClock(state);
        deps.materializer.materializeEntities(touched.values());
      }
      return { applied, duplicates, touched: [...touched.values()] };
    },
  };
}
