import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n/translate.js';
import { LongmaiError } from '../../shared/ipc/errors.js';
import { edge, node } from './fixtures.js';
import { loadedStore } from './store-harness.js';

describe('graph actions', () => {
  it('creates a need node named in the user language, selects it and asks to focus its name', async () => {
    const { store, client } = await loadedStore({
      'node.create': (args) => Promise.resolve(node('fresh', { ...args })),
    });
    store.getState().setInspectorOpen(false);
    await store.getState().createNode('material', 40, 80);
    expect(client.calls.filter((call) => call.method !== 'history.state').at(-1)).toEqual({
      method: 'node.create',
      args: { kind: 'material', name: 'New Material', x: 40, y: 80 },
    });
    const state = store.getState();
    expect(state.nodeIds.at(-1)).toBe('fresh');
    expect(state.selectedNodeIds).toEqual(['fresh']);
    expect(state.inspectorOpen).toBe(true);
    expect(state.requests.focusName).toBe(true);
  });

  it('refuses a self-loop without asking the services', async () => {
    const { store, client } = await loadedStore();
    const before = client.calls.length;
    await store.getState().createEdge('bearing', 'bearing');
    expect(client.calls.length).toBe(before);
    expect(store.getState().toasts.map((toast) => toast.key)).toEqual(['error.E_SELF_LOOP']);
  });

  it('shows a refused cycle with the need node names in order, in the user language', async () => {
    const cycle = ['Steel', 'Spindle', 'Bearing', 'Steel'];
    const { store } = await loadedStore({
      'edge.create': () => Promise.reject(new LongmaiError('E_CYCLE', 'cycle', { cycle })),
    });
    await store.getState().createEdge('steel', 'spindle');
    const [toast] = store.getState().toasts;
    expect(toast?.key).toBe('error.E_CYCLE');
    expect(toast && translate('en', toast.key, toast.params)).toBe(
      'Refused: this would make a cycle: Steel → Spindle → Bearing → Steel',
    );
    expect(store.getState().edgeIds).toEqual(['e1', 'e2']);
  });

  it('adds an accepted needs edge', async () => {
    const { store } = await loadedStore({
      'edge.create': ({ fromId, toId }) => Promise.resolve(edge('e3', fromId, toId)),
    });
    await store.getState().createEdge('spindle', 'steel');
    expect(store.getState().edgeIds).toEqual(['e1', 'e2', 'e3']);
    expect(store.getState().edges.e3).toMatchObject({ fromId: 'spindle', toId: 'steel' });
  });

  it('moves only the dragged node object and saves positions when the drag stops', async () => {
    const { store, client } = await loadedStore({
      'node.move': ({ positions }) => Promise.resolve({ moved: positions.length }),
    });
    const before = store.getState().nodes;
    store.getState().dragNodes([{ id: 'bearing', x: 310, y: 20 }]);
    const after = store.getState().nodes;
    expect(after.bearing).toMatchObject({ x: 310, y: 20 });
    expect(after.spindle).toBe(before.spindle);
    expect(after.steel).toBe(before.steel);
    await store.getState().persistPositions(['bearing']);
    expect(client.calls.filter((call) => call.method !== 'history.state').at(-1)).toEqual({
      method: 'node.move',
      args: { positions: [{ id: 'bearing', x: 310, y: 20 }], reason: 'drag' },
    });
  });

  it('after a refused edit says why and re-reads the file', async () => {
    const { store, client } = await loadedStore({
      'node.update': () => Promise.reject(new LongmaiError('E_NOT_FOUND', 'gone', { id: 'steel' })),
    });
    const loadsBefore = client.calls.filter((call) => call.method === 'project.load').length;
    await store.getState().updateNode('steel', { name: 'Steel 2' });
    expect(store.getState().toasts.map((toast) => toast.key)).toEqual(['error.E_NOT_FOUND']);
    const loadsAfter = client.calls.filter((call) => call.method === 'project.load').length;
    expect(loadsAfter).toBe(loadsBefore + 1);
  });
});
