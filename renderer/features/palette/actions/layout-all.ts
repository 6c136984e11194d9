import { startLayout } from '../../graph/layout/layout-runner.js';
import { inGraph, type Action } from '../action.js';

export const layoutAllAction: Action = {
  id: 'layoutAll',
  labelKey: 'layout.all',
  group: 'layout',
  shortcut: ['mod+shift+l'],
  enabled: (state) => inGraph(state) && state.layoutRun === null && state.nodeIds.length > 0,
  perform: (store) => startLayout(store, 'all'),
};
