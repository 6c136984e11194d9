import { isUnusualNeed } from '../../shared/graph/kind-rules.js';
import { translate } from '../../shared/i18n/index.js';
import type { NeedNode } from '../../shared/model/index.js';
import type { ApiClient } from '../api.js';
import { mergeChangeSet } from './apply-changes.js';
import { upsertEntity } from './reconcile.js';
import type { AppState, GraphSlice, SliceCreator } from './types.js';

type Mutations = Pick<
  GraphSlice,
  | 'updateNode'
  | 'dragNodes'
  | 'placeNodes'
  | 'persistPositions'
  | 'createEdge'
  | 'updateEdge'
  | 'deleteItems'
  | 'applyChanges'
  | 'pasteGraph'
  | 'duplicateNodes'
  | 'updateNodes'
>;

/** A needs edge between unusual kinds is kept, with a warning the user can act on. */
function warnIfUnusual(state: AppState, fromId: string, toId: string): void {
  const from = state.nodes[fromId];
  const to = state.nodes[toId];
  if (from && to && isUnusualNeed(from.kind, to.kind)) {
    state.pushToast('warning', 'rules.unusualNeed', {
      from: from.name,
      to: to.name,
      fromKind: translate(state.locale, `kind.${from.kind}`),
      toKind: translate(state.locale, `kind.${to.kind}`),
    });
  }
}

export function graphMutations(client: ApiClient): SliceCreator<Mutations> {
  return (set, get) => {
    /** A refused or failed change: say why, then re-read the file so the screen shows the truth. */
    const recover = async (error: unknown): Promise<void> => {
      get().reportError(error);
      await get().loadGraph();
      await get().refreshHistory();
    };
    /** Every saved edit moved the undo stack: ask where it stands now. */
    const saved = (): void => {
      void get().refreshHistory();
    };

    return {
      async updateNode(id, patch) {
        try {
          const node = await client.call('node.update', { id, patch });
          set((state) => ({ nodes: upsertEntity(state.nodes, node) }));
          saved();
        } catch (error) {
          await recover(error);
        }
      },

      dragNodes(positions) {
        set((state) => {
          // One copy of the record for the whole batch: a layout moves 10,000 nodes at once.
          let nodes: Record<string, NeedNode> | null = null;
          for (const { id, x, y } of positions) {
            const node = state.nodes[id];
            if (node && (node.x !== x || node.y !== y)) {
              nodes ??= { ...state.nodes };
              nodes[id] = { ...node, x, y };
            }
          }
          return nodes === null ? {} : { nodes };
        });
      },

      placeNodes(placed, base) {
        if (get().nodes !== base) return false;
        set({ nodes: placed });
        return true;
      },

      async persistPositions(ids, reason = 'drag') {
        const { nodes } = get();
        const positions = ids.flatMap((id) => {
          const node = nodes[id];
          return node ? [{ id, x: node.x, y: node.y }] : [];
        });
        if (positions.length === 0) return;
        try {
          await client.call('node.move', { positions, reason });
          saved();
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
          saved();
          warnIfUnusual(get(), edge.fromId, edge.toId);
        } catch (error) {
          get().reportError(error);
        }
      },

      async updateEdge(id, patch) {
        try {
          const edge = await client.call('edge.update', { id, patch });
          set((state) => ({ edges: upsertEntity(state.edges, edge) }));
          saved();
        } catch (error) {
          await recover(error);
        }
      },

      async deleteItems(nodeIds, edgeIds) {
        const state = get();
        const liveNodes = nodeIds.filter((id) => Object.hasOwn(state.nodes, id));
        const liveEdges = edgeIds.filter((id) => Object.hasOwn(state.edges, id));
        if (liveNodes.length === 0 && liveEdges.length === 0) return;
        try {
          const { changes } = await client.call('node.deleteMany', {
            nodeIds: liveNodes,
            edgeIds: liveEdges,
          });
          get().applyChanges(changes);
          saved();
        } catch (error) {
          await recover(error);
        }
      },

      applyChanges(changes) {
        set((state) => mergeChangeSet(state, changes));
      },

      async pasteGraph(nodes, edges) {
        try {
          const result = await client.call('graph.paste', { nodes: [...nodes], edges: [...edges] });
          get().applyChanges(result.changes);
          get().select(result.createdNodeIds, []);
          saved();
          for (const edge of result.changes.edges) warnIfUnusual(get(), edge.fromId, edge.toId);
          return true;
        } catch (error) {
          get().reportError(error);
          return false;
        }
      },

      async duplicateNodes(ids, offset) {
        if (ids.length === 0) return;
        try {
          const result = await client.call('node.duplicate', { ids: [...ids], offset });
          get().applyChanges(result.changes);
          get().select(result.createdNodeIds, []);
          saved();
        } catch (error) {
          await recover(error);
        }
      },

      async updateNodes(updates) {
        if (updates.length === 0) return true;
        try {
          const result = await client.call('node.updateMany', { updates: [...updates] });
          get().applyChanges(result.changes);
          saved();
          return true;
        } catch (error) {
          get().reportError(error);
          return false;
        }
      },
    };
  };
}
