import type { EntityName } from '../model/fields.js';
import type { OpValue } from './ops.js';

/**
 * Who may write what (SYNC.md guarantee 4). One table, used for local edits, the CLI `set`
 * and every op of an imported packet, so the same rules hold everywhere.
 *
 * - maker: only the project's maker party (it shapes the project and approves stage gates).
 * - owner: only the entity's owner party (the one that created it).
 * - ownerOrSupplier: the owner, or the supplier named by a supply link (its own progress).
 * - self: the maker, or the party the record describes (a party keeps its own notes).
 * - fixed: set once when the entity is created, by whoever may create it, never changed.
 */
export type WriteRule = 'maker' | 'owner' | 'ownerOrSupplier' | 'self' | 'fixed';

/**
 * Who may create an entity:
 * - maker: only the maker.
 * - anyone: any party; it becomes the owner.
 * - nodeOwner: the owner of the need node it hangs on (a link's `nodeId`).
 * - edgeRule: see checkEdgeCreation.
 * - transitionRule: the link's owner or supplier may record a reported stage; only the link's
 *   owner may record an approved one (the gate that moves the official stage).
 * - evidenceRule: only the author of the transition may attach files to it.
 */
export type CreateRule =
  'maker' | 'anyone' | 'nodeOwner' | 'edgeRule' | 'transitionRule' | 'evidenceRule';

export interface EntityRules {
  create: CreateRule;
  /** Field that names the owner, written at creation and equal to the author; absent = maker owns. */
  ownerField?: string;
  fields: Record<string, WriteRule>;
}

export const PERMISSIONS: Record<EntityName, EntityRules> = {
  project: {
    create: 'maker',
    fields: {
      name: 'maker',
      homeCountry: 'maker',
      stageTemplate: 'maker',
      makerPartyId: 'fixed',
      stages: 'maker',
      ppapLevel: 'maker',
    },
  },
  // Scope: a party's contacts are seen by the maker and by that party (other suppliers get
  // only the maker's public identity).
  party: {
    create: 'maker',
    fields: {
      name: 'maker',
      kind: 'maker',
      country: 'maker',
      notes: 'self',
      contacts: 'self',
      deleted: 'maker',
    },
  },
  node: {
    create: 'anyone',
    ownerField: 'ownerPartyId',
    fields: {
      kind: 'owner',
      name: 'owner',
      code: 'owner',
      spec: 'owner',
      keyItem: 'owner',
      ownerPartyId: 'fixed',
      notes: 'owner',
      x: 'owner',
      y: 'owner',
      deleted: 'owner',
    },
  },
  edge: {
    create: 'edgeRule',
    ownerField: 'ownerPartyId',
    fields: {
      fromId: 'fixed',
      toId: 'fixed',
      quantity: 'owner',
      unit: 'owner',
      ownerPartyId: 'fixed',
      deleted: 'owner',
    },
  },
  link: {
    create: 'nodeOwner',
    ownerField: 'ownerPartyId',
    fields: {
      nodeId: 'fixed',
      // The maker re-points links when it merges a duplicate party into the one it keeps.
      partyId: 'maker',
      stage: 'owner',
      reportedStage: 'ownerOrSupplier',
      status: 'ownerOrSupplier',
      statusReason: 'ownerOrSupplier',
      targetDate: 'owner',
      ownerPartyId: 'fixed',
      role: 'owner',
      sharePct: 'owner',
      leadTimeWeeks: 'ownerOrSupplier',
      recoveryTimeWeeks: 'ownerOrSupplier',
      notes: 'owner',
      firstBatchDate: 'owner',
      stageTargets: 'owner',
      checklist: 'ownerOrSupplier',
      deleted: 'owner',
    },
  },
  // Scope: a link's transitions are seen by the link's owner and its supplier only.
  transition: {
    create: 'transitionRule',
    ownerField: 'byPartyId',
    fields: {
      linkId: 'fixed',
      kind: 'fixed',
      fromStage: 'fixed',
      toStage: 'fixed',
      date: 'fixed',
      byPartyId: 'fixed',
      comment: 'fixed',
      testPlatformPartyId: 'fixed',
      approvesId: 'fixed',
    },
  },
  // Scope: evidence (and its blob) goes with its transition: the link's owner and supplier only.
  evidence: {
    create: 'evidenceRule',
    ownerField: 'byPartyId',
    fields: {
      transitionId: 'fixed',
      sha256: 'fixed',
      fileName: 'fixed',
      mime: 'fixed',
      size: 'fixed',
      byPartyId: 'fixed',
    },
  },
};

/** What the checker needs to know about the project as it stands (including earlier ops). */
export interface PermissionView {
  makerPartyId: string;
  /** Whether the entity already exists (has any op), before this change. */
  exists(entity: EntityName, id: string): boolean;
  /** Owner party of an existing entity (the maker for entities without an owner field). */
  ownerOf(entity: EntityName, id: string): string | undefined;
  /** Supplier party of a supply link. */
  linkSupplierOf(linkId: string): string | undefined;
  /** Whether the party supplies the need node through a live supply link. */
  supplies(partyId: string, nodeId: string): boolean;
}

/** A write to check; for creations, `created` carries the other fields set in the same change. */
export interface WriteAttempt {
  entity: EntityName;
  entityId: string;
  field: string;
  value: OpValue;
  authorParty: string;
  /** Field values of the whole creation, when the entity does not exist yet. */
  created?: Readonly<Record<string, OpValue>>;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

const allow: Verdict = { ok: true };
const deny = (reason: string): Verdict => ({ ok: false, reason });

export function checkWrite(view: PermissionView, attempt: WriteAttempt): Verdict {
  const rules = PERMISSIONS[attempt.entity];
  const rule = rules.fields[attempt.field];
  if (!rule) return deny(`${attempt.entity}.${attempt.field} is not a known field`);
  const what = `${attempt.entity} ${attempt.entityId}`;
  if (!view.exists(attempt.entity, attempt.entityId)) {
    return checkCreation(view, attempt, rules, what);
  }
  const author = attempt.authorParty;
  const owner = view.ownerOf(attempt.entity, attempt.entityId) ?? view.makerPartyId;
  switch (rule) {
    case 'fixed':
      return deny(`${what}: ${attempt.field} is set when it is created and never changes`);
    case 'maker':
      return author === view.makerPartyId
        ? allow
        : deny(`${what}: only the maker may change ${attempt.field}`);
    case 'owner':
      return author === owner ? allow : deny(`${what}: only its owner may change ${attempt.field}`);
    case 'ownerOrSupplier': {
      const supplier = view.linkSupplierOf(attempt.entityId);
      return author === owner || author === supplier
        ? allow
        : deny(`${what}: only its owner or its supplier may change ${attempt.field}`);
    }
    case 'self':
      return author === view.makerPartyId || author === attempt.entityId
        ? allow
        : deny(`${what}: only the maker or that party may change ${attempt.field}`);
  }
}

function checkCreation(
  view: PermissionView,
  attempt: WriteAttempt,
  rules: EntityRules,
  what: string,
): Verdict {
  const author = attempt.authorParty;
  const created = attempt.created ?? {};
  if (rules.ownerField) {
    const owner = created[rules.ownerField];
    if (owner !== author) return deny(`${what}: a new record must be owned by its author`);
  }
  switch (rules.create) {
    case 'maker':
      return author === view.makerPartyId ? allow : deny(`${what}: only the maker may create it`);
    case 'anyone':
      return allow;
    case 'nodeOwner': {
      const nodeId = created.nodeId;
      if (typeof nodeId !== 'string') return deny(`${what}: a supply link needs a need node`);
      return view.ownerOf('node', nodeId) === author
        ? allow
        : deny(`${what}: only the owner of need node ${nodeId} may attach suppliers to it`);
    }
    case 'edgeRule':
      return checkEdgeCreation(view, author, created, what);
    case 'transitionRule':
      return checkTransitionCreation(view, author, created, what);
    case 'evidenceRule': {
      const transitionId = created.transitionId;
      if (typeof transitionId !== 'string') return deny(`${what}: evidence needs a transition`);
      return view.ownerOf('transition', transitionId) === author
        ? allow
        : deny(`${what}: only the author of transition ${transitionId} may attach evidence`);
    }
  }
}

/** A supplier reports its own progress; only the link's owner approves a stage gate. */
function checkTransitionCreation(
  view: PermissionView,
  author: string,
  created: Readonly<Record<string, OpValue>>,
  what: string,
): Verdict {
  const { linkId, kind } = created;
  if (typeof linkId !== 'string') return deny(`${what}: a transition needs a supply link`);
  const owner = view.ownerOf('link', linkId);
  if (kind === 'approved') {
    return owner === author
      ? allow
      : deny(`${what}: only the owner of supply link ${linkId} may approve a stage`);
  }
  return owner === author || view.linkSupplierOf(linkId) === author
    ? allow
    : deny(`${what}: only the owner or the supplier of supply link ${linkId} may report a stage`);
}

/**
 * The maker may connect any need nodes. A supplier grows its own upstream sub-graph: the needed
 * node must be its own, and the needing node one it owns or supplies.
 */
function checkEdgeCreation(
  view: PermissionView,
  author: string,
  created: Readonly<Record<string, OpValue>>,
  what: string,
): Verdict {
  if (author === view.makerPartyId) return allow;
  const { fromId, toId } = created;
  if (typeof fromId !== 'string' || typeof toId !== 'string') {
    return deny(`${what}: a needs edge needs both ends`);
  }
  if (view.ownerOf('node', toId) !== author) {
    return deny(`${what}: a supplier may only add needs on need nodes it owns`);
  }
  if (view.ownerOf('node', fromId) !== author && !view.supplies(author, fromId)) {
    return deny(`${what}: a supplier may only extend need nodes it owns or supplies`);
  }
  return allow;
}
