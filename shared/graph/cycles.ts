import { buildAdjacency, type EdgeLike } from './adjacency.js';

/**
 * If adding `fromId needs toId` would close a cycle, return the cycle as node ids, starting
 * and ending at `fromId` (fromId → toId → … → fromId); otherwise null.
 */
export function findCycleThrough(
  edges: Iterable<EdgeLike>,
  fromId: string,
  toId: string,
): string[] | null {
  if (fromId === toId) return [fromId, fromId];
  const adjacency = buildAdjacency(edges);
  const parent = new Map<string, string>();
  const queue: string[] = [toId];
  const seen = new Set<string>([toId]);
  for (let i = 0; i < queue.length; i++) {
    const current = queue[i] as string;
    if (current === fromId) {
      const path: string[] = [];
      for (let at: string | undefined = fromId; at !== undefined; at = parent.get(at)) {
        path.push(at);
      }
      path.reverse(); // toId … fromId
      return [fromId, ...path];
    }
    for (const next of adjacency.get(current) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        parent.set(next, current);
        queue.push(next);
      }
    }
  }
  return null;
}
