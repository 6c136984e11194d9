import { NEED_KINDS, type NeedNode, type NeedsEdge } from '../../../../shared/model/index.js';
import { NODE_HEIGHT, NODE_WIDTH } from '../node-size.js';

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
  /**
   * The needing and the needed need node of each needs edge, as indexes into `xy`. Only the
   * workers that draw edges turn them into lines (`edgeLines`): the page has no use for them.
   */
  edgeEnds: Int32Array;
  /** Needs edge ids in the order of `edgeEnds`. */
  edgeIds: readonly string[];
  bounds: { minX: number; minY: number; maxX: number; maxY: number };
  /** Node ids in drawing order, for hit-testing a click. */
  ids: readonly string[];
}

/** Each needs edge's line and whether both its ends are lit, derived from its ends. */
export interface EdgeLines {
  /** x1, y1, x2, y2 of each needs edge, from the needing node's right to the needed one's left. */
  edgeXy: Float64Array;
  edgeLit: Uint8Array;
}

/** What drawing the graph needs of it: the arrays, not the ids (a worker keeps these). */
export type OverviewArrays = Pick<OverviewData, 'count' | 'xy' | 'kind' | 'flags' | 'edgeCount'> &
  EdgeLines;

const KIND_INDEX = new Map(NEED_KINDS.map((kind, index) => [kind, index]));

/** Which need nodes are drawn and which needs edges join which of them: unchanged by a move. */
interface Shape {
  ids: readonly string[];
  edges: readonly NeedsEdge[];
  /** The ids that were need nodes when the shape was taken. */
  drawn: readonly string[];
  /** The two ends of each drawn needs edge, as indexes into `drawn`. */
  ends: Int32Array;
  edgeIds: readonly string[];
}

let lastShape: Shape | null = null;

/**
 * The shape for these ids and needs edges; the last one again when only positions changed, as
 * after a layout or a drag: indexing 10,000 ids and looking up both ends of every needs edge
 * cost more than packing the positions.
 */
function shapeOf(
  ids: readonly string[],
  nodes: Readonly<Record<string, NeedNode>>,
  edges: readonly NeedsEdge[],
): Shape {
  const known = lastShape;
  if (
    known?.ids === ids &&
    known.edges === edges &&
    known.drawn.length === ids.length &&
    ids.every((id) => nodes[id] !== undefined)
  ) {
    return known;
  }
  const drawn = ids.filter((id) => nodes[id] !== undefined);
  const indexOf = new Map(drawn.map((id, index) => [id, index]));
  lastShape = packShape(ids, edges, drawn, (edge, _e, end) =>
    indexOf.get(end === 0 ? edge.fromId : edge.toId),
  );
  return lastShape;
}

/**
 * The shape with each needs edge whose two ends are drawn, `endOf` giving an end's index into
 * `drawn` (undefined or negative when it is not drawn).
 */
function packShape(
  ids: readonly string[],
  edges: readonly NeedsEdge[],
  drawn: readonly string[],
  endOf: (edge: NeedsEdge, e: number, end: 0 | 1) => number | undefined,
): Shape {
  // Sized for every needs edge and cut to those drawn: no growing list of numbers to copy.
  const ends = new Int32Array(edges.length * 2);
  const edgeIds: string[] = [];
  edges.forEach((edge, e) => {
    const from = endOf(edge, e, 0) ?? -1;
    const to = endOf(edge, e, 1) ?? -1;
    if (from < 0 || to < 0) return;
    ends[edgeIds.length * 2] = from;
    ends[edgeIds.length * 2 + 1] = to;
    edgeIds.push(edge.id);
  });
  return { ids, edges, drawn, ends: ends.subarray(0, edgeIds.length * 2), edgeIds };
}

/**
 * Remembers the shape of a graph whose needs edges' ends are already known as indexes into
 * `ids` (`ends`: from and to of edge `e` at `2e` and `2e + 1`, -1 for one that is not a need
 * node), as the opening's columns give them: its first drawing data then skips listing the
 * ids and looking up 30,000 ends by id (it is still used only while every id is a need node's).
 */
export function rememberShape(
  ids: readonly string[],
  edges: readonly NeedsEdge[],
  ends: Int32Array,
): void {
  lastShape = packShape(ids, edges, ids, (_edge, e, end) => ends[e * 2 + end]);
}

export function buildOverviewData(
  ids: readonly string[],
  nodes: Readonly<Record<string, NeedNode>>,
  edges: readonly NeedsEdge[],
  lit: ReadonlySet<string> | null,
  selected: ReadonlySet<string>,
): OverviewData {
  const { drawn, ends, edgeIds } = shapeOf(ids, nodes, edges);
  const count = drawn.length;
  const xy = new Float64Array(count * 2);
  const kind = new Uint8Array(count);
  const flags = new Uint8Array(count);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < count; i++) {
    const id = drawn[i] as string;
    const node = nodes[id] as NeedNode;
    xy[i * 2] = node.x;
    xy[i * 2 + 1] = node.y;
    kind[i] = KIND_INDEX.get(node.kind) ?? 0;
    flags[i] = (lit === null || lit.has(id) ? LIT : 0) | (selected.has(id) ? SELECTED : 0);
    if (node.x < minX) minX = node.x;
    if (node.y < minY) minY = node.y;
    if (node.x + NODE_WIDTH > maxX) maxX = node.x + NODE_WIDTH;
    if (node.y + NODE_HEIGHT > maxY) maxY = node.y + NODE_HEIGHT;
  }
  return {
    count,
    xy,
    kind,
    flags,
    edgeCount: edgeIds.length,
    edgeEnds: ends,
    edgeIds,
    bounds: count === 0 ? { minX: 0, minY: 0, maxX: 0, maxY: 0 } : { minX, minY, maxX, maxY },
    ids: drawn,
  };
}

/**
 * Each needs edge's line, from the needing node's right to the needed one's left, and whether
 * both its ends are lit: derived from the need nodes by the workers that draw them.
 */
export function edgeLines(xy: Float64Array, flags: Uint8Array, ends: Int32Array): EdgeLines {
  const edgeCount = ends.length / 2;
  const edgeXy = new Float64Array(edgeCount * 4);
  const edgeLit = new Uint8Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const from = ends[e * 2] as number;
    const to = ends[e * 2 + 1] as number;
    edgeXy[e * 4] = (xy[from * 2] as number) + NODE_WIDTH;
    edgeXy[e * 4 + 1] = (xy[from * 2 + 1] as number) + NODE_HEIGHT / 2;
    edgeXy[e * 4 + 2] = xy[to * 2] as number;
    edgeXy[e * 4 + 3] = (xy[to * 2 + 1] as number) + NODE_HEIGHT / 2;
    edgeLit[e] = ((flags[from] as number) & (flags[to] as number) & LIT) === LIT ? 1 : 0;
  }
  return { edgeXy, edgeLit };
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
