import type { MethodArgs } from '../../../shared/ipc/contract.js';
import type { NeedNode } from '../../../shared/model/entities.js';
import type { FieldChange } from '../../../shared/sync/ops.js';
import { recordEdit } from '../history/index.js';
import { newId } from '../ids.js';
import type { ProjectStore } from '../store/index.js';
import { creationChanges, patchChanges, tombstone } from './changes.js';
import { requireNode } from './require.js';

export function createNode(store: ProjectStore, args: MethodArgs<'node.create'>): NeedNode {
  const id = newId();
  recordEdit(
    store,
    { action: 'createNode', count: 1 },
    creationChanges('node', id, {
      kind: args.kind,
      name: args.name,
      code: args.code ?? '',
      spec: args.spec ?? '',
      keyItem: args.keyItem ?? false,
      ownerPartyId: store.project().makerPartyId,
      notes: args.notes ?? '',
      x: args.x,
      y: args.y,
    }),
  );
  return requireNode(store, id);
}

export function updateNode(store: ProjectStore, args: MethodArgs<'node.update'>): NeedNode {
  const current = requireNode(store, args.id);
  recordEdit(
    store,
    { action: 'updateNode', count: 1 },
    patchChanges('node', current, args.patch, args.id),
  );
  return requireNode(store, args.id);
}

/** Moves are all-or-nothing: one unknown id refuses the whole batch. */
export function moveNodes(store: ProjectStore, args: MethodArgs<'node.move'>): { moved: number } {
  const changes: FieldChange[] = [];
  const nodes = store.nodesById(args.positions.map((position) => position.id));
  for (const { id, x, y } of args.positions) {
    const node = nodes.get(id) ?? requireNode(store, id);
    if (node.x !== x) changes.push({ entity: 'node', entityId: id, field: 'x', value: x });
    if (node.y !== y) changes.push({ entity: 'node', entityId: id, field: 'y', value: y });
  }
  const action = args.reason === 'layout' ? 'layout' : 'moveNodes';
  recordEdit(store, { action, count: args.positions.length }, changes);
  return { moved: args.positions.length };
}

/** A node's needs edges and supply links go with it, tombstoned in the same transaction. */
export function deleteNode(
  store: ProjectStore,
  args: MethodArgs<'node.delete'>,
): { nodeId: string; edgeIds: string[]; linkIds: string[] } {
  requireNode(store, args.id);
  const edgeIds = store.edgeIdsTouching(args.id);
  const linkIds = store.linkIdsOfNode(args.id);
  recordEdit(store, { action: 'deleteItems', count: 1 }, [
    ...edgeIds.map((id) => tombstone('edge', id)),
    ...linkIds.map((id) => tombstone('link', id)),
    tombstone('node', args.id),
  ]);
  return { nodeId: args.id, edgeIds, linkIds };
}
