import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode, LayoutOptions } from 'elkjs/lib/elk-api.js';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

export interface LayoutEdge {
  source: string;
  target: string;
}

export interface LaidOut {
  id: string;
  x: number;
  y: number;
}

/**
 * ELK's layered (Sugiyama) layout with its quickest settings: a need graph reads left to right
 * from the systems to the four foundations; straight edges (React Flow draws its own, so no
 * costly routing), one sweep of crossing reduction, simple node placement.
 */
export const FAST_LAYERED: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.layering.strategy': 'LONGEST_PATH',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.thoroughness': '1',
  'elk.layered.nodePlacement.strategy': 'SIMPLE',
  'elk.layered.compaction.postCompaction.strategy': 'NONE',
  'elk.layered.cycleBreaking.strategy': 'GREEDY',
  'elk.separateConnectedComponents': 'true',
  'elk.spacing.nodeNode': '16',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.componentComponent': '60',
};

export async function layoutGraph(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): Promise<LaidOut[]> {
  const known = new Set(nodes.map((node) => node.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: FAST_LAYERED,
    children: nodes.map((node) => ({ ...node })),
    edges: edges
      .filter((edge) => known.has(edge.source) && known.has(edge.target))
      .map((edge, index) => ({
        id: `e${String(index)}`,
        sources: [edge.source],
        targets: [edge.target],
      })),
  };
  const result = await new ELK().layout(graph);
  return (result.children ?? []).map((child) => ({
    id: child.id,
    x: Math.round(child.x ?? 0),
    y: Math.round(child.y ?? 0),
  }));
}
