import { inGraph, type Action } from '../action.js';

export const fitViewAction: Action = {
  id: 'fitView',
  labelKey: 'graph.fitView',
  group: 'view',
  shortcut: ['shift+1'],
  enabled: inGraph,
  perform: (store) => store.getState().request('fitView'),
};
