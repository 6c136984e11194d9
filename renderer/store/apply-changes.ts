import type { GraphChangeSet } from '../../shared/ipc/contract.js';
import { indexLinksByNode, omitIds } from './reconcile.js';
import type { AppState } from './types.js';

function upsertAll<T extends { id: string }>(
  record: Readonly<Record<string, T>>,
  entities: readonly T[],
): Readonly<Record<string, T>> {
  if (entities.length === 0) return record;
  const next: Record<string, T> = { ...record };
  for (const entity of entities) next[entity.id] = entity;
  return next;
}

function withIds(
  ids: readonly string[],
  added: readonly { id: string }[],
  removed: ReadonlySet<string>,
  before: Readonly<Record<string, unknown>>,
): readonly string[] {
  const fresh = added.filter((entity) => !Object.hasOwn(before, entity.id)).map((e) => e.id);
  if (fresh.length === 0 && removed.size === 0) return ids;
  const kept = removed.size === 0 ? ids : ids.filter((id) => !removed.has(id));
  return fresh.length === 0 ? kept : [...kept, ...fresh];
}

/**
 * Merge what a batch edit, undo or redo touched into the graph. Records it did not touch keep
 * their identity, so React Flow and the cards skip them; one copy of each record per merge.
 */
export function mergeChangeSet(state: AppState, changes: GraphChangeSet): Partial<AppState> {
  const removedNodes = new Set(changes.removedNodeIds);
  const removedEdges = new Set(changes.removedEdgeIds);
  const nodes = omitIds(upsertAll(state.nodes, changes.nodes), changes.removedNodeIds);
  const edges = omitIds(upsertAll(state.edges, changes.edges), changes.removedEdgeIds);
  const linksChanged = changes.links.length > 0 || changes.removedLinkIds.length > 0;
  const links = omitIds(upsertAll(state.links, changes.links), changes.removedLinkIds);
  const selectedNodeIds = state.selectedNodeIds.filter((id) => !removedNodes.has(id));
  const selectedEdgeIds = state.selectedEdgeIds.filter((id) => !removedEdges.has(id));
  return {
    nodes,
    nodeIds: withIds(state.nodeIds, changes.nodes, removedNodes, state.nodes),
    edges,
    edgeIds: withIds(state.edgeIds, changes.edges, removedEdges, state.edges),
    ...(linksChanged
      ? { links, linkIdsByNode: indexLinksByNode(state.linkIdsByNode, Object.values(links)) }
      : {}),
    ...(selectedNodeIds.length === state.selectedNodeIds.length ? {} : { selectedNodeIds }),
    ...(selectedEdgeIds.length === state.selectedEdgeIds.length ? {} : { selectedEdgeIds }),
  };
}
