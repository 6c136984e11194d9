import type { SampleNeed, SampleNode } from './types.js';

/** Horizontal distance between levels and vertical distance between nodes, in pixels. */
export const LEVEL_SPACING = 260;
export const ROW_SPACING = 90;

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

/**
 * Tidy positions without auto-layout: one column per level, and within a column nodes
 * ordered by the average row of the nodes that need them, centred on y = 0.
 */
export function layoutSample(nodes: readonly SampleNode[]): Map<string, { x: number; y: number }> {
  const level = levels(nodes);
  const parents = new Map<string, string[]>();
  for (const node of nodes) {
    for (const need of node.needs ?? []) {
      parents.set(needKey(need), [...(parents.get(needKey(need)) ?? []), node.key]);
    }
  }
  const row = new Map<string, number>();
  const positions = new Map<string, { x: number; y: number }>();
  const deepest = Math.max(...level.values());
  for (let depth = 0; depth <= deepest; depth++) {
    const column = nodes
      .map((node, order) => {
        const rows = (parents.get(node.key) ?? []).map((p) => row.get(p) ?? 0);
        const centre = rows.length > 0 ? rows.reduce((a, b) => a + b, 0) / rows.length : order;
        return { key: node.key, order, centre };
      })
      .filter(({ key }) => level.get(key) === depth)
      .sort((a, b) => a.centre - b.centre || a.order - b.order);
    column.forEach(({ key }, index) => {
      row.set(key, index);
      positions.set(key, {
        x: depth * LEVEL_SPACING,
        y: (index - (column.length - 1) / 2) * ROW_SPACING,
      });
    });
  }
  return positions;
}
