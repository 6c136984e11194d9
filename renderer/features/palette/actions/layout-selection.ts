import { startLayout } from '../../graph/layout/layout-runner.js';
import { inGraph, type Action } from '../action.js';

export const layoutSelectionAction: Action = {
  id: 'layoutSelection',
  labelKey: 'layout.selection',
  group: 'layout',
  shortcut: ['mod+alt+l'],
  enabled: (state) =>
    inGraph(state) && state.layoutRun === null && state.selectedNodeIds.length > 1,
  perform: (store) => startLayout(store, 'selection'),
};
