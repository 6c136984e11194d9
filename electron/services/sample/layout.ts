import type { SampleNeed, SampleNode } from './types.js';

/** Horizontal distance between the sub-columns of one level, in pixels (cards are 200 wide). */
export const SUB_COLUMN_SPACING = 240;
/** Horizontal distance from a level's last sub-column to the next level's first one. */
export const LEVEL_SPACING = 300;
/** Vertical distance between rows (cards are 64 high). */
export const ROW_SPACING = 90;
/**
 * The most rows a level may take before it splits into sub-columns. The sample's levels hold
 * up to 37 need nodes: one column each made the first "fit view" a thin, unreadable strip.
 * At 14 rows the whole sample fits a 1280×800 window at zoom 0.45 or more; at 12 it would
 * need two more sub-columns and no longer fit.
 */
export const MAX_ROWS = 14;

export function needKey(need: SampleNeed): string {
  return typeof need === 'string' ? need : need[0];
}

/** Level = longest "needs" path from a root, so every edge runs left to right. */
function levels(nodes: readonly SampleNode[]): Map<string, number> {
  const level = new Map(nodes.map((node) => [node.key, 0]));
  const indegree = new Map(nodes.map((node) => [node.key, 0]));
  for (const node of nodes) {
    for (const need of node.needs ?? []) {
      indegree.set(needKey(need), (indegree.get(needKey(need)) ?? 0) + 1);
    }
  }
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  const queue = nodes.filter((node) => indegree.get(node.key) === 0).map((node) => node.key);
  for (let i = 0; i < queue.length; i++) {
    const key = queue[i] as string;
    for (const need of byKey.get(key)?.needs ?? []) {
      const child = needKey(need);
      level.set(child, Math.max(level.get(child) ?? 0, (level.get(key) ?? 0) + 1));
      const left = (indegree.get(child) ?? 0) - 1;
      indegree.set(child, left);
      if (left === 0) queue.push(child);
    }
  }
  return level;
}

/** Who needs each node (its parents) and what each node needs (its children). */
function neighbours(nodes: readonly SampleNode[]) {
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    const needed = (node.needs ?? []).map(needKey);
    children.set(node.key, needed);
    for (const key of needed) parents.set(key, [...(parents.get(key) ?? []), node.key]);
  }
  return { parents, children };
}

interface Position {
  x: number;
  y: number;
}

function columnsFor(count: number): number {
  return Math.max(1, Math.ceil(count / MAX_ROWS));
}

/**
 * One level's need nodes in reading order: by the average height of their neighbours on one
 * side (the barycentre), so each sits across from them; a node without such neighbours keeps
 * its height, and ties keep the order they had.
 */
function orderLevel(
  keys: readonly string[],
  neighboursOf: ReadonlyMap<string, string[]>,
  placed: ReadonlyMap<string, Position>,
): string[] {
  return keys
    .map((key, order) => {
      const ys = (neighboursOf.get(key) ?? []).map((other) => placed.get(other)?.y ?? 0);
      const own = placed.get(key)?.y ?? 0;
      const centre = ys.length > 0 ? ys.reduce((a, b) => a + b, 0) / ys.length : own;
      return { key, order, centre };
    })
    .sort((a, b) => a.centre - b.centre || a.order - b.order)
    .map(({ key }) => key);
}

/** A level as a block at `left`: filled row by row across its sub-columns, centred on y = 0. */
function placeLevel(keys: readonly string[], left: number, positions: Map<string, Position>): void {
  const columns = columnsFor(keys.length);
  const rows = Math.ceil(keys.length / columns);
  keys.forEach((key, index) => {
    positions.set(key, {
      x: left + (index % columns) * SUB_COLUMN_SPACING,
      y: (Math.floor(index / columns) - (rows - 1) / 2) * ROW_SPACING,
    });
  });
}

/** Sweeps down the levels, with one up between them: the sample's crossings settle after two. */
const SWEEPS = 2;

/**
 * Tidy, deterministic positions without auto-layout. Each level is a block of at most
 * MAX_ROWS rows across as many sub-columns as it needs. Sweeping down the levels orders each
 * by its parents' heights, sweeping up by its children's (the barycentre heuristic of layered
 * layout), so most needs edges run nearly level and few cross; the last sweep runs down, so
 * children sit across from the nodes that need them.
 */
export function layoutSample(nodes: readonly SampleNode[]): Map<string, Position> {
  const level = levels(nodes);
  const { parents, children } = neighbours(nodes);
  const deepest = Math.max(...level.values());
  const order = Array.from({ length: deepest + 1 }, (_, depth) =>
    nodes.filter((node) => level.get(node.key) === depth).map((node) => node.key),
  );
  const lefts: number[] = [];
  let left = 0;
  for (const keys of order) {
    lefts.push(left);
    left += (columnsFor(keys.length) - 1) * SUB_COLUMN_SPACING + LEVEL_SPACING;
  }
  const positions = new Map<string, Position>();
  const sweep = (depth: number, neighboursOf: ReadonlyMap<string, string[]>) => {
    const keys = orderLevel(order[depth] ?? [], neighboursOf, positions);
    order[depth] = keys;
    placeLevel(keys, lefts[depth] ?? 0, positions);
  };
  order.forEach((keys, depth) => placeLevel(keys, lefts[depth] ?? 0, positions));
  for (let round = 0; round < SWEEPS; round++) {
    if (round > 0) for (let depth = deepest - 1; depth >= 0; depth--) sweep(depth, children);
    for (let depth = 1; depth <= deepest; depth++) sweep(depth, parents);
  }
  return positions;
}
