import { NEED_KINDS, type NeedNode, type NeedsEdge } from '../../../../shared/model/index.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../flow-model.js';

/** Flags per drawn need node. */
export const LIT = 1;
export const SELECTED = 2;

/**
 * The graph packed into typed arrays for drawing on a canvas: built once per change of the
 * data, then every frame only loops over numbers (no objects, no React, no DOM).
 */
export interface OverviewData {
  count: number;
  /** x, y of each need node's top-left corner. */
  xy: Float64Array;
  kind: Uint8Array;
  flags: Uint8Array;
  edgeCount: number;
  /** x1, y1, x2, y2 of each needs edge, from the needing node's right to the needed one's left. */
  edgeXy: Float64Array;
  edgeLit: Uint8Array;
  /** Needs edge ids in the order of `edgeXy`. */
  edgeIds: readonly string[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  /** Node ids in drawing order, for hit-testing a click. */
  ids: readonly string[];
}

/** What drawing the graph needs of it: the arrays, not the ids (a worker keeps these). */
export type OverviewArrays = Pick<
  OverviewData,
  'count' | 'xy' | 'kind' | 'flags' | 'edgeCount' | 'edgeXy' | 'edgeLit'
>;

const KIND_INDEX = new Map(NEED_KINDS.map((kind, index) => [kind, index]));

export function buildOverviewData(
  ids: readonly string[],
  nodes: Readonly<Record<string, NeedNode>>,
  edges: readonly NeedsEdge[],
  lit: ReadonlySet<string> | null,
  selected: ReadonlySet<string>,
): OverviewData {
  const drawn: string[] = [];
  const xy = new Float64Array(ids.length * 2);
  const kind = new Uint8Array(ids.length);
  const flags = new Uint8Array(ids.length);
  const indexOf = new Map<string, number>();
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const id of ids) {
    const node = nodes[id];
    if (!node) continue;
    const i = drawn.length;
    indexOf.set(id, i);
    drawn.push(id);
    xy[i * 2] = node.x;
    xy[i * 2 + 1] = node.y;
    kind[i] = KIND_INDEX.get(node.kind) ?? 0;
    flags[i] = (lit === null || lit.has(id) ? LIT : 0) | (selected.has(id) ? SELECTED : 0);
    if (node.x < minX) minX = node.x;
    if (node.y < minY) minY = node.y;
    if (node.x + NODE_WIDTH > maxX) maxX = node.x + NODE_WIDTH;
    if (node.y + NODE_HEIGHT > maxY) maxY = node.y + NODE_HEIGHT;
  }
  // Sized for every needs edge and cut to those drawn: no growing list of numbers to copy.
  const edgeXy = new Float64Array(edges.length * 4);
  const edgeLit = new Uint8Array(edges.length);
  const edgeIds: string[] = [];
  for (const edge of edges) {
    const from = indexOf.get(edge.fromId);
    const to = indexOf.get(edge.toId);
    if (from === undefined || to === undefined) continue;
    const e = edgeIds.length;
    edgeXy[e * 4] = (xy[from * 2] as number) + NODE_WIDTH;
    edgeXy[e * 4 + 1] = (xy[from * 2 + 1] as number) + NODE_HEIGHT / 2;
    edgeXy[e * 4 + 2] = xy[to * 2] as number;
    edgeXy[e * 4 + 3] = (xy[to * 2 + 1] as number) + NODE_HEIGHT / 2;
    edgeLit[e] = ((flags[from] as number) & (flags[to] as number) & LIT) === LIT ? 1 : 0;
    edgeIds.push(edge.id);
  }
  const empty = drawn.length === 0;
  return {
    count: drawn.length,
    xy,
    kind,
    flags,
    edgeCount: edgeIds.length,
    edgeXy: edgeXy.subarray(0, edgeIds.length * 4),
    edgeLit: edgeLit.subarray(0, edgeIds.length),
    edgeIds,
    bounds: empty ? { minX: 0, minY: 0, maxX: 0, maxY: 0 } : { minX, minY, maxX, maxY },
    ids: drawn,
  };
}

/** The need node under a graph point, or null (last drawn wins, as on screen). */
export function nodeAt(data: OverviewData, x: number, y: number): string | null {
  for (let i = data.count - 1; i >= 0; i--) {
    const left = data.xy[i * 2] as number;
    const top = data.xy[i * 2 + 1] as number;
    if (x >= left && x <= left + NODE_WIDTH && y >= top && y <= top + NODE_HEIGHT) {
      return data.ids[i] ?? null;
    }
  }
  return null;
}
