import type { AppStore } from '../../store/create-store.js';

/** Click-through from a metric or risk: select the need node, open the graph, zoom to it. */
export function showInGraph(store: AppStore, nodeId: string): void {
  const state = store.getState();
  state.select([nodeId], []);
  state.setView('graph');
  state.request('zoomToSelection');
}
