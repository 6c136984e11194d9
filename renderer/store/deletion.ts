import type { NeedsEdge, SupplyLink } from '../../shared/model/index.js';
import type { DeleteRequest } from './types.js';

interface GraphView {
  nodes: Readonly<Record<string, unknown>>;
  edges: Readonly<Record<string, NeedsEdge>>;
  links: Readonly<Record<string, SupplyLink>>;
}

/**
 * What deleting these need nodes and needs edges takes with it, counted before asking: every
 * needs edge touching a deleted node, every supply link of one, and the chosen edges themselves.
 * Null when nothing that still exists was chosen.
 */
export function deletionImpact(
  graph: GraphView,
  nodeIds: readonly string[],
  edgeIds: readonly string[],
): DeleteRequest | null {
  const nodes = nodeIds.filter((id) => Object.hasOwn(graph.nodes, id));
  const chosenEdges = edgeIds.filter((id) => Object.hasOwn(graph.edges, id));
  if (nodes.length === 0 && chosenEdges.length === 0) return null;
  const doomed = new Set(nodes);
  const goingEdges = new Set(chosenEdges);
  for (const edge of Object.values(graph.edges)) {
    if (doomed.has(edge.fromId) || doomed.has(edge.toId)) goingEdges.add(edge.id);
  }
  const linkCount = Object.values(graph.links).filter((link) => doomed.has(link.nodeId)).length;
  return { nodeIds: nodes, edgeIds: chosenEdges, edgeCount: goingEdges.size, linkCount };
}
