import type { MethodArgs } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { SupplyLink } from '../../../shared/model/entities.js';
import type { OpValue } from '../../../shared/sync/ops.js';
import { creationChanges, patchChanges, tombstone } from '../edits/changes.js';
import { requireNode } from '../edits/require.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { actingPartyOf, applyAs, type ActingOptions } from './acting.js';
import { projectStages, requireLink, requireParty } from './require.js';

/** Attach a supplier to a need node; one live link per node and party. */
export function createLink(
  store: ProjectStore,
  args: MethodArgs<'link.create'>,
  options: ActingOptions = {},
): SupplyLink {
  const node = requireNode(store, args.nodeId);
  const party = requireParty(store, args.partyId);
  const siblings = store.linkIdsOfNode(node.id).map((id) => store.link(id));
  if (siblings.some((link) => link?.partyId === party.id)) {
    throw new LongmaiError('E_DUPLICATE_LINK', `${party.name} already supplies ${node.name}`, {
      party: party.name,
      node: node.name,
    });
  }
  const id = newId();
  applyAs(
    store,
    creationChanges('link', id, {
      nodeId: node.id,
      partyId: party.id,
      stage: 0,
      reportedStage: null,
      status: 'on_track',
      statusReason: '',
      targetDate: '',
      ownerPartyId: actingPartyOf(store, options),
      role: args.role ?? (siblings.length === 0 ? 'primary' : 'alternate'),
      sharePct: args.sharePct ?? null,
      leadTimeWeeks: args.leadTimeWeeks ?? null,
      recoveryTimeWeeks: args.recoveryTimeWeeks ?? null,
      notes: args.notes ?? '',
      firstBatchDate: '',
      stageTargets: '{}',
      checklist: '[]',
    }),
    options,
  );
  return requireLink(store, id);
}

export function updateLink(
  store: ProjectStore,
  args: MethodArgs<'link.update'>,
  options: ActingOptions = {},
): SupplyLink {
  const current = requireLink(store, args.id);
  const { stageTargets, checklist, ...rest } = args.patch;
  const patch: Partial<Record<keyof SupplyLink, OpValue | undefined>> = { ...rest };
  if (stageTargets !== undefined) {
    const keys = new Set(projectStages(store).map((stage) => stage.key));
    const unknown = Object.keys(stageTargets).find((key) => !keys.has(key));
    if (unknown !== undefined) {
      throw new LongmaiError('E_STAGE_NOT_IN_LIST', `no stage ${unknown} in this project`, {
        stage: unknown,
        count: keys.size,
      });
    }
    const sorted = Object.fromEntries(
      Object.entries(stageTargets).sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    patch.stageTargets = JSON.stringify(sorted);
  }
  if (checklist !== undefined) patch.checklist = JSON.stringify([...new Set(checklist)].sort());
  applyAs(store, patchChanges('link', current, patch, args.id), options);
  return requireLink(store, args.id);
}

export function deleteLink(
  store: ProjectStore,
  args: MethodArgs<'link.delete'>,
  options: ActingOptions = {},
): { linkId: string } {
  requireLink(store, args.id);
  applyAs(store, [tombstone('link', args.id)], options);
  return { linkId: args.id };
}
