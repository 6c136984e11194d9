import type { NeedNode } from '../../shared/model/index.js';
import type { ApiClient } from '../api.js';
import { indexLinksByNode, omitIds, upsertEntity } from './reconcile.js';
import type { AppState, GraphSlice, SliceCreator } from './types.js';

type Mutations = Pick<
  GraphSlice,
  'updateNode' | 'dragNodes' | 'persistPositions' | 'createEdge' | 'updateEdge' | 'deleteItems'
>;

/** The graph after a need node went, with the needs edges and supply links the service removed. */
function withoutNode(
  state: AppState,
  removed: { nodeId: string; edgeIds: string[]; linkIds: string[] },
): Partial<AppState> {
  const links = omitIds(state.links, removed.linkIds);
  return {
    nodes: omitIds(state.nodes, [removed.nodeId]),
    nodeIds: state.nodeIds.filter((id) => id !== removed.nodeId),
    edges: omitIds(state.edges, removed.edgeIds),
    edgeIds: state.edgeIds.filter((id) => !removed.edgeIds.includes(id)),
    links,
    linkIdsByNode: indexLinksByNode(state.linkIdsByNode, Object.values(links)),
    selectedNodeIds: state.selectedNodeIds.filter((id) => id !== removed.nodeId),
    selectedEdgeIds: state.selectedEdgeIds.filter((id) => !removed.edgeIds.includes(id)),
  };
}

function withoutEdge(state: AppState, edgeId: string): Partial<AppState> {
  return {
    edges: omitIds(state.edges, [edgeId]),
    edgeIds: state.edgeIds.filter((id) => id !== edgeId),
    selectedEdgeIds: state.selectedEdgeIds.filter((id) => id !== edgeId),
  };
}

export function graphMutations(client: ApiClient): SliceCreator<Mutations> {
  return (set, get) => {
    /** A refused or failed change: say why, then re-read the file so the screen shows the truth. */
    const recover = async (error: unknown): Promise<void> => {
      get().reportError(error);
      await get().loadGraph();
    };

    return {
      async updateNode(id, patch) {
        try {
          const node = await client.call('node.update', { id, patch });
          set((state) => ({ nodes: upsertEntity(state.nodes, node) }));
        } catch (error) {
          await recover(error);
        }
      },

      dragNodes(positions) {
        set((state) => {
          let nodes = state.nodes;
          for (const { id, x, y } of positions) {
            const node = nodes[id];
            if (node && (node.x !== x || node.y !== y)) {
              nodes = upsertEntity<NeedNode>(nodes, { ...node, x, y });
            }
          }
          return nodes === state.nodes ? {} : { nodes };
        });
      },

      async persistPositions(ids) {
        const { nodes } = get();
        const positions = ids.flatMap((id) => {
          const node = nodes[id];
          return node ? [{ id, x: node.x, y: node.y }] : [];
        });
        if (positions.length === 0) return;
        try {
          await client.call('node.move', { positions });
        } catch (error) {
          await recover(error);
        }
      },

      async createEdge(fromId, toId) {
        if (fromId === toId) {
          get().pushToast('error', 'error.E_SELF_LOOP');
          return;
        }
        try {
          const edge = await client.call('edge.create', { fromId, toId });
          set((state) => ({
            edges: upsertEntity(state.edges, edge),
            edgeIds: state.edgeIds.includes(edge.id) ? state.edgeIds : [...state.edgeIds, edge.id],
          }));
        } catch (error) {
          get().reportError(error);
        }
      },

      async updateEdge(id, patch) {
        try {
          const edge = await client.call('edge.update', { id, patch });
          set((state) => ({ edges: upsertEntity(state.edges, edge) }));
        } catch (error) {
          await recover(error);
        }
      },

      async deleteItems(nodeIds, edgeIds) {
        try {
          for (const id of nodeIds) {
            if (!get().nodes[id]) continue;
            const removed = await client.call('node.delete', { id });
            set((state) => withoutNode(state, removed));
          }
          // Edges touching a deleted node are already gone with it.
          for (const id of edgeIds) {
            if (!get().edges[id]) continue;
            const { edgeId } = await client.call('edge.delete', { id });
            set((state) => withoutEdge(state, edgeId));
          }
        } catch (error) {
          await recover(error);
        }
      },
    };
  };
}
