import type { LaidOut, LayoutEdge, LayoutNode } from './elk-layout.js';

const LAYER_GAP = 100;
const ROW_GAP = 16;
const COLUMN_GAP = 40;
const SWEEPS = 4;

/** Layers by longest path from the need nodes nothing needs (Kahn's order); cycles end up last. */
function layersOf(
  ids: readonly string[],
  out: Map<string, string[]>,
  indegree: Map<string, number>,
) {
  const layer = new Map<string, number>();
  const queue = ids.filter((id) => (indegree.get(id) ?? 0) === 0);
  for (const id of queue) layer.set(id, 0);
  const remaining = new Map(indegree);
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    const next = (layer.get(id) ?? 0) + 1;
    for (const target of out.get(id) ?? []) {
      layer.set(target, Math.max(layer.get(target) ?? 0, next));
      const left = (remaining.get(target) ?? 1) - 1;
      remaining.set(target, left);
      if (left === 0) queue.push(target);
    }
  }
  for (const id of ids) if (!layer.has(id)) layer.set(id, 0);
  return layer;
}

/** Reorder each layer by the mean position of its neighbours in the layer before it. */
function sweep(layers: string[][], neighbours: Map<string, string[]>, downwards: boolean): void {
  const position = new Map<string, number>();
  const order = downwards ? layers : [...layers].reverse();
  for (const [index, layer] of order.entries()) {
    if (index > 0) {
      const centre = new Map<string, number>();
      for (const [at, id] of layer.entries()) {
        const around = (neighbours.get(id) ?? []).filter((n) => position.has(n));
        const mean =
          around.length > 0
            ? around.reduce((sum, n) => sum + (position.get(n) ?? 0), 0) / around.length
            : at;
        centre.set(id, mean);
      }
      layer.sort((a, b) => (centre.get(a) ?? 0) - (centre.get(b) ?? 0));
    }
    for (const [at, id] of layer.entries()) position.set(id, at);
  }
}

/**
 * A layered (Sugiyama-style) layout that stays fast at 20,000 need nodes: longest-path
 * layering, barycentre sweeps against crossings, and layers too tall for a screen wrapped into
 * side-by-side sub-columns, so the picture keeps a readable shape.
 */
export function fastLayered(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  onPhase: (phase: 'layering' | 'ordering' | 'placing') => void = () => {},
): LaidOut[] {
  const ids = nodes.map((node) => node.id);
  const known = new Set(ids);
  const out = new Map<string, string[]>();
  const around = new Map<string, string[]>();
  const indegree = new Map<string, number>();
  for (const { source, target } of edges) {
    if (!known.has(source) || !known.has(target) || source === target) continue;
    (out.get(source) ?? out.set(source, []).get(source))?.push(target);
    (around.get(source) ?? around.set(source, []).get(source))?.push(target);
    (around.get(target) ?? around.set(target, []).get(target))?.push(source);
    indegree.set(target, (indegree.get(target) ?? 0) + 1);
  }
  onPhase('layering');
  const layerOf = layersOf(ids, out, indegree);
  const layers: string[][] = [];
  for (const id of ids) (layers[layerOf.get(id) ?? 0] ??= []).push(id);
  onPhase('ordering');
  const dense = layers.filter(Boolean);
  for (let i = 0; i < SWEEPS; i++) sweep(dense, around, i % 2 === 0);
  onPhase('placing');
  const size = new Map(nodes.map((node) => [node.id, node]));
  const rowsPerColumn = Math.max(30, Math.ceil(Math.sqrt(nodes.length) * 1.5));
  const placed: LaidOut[] = [];
  let x = 0;
  for (const layer of dense) {
    const width = Math.max(...layer.map((id) => size.get(id)?.width ?? 0));
    const height = Math.max(...layer.map((id) => size.get(id)?.height ?? 0));
    const columns = Math.ceil(layer.length / rowsPerColumn);
    const rows = Math.ceil(layer.length / columns);
    for (const [at, id] of layer.entries()) {
      placed.push({
        id,
        x: x + Math.floor(at / rows) * (width + COLUMN_GAP),
        y: (at % rows) * (height + ROW_GAP),
      });
    }
    x += columns * (width + COLUMN_GAP) - COLUMN_GAP + LAYER_GAP;
  }
  return placed;
}
