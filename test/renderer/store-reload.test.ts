import { describe, expect, it } from 'vitest';
import { node, session, snapshot } from './fixtures.js';
import { loadedStore } from './store-harness.js';

describe('reloading the project into the store', () => {
  it('keeps the very same object for every need node that did not change', async () => {
    const { store, setSnapshot } = await loadedStore();
    const before = store.getState().nodes;
    const base = snapshot();
    setSnapshot({
      ...base,
      nodes: base.nodes.map((each) =>
        each.id === 'steel' ? { ...each, name: 'Steel GCr15' } : each,
      ),
    });
    await store.getState().loadGraph();
    const after = store.getState().nodes;
    expect(after.spindle).toBe(before.spindle);
    expect(after.bearing).toBe(before.bearing);
    expect(after.steel).not.toBe(before.steel);
    expect(after.steel?.name).toBe('Steel GCr15');
  });

  it('keeps the node record and id list themselves when nothing changed', async () => {
    const { store } = await loadedStore();
    const { nodes, nodeIds, edges, linkIdsByNode } = store.getState();
    await store.getState().loadGraph();
    const state = store.getState();
    expect(state.nodes).toBe(nodes);
    expect(state.nodeIds).toBe(nodeIds);
    expect(state.edges).toBe(edges);
    expect(state.linkIdsByNode).toBe(linkIdsByNode);
  });

  it('adds new need nodes, drops deleted ones and forgets their selection', async () => {
    const { store, setSnapshot } = await loadedStore();
    store.getState().select(['steel', 'bearing'], []);
    const base = snapshot();
    setSnapshot({
      ...base,
      nodes: [...base.nodes.filter((each) => each.id !== 'steel'), node('casting')],
      edges: base.edges.filter((each) => each.toId !== 'steel'),
      links: base.links.filter((each) => each.nodeId !== 'steel'),
    });
    await store.getState().loadGraph();
    const state = store.getState();
    expect(state.nodeIds).toEqual(['spindle', 'bearing', 'casting']);
    expect(state.nodes.steel).toBeUndefined();
    expect(state.linkIdsByNode.steel).toBeUndefined();
    expect(state.selectedNodeIds).toEqual(['bearing']);
  });

  it('reloads in place when main says the same project file changed', async () => {
    const { store, client } = await loadedStore();
    const before = store.getState().nodes;
    client.emit('project-changed', {
      path: '/projects/demo.longmai',
      name: 'Demo',
      schemaVersion: 1,
    });
    await waitForLoads(client, 2);
    expect(store.getState().nodes).toBe(before);
  });

  it('starts from an empty graph when another project file was opened', async () => {
    let open = session();
    const { store, client } = await loadedStore({ 'session.get': () => Promise.resolve(open) });
    open = session({
      project: { path: '/projects/other.longmai', name: 'Other', schemaVersion: 1 },
    });
    store.getState().select(['bearing'], []);
    const before = store.getState().nodes;
    client.emit('project-changed', {
      path: '/projects/other.longmai',
      name: 'Other',
      schemaVersion: 1,
    });
    await waitForLoads(client, 2);
    expect(store.getState().nodes.bearing).toEqual(before.bearing);
    expect(store.getState().nodes.bearing).not.toBe(before.bearing);
    expect(store.getState().selectedNodeIds).toEqual([]);
    expect(store.getState().project?.name).toBe('Other');
  });
});

/** Events start async reloads; wait until `project.load` has been called `count` times. */
async function waitForLoads(client: { calls: { method: string }[] }, count: number): Promise<void> {
  for (let i = 0; i < 50; i++) {
    if (client.calls.filter((call) => call.method === 'project.load').length >= count) {
      await Promise.resolve();
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`project.load was not called ${count} times`);
}
