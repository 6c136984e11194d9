import { hasProject, type Action } from '../action.js';

export const addNodeAction: Action = {
  id: 'addNode',
  labelKey: 'graph.addNode',
  group: 'edit',
  shortcut: ['n'],
  enabled: hasProject,
  perform: (store) => {
    const state = store.getState();
    state.setView('graph');
    state.request('addNode');
  },
};
