import { LongmaiError } from '../../../shared/ipc/errors.js';
import { requiredFields, type EntityName } from '../../../shared/model/fields.js';
import type { FieldChange, OpValue } from '../../../shared/sync/ops.js';
import { PERMISSIONS, checkWrite, type PermissionView } from '../../../shared/sync/permissions.js';
import type { ProjectStore } from '../store/index.js';

/** Options of a qualification edit: who is making it. */
export interface ActingOptions {
  /**
   * The party this replica acts for. Until replicas carry their own party identity, a local
   * edit is the maker's; tests and imports name the supplier to exercise its rights.
   */
  actingParty?: string;
}

export function actingPartyOf(store: ProjectStore, options: ActingOptions): string {
  return options.actingParty ?? store.project().makerPartyId;
}

function headValue(store: ProjectStore, entity: EntityName, id: string, field: string): OpValue {
  const heads = store.heads(entity, id, field);
  return heads.length > 0 ? (heads[heads.length - 1]?.value ?? null) : null;
}

/** The permission table's questions, answered from the op log of this file. */
export function permissionViewOf(store: ProjectStore): PermissionView {
  const makerPartyId = store.project().makerPartyId;
  return {
    makerPartyId,
    exists: (entity, id) => {
      const [first] = requiredFields(entity);
      return first !== undefined && store.heads(entity, id, first).length > 0;
    },
    ownerOf: (entity, id) => {
      const field = PERMISSIONS[entity].ownerField;
      if (!field) return makerPartyId;
      const owner = headValue(store, entity, id, field);
      return typeof owner === 'string' ? owner : undefined;
    },
    linkSupplierOf: (linkId) => {
      const party = headValue(store, 'link', linkId, 'partyId');
      return typeof party === 'string' ? party : undefined;
    },
    supplies: (partyId, nodeId) =>
      store.linkIdsOfNode(nodeId).some((id) => store.link(id)?.partyId === partyId),
  };
}

/**
 * Refuse a whole change when any one write in it is not the author's to make (SYNC.md
 * guarantee 4), before anything is written. Setting the official stage gets its own code,
 * because a supplier meets it in normal work and should learn to report instead.
 */
export function assertMayWrite(
  store: ProjectStore,
  changes: readonly FieldChange[],
  authorParty: string,
): void {
  const created = new Map<string, Record<string, OpValue>>();
  for (const change of changes) {
    const key = `${change.entity}\u0000${change.entityId}`;
    const fields = created.get(key) ?? {};
    fields[change.field] = change.value;
    created.set(key, fields);
  }
  const view = withBatch(permissionViewOf(store), created);
  for (const change of changes) {
    const verdict = checkWrite(view, {
      ...change,
      authorParty,
      created: created.get(`${change.entity}\u0000${change.entityId}`),
    });
    if (verdict.ok) continue;
    const officialStage =
      (change.entity === 'link' && change.field === 'stage') ||
      (change.entity === 'transition' &&
        created.get(`transition\u0000${change.entityId}`)?.kind === 'approved');
    if (officialStage) {
      const owner = view.ownerOf('link', linkIdOf(change, created)) ?? '';
      throw new LongmaiError('E_STAGE_FORBIDDEN', verdict.reason, {
        owner: store.party(owner)?.name ?? owner,
      });
    }
    throw new LongmaiError('E_FORBIDDEN_OP', verdict.reason, { reason: verdict.reason });
  }
}

/**
 * The file as it will stand once the earlier writes of the same change are in: a transition
 * created in this change owns the evidence created with it.
 */
function withBatch(
  base: PermissionView,
  created: ReadonlyMap<string, Record<string, OpValue>>,
): PermissionView {
  const pending = (entity: EntityName, id: string, field: string | undefined): OpValue =>
    field === undefined ? null : (created.get(`${entity}\u0000${id}`)?.[field] ?? null);
  return {
    ...base,
    ownerOf: (entity, id) => {
      const owner = pending(entity, id, PERMISSIONS[entity].ownerField);
      return typeof owner === 'string' && !base.exists(entity, id)
        ? owner
        : base.ownerOf(entity, id);
    },
    linkSupplierOf: (linkId) => {
      const party = pending('link', linkId, 'partyId');
      return typeof party === 'string' && !base.exists('link', linkId)
        ? party
        : base.linkSupplierOf(linkId);
    },
  };
}

function linkIdOf(change: FieldChange, created: Map<string, Record<string, OpValue>>): string {
  if (change.entity === 'link') return change.entityId;
  const linkId = created.get(`transition\u0000${change.entityId}`)?.linkId;
  return typeof linkId === 'string' ? linkId : '';
}

/** Check, then apply as the acting party: the only way qualification edits are written. */
export function applyAs(
  store: ProjectStore,
  changes: readonly FieldChange[],
  options: ActingOptions,
): void {
  const author = actingPartyOf(store, options);
  assertMayWrite(store, changes, author);
  store.applyLocalChanges(changes, { authorParty: author });
}
