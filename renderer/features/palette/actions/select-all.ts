import { inGraph, type Action } from '../action.js';
import { visibleNodeIds } from '../../graph/view-state.js';

export const selectAllAction: Action = {
  id: 'selectAll',
  labelKey: 'action.selectAll',
  group: 'selection',
  shortcut: ['mod+a'],
  enabled: inGraph,
  perform: (store) => {
    const state = store.getState();
    state.select([...visibleNodeIds(state)], []);
  },
};
