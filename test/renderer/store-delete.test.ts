import { describe, expect, it } from 'vitest';
import { loadedStore } from './store-harness.js';

const removal = (nodeIds: string[], edgeIds: string[], linkIds: string[]) => ({
  changes: {
    nodes: [],
    edges: [],
    links: [],
    removedNodeIds: nodeIds,
    removedEdgeIds: edgeIds,
    removedLinkIds: linkIds,
  },
  createdNodeIds: [],
});

const deleteHandlers = {
  'node.deleteMany': ({ nodeIds, edgeIds }: { nodeIds: string[]; edgeIds: string[] }) =>
    Promise.resolve(
      nodeIds.includes('bearing')
        ? removal(nodeIds, ['e1', 'e2', ...edgeIds], ['l1', 'l2'])
        : removal(nodeIds, edgeIds, []),
    ),
};

describe('deleting with confirmation', () => {
  it('asks first, counting the needs edges and supply links that go with a need node', async () => {
    const { store, client } = await loadedStore(deleteHandlers);
    store.getState().select(['bearing'], []);
    store.getState().requestDeleteSelection();
    expect(store.getState().confirm).toEqual({
      nodeIds: ['bearing'],
      edgeIds: [],
      edgeCount: 2,
      linkCount: 2,
    });
    expect(client.calls.some((call) => call.method === 'node.deleteMany')).toBe(false);
  });

  it('deletes the need node with its edges and links once confirmed', async () => {
    const { store } = await loadedStore(deleteHandlers);
    store.getState().select(['bearing'], []);
    store.getState().requestDeleteSelection();
    await store.getState().confirmDelete();
    const state = store.getState();
    expect(state.confirm).toBeNull();
    expect(state.nodeIds).toEqual(['spindle', 'steel']);
    expect(state.edgeIds).toEqual([]);
    expect(Object.keys(state.links)).toEqual(['l3']);
    expect(state.linkIdsByNode.bearing).toBeUndefined();
    expect(state.selectedNodeIds).toEqual([]);
  });

  it('deletes nothing when the dialog is cancelled', async () => {
    const { store, client } = await loadedStore(deleteHandlers);
    store.getState().select([], ['e1']);
    store.getState().requestDeleteSelection();
    store.getState().cancelConfirm();
    await store.getState().confirmDelete();
    expect(store.getState().edgeIds).toEqual(['e1', 'e2']);
    expect(client.calls.some((call) => call.method === 'node.deleteMany')).toBe(false);
  });

  it('deletes a selected needs edge alone, keeping both need nodes', async () => {
    const { store } = await loadedStore(deleteHandlers);
    store.getState().select([], ['e2']);
    store.getState().requestDeleteSelection();
    expect(store.getState().confirm).toMatchObject({ edgeCount: 1, linkCount: 0 });
    await store.getState().confirmDelete();
    expect(store.getState().edgeIds).toEqual(['e1']);
    expect(store.getState().nodeIds).toEqual(['spindle', 'bearing', 'steel']);
  });

  it('does not ask when nothing is selected', async () => {
    const { store } = await loadedStore(deleteHandlers);
    store.getState().requestDeleteSelection();
    expect(store.getState().confirm).toBeNull();
  });
});
