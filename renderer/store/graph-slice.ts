import { translate } from '../../shared/i18n/index.js';
import { expandSnapshot, type ProjectSnapshot } from '../../shared/model/index.js';
import type { ApiClient } from '../api.js';
import { graphMutations } from './graph-mutations.js';
import { indexLinksByNode, reconcileEntities } from './reconcile.js';
import { EMPTY_QUALIFICATION, qualificationOfSnapshot } from './qualification-slice.js';
import type { AppState, GraphSlice, SliceCreator } from './types.js';

const EMPTY_GRAPH = {
  projectMeta: null,
  nodes: {},
  nodeIds: [],
  edges: {},
  edgeIds: [],
  parties: {},
  links: {},
  linkIdsByNode: {},
} satisfies Partial<GraphSlice>;

/** The snapshot merged into the current graph, keeping every unchanged entity as it was. */
export function mergeSnapshot(state: AppState, snapshot: ProjectSnapshot): Partial<AppState> {
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

export function createGraphSlice(client: ApiClient): SliceCreator<GraphSlice> {
  return (set, get, store) => ({
    ...EMPTY_GRAPH,
    ...graphMutations(client)(set, get, store),

    async loadGraph(asked) {
      try {
        const columns = (await asked) ?? (await client.call('project.load'));
        const snapshot = expandSnapshot(columns);
        set((state) => mergeSnapshot(state, snapshot));
        void get().refreshHistory();
      } catch (error) {
        get().reportError(error);
      }
    },

    clearGraph() {
      set({
        ...EMPTY_GRAPH,
        ...EMPTY_QUALIFICATION,
        selectedNodeIds: [],
        selectedEdgeIds: [],
        confirm: null,
        history: { undo: null, redo: null },
        trace: null,
        collapsedIds: [],
        searchHits: null,
        searchText: '',
      });
    },

    async createNode(kind, x, y) {
      const { locale } = get();
      const name = translate(locale, 'graph.newNodeName', {
        kind: translate(locale, `kind.${kind}`),
      });
      try {
        const node = await client.call('node.create', { kind, name, x, y });
        set((state) => ({
          nodes: { ...state.nodes, [node.id]: node },
          nodeIds: [...state.nodeIds, node.id],
          selectedNodeIds: [node.id],
          selectedEdgeIds: [],
          inspectorOpen: true,
          requests: { ...state.requests, focusName: true },
        }));
        void get().refreshHistory();
        return node;
      } catch (error) {
        get().reportError(error);
        return null;
      }
    },
  });
}
