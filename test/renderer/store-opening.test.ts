import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../renderer/store/create-store.js';
import { holdsNoGraph, mergeSnapshot, openedGraph } from '../../renderer/store/graph-contents.js';
import { startOpening } from '../../renderer/store/opening.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';
import { createFakeClient } from './fake-client.js';
import { node, session, snapshot } from './fixtures.js';
import { loadedStore } from './store-harness.js';
import { columnsOfSnapshot } from './snapshot-columns.js';

function openingClient() {
  return createFakeClient({
    'session.get': () => Promise.resolve(session()),
    'project.load': () => Promise.resolve(columnsOfSnapshot(snapshot())),
    'history.state': () => Promise.resolve({ undo: null, redo: null }),
  });
}

describe('the graph a window opens with', () => {
  it('is what merging the snapshot into a store that holds no graph gives', async () => {
    const client = openingClient();
    const store = createAppStore(client);
    expect(holdsNoGraph(store.getState())).toBe(true);
    const opened = await startOpening(client).graph;
    expect(opened).not.toBeNull();
    const merged = mergeSnapshot(store.getState(), expandSnapshot(columnsOfSnapshot(snapshot())));
    expect(opened?.contents).toEqual(merged);
  });

  it('goes into the store as prepared when the store holds no graph', async () => {
    const client = openingClient();
    const store = createAppStore(client);
    const opening = startOpening(client);
    const opened = await opening.graph;
    await store.getState().loadSession(opening);
    const state = store.getState();
    expect(state.nodes).toBe(opened?.contents.nodes);
    expect(state.nodeIds).toEqual(['spindle', 'bearing', 'steel']);
    expect(state.linkIdsByNode).toBe(opened?.contents.linkIdsByNode);
  });

  it('is merged, keeping the selection it still has, when a graph is already there', async () => {
    const { store } = await loadedStore();
    store.getState().select(['bearing'], []);
    const before = store.getState().nodes;
    expect(holdsNoGraph(store.getState())).toBe(false);
    const base = snapshot();
    const changed = { ...base, nodes: [...base.nodes, node('casting')] };
    await store.getState().loadGraph(Promise.resolve(openedGraph(columnsOfSnapshot(changed))));
    const state = store.getState();
    expect(state.nodes.bearing).toBe(before.bearing);
    expect(state.nodeIds).toEqual(['spindle', 'bearing', 'steel', 'casting']);
    expect(state.selectedNodeIds).toEqual(['bearing']);
  });

  it('reports damaged columns as an error and leaves the store without a graph', async () => {
    const client = createFakeClient({
      'session.get': () => Promise.resolve(session()),
      'project.load': () => {
        const columns = columnsOfSnapshot(snapshot());
        return Promise.resolve({ ...columns, nodes: { ...columns.nodes, name: ['only one'] } });
      },
      'history.state': () => Promise.resolve({ undo: null, redo: null }),
    });
    const store = createAppStore(client);
    await store.getState().loadSession(startOpening(client));
    expect(holdsNoGraph(store.getState())).toBe(true);
    expect(store.getState().toasts.map((toast) => toast.tone)).toEqual(['error']);
  });
});
