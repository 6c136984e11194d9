import type { ProjectSnapshot } from '../../shared/model/entities.js';
import {
  edgeEndIndexes,
  expandSnapshot,
  type SnapshotColumns,
} from '../../shared/model/snapshot-columns.js';
import { indexLinksByNode, reconcileEntities } from './reconcile.js';
import type { AppState } from './types.js';

// Kept apart from the store's slices, which import the i18n catalogs and the services'
// contract: main.tsx imports this module to prepare the opening graph (store/opening.ts).

/** The need nodes, needs edges, parties and supply links, by id and in order. */
type GraphRecords =
  'nodes' | 'nodeIds' | 'edges' | 'edgeIds' | 'parties' | 'links' | 'linkIdsByNode';

/** The state a project's snapshot fills in. */
export type GraphContents = Pick<
  AppState,
  GraphRecords | 'projectMeta' | 'transitions' | 'evidence'
>;

/** What merging a snapshot reads: the graph so far, and the selection it may have to shrink. */
export type MergeBase = Pick<AppState, GraphRecords | 'selectedNodeIds' | 'selectedEdgeIds'>;

/** No project's graph. Its records are kept by identity, so an empty graph is easy to tell. */
export const EMPTY_GRAPH = {
  projectMeta: null,
  nodes: {},
  nodeIds: [],
  edges: {},
  edgeIds: [],
  parties: {},
  links: {},
  linkIdsByNode: {},
} satisfies Partial<GraphContents>;

const byId = <T extends { id: string }>(rows: readonly T[]): Record<string, T> =>
  Object.fromEntries(rows.map((row) => [row.id, row]));

/** The history part of a loaded snapshot (the graph slice takes the rest). */
export function qualificationOfSnapshot(
  snapshot: ProjectSnapshot,
): Pick<GraphContents, 'transitions' | 'evidence'> {
  return { transitions: byId(snapshot.transitions), evidence: byId(snapshot.evidence) };
}

/** The snapshot merged into the current graph, keeping every unchanged entity as it was. */
export function mergeSnapshot(
  state: MergeBase,
  snapshot: ProjectSnapshot,
): GraphContents & Partial<Pick<AppState, 'selectedNodeIds' | 'selectedEdgeIds'>> {
  const nodes = reconcileEntities({ byId: state.nodes, ids: state.nodeIds }, snapshot.nodes);
  const edges = reconcileEntities({ byId: state.edges, ids: state.edgeIds }, snapshot.edges);
  const parties = reconcileEntities(
    { byId: state.parties, ids: Object.keys(state.parties) },
    snapshot.parties,
  );
  const links = reconcileEntities(
    { byId: state.links, ids: Object.keys(state.links) },
    snapshot.links,
  );
  const keep = (id: string): boolean => Object.hasOwn(nodes.byId, id);
  const keepEdge = (id: string): boolean => Object.hasOwn(edges.byId, id);
  const selectedNodeIds = state.selectedNodeIds.filter(keep);
  const selectedEdgeIds = state.selectedEdgeIds.filter(keepEdge);
  return {
    projectMeta: snapshot.project,
    nodes: nodes.byId,
    nodeIds: nodes.ids,
    edges: edges.byId,
    edgeIds: edges.ids,
    parties: parties.byId,
    links: links.byId,
    linkIdsByNode: indexLinksByNode(state.linkIdsByNode, snapshot.links),
    ...qualificationOfSnapshot(snapshot),
    ...(selectedNodeIds.length === state.selectedNodeIds.length ? {} : { selectedNodeIds }),
    ...(selectedEdgeIds.length === state.selectedEdgeIds.length ? {} : { selectedEdgeIds }),
  };
}

/** Whether the store holds no graph and no selection (a window's start, or after clearGraph). */
export function holdsNoGraph(state: MergeBase): boolean {
  return (
    state.nodes === EMPTY_GRAPH.nodes &&
    state.edges === EMPTY_GRAPH.edges &&
    state.parties === EMPTY_GRAPH.parties &&
    state.links === EMPTY_GRAPH.links &&
    state.linkIdsByNode === EMPTY_GRAPH.linkIdsByNode &&
    state.selectedNodeIds.length === 0 &&
    state.selectedEdgeIds.length === 0
  );
}

/**
 * A window's first graph, ready to go into the store: the snapshot, and what merging it into a
 * store that holds no graph gives.
 */
export interface OpenedGraph {
  snapshot: ProjectSnapshot;
  contents: GraphContents;
  /** Both ends of each of `snapshot.edges` as indexes into `contents.nodeIds` (edgeEndIndexes). */
  edgeEnds: Int32Array;
}

const NO_GRAPH: MergeBase = {
  ...EMPTY_GRAPH,
  selectedNodeIds: [],
  selectedEdgeIds: [],
};

export function openedGraph(columns: SnapshotColumns): OpenedGraph {
  const snapshot = expandSnapshot(columns);
  return {
    snapshot,
    contents: mergeSnapshot(NO_GRAPH, snapshot),
    edgeEnds: edgeEndIndexes(columns),
  };
}
