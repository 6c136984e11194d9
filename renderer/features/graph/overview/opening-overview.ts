import type { NeedNode, NeedsEdge } from '../../../../shared/model/entities.js';
import { buildOverviewData, rememberShape, type OverviewData } from './overview-data.js';

/** The opening graph's drawing data, made before the view first renders (see main.tsx). */
interface Primed {
  nodeIds: readonly string[];
  nodes: Readonly<Record<string, NeedNode>>;
  edges: Readonly<Record<string, NeedsEdge>>;
  edgeList: readonly NeedsEdge[];
  data: OverviewData;
}

let primed: Primed | null = null;

/** The opening graph as project.load's columns give it (see store/graph-contents.ts). */
export interface OpeningGraph {
  nodeIds: readonly string[];
  nodes: Readonly<Record<string, NeedNode>>;
  edges: Readonly<Record<string, NeedsEdge>>;
  /** The needs edges, listed in the order of `edgeEnds`: listing a 15,000-key record is slow. */
  edgeList: readonly NeedsEdge[];
  /** Both ends of each needs edge as indexes into `nodeIds` (-1: not a need node). */
  edgeEnds: Int32Array;
}

/**
 * Builds the drawing data of the graph a window opens with while the page's thread waits for
 * the app's code to compile, for useOverviewData to take instead of building it in the view's
 * first render: that render is what the opening waits for.
 */
export function primeOpeningOverview(graph: OpeningGraph): void {
  const { nodeIds, nodes, edges, edgeList, edgeEnds } = graph;
  rememberShape(nodeIds, edgeList, edgeEnds);
  const data = buildOverviewData(nodeIds, nodes, edgeList, null, new Set());
  // Only what the handover compares: the caller may pass the whole opening graph.
  primed = { nodeIds, nodes, edges, edgeList, data };
}

/** The primed list of these needs edges, if they are the opening graph's. */
export function primedEdgeList(
  edges: Readonly<Record<string, NeedsEdge>>,
): readonly NeedsEdge[] | null {
  return primed?.edges === edges ? primed.edgeList : null;
}

/**
 * The primed drawing data, if it is what these arguments of buildOverviewData would build.
 * Handed over once: after that the view keeps it, and holding on to it here would keep the
 * opening graph's records alive after the graph has changed.
 */
export function primedOverview(
  ids: readonly string[],
  nodes: Readonly<Record<string, NeedNode>>,
  edgeList: readonly NeedsEdge[],
  lit: ReadonlySet<string> | null,
  selected: readonly string[],
): OverviewData | null {
  const known = primed;
  const same =
    known !== null &&
    known.nodeIds === ids &&
    known.nodes === nodes &&
    known.edgeList === edgeList &&
    lit === null &&
    selected.length === 0;
  if (!same) return null;
  primed = null;
  return known.data;
}
