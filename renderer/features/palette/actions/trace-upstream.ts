import { hasNodeSelection, inGraph, type Action } from '../action.js';

export const traceUpstreamAction: Action = {
  id: 'traceUpstream',
  labelKey: 'trace.upstream',
  group: 'find',
  shortcut: ['u'],
  enabled: (state) => inGraph(state) && hasNodeSelection(state),
  perform: (store) => {
    const state = store.getState();
    state.setTrace({ direction: 'upstream', fromIds: state.selectedNodeIds });
  },
};
