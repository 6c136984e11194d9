import type Database from 'better-sqlite3';
import type { EdgeLike } from '../../../shared/graph/adjacency.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type {
  Evidence,
  NeedNode,
  NeedsEdge,
  Party,
  Project,
  ProjectSnapshot,
  SupplyLink,
  Transition,
} from '../../../shared/model/entities.js';
import type { SnapshotColumns } from '../../../shared/model/snapshot-columns.js';
import type { EntityName } from '../../../shared/model/fields.js';
import { formatHlc, tick } from '../../../shared/sync/hlc.js';
import type { FieldChange, Op } from '../../../shared/sync/ops.js';
import { idBatch } from '../ids.js';
import { validateChange } from './changes.js';
import { prepareEntityRows, type EntityRows } from './entity-rows.js';
import { createMaterializer, type Materializer } from './materialize.js';
import { readUserVersion } from './migrate.js';
import { entityKeyOf, prepareOpLog, type OpLog } from './oplog.js';
import {
  createPositionWriter,
  isPositionChange,
  positionRegisters,
  type PositionWriter,
} from './position-edits.js';
import { prepareQualificationRecords, type QualificationRecords } from './qualification-records.js';
import { prepareQueries, type StoreCounts, type StoreQueries } from './queries.js';
import { prepareConflictTable } from './conflicts.js';
import { createSettler } from './liveness.js';
import { snapshotColumnsOf } from './snapshot-columns.js';
import { prepareRefIndex, type RefIndex } from './refs.js';
import { prepareRemoteLog } from './remote.js';
import { createStoreSync, type StoreSync } from './sync-access.js';
import { prepareWriteChecker } from './write-check.js';

export interface ProjectStoreOptions {
  path: string;
  readOnly: boolean;
  now: () => number;
}

export interface ApplyOptions {
  /** Author of the ops; defaults to the party this file acts for, else the project's maker. */
  authorParty?: string;
}

/**
 * A delete's op lists the heads of every field of the entity, so an edit it did not see can be
 * told apart and keep the entity alive (shared/sync/tombstone.ts); other ops list their field's.
 */
const isDelete = (change: FieldChange): boolean =>
  change.field === 'deleted' && change.value === true;

/** One open project file: its materialized tables, its op log, and the one way to edit. */
export class ProjectStore {
  readonly path: string;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
  private readonly now: () => number;
  private readonly rows: EntityRows;
  private readonly opLog: OpLog;
  private readonly materializer: Materializer;
  private readonly positions: PositionWriter;
  private readonly refs: RefIndex;
  /** Ops from other replicas, permissions, conflicts and identity (electron/services/sync). */
  readonly sync: StoreSync;
  private readonly queries: StoreQueries;
  /** Transitions, evidence records and evidence bytes (qualification). */
  readonly qualification: QualificationRecords;

  constructor(
    private readonly db: Database.Database,
    options: ProjectStoreOptions,
  ) {
    this.path = options.path;
    this.readOnly = options.readOnly;
    this.now = options.now;
    this.schemaVersion = readUserVersion(db);
    this.rows = prepareEntityRows(db);
    this.opLog = prepareOpLog(db);
    this.refs = prepareRefIndex(db);
    const conflicts = prepareConflictTable(db);
    const settler = createSettler(db, this.opLog, this.rows, this.refs, conflicts);
    this.materializer = createMaterializer(this.opLog, this.rows, this.refs, conflicts, settler);
    this.positions = createPositionWriter(this.rows, conflicts);
    this.sync = createStoreSync(db, {
      opLog: this.opLog,
      remote: prepareRemoteLog(db),
      refs: this.refs,
      conflicts,
      checker: prepareWriteChecker(db),
      materializer: this.materializer,
    });
    this.queries = prepareQueries(db);
    this.qualification = prepareQualificationRecords(db);
  }

  /**
   * Run work that writes more than ops (evidence bytes beside their records) in one
   * transaction: a refusal anywhere inside leaves the file as it was.
   */
  withTransaction<T>(work: () => T): T {
    if (this.readOnly) {
      throw new LongmaiError('E_READ_ONLY', `${this.path} is open read-only`, { path: this.path });
    }
    return this.db.transaction(work).immediate();
  }

  project(): Project {
    const [row] = this.rows.all('project');
    if (!row) throw new LongmaiError('E_DAMAGED', `${this.path} has no project record`);
    return row as unknown as Project;
  }

  snapshot(): ProjectSnapshot {
    return {
      project: this.project(),
      parties: this.rows.all('party') as unknown as Party[],
      nodes: this.rows.all('node') as unknown as NeedNode[],
      edges: this.rows.all('edge') as unknown as NeedsEdge[],
      links: this.rows.all('link') as unknown as SupplyLink[],
      transitions: this.rows.all('transition') as unknown as Transition[],
      evidence: this.rows.all('evidence') as unknown as Evidence[],
    };
  }

  /** The snapshot with need nodes, needs edges and supply links as columns (`project.load`). */
  snapshotColumns(): SnapshotColumns {
    return {
      project: this.project(),
      parties: this.rows.all('party') as unknown as Party[],
      ...snapshotColumnsOf((entity) => this.rows.rows(entity)),
      transitions: this.rows.all('transition') as unknown as Transition[],
      evidence: this.rows.all('evidence') as unknown as Evidence[],
    };
  }

  party(id: string): Party | null {
    return this.rows.get('party', id) as unknown as Party | null;
  }

  node(id: string): NeedNode | null {
    return this.rows.get('node', id) as unknown as NeedNode | null;
  }

  /** The need nodes of these ids that are shown, by id, read in one statement. */
  nodesById(ids: readonly string[]): Map<string, NeedNode> {
    return this.rows.getMany('node', ids) as unknown as Map<string, NeedNode>;
  }

  edge(id: string): NeedsEdge | null {
    return this.rows.get('edge', id) as unknown as NeedsEdge | null;
  }

  link(id: string): SupplyLink | null {
    return this.rows.get('link', id) as unknown as SupplyLink | null;
  }

  /** The shown records of these ids, by id, read at once; fields as `dump` has them. */
  records(entity: EntityName, ids: readonly string[]): Map<string, Record<string, unknown>> {
    return this.rows.getMany(entity, ids);
  }

  /** Any shown record by entity name, fields as `dump` has them. */
  record(entity: EntityName, id: string): Record<string, unknown> | null {
    return this.rows.get(entity, id);
  }

  edgePairs(): EdgeLike[] {
    return this.queries.edgePairs();
  }

  edgeIdBetween(fromId: string, toId: string): string | null {
    return this.queries.edgeIdBetween(fromId, toId);
  }

  edgeIdsTouching(nodeId: string): string[] {
    return this.queries.edgeIdsTouching(nodeId);
  }

  linkIdsOfNode(nodeId: string): string[] {
    return this.queries.linkIdsOfNode(nodeId);
  }

  counts(): StoreCounts {
    return this.queries.counts();
  }

  /** Every op, grouped by register and ordered by clock within it. */
  ops(): Op[] {
    return this.opLog.all();
  }

  heads(entity: EntityName, entityId: string, field: string): Op[] {
    return this.opLog.heads(entity, entityId, field);
  }

  /**
   * The only way local edits reach the file: in one transaction, stamp each change with a
   * fresh clock tick, record it as an op superseding the field's current heads, and
   * re-materialize every entity it touched. Inside a caller's transaction it joins that one
   * (no savepoint): every refusal comes before the first write.
   */
  applyLocalChanges(changes: readonly FieldChange[], options: ApplyOptions = {}): Op[] {
    if (this.readOnly) {
      throw new LongmaiError('E_READ_ONLY', `${this.path} is open read-only`, { path: this.path });
    }
    const checked = changes.map(validateChange);
    if (checked.length === 0) return [];
    const work = () => this.appendChecked(checked, options);
    return this.db.inTransaction ? work() : this.db.transaction(work).immediate();
  }

  /**
   * Heads of every touched entity are read once and kept current in memory as the batch's ops
   * supersede them; the permission check and the materializer read the same map.
   */
  private appendChecked(checked: readonly FieldChange[], options: ApplyOptions): Op[] {
    const authorParty =
      options.authorParty ?? this.sync.localIdentity()?.partyId ?? this.project().makerPartyId;
    if (checked.every(isPositionChange)) {
      const ops = this.appendPositions(checked, authorParty);
      if (ops) return ops;
    }
    const heads = this.opLog.headsOfEntities(checked);
    this.refuseForbidden(checked, authorParty, heads);
    const ops = this.appendOps(checked, authorParty, heads);
    const touched = new Map(ops.map((op) => [entityKeyOf(op.entity, op.entityId), op]));
    this.materializer.materializeEntities(touched.values(), heads);
    return ops;
  }

  /** Need node moves (position-edits.ts), or null when the general path must take them. */
  private appendPositions(checked: readonly FieldChange[], authorParty: string): Op[] | null {
    const { ids, fields } = positionRegisters(checked);
    const heads = this.opLog.headsOfFields('node', ids, fields);
    if (!this.positions.plain(ids, heads)) return null;
    this.refuseForbidden(checked, authorParty, heads);
    const conflicted = this.positions.conflicted(checked, heads);
    const ops = this.appendOps(checked, authorParty, heads);
    this.positions.settle(ops, conflicted);
    return ops;
  }

  private refuseForbidden(
    checked: readonly FieldChange[],
    authorParty: string,
    heads?: ReadonlyMap<string, Op[]>,
  ): void {
    const refusal = this.sync.checker.checkLocal(checked, authorParty, heads);
    if (refusal) {
      const { entity, entityId, field } = refusal;
      throw new LongmaiError('E_FORBIDDEN_OP', refusal.reason, { entity, id: entityId, field });
    }
  }

  /**
   * Stamp each change with a fresh clock tick and record it as an op superseding its field's
   * heads in `heads` (keyed by `entityKeyOf`), which is kept current as the ops land.
   */
  private appendOps(
    checked: readonly FieldChange[],
    authorParty: string,
    heads: Map<string, Op[]>,
  ): Op[] {
    const { replicaId, state: start } = this.opLog.readClock();
    const nowMs = this.now();
    const nextOpId = idBatch();
    let state = start;
    const ops: Op[] = [];
    for (const change of checked) {
      state = tick(state, nowMs);
      const key = entityKeyOf(change.entity, change.entityId);
      const current = heads.get(key) ?? [];
      const own = current.filter((head) => head.field === change.field).map((head) => head.opId);
      const op: Op = {
        opId: nextOpId(),
        entity: change.entity,
        entityId: change.entityId,
        field: change.field,
        value: change.value,
        hlc: formatHlc({ ...state, replicaId }),
        authorParty,
        authorReplica: replicaId,
        prev: isDelete(change) ? current.map((head) => head.opId) : own,
      };
      this.opLog.appendLocal(op, own);
      this.refs.add(op);
      ops.push(op);
      heads.set(key, [...current.filter((head) => head.field !== change.field), op]);
    }
    this.opLog.writeClock(state);
    return ops;
  }

  /**
   * Run `work` in one immediate transaction on this file's connection, for the file's local
   * tables that are not built from ops (the undo journal). Local edits made inside `work` join
   * the same transaction, so an edit and its undo record land together or not at all.
   */
  transaction<T>(work: (db: Database.Database) => T): T {
    if (this.readOnly) {
      throw new LongmaiError('E_READ_ONLY', `${this.path} is open read-only`, { path: this.path });
    }
    return this.db.transaction(() => work(this.db)).immediate();
  }

  /** Rebuild one entity's row from its registers (used when ops arrive from elsewhere). */
  materializeEntity(entity: EntityName, entityId: string): boolean {
    return this.db.transaction(() => this.materializer.materializeEntity(entity, entityId))();
  }

  /** Rebuild heads and every table from the op log alone. */
  rematerialize(): void {
    this.db.transaction(() => this.materializer.rematerialize()).immediate();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
