import type { EdgeLike } from './adjacency.js';

/** Needs edges indexed both ways, built once per graph and reused by every question. */
export interface GraphIndex {
  /** What each need node needs (its upstream neighbours). */
  needs: ReadonlyMap<string, readonly string[]>;
  /** What needs each need node (its downstream neighbours). */
  neededBy: ReadonlyMap<string, readonly string[]>;
}

export function indexGraph(edges: Iterable<EdgeLike>): GraphIndex {
  const needs = new Map<string, string[]>();
  const neededBy = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const edge of edges) {
    push(needs, edge.fromId, edge.toId);
    push(neededBy, edge.toId, edge.fromId);
  }
  return { needs, neededBy };
}

/**
 * Every need node reachable from the start nodes, the start nodes included. Upstream follows
 * "needs" (a bogie → its bearing → bearing steel); downstream follows "needed by".
 */
export function reachable(
  index: GraphIndex,
  startIds: Iterable<string>,
  direction: 'upstream' | 'downstream',
): Set<string> {
  const next = direction === 'upstream' ? index.needs : index.neededBy;
  const seen = new Set<string>(startIds);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const neighbour of next.get(queue[i] as string) ?? []) {
      if (!seen.has(neighbour)) {
        seen.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return seen;
}

/**
 * Need nodes hidden by collapsing: those every path to which, from the nodes nothing needs,
 * runs through a collapsed node. A collapsed node itself stays visible; a node something else
 * still reaches stays visible too. Nodes on a cycle no root reaches stay visible.
 */
export function hiddenByCollapse(
  index: GraphIndex,
  nodeIds: Iterable<string>,
  collapsed: ReadonlySet<string>,
): Set<string> {
  if (collapsed.size === 0) return new Set();
  const all = [...nodeIds];
  const roots = all.filter((id) => (index.neededBy.get(id)?.length ?? 0) === 0);
  const visible = new Set<string>(roots);
  const queue = [...roots];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    if (collapsed.has(id)) continue;
    for (const needed of index.needs.get(id) ?? []) {
      if (!visible.has(needed)) {
        visible.add(needed);
        queue.push(needed);
      }
    }
  }
  const underCollapsed = reachable(index, collapsed, 'upstream');
  return new Set(all.filter((id) => !visible.has(id) && underCollapsed.has(id)));
}

/** How many need nodes a collapsed node folds away (its own hidden upstream). */
export function countHiddenUnder(
  index: GraphIndex,
  id: string,
  hidden: ReadonlySet<string>,
): number {
  let count = 0;
  for (const each of reachable(index, [id], 'upstream')) if (hidden.has(each)) count++;
  return count;
}
