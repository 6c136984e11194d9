import type Database from 'better-sqlite3';
import { ENTITY_NAMES, type EntityName } from '../../../shared/model/fields.js';
import type { FieldChange, Op, OpValue } from '../../../shared/sync/ops.js';
import {
  PERMISSIONS,
  checkWrite,
  type PermissionView,
  type WriteAttempt,
} from '../../../shared/sync/permissions.js';
import { resolveRegister } from '../../../shared/sync/register.js';
import { entityKeyOf } from './oplog.js';

/** The first write of a batch that its author may not make. */
export interface Refusal {
  index: number;
  entity: EntityName;
  entityId: string;
  field: string;
  reason: string;
}

export interface WriteChecker {
  /**
   * Local changes: every change of an entity that has no op yet belongs to its creation.
   * `known` holds the current heads of entities the caller already read (`entityKeyOf` keys):
   * of all their fields, or at least of every field the changes' rules read (the owner's).
   */
  checkLocal(
    changes: readonly FieldChange[],
    authorParty: string,
    known?: ReadonlyMap<string, Op[]>,
  ): Refusal | null;
  /**
   * Remote ops in clock order: a new entity's creation is the prev-less ops of the replica
   * that wrote its first op; every later op is checked against the project as it stands
   * after the ops before it in the same batch.
   */
  checkRemote(ops: readonly Op[]): Refusal | null;
}

const keyOf = entityKeyOf;

/** The fields whose batch values later checks read (`valueOf`): owners and a link's supplier. */
const READ_BACK: ReadonlyMap<EntityName, ReadonlySet<string>> = new Map(
  ENTITY_NAMES.map((entity) => {
    const owner = PERMISSIONS[entity].ownerField;
    const fields = new Set(owner ? [owner] : []);
    if (entity === 'link') fields.add('partyId');
    return [entity, fields];
  }),
);

interface Pending {
  value: OpValue;
  hlc: string;
}

/**
 * Answers the permission table's questions from the op log plus the batch being checked.
 * Every answer rests on facts that never change once written (whether a record exists, who
 * created it, whether a party was ever named as a link's supplier), so every replica gives
 * the same verdict on the same op whenever it arrives: a packet one replica accepts, no
 * other replica refuses, and no refusal can hold up sync for good.
 */
export function prepareWriteChecker(db: Database.Database): WriteChecker {
  const existsStatement = db
    .prepare('SELECT 1 FROM ops WHERE entity = ? AND entity_id = ? LIMIT 1')
    .pluck();
  const headsStatement = db.prepare(
    `SELECT o.value AS value, o.hlc AS hlc, o.op_id AS opId FROM heads h JOIN ops o ON o.op_id = h.op_id
     WHERE h.entity = ? AND h.entity_id = ? AND h.field = ?`,
  );
  const everSupplierStatement = db
    .prepare(
      `SELECT 1 FROM ops WHERE entity = 'link' AND entity_id = ? AND field = 'partyId'
       AND value = ? LIMIT 1`,
    )
    .pluck();
  const linksOfNodeStatement = db
    .prepare(
      `SELECT entity_id FROM refs WHERE target_entity = 'node' AND target_id = ?
       AND entity = 'link' AND field = 'nodeId'`,
    )
    .pluck();
  const makerStatement = db
    .prepare(
      `SELECT o.value FROM heads h JOIN ops o ON o.op_id = h.op_id
       WHERE h.entity = 'project' AND h.field = 'makerPartyId' LIMIT 1`,
    )
    .pluck();

  function session(known?: ReadonlyMap<string, Op[]>) {
    const pending = new Map<string, Map<string, Pending>>();
    const created = new Set<string>();
    const everSupplier = new Map<string, Set<string>>();
    const pendingLinksOfNode = new Map<string, Set<string>>();
    const existsCache = new Map<string, boolean>();
    let batchMaker: string | undefined;
    let storedMaker: string | undefined;

    // An entity has ops exactly when it has heads: the last op of each register is one.
    const dbExists = (entity: string, id: string, key = keyOf(entity, id)): boolean => {
      let exists = existsCache.get(key);
      if (exists === undefined) {
        const heads = known?.get(key);
        exists = heads ? heads.length > 0 : existsStatement.get(entity, id) !== undefined;
        existsCache.set(key, exists);
      }
      return exists;
    };
    const dbValue = (entity: string, id: string, field: string): Pending | undefined => {
      const heads = known?.get(keyOf(entity, id));
      if (heads) {
        const winner = resolveRegister(heads.filter((op) => op.field === field))?.winner;
        return winner && { value: winner.value, hlc: winner.hlc };
      }
      const rows = headsStatement.all(entity, id, field) as {
        value: string;
        hlc: string;
        opId: string;
      }[];
      let best: { value: string; hlc: string; opId: string } | undefined;
      for (const row of rows) {
        if (!best || row.hlc > best.hlc || (row.hlc === best.hlc && row.opId > best.opId))
          best = row;
      }
      return best ? { value: JSON.parse(best.value) as OpValue, hlc: best.hlc } : undefined;
    };
    const valueOf = (entity: string, id: string, field: string): OpValue | undefined => {
      const mine = pending.get(keyOf(entity, id))?.get(field);
      if (mine && (mine.hlc === '~' || !dbExists(entity, id))) return mine.value;
      const stored = dbValue(entity, id, field);
      if (mine && (!stored || mine.hlc >= stored.hlc)) return mine.value;
      return stored?.value;
    };
    const record = (
      entity: EntityName,
      id: string,
      field: string,
      value: OpValue,
      hlc: string,
      key = keyOf(entity, id),
    ): void => {
      if (READ_BACK.get(entity)?.has(field)) {
        let fields = pending.get(key);
        if (!fields) {
          fields = new Map();
          pending.set(key, fields);
        }
        fields.set(field, { value, hlc });
      }
      if (entity === 'project' && field === 'makerPartyId' && typeof value === 'string') {
        batchMaker = value;
      }
      if (entity === 'link' && field === 'partyId' && typeof value === 'string') {
        let parties = everSupplier.get(id);
        if (!parties) everSupplier.set(id, (parties = new Set()));
        parties.add(value);
      }
      if (entity === 'link' && field === 'nodeId' && typeof value === 'string') {
        let links = pendingLinksOfNode.get(value);
        if (!links) pendingLinksOfNode.set(value, (links = new Set()));
        links.add(id);
      }
    };
    const wasSupplier = (linkId: string, party: string): boolean =>
      (everSupplier.get(linkId)?.has(party) ?? false) ||
      everSupplierStatement.get(linkId, JSON.stringify(party)) !== undefined;

    const viewFor = (author: string, self: string): PermissionView => ({
      get makerPartyId(): string {
        if (batchMaker !== undefined) return batchMaker;
        // The stored maker cannot change while a batch is checked: read it once.
        if (storedMaker === undefined) {
          const stored = makerStatement.get() as string | undefined;
          storedMaker = stored ? (JSON.parse(stored) as string) : '';
        }
        return storedMaker;
      },
      exists: (entity, id) =>
        keyOf(entity, id) !== self && (created.has(keyOf(entity, id)) || dbExists(entity, id)),
      ownerOf(entity: EntityName, id: string) {
        const field = PERMISSIONS[entity].ownerField;
        if (!field) return undefined;
        const value = valueOf(entity, id, field);
        return typeof value === 'string' ? value : undefined;
      },
      // A party once named as the link's supplier stays one for checks (see above).
      linkSupplierOf(linkId) {
        if (wasSupplier(linkId, author)) return author;
        const value = valueOf('link', linkId, 'partyId');
        return typeof value === 'string' ? value : undefined;
      },
      supplies(party, nodeId) {
        const links = new Set<string>(pendingLinksOfNode.get(nodeId) ?? []);
        for (const id of linksOfNodeStatement.all(nodeId) as string[]) links.add(id);
        return [...links].some((linkId) => wasSupplier(linkId, party));
      },
    });
    // The project names its maker in the batch that creates it, after the maker's party.
    const presetMaker = (batch: readonly { entity: string; field: string; value: OpValue }[]) => {
      if (makerStatement.get() !== undefined) return;
      const found = batch.find((c) => c.entity === 'project' && c.field === 'makerPartyId');
      if (typeof found?.value === 'string') batchMaker = found.value;
    };
    return { dbExists, created, record, viewFor, presetMaker };
  }

  const refuse = (index: number, attempt: WriteAttempt, reason: string): Refusal => ({
    index,
    entity: attempt.entity,
    entityId: attempt.entityId,
    field: attempt.field,
    reason,
  });

  return {
    checkLocal(changes, authorParty, known) {
      const s = session(known);
      s.presetMaker(changes);
      const creations = new Map<string, Record<string, OpValue>>();
      for (const change of changes) {
        const key = keyOf(change.entity, change.entityId);
        if (s.dbExists(change.entity, change.entityId)) continue;
        const fields = creations.get(key) ?? {};
        fields[change.field] = change.value;
        creations.set(key, fields);
      }
      for (const [index, change] of changes.entries()) {
        const key = keyOf(change.entity, change.entityId);
        const creation = creations.get(key);
        const attempt: WriteAttempt = { ...change, authorParty };
        if (creation) attempt.created = creation;
        const verdict = checkWrite(s.viewFor(authorParty, creation ? key : ''), attempt);
        if (!verdict.ok) return refuse(index, attempt, verdict.reason);
        // Local changes are newer than anything stored: '~' sorts after every clock stamp.
        s.record(change.entity, change.entityId, change.field, change.value, '~');
        if (creation) s.created.add(key);
      }
      return null;
    },
    checkRemote(ops) {
      const s = session();
      s.presetMaker(ops);
      const checked = new Set<string>();
      const keys = ops.map((op) => keyOf(op.entity, op.entityId));
      const byEntity = new Map<string, Op[]>();
      ops.forEach((op, index) => {
        const list = byEntity.get(keys[index] ?? '');
        if (list) list.push(op);
        else byEntity.set(keys[index] ?? '', [op]);
      });
      for (const [index, op] of ops.entries()) {
        if (checked.has(op.opId)) continue;
        const key = keys[index] ?? '';
        const isNew = !s.created.has(key) && !s.dbExists(op.entity, op.entityId, key);
        const group = isNew
          ? (byEntity.get(key) ?? []).filter(
              (o) =>
                o.prev.length === 0 &&
                o.authorReplica === op.authorReplica &&
                o.authorParty === op.authorParty,
            )
          : [op];
        const creation: Record<string, OpValue> = {};
        for (const o of group) creation[o.field] = o.value;
        // A group has one author: a creation's ops all share the first op's.
        const view = s.viewFor(op.authorParty, isNew ? key : '');
        for (const o of group) {
          const attempt: WriteAttempt = {
            entity: o.entity,
            entityId: o.entityId,
            field: o.field,
            value: o.value,
            authorParty: o.authorParty,
          };
          if (isNew) attempt.created = creation;
          const verdict = checkWrite(view, attempt);
          if (!verdict.ok) return refuse(ops.indexOf(o), attempt, verdict.reason);
          s.record(o.entity, o.entityId, o.field, o.value, o.hlc, key);
          checked.add(o.opId);
        }
        if (isNew) s.created.add(key);
      }
      return null;
    },
  };
}
