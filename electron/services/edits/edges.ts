import { findCycleThrough } from '../../../shared/graph/cycles.js';
import type { MethodArgs } from '../../../shared/ipc/contract.js';
import { LongmaiError } from '../../../shared/ipc/errors.js';
import type { NeedsEdge } from '../../../shared/model/entities.js';
import { recordEdit } from '../history/index.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { creationChanges, patchChanges, tombstone } from './changes.js';
import { requireEdge, requireNode } from './require.js';

/** Refuse an edge that would loop, repeat, or close a cycle; the refusal names the cycle. */
export function checkNewEdge(store: ProjectStore, fromId: string, toId: string): void {
  const from = requireNode(store, fromId);
  const to = requireNode(store, toId);
  if (fromId === toId) {
    throw new LongmaiError('E_SELF_LOOP', `${from.name} cannot need itself`, { name: from.name });
  }
  if (store.edgeIdBetween(fromId, toId) !== null) {
    throw new LongmaiError('E_DUPLICATE_EDGE', `${from.name} already needs ${to.name}`, {
      from: from.name,
      to: to.name,
    });
  }
  const cycleIds = findCycleThrough(store.edgePairs(), fromId, toId);
  if (cycleIds) {
    const cycle = cycleIds.map((id) => store.node(id)?.name ?? id);
    throw new LongmaiError('E_CYCLE', `this edge would close a cycle: ${cycle.join(' → ')}`, {
      cycle,
    });
  }
}

export function createEdge(store: ProjectStore, args: MethodArgs<'edge.create'>): NeedsEdge {
  checkNewEdge(store, args.fromId, args.toId);
  const id = newId();
  recordEdit(
    store,
    { action: 'createEdge', count: 1 },
    creationChanges('edge', id, {
      fromId: args.fromId,
      toId: args.toId,
      quantity: args.quantity ?? null,
      unit: args.unit ?? '',
      ownerPartyId: store.project().makerPartyId,
    }),
  );
  return requireEdge(store, id);
}

export function updateEdge(store: ProjectStore, args: MethodArgs<'edge.update'>): NeedsEdge {
  const current = requireEdge(store, args.id);
  recordEdit(
    store,
    { action: 'updateEdge', count: 1 },
    patchChanges('edge', current, args.patch, args.id),
  );
  return requireEdge(store, args.id);
}

export function deleteEdge(
  store: ProjectStore,
  args: MethodArgs<'edge.delete'>,
): { edgeId: string } {
  requireEdge(store, args.id);
  recordEdit(store, { action: 'deleteItems', count: 1 }, [tombstone('edge', args.id)]);
  return { edgeId: args.id };
}
