import type {
  ConflictPreview,
  ImportChanges,
  PartyChanges,
  RecordChange,
  StageMoveChange,
} from '../../../shared/ipc/contract.js';
import type { EntityName } from '../../../shared/model/fields.js';
import type { Op } from '../../../shared/sync/ops.js';
import type { HomeIdentity } from '../identity/index.js';
import type { ProjectStore } from '../store/index.js';
import { importPacket, type ImportReport, type VerifiedPacket } from '../sync/index.js';
import { labelOf } from './labels.js';
import { withoutWriting } from './rollback.js';

/** Records listed per party; the rest are counted. */
export const LISTED_PER_PARTY = 100;
const LISTED_CONFLICTS = 200;

type Row = Record<string, unknown>;
interface Touched {
  entity: EntityName;
  id: string;
  author: string;
  before: Row | null;
  after: Row | null;
  conflictsBefore: Set<string>;
}

const keyOf = (entity: string, id: string) => `${entity}\u0000${id}`;

function touchedBy(store: ProjectStore, ops: readonly Op[]): Map<string, Touched> {
  const touched = new Map<string, Touched>();
  for (const op of ops) {
    const key = keyOf(op.entity, op.entityId);
    const known = touched.get(key);
    // The latest op names the author a change is listed under.
    if (known) known.author = op.authorParty;
    else {
      touched.set(key, {
        entity: op.entity,
        id: op.entityId,
        author: op.authorParty,
        before: store.record(op.entity, op.entityId),
        after: null,
        conflictsBefore: new Set(
          store.sync.conflicts.ofEntity(op.entity, op.entityId).map((c) => c.id),
        ),
      });
    }
  }
  return touched;
}

function changedFields(before: Row, after: Row): string[] {
  return Object.keys(after).filter(
    (field) => field !== 'id' && JSON.stringify(before[field]) !== JSON.stringify(after[field]),
  );
}

function recordChange(store: ProjectStore, t: Touched): RecordChange | null {
  if (!t.before && !t.after) return null;
  const change = !t.before ? 'created' : !t.after ? 'deleted' : 'changed';
  const fields = t.before && t.after ? changedFields(t.before, t.after) : [];
  if (change === 'changed' && fields.length === 0) return null;
  const label = labelOf(store, t.entity, t.id, t.after ?? t.before);
  return { entity: t.entity, id: t.id, label, change, fields };
}

function stageMove(
  store: ProjectStore,
  t: Touched,
  evidence: Map<string, string[]>,
): StageMoveChange {
  const row = t.after ?? {};
  const str = (field: string): string => {
    const value = row[field];
    return typeof value === 'string' ? value : '';
  };
  return {
    transitionId: t.id,
    linkLabel: labelOf(store, 'transition', t.id, row),
    kind: str('kind') === 'approved' ? 'approved' : 'reported',
    fromStage: str('fromStage'),
    toStage: str('toStage'),
    date: str('date'),
    evidence: evidence.get(t.id) ?? [],
  };
}

function partyEntry(store: ProjectStore, parties: Map<string, PartyChanges>, id: string) {
  let entry = parties.get(id);
  if (!entry) {
    const name = store.record('party', id)?.name;
    entry = {
      partyId: id,
      name: typeof name === 'string' ? name : id,
      created: 0,
      changed: 0,
      deleted: 0,
      records: [],
      stageMoves: [],
      unlisted: 0,
    };
    parties.set(id, entry);
  }
  return entry;
}

/** Group what the packet would change by the party that made each change. */
function describe(store: ProjectStore, touched: Map<string, Touched>): ImportChanges['parties'] {
  const parties = new Map<string, PartyChanges>();
  const evidence = new Map<string, string[]>();
  for (const t of touched.values()) {
    if (t.entity !== 'evidence' || t.before || !t.after) continue;
    const transitionId = String(t.after.transitionId);
    evidence.set(transitionId, [...(evidence.get(transitionId) ?? []), String(t.after.fileName)]);
  }
  for (const t of touched.values()) {
    if (t.entity === 'evidence') continue;
    const entry = partyEntry(store, parties, t.author);
    if (t.entity === 'transition') {
      if (!t.before && t.after) entry.stageMoves.push(stageMove(store, t, evidence));
      continue;
    }
    const change = recordChange(store, t);
    if (!change) continue;
    entry[change.change] += 1;
    if (entry.records.length < LISTED_PER_PARTY) entry.records.push(change);
    else entry.unlisted += 1;
  }
  return [...parties.values()].filter((p) => p.records.length + p.stageMoves.length > 0);
}

function newConflicts(store: ProjectStore, touched: Map<string, Touched>): ConflictPreview[] {
  const result: ConflictPreview[] = [];
  for (const t of touched.values()) {
    for (const c of store.sync.conflicts.ofEntity(t.entity, t.id)) {
      if (t.conflictsBefore.has(c.id) || result.length >= LISTED_CONFLICTS) continue;
      result.push({
        entity: t.entity,
        id: t.id,
        label: labelOf(store, t.entity, t.id),
        field: c.field,
      });
    }
  }
  return result;
}

/**
 * What importing would change, found by importing for real inside a transaction that is
 * rolled back: the same checks and merge as the import itself, so the preview cannot
 * disagree with it. Throws the import's typed refusal.
 */
export function previewImport(
  store: ProjectStore,
  identity: HomeIdentity,
  packet: VerifiedPacket,
  bytes: Buffer,
  options: { acceptFingerprint?: string; now?: () => number },
): { report: ImportReport; changes: ImportChanges } {
  const newOps = packet.ops.filter((op) => !store.sync.has(op.opId));
  const touched = touchedBy(store, newOps);
  return withoutWriting(store, () => {
    const report = importPacket(store, identity, bytes, {
      ...(options.acceptFingerprint !== undefined
        ? { acceptFingerprint: options.acceptFingerprint }
        : {}),
      ...(options.now ? { now: options.now } : {}),
    });
    for (const t of touched.values()) t.after = store.record(t.entity, t.id);
    const changes: ImportChanges = {
      newChanges: report.applied,
      duplicates: report.duplicates,
      parties: describe(store, touched),
      conflicts: newConflicts(store, touched),
    };
    return { report, changes };
  });
}
