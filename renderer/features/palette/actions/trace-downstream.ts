import { hasNodeSelection, inGraph, type Action } from '../action.js';

export const traceDownstreamAction: Action = {
  id: 'traceDownstream',
  labelKey: 'trace.downstream',
  group: 'find',
  shortcut: ['d'],
  enabled: (state) => inGraph(state) && hasNodeSelection(state),
  perform: (store) => {
    const state = store.getState();
    state.setTrace({ direction: 'downstream', fromIds: state.selectedNodeIds });
  },
};
