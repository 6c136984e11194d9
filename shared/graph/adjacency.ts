export interface EdgeLike {
  fromId: string;
  toId: string;
}

/** Outgoing "needs" lists per node id. */
export function buildAdjacency(edges: Iterable<EdgeLike>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const edge of edges) {
    const list = out.get(edge.fromId);
    if (list) list.push(edge.toId);
    else out.set(edge.fromId, [edge.toId]);
  }
  return out;
}
