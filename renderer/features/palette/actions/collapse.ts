import { hasNodeSelection, inGraph, type Action } from '../action.js';

/** Folds away (or unfolds) what the selected need nodes need. */
export const collapseAction: Action = {
  id: 'collapse',
  labelKey: 'collapse.toggle',
  group: 'find',
  shortcut: ['c'],
  enabled: (state) => inGraph(state) && hasNodeSelection(state),
  perform: (store) => {
    const state = store.getState();
    state.toggleCollapsed(state.selectedNodeIds);
  },
};
