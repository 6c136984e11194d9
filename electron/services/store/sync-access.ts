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
  /**
   * Run reads in one read transaction: they see one state of the file, and the many small
   * queries of a check skip taking and releasing the file's read lock one by one.
   */
  read<T>(work: () => T): T;
  has(opId: string): boolean;
  /** Which of these op ids the file already holds. */
  known(opIds: readonly string[]): Set<string>;
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
    read: (work) => db.transaction(work).deferred(),
    has: (opId) => deps.remote.has(opId),
    known: (opIds) => deps.remote.known(opIds),
    applyRemote(ops, nowMs) {
      const touched = new Map<string, EntityKey>();
      let newest = '';
      const { stored: applied, freshHeads } = deps.remote.appendAll(ops);
      for (const op of applied) {
        deps.refs.add(op);
        touched.set(`${op.entity}\u0000${op.entityId}`, {
          entity: op.entity,
          entityId: op.entityId,
        });
        if (op.hlc > newest) newest = op.hlc;
      }
      if (applied.length > 0) {
        // Later local ops sort after the newest op received; the others are older still.
        const { state } = deps.opLog.readClock();
        deps.opLog.writeClock(receive(state, parseHlc(newest), nowMs));
        deps.materializer.materializeEntities(touched.values(), freshHeads);
      }
      return { applied, duplicates: ops.length - applied.length, touched: [...touched.values()] };
    },
  };
}
