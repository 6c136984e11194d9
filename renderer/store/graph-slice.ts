import { translate } from '../../shared/i18n/index.js';
import { expandSnapshot } from '../../shared/model/index.js';
import type { ApiClient } from '../api.js';
import { EMPTY_GRAPH, holdsNoGraph, mergeSnapshot } from './graph-contents.js';
import { graphMutations } from './graph-mutations.js';
import { EMPTY_QUALIFICATION } from './qualification-slice.js';
import type { GraphSlice, SliceCreator } from './types.js';

export function createGraphSlice(client: ApiClient): SliceCreator<GraphSlice> {
  return (set, get, store) => ({
    ...EMPTY_GRAPH,
    ...graphMutations(client)(set, get, store),

    async loadGraph(asked) {
      try {
        const opened = await asked;
        if (opened) {
          // Prepared while the app's code was still being fetched (store/opening.ts).
          set((state) =>
            holdsNoGraph(state) ? opened.contents : mergeSnapshot(state, opened.snapshot),
          );
        } else {
          const snapshot = expandSnapshot(await client.call('project.load'));
          set((state) => mergeSnapshot(state, snapshot));
        }
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
