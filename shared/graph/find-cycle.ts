import { buildAdjacency, type EdgeLike } from './adjacency.js';

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

/**
 * Any cycle in the needs edges, as node ids from its first node round to the same node again
 * (a → b → a), or null when the graph is acyclic. Iterative depth-first search, so a deep
 * chain of 100,000 needs cannot overflow the stack.
 */
export function findAnyCycle(edges: Iterable<EdgeLike>): string[] | null {
  const adjacency = buildAdjacency(edges);
  const colour = new Map<string, number>();
  const parent = new Map<string, string>();
  for (const start of adjacency.keys()) {
    if ((colour.get(start) ?? WHITE) !== WHITE) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    colour.set(start, GREY);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { node: string; next: number };
      const targets = adjacency.get(top.node) ?? [];
      if (top.next >= targets.length) {
        colour.set(top.node, BLACK);
        stack.pop();
        continue;
      }
      const target = targets[top.next++] as string;
      const state = colour.get(target) ?? WHITE;
      if (state === GREY) return cycleFrom(parent, top.node, target);
      if (state === WHITE) {
        colour.set(target, GREY);
        parent.set(target, top.node);
        stack.push({ node: target, next: 0 });
      }
    }
  }
  return null;
}

function cycleFrom(parent: Map<string, string>, last: string, first: string): string[] {
  const path = [last];
  for (let at = last; at !== first;) {
    const up = parent.get(at);
    if (up === undefined) break;
    path.push(up);
    at = up;
  }
  path.reverse();
  return [...path, first];
}
