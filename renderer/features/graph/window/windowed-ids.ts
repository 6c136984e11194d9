import type { NeedsEdge } from '../../../../shared/model/index.js';

/** Each need node's needs edges, both ways, for finding the edges of a window's nodes. */
export function edgeIdsByNode(edges: Readonly<Record<string, NeedsEdge>>): Map<string, string[]> {
  const byNode = new Map<string, string[]>();
  const push = (nodeId: string, edgeId: string) => {
    const list = byNode.get(nodeId);
    if (list) list.push(edgeId);
    else byNode.set(nodeId, [edgeId]);
  };
  for (const edge of Object.values(edges)) {
    push(edge.fromId, edge.id);
    if (edge.toId !== edge.fromId) push(edge.toId, edge.id);
  }
  return byNode;
}

/**
 * What React Flow gets for a window: the need nodes in it, every needs edge with an end in
 * it, and the far end of such an edge (so an edge running into view is still drawn; `farEnds`
 * lists those ends, which lie outside the window). Edges to
 * a need node folded under a collapsed one are left out, as that node is.
 */
export function windowedIds(
  inWindow: readonly string[],
  byNode: ReadonlyMap<string, readonly string[]>,
  edges: Readonly<Record<string, NeedsEdge>>,
  hidden: ReadonlySet<string>,
): { nodeIds: string[]; edgeIds: string[]; farEnds: ReadonlySet<string> } {
  const nodes = new Set(inWindow);
  const farEnds: string[] = [];
  const edgeIds: string[] = [];
  const seen = new Set<string>();
  for (const id of inWindow) {
    for (const edgeId of byNode.get(id) ?? []) {
      const edge = edges[edgeId];
      if (!edge || seen.has(edgeId) || hidden.has(edge.fromId) || hidden.has(edge.toId)) continue;
      seen.add(edgeId);
      edgeIds.push(edgeId);
      const other = edge.fromId === id ? edge.toId : edge.fromId;
      if (!nodes.has(other)) {
        nodes.add(other);
        farEnds.push(other);
      }
    }
  }
  return {
    nodeIds: farEnds.length === 0 ? [...inWindow] : [...inWindow, ...farEnds],
    edgeIds,
    farEnds: new Set(farEnds),
  };
}
